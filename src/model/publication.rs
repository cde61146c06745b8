//! What went out and what was corrected after: a publication of one revision, and a correction
//! of one published statement, linked to the check its words rested on.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Check, Source, StatementId};

/// One revision as published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Publication {
    pub id: i64,
    pub article: String,
    pub revision: u32,
    pub published_by: String,
    #[serde(with = "crate::model::time")]
    pub published_at: DateTime<Utc>,
    /// Whether the gate was ready; when not, `override_reason` says why an editor published.
    pub gate_ready: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub override_reason: Option<String>,
    /// A later publication of the same article is an update of the piece.
    pub update: bool,
}

/// A correction of a published statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Correction {
    pub id: i64,
    pub article: String,
    pub statement: StatementId,
    /// The revision published when the correction was made.
    pub published_revision: u32,
    /// The statement's words as published.
    pub text: String,
    pub note: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// The check the published words rested on (the latest before publication), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check: Option<Check>,
    pub corrected_by: String,
    #[serde(with = "crate::model::time")]
    pub corrected_at: DateTime<Utc>,
}
