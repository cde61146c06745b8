//! What changed between two revisions: each statement's change and its word-level edits.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{StatementId, named_enum};

named_enum! {
    /// What happened to a statement between two revisions.
    pub enum Change as "change" {
        Unchanged = "unchanged",
        /// The same words at another place (another paragraph, or out of order).
        Moved = "moved",
        /// The same statement, edited (including one sentence split in two, or two merged).
        Modified = "modified",
        Added = "added",
        Removed = "removed",
    }
}

named_enum! {
    /// What a word-level edit does to the words it carries.
    pub enum WordOp as "word edit" {
        /// In both texts.
        Equal = "equal",
        /// Only in the older text.
        Delete = "delete",
        /// Only in the newer text.
        Insert = "insert",
    }
}

/// A word-level edit between two statement texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordEdit {
    pub op: WordOp,
    pub text: String,
}

/// What a stale statement's words became since the check its status rests on: the checker's
/// view of "what changed", however many revisions ago that check was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SinceCheck {
    pub id: StatementId,
    /// The revision the check was made on, who made it and when (RFC 3339).
    pub checked_revision: u32,
    pub checked_by: String,
    #[serde(with = "crate::model::time")]
    pub checked_at: DateTime<Utc>,
    /// The words the check was made on.
    pub checked_text: String,
    /// The words now.
    pub text: String,
    /// Word-level edits from `checked_text` to `text`.
    pub edits: Vec<WordEdit>,
}

/// Statement-level changes between two revisions of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diff {
    pub article: String,
    pub from: u32,
    pub to: u32,
    pub changes: Vec<StatementChange>,
    /// Changes to the named parts that are not statements (byline, dateline, labels...).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub elements: Vec<super::PartChange>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementChange {
    pub change: Change,
    pub id: StatementId,
    pub old_text: Option<String>,
    pub new_text: Option<String>,
    /// For `modified`: the word-level edits from `old_text` to `new_text`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub edits: Vec<WordEdit>,
    /// Another statement this one split from or merged into, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related: Option<StatementId>,
}

impl Diff {
    /// How many changes of `change` the diff holds.
    pub fn count(&self, change: Change) -> usize {
        self.changes.iter().filter(|c| c.change == change).count()
    }
}
