//! The report's data: everything the renderers show, built by the caller from the database.
//! The field names are the JSON contract of `docs/report.md`.

use serde::Serialize;

use crate::model::{
    Byline, Diff, Dismissal, Gate, Level, Published, Role, SinceCheck, Statement, StatementId,
    Status,
};

/// The version of the report's JSON schema. Bumped on every breaking change (a field removed,
/// renamed or given another type or meaning); adding a field is not breaking.
pub const SCHEMA_VERSION: u32 = 1;

/// The verification report of one revision of one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub schema_version: u32,
    /// The article's slug.
    pub article: String,
    /// The revision reported on.
    pub revision: u32,
    /// The article's latest revision (the gate is about that one).
    pub latest_revision: u32,
    pub headline: Option<String>,
    pub bylines: Vec<Byline>,
    pub published: Option<Published>,
    pub desk: Option<String>,
    /// The outlet named in the piece, when it names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The public address of the page that publishes the desk's fact-checks, when the caller
    /// gives one (ClaimReview's `url`).
    #[serde(skip)]
    pub url: Option<String>,
    /// The checklist's name.
    pub checklist: String,
    /// RFC 3339, UTC.
    pub generated_at: String,
    /// The handle of who asked for the report.
    pub generated_by: Option<String>,
    pub gate: Gate,
    /// The head of the article's hash chain when the report was made: keep it with the
    /// published report; `factdesk verify` later shows whether the history still leads to it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chain: Option<ChainHead>,
    pub counts: Counts,
    pub progress: Progress,
    /// Sorted by handle.
    pub reviewers: Vec<ReviewerLoad>,
    /// In article order.
    pub statements: Vec<Statement>,
    /// Since the previous revision; `None` for revision 1.
    pub changes: Option<Diff>,
    /// Each stale statement's words against the words its latest check was made on, in article
    /// order: the changes a checker must look at, however many revisions ago they were made.
    pub since_check: Vec<SinceCheck>,
    pub findings: Vec<ReportFinding>,
    /// The article's queries to its writer, the unresolved first, then by number; left out when
    /// there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub queries: Vec<crate::model::Query>,
    /// The revision's disputed statements, the open ones (awaiting the editor's ruling) first,
    /// in article order; left out when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disputes: Vec<crate::model::Dispute>,
    /// Every ruling made on the article, oldest first, with who and why; left out when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rulings: Vec<crate::model::Ruling>,
    /// The revision's full text (statement spans are byte offsets into it), for the HTML view.
    #[serde(skip)]
    pub text: String,
}

/// The last link of an article's hash chain and how many links lead to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChainHead {
    pub links: i64,
    /// SHA-256, lowercase hex.
    pub head: String,
}

impl ChainHead {
    /// "hash chain head 3f2a… (214 links): a later verification checks the history still leads
    /// to it".
    pub fn describe(&self) -> String {
        format!(
            "hash chain head {} ({} links); verifying the history later checks it still leads here",
            self.head, self.links
        )
    }
}

/// How many statements have each status, how many are stale, and how many there are.
/// Serialises with every status name as a key, always all of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub unchecked: u32,
    #[serde(rename = "in-progress")]
    pub in_progress: u32,
    pub verified: u32,
    #[serde(rename = "partly-verified")]
    pub partly_verified: u32,
    pub incorrect: u32,
    pub disputed: u32,
    pub unverifiable: u32,
    pub waived: u32,
    /// Statements whose words changed after their latest check (whatever their status).
    pub stale: u32,
    pub total: u32,
}

impl Counts {
    pub fn from_statements(statements: &[Statement]) -> Counts {
        let mut counts = Counts::default();
        for statement in statements {
            *counts.slot(statement.status) += 1;
            counts.stale += u32::from(statement.stale);
            counts.total += 1;
        }
        counts
    }

    /// How many statements have `status`.
    pub fn get(&self, status: Status) -> u32 {
        match status {
            Status::Unchecked => self.unchecked,
            Status::InProgress => self.in_progress,
            Status::Verified => self.verified,
            Status::PartlyVerified => self.partly_verified,
            Status::Incorrect => self.incorrect,
            Status::Disputed => self.disputed,
            Status::Unverifiable => self.unverifiable,
            Status::Waived => self.waived,
        }
    }

    fn slot(&mut self, status: Status) -> &mut u32 {
        match status {
            Status::Unchecked => &mut self.unchecked,
            Status::InProgress => &mut self.in_progress,
            Status::Verified => &mut self.verified,
            Status::PartlyVerified => &mut self.partly_verified,
            Status::Incorrect => &mut self.incorrect,
            Status::Disputed => &mut self.disputed,
            Status::Unverifiable => &mut self.unverifiable,
            Status::Waived => &mut self.waived,
        }
    }
}

/// The share of checkable statements that are verified.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Progress {
    /// Statements that are not waived.
    pub checkable: u32,
    /// Checkable statements verified on their current words (a stale verification does not count).
    pub verified: u32,
    /// `verified / checkable` as a percentage rounded to one decimal; 100.0 when nothing is
    /// checkable (there is nothing left to verify).
    pub percent: f64,
}

impl Progress {
    pub fn from_statements(statements: &[Statement]) -> Progress {
        let checkable = statements
            .iter()
            .filter(|s| s.status != Status::Waived)
            .count() as u32;
        let verified = statements
            .iter()
            .filter(|s| s.status == Status::Verified && !s.stale)
            .count() as u32;
        let percent = if checkable == 0 {
            100.0
        } else {
            (f64::from(verified) * 1000.0 / f64::from(checkable)).round() / 10.0
        };
        Progress {
            checkable,
            verified,
            percent,
        }
    }
}

/// A reviewer and how many of the report's statements wait on them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewerLoad {
    pub handle: String,
    pub name: String,
    pub role: Role,
    /// Statements assigned to them that still need work (open, or stale).
    pub open: u32,
}

/// A finding of the automatic checks, pointing at statements by id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportFinding {
    pub rule: String,
    pub level: Level,
    pub message: String,
    pub statements: Vec<StatementId>,
    /// `SLUG/KEY`, as `lint dismiss` takes it.
    pub id: String,
    /// An editor's dismissal: the finding no longer holds the gate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dismissal: Option<Dismissal>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture::statement;

    #[test]
    fn counts_every_status_and_stale() {
        let statements = vec![
            statement(1, Status::Verified, false),
            statement(2, Status::Verified, true),
            statement(3, Status::Waived, false),
            statement(4, Status::InProgress, true),
        ];
        let counts = Counts::from_statements(&statements);
        assert_eq!(counts.get(Status::Verified), 2);
        assert_eq!(counts.get(Status::InProgress), 1);
        assert_eq!(counts.get(Status::Waived), 1);
        assert_eq!(counts.get(Status::Unchecked), 0);
        assert_eq!((counts.stale, counts.total), (2, 4));
    }

    #[test]
    fn counts_serialise_every_status_name_even_at_zero() {
        let json = serde_json::to_value(Counts::default()).unwrap();
        let object = json.as_object().unwrap();
        for status in Status::ALL {
            assert_eq!(object[status.as_str()], 0, "{status}");
        }
        assert_eq!(object.len(), Status::ALL.len() + 2);
        assert!(object.contains_key("stale") && object.contains_key("total"));
    }

    #[test]
    fn progress_leaves_out_waived_and_stale_verifications() {
        let statements = vec![
            statement(1, Status::Verified, false),
            statement(2, Status::Verified, true),
            statement(3, Status::Waived, false),
            statement(4, Status::Unchecked, false),
        ];
        let progress = Progress::from_statements(&statements);
        assert_eq!((progress.checkable, progress.verified), (3, 1));
        assert_eq!(progress.percent, 33.3);
    }

    #[test]
    fn progress_rounds_to_one_decimal_and_is_full_when_nothing_is_checkable() {
        let two_of_three = [
            statement(1, Status::Verified, false),
            statement(2, Status::Verified, false),
            statement(3, Status::Disputed, false),
        ];
        assert_eq!(Progress::from_statements(&two_of_three).percent, 66.7);
        let waived = [statement(1, Status::Waived, false)];
        assert_eq!(Progress::from_statements(&waived).percent, 100.0);
        assert_eq!(Progress::from_statements(&[]).checkable, 0);
    }
}
