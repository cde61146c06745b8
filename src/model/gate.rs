//! The publication decision for a revision and the reasons that hold it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::StatementId;

/// The publication decision for one revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gate {
    pub ready: bool,
    pub reasons: Vec<GateReason>,
    /// The first moment a verification this gate counts on lapses (a fact that dates, under the
    /// checklist's expiry policy): until then the decision stands as computed. Absent when no
    /// check can lapse.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::time::option"
    )]
    pub next_lapse_at: Option<DateTime<Utc>>,
}

/// One reason an article is held, with the statements it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GateReason {
    /// Stable: `status:unchecked`, `stale`, `verified-without-source`, `missing-items`,
    /// `finding:error`...
    pub code: String,
    /// One sentence an editor can act on.
    pub message: String,
    pub statements: Vec<StatementId>,
}
