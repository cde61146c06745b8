//! A statement as the desk sees it now: its words, its place and the state of its checking.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Element, Expiry, KindReasons, KindSet, Source, Span, StatementId, Status};

/// A statement of one revision as the desk sees it now: its words and place, and the state of its
/// checking (from its latest check and assignment). Serialises to the statement JSON of
/// `docs/json.md`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    pub id: StatementId,
    /// The article's slug.
    pub article: String,
    pub revision: u32,
    pub paragraph: u32,
    pub position: u32,
    pub text: String,
    pub span: Span,
    pub kinds: KindSet,
    /// Where it stands on the page: `headline`, `deck`, `subhead`, `body`, `list-item`...
    pub element: Element,
    /// Why it carries each kind: the words that triggered the rule. Filled by
    /// `Desk::statements` (recomputed from the text, kept to the stored kinds); empty, and left
    /// out of the JSON, elsewhere.
    #[serde(skip_serializing_if = "KindReasons::is_empty")]
    pub reasons: KindReasons,
    pub status: Status,
    /// The words changed after the latest check: that check no longer covers them.
    pub stale: bool,
    pub assignee: Option<String>,
    /// The sources of the latest check.
    pub sources: Vec<Source>,
    pub note: Option<String>,
    /// Checklist items ticked by the latest check.
    pub items: Vec<String>,
    /// The words a `partly-verified` latest check does not cover; empty otherwise.
    pub excepted: Vec<String>,
    pub checked_by: Option<String>,
    #[serde(with = "crate::model::time::option")]
    pub checked_at: Option<DateTime<Utc>>,
    /// For a verification of a fact that dates (the checklist's expiry policy): when it lapses,
    /// and whether it has. `null` when the check cannot lapse.
    pub expiry: Option<Expiry>,
}

impl Statement {
    /// Still needs a reviewer's work: open, or checked on words that have since changed.
    pub fn needs_work(&self) -> bool {
        self.status.is_open() || self.stale || self.expired()
    }

    /// Verified once, but on a fact that dates, longer ago than the checklist lets it stand.
    pub fn expired(&self) -> bool {
        self.expiry.as_ref().is_some_and(|e| e.expired)
    }

    /// The day (UTC, `YYYY-MM-DD`) its verification lapsed, when it has: the reports' marker.
    pub fn expired_on(&self) -> Option<String> {
        self.expiry
            .as_ref()
            .filter(|e| e.expired)
            .map(|e| e.lapses_at.format("%Y-%m-%d").to_string())
    }
}
