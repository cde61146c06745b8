//! Notifications: a change to a reviewer's work, recorded for that reviewer in the same
//! transaction as the change, and read in their inbox. A notification is never updated; that it
//! was read is a row of its own.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{StatementId, named_enum};

named_enum! {
    /// What happened to a reviewer's work.
    pub enum NotificationKind as "notification kind" {
        /// A statement was given to them.
        Assigned = "assigned",
        /// A statement they held was taken from them (unassigned, or given to someone else).
        Unassigned = "unassigned",
        /// A revision changed the words of a statement they checked or hold after its check:
        /// the check no longer covers the words.
        Stale = "stale",
        /// A revision changed the words of a statement they hold that had no check yet.
        Changed = "changed",
        /// A revision removed a statement they held (cut, or merged into another).
        Removed = "removed",
        /// Someone else recorded a check on a statement they hold (an editor waiving it).
        Checked = "checked",
        /// A query was addressed to them (the article's writer).
        QueryAsked = "query-asked",
        /// The writer answered a query they asked.
        QueryAnswered = "query-answered",
        /// A query they asked was resolved by someone else (an editor).
        QueryResolved = "query-resolved",
        /// An editor ruled on a dispute they raised or a statement they hold.
        Ruling = "ruling",
        /// A published statement they verified or hold was corrected.
        Corrected = "corrected",
    }
}

/// One notification, as its reviewer's inbox shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notification {
    pub id: i64,
    /// Who it is for.
    pub reviewer: String,
    pub kind: NotificationKind,
    /// The article's slug.
    pub article: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement: Option<StatementId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<i64>,
    /// One line saying what happened, in the desk's words.
    pub message: String,
    /// Who made the change.
    pub by: String,
    #[serde(with = "crate::model::time")]
    pub at: DateTime<Utc>,
    /// When the reviewer marked it read (`null`: unread).
    #[serde(with = "crate::model::time::option")]
    pub read_at: Option<DateTime<Utc>>,
}
