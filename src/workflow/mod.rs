//! The desk's rules as pure functions: who may record which verdict, how statements are handed
//! out, and when an article may be published. No storage, no clock, no printing.
//!
//! `mod.rs` holds who may do what; `gate.rs` the publication decision; `assign.rs` how open work
//! is handed out.

mod assign;
mod confidential;
mod delivery;
mod expiry;
mod four_eyes;
mod gate;
mod partial;
mod publication;
mod queries;
mod rulings;

pub use assign::{Planned, Unassigned, auto_assign};
pub use confidential::{
    ConfidentialRefusal, attesting_editor, awaiting_attestation, may_attest, may_read_identity,
};
pub use delivery::{MAX_DELIVERY_ATTEMPTS, delivery_due, delivery_horizon, retry_delay};
pub use expiry::{Hold, apply_expiry, can_lapse, expired_reason, expiry, hold, next_lapse};
pub use four_eyes::four_eyes_reason;
pub use gate::{MIN_COVERAGE, coverage_reason, gate};
pub use partial::excepted_parts;
pub use publication::{may_correct, may_publish};
pub use queries::{
    QueryRequest, may_answer, may_hold_statements, may_query, may_resolve, open_queries_reason,
};
pub use rulings::{RuleRequest, apply_rulings, may_rule};

use std::collections::BTreeSet;

use crate::checklist::Checklist;
use crate::model::{Kind, KindSet, Reviewer, Role, StatementId, Status};

/// Why a check was refused, in words a reviewer can act on. The values name what the front end
/// needs to say how to put it right (the command line adds `assign ID --to HANDLE`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("statement {id} is assigned to {assignee}; only they or an editor may check it")]
    NotAssignee {
        id: StatementId,
        assignee: String,
        actor: String,
    },
    #[error("statement {id} is not assigned to anyone; an editor must assign it first")]
    Unassigned { id: StatementId, actor: String },
    #[error("`verified` needs at least one source")]
    VerifiedWithoutSource,
    #[error("`partly-verified` needs at least one source for the part it verifies")]
    PartlyVerifiedWithoutSource,
    #[error(
        "`partly-verified` needs the part of statement {id} that is not verified, in the statement's words"
    )]
    PartialWithoutExcept { id: StatementId },
    #[error(
        "only a `partly-verified` check names a part it does not cover; `{status}` is a verdict on the whole statement"
    )]
    ExceptWithoutPartial { status: Status },
    #[error("the excepted words \"{words}\" are not in statement {id}, which reads: \"{text}\"")]
    ExceptNotInText {
        id: StatementId,
        words: String,
        text: String,
    },
    #[error("the excepted parts cover every word of statement {id}: nothing would be verified")]
    ExceptEverything { id: StatementId },
    #[error("`incorrect` needs a note saying what is right")]
    IncorrectWithoutNote,
    #[error("only an editor may waive a statement; {actor} is a checker")]
    WaiveByChecker { actor: String },
    #[error("`waived` needs the reason")]
    WaiveWithoutReason,
    #[error(
        "`unchecked` is where statements start; record in-progress, verified, partly-verified, incorrect, disputed, unverifiable or waived"
    )]
    UncheckedIsNotAVerdict,
    #[error("unknown checklist item(s) {unknown} for statement {id}; its items are: {known}")]
    UnknownItems {
        id: StatementId,
        unknown: String,
        known: String,
    },
    #[error(
        "{handle} is the last active editor: without an editor nobody could add or reactivate reviewers; add or reactivate another editor first"
    )]
    LastEditor { handle: String },
    #[error(
        "unknown skill(s) {unknown}: a skill is a word the desk's checklists route kinds to, or a kind name; use some of: {known}"
    )]
    UnknownSkills { unknown: String, known: String },
    #[error("{actor} is a writer; a writer may not {doing}")]
    WriterMayNot { actor: String, doing: &'static str },
    #[error("{}", query_not_assignee(*.id, .actor, .assignee.as_deref()))]
    QueryNotAssignee {
        id: StatementId,
        actor: String,
        assignee: Option<String>,
    },
    #[error("statement {id}'s article has no writer named, so there is nobody to query")]
    NoWriter { id: StatementId },
    #[error("{what} needs words: the text is empty")]
    EmptyText { what: &'static str },
    #[error(
        "query {query} is addressed to {writer}; only they or an editor may answer it, not {actor}"
    )]
    NotTheWriter {
        query: i64,
        writer: String,
        actor: String,
    },
    #[error(
        "query {query} was asked by {asked_by}; only they or an editor may resolve it, not {actor}"
    )]
    NotTheAsker {
        query: i64,
        asked_by: String,
        actor: String,
    },
    #[error("query {query} is resolved already")]
    QueryResolved { query: i64 },
    #[error("only an editor may {doing}; {actor} is a {role}")]
    OnlyEditors {
        actor: String,
        role: Role,
        doing: &'static str,
    },
    #[error("statement {id} is not in dispute: its latest check is {status}, not disputed")]
    NoDispute { id: StatementId, status: Status },
    #[error("the dispute on statement {id} was ruled on already, by {by} at {at}")]
    AlreadyRuled {
        id: StatementId,
        by: String,
        at: String,
    },
    #[error("a ruling to change statement {id} needs the new wording")]
    ChangeWithoutWording { id: StatementId },
    #[error("revision {revision} is published already")]
    AlreadyPublished { revision: u32 },
    #[error(
        "the gate is blocked ({reasons} reason(s)); publishing anyway takes an editor's override with the reason"
    )]
    GateBlocked { reasons: usize },
    #[error("statement {statement}'s article has not been published: there is nothing to correct")]
    NotPublished { statement: StatementId },
    #[error("statement {statement} is not in the published revision {revision}")]
    NotInPublished {
        statement: StatementId,
        revision: u32,
    },
    #[error(
        "checklist item(s) {items} exist but not for statement {id}, which is {kinds}; the items that apply to it are: {known}"
    )]
    ItemsNotForKinds {
        id: StatementId,
        items: String,
        kinds: String,
        known: String,
    },
}

fn query_not_assignee(id: StatementId, actor: &str, assignee: Option<&str>) -> String {
    match assignee {
        Some(assignee) => format!(
            "statement {id} is assigned to {assignee}; only they or an editor may query the writer about it, not {actor}"
        ),
        None => format!(
            "statement {id} is not assigned to anyone; a checker may query the writer only about a statement they hold"
        ),
    }
}

/// Whether every ticked item applies to a statement of `kinds`: an item the checklist does not
/// know at all and one it lists only for other kinds are told apart, so the reviewer knows
/// whether they misspelt it or picked the wrong statement.
pub fn items_apply(
    id: StatementId,
    kinds: KindSet,
    ticked: &[String],
    checklist: &Checklist,
) -> Result<(), Refusal> {
    let known: Vec<&str> = checklist
        .items_for(kinds)
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    let known_list = if known.is_empty() {
        "(none)".to_string()
    } else {
        known.join(", ")
    };
    let not_here: Vec<&str> = ticked
        .iter()
        .map(String::as_str)
        .filter(|i| !known.contains(i))
        .collect();
    let (elsewhere, unknown): (Vec<&str>, Vec<&str>) = not_here
        .into_iter()
        .partition(|i| checklist.item(i).is_some());
    if !unknown.is_empty() {
        return Err(Refusal::UnknownItems {
            id,
            unknown: unknown.join(", "),
            known: known_list,
        });
    }
    if !elsewhere.is_empty() {
        let kind_names: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
        return Err(Refusal::ItemsNotForKinds {
            id,
            items: elsewhere.join(", "),
            kinds: if kind_names.is_empty() {
                "of no checkable kind".into()
            } else {
                kind_names.join(", ")
            },
            known: known_list,
        });
    }
    Ok(())
}

/// Whether `target` may be deactivated: never the last active editor, or the desk would be
/// locked for good (only editors add and reactivate reviewers).
pub fn may_deactivate(target: &Reviewer, reviewers: &[Reviewer]) -> Result<(), Refusal> {
    let other_editor = reviewers
        .iter()
        .any(|r| r.active && r.role == Role::Editor && r.handle != target.handle);
    if target.active && target.role == Role::Editor && !other_editor {
        return Err(Refusal::LastEditor {
            handle: target.handle.clone(),
        });
    }
    Ok(())
}

/// The words a reviewer's skills may be: every skill the checklists route a kind to, and the
/// kind names themselves (a `figure` skill takes figure statements).
pub fn skill_vocabulary<'a>(
    checklists: impl IntoIterator<Item = &'a Checklist>,
) -> BTreeSet<String> {
    let mut words: BTreeSet<String> = Kind::ALL.iter().map(|k| k.as_str().to_string()).collect();
    for checklist in checklists {
        words.extend(checklist.routing.values().flatten().cloned());
    }
    words
}

/// Refuses skills outside `vocabulary`: a skill nothing routes to would never match, silently.
pub fn check_skills(skills: &[String], vocabulary: &BTreeSet<String>) -> Result<(), Refusal> {
    let unknown: Vec<&str> = skills
        .iter()
        .map(String::as_str)
        .filter(|s| !vocabulary.contains(*s))
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    Err(Refusal::UnknownSkills {
        unknown: unknown.join(", "),
        known: vocabulary.iter().cloned().collect::<Vec<_>>().join(", "),
    })
}

/// What a reviewer asks to record on one statement.
pub struct CheckRequest<'a> {
    pub statement: StatementId,
    pub assignee: Option<&'a str>,
    pub status: Status,
    pub source_count: usize,
    pub note: Option<&'a str>,
}

/// Whether `actor` may record `request`.
pub fn may_check(actor: &Reviewer, request: &CheckRequest<'_>) -> Result<(), Refusal> {
    let is_editor = actor.role == Role::Editor;
    if actor.role == Role::Writer {
        return Err(Refusal::WriterMayNot {
            actor: actor.handle.clone(),
            doing: "check or waive statements",
        });
    }
    if !is_editor {
        match request.assignee {
            Some(assignee) if assignee == actor.handle => {}
            Some(assignee) => {
                return Err(Refusal::NotAssignee {
                    id: request.statement,
                    assignee: assignee.to_string(),
                    actor: actor.handle.clone(),
                });
            }
            None => {
                return Err(Refusal::Unassigned {
                    id: request.statement,
                    actor: actor.handle.clone(),
                });
            }
        }
    }
    let has_note = request.note.is_some_and(|n| !n.trim().is_empty());
    match request.status {
        Status::Unchecked => Err(Refusal::UncheckedIsNotAVerdict),
        Status::Verified if request.source_count == 0 => Err(Refusal::VerifiedWithoutSource),
        Status::PartlyVerified if request.source_count == 0 => {
            Err(Refusal::PartlyVerifiedWithoutSource)
        }
        Status::Incorrect if !has_note => Err(Refusal::IncorrectWithoutNote),
        Status::Waived if !is_editor => Err(Refusal::WaiveByChecker {
            actor: actor.handle.clone(),
        }),
        Status::Waived if !has_note => Err(Refusal::WaiveWithoutReason),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests;
