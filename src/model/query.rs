//! A checker's question to the writer on one statement, and the conversation that follows:
//! answers (each may cite a source), then a resolution by whoever asked or an editor.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Source, StatementId, named_enum};

named_enum! {
    /// Where a query stands: `open` (asked, not answered), `answered` (the writer replied, the
    /// checker has not closed it), `resolved` (closed).
    pub enum QueryState as "query state" {
        Open = "open",
        Answered = "answered",
        Resolved = "resolved",
    }
}

/// One query with everything said on it, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Query {
    pub id: i64,
    pub statement: StatementId,
    pub article: String,
    /// The revision whose words the question was asked on.
    pub revision: u32,
    /// The writer it is addressed to.
    pub writer: String,
    pub text: String,
    pub asked_by: String,
    #[serde(with = "crate::model::time")]
    pub asked_at: DateTime<Utc>,
    pub state: QueryState,
    pub answers: Vec<QueryAnswer>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved_by: Option<String>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "crate::model::time::option"
    )]
    pub resolved_at: Option<DateTime<Utc>>,
}

/// The writer's reply to a query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QueryAnswer {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    pub by: String,
    #[serde(with = "crate::model::time")]
    pub at: DateTime<Utc>,
}

impl Query {
    /// Open and answered queries both still wait for something: an answer, or the checker's
    /// word that the answer settles it.
    pub fn is_unresolved(&self) -> bool {
        self.state != QueryState::Resolved
    }
}
