//! Checks, reviewers and their roles: who recorded which verdict on which words.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{CheckId, Source, StatementId, Status, named_enum};

named_enum! {
    /// What a reviewer may do: checkers check what they are given; editors may do anything,
    /// including waive statements and add reviewers; writers read the desk, answer the queries
    /// put to them and file revisions, and never check or waive.
    pub enum Role as "role" {
        Checker = "checker",
        Editor = "editor",
        Writer = "writer",
    }
}

/// A person on the desk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reviewer {
    pub handle: String,
    pub name: String,
    pub role: Role,
    /// Tags matched against statement kinds (through the checklist's routing) by auto-assignment.
    pub skills: Vec<String>,
    pub active: bool,
}

/// One verdict on one statement. Never updated or deleted: a newer check supersedes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub id: CheckId,
    pub statement: StatementId,
    /// The revision whose text was checked.
    pub revision: u32,
    pub status: Status,
    pub sources: Vec<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Checklist items the reviewer ticked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// For `partly-verified`: the words of the statement the verdict does not cover, as they
    /// stand in `text`. Empty for every other status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excepted: Vec<String>,
    /// The exact statement text the verdict was made on: when the statement's text no longer
    /// matches it, the check is stale.
    pub text: String,
    pub checked_by: String,
    #[serde(with = "crate::model::time")]
    pub checked_at: DateTime<Utc>,
}

/// One hand-over of a statement. `to == None` is an unassignment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    pub statement: StatementId,
    pub to: Option<String>,
    pub by: String,
    #[serde(with = "crate::model::time")]
    pub at: DateTime<Utc>,
}
