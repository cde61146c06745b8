//! Disputes and an editor's rulings on them. A `disputed` check opens a dispute on its
//! statement; the editor rules: keep the words, change them to a given wording, or cut the
//! statement, always with the reason.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Check, StatementId, named_enum};

named_enum! {
    /// What an editor decided on a disputed statement.
    pub enum Decision as "decision" {
        Keep = "keep",
        Change = "change",
        Cut = "cut",
    }
}

/// One ruling, as recorded: never updated or deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ruling {
    pub id: i64,
    pub statement: StatementId,
    pub article: String,
    /// The revision whose words were ruled on.
    pub revision: u32,
    /// The disputed check the ruling settles.
    pub check: super::CheckId,
    pub decision: Decision,
    /// For `change`: the wording the statement must take.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wording: Option<String>,
    /// The statement's words when ruled on.
    pub text: String,
    pub reason: String,
    pub ruled_by: String,
    #[serde(with = "crate::model::time")]
    pub ruled_at: DateTime<Utc>,
}

/// A statement of the latest revision whose latest check is `disputed`, with the ruling on that
/// check if an editor made one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dispute {
    pub statement: StatementId,
    pub article: String,
    /// The statement's words now.
    pub text: String,
    /// The disputed check.
    pub check: Check,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ruling: Option<Ruling>,
    /// For a `change` or `cut` ruling: whether the statement still has the words ruled on (the
    /// copy has not been changed yet).
    #[serde(skip)]
    pub ruled_words_stand: bool,
}

impl Dispute {
    pub fn is_open(&self) -> bool {
        self.ruling.is_none()
    }
}
