//! The publication decision for a revision and the reasons that hold it.

use serde::{Deserialize, Serialize};

use super::StatementId;

/// The publication decision for one revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gate {
    pub ready: bool,
    pub reasons: Vec<GateReason>,
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
