//! The automatic checks' findings, their levels and an editor's dismissals.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Span, StatementId, named_enum};

named_enum! {
    /// How much a finding matters. The checklist's gate policy says which levels block.
    pub enum Level as "level" {
        Note = "note",
        Warning = "warning",
        Error = "error",
    }
}

/// A problem an automatic check found in a revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule's stable name, e.g. `weekday-mismatch`.
    pub rule: String,
    pub level: Level,
    /// What is wrong and what to look at, in one sentence an editor can act on.
    pub message: String,
    /// Indexes (0-based, in article order) of the revision's statements the finding is about;
    /// empty when it is about the revision as a whole (its metadata, say).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<usize>,
    /// Where in the revision text, when it can be pointed at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// A finding as stored with its revision: the statements it concerns by id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionFinding {
    pub rule: String,
    pub level: Level,
    pub message: String,
    #[serde(default)]
    pub statements: Vec<StatementId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// How `lint dismiss` names it: `SLUG/KEY`, the key a fingerprint of the rule, the message
    /// and the words it is about; empty until the desk has read it with its article.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// An editor's dismissal of this finding (the same words on the same article), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dismissal: Option<Dismissal>,
}

/// An editor's decision that a finding is a false positive on one article, with the reason.
/// It holds while the finding's words stay the same: a revision that changes them brings the
/// finding back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dismissal {
    pub reason: String,
    pub by: String,
    #[serde(with = "crate::model::time")]
    pub at: DateTime<Utc>,
    /// The revision it was dismissed on.
    pub revision: u32,
}
