//! Events: what happened to a statement or the desk besides checks and assignments.

use super::db::params;

use super::{Result, Store, Tx};
use crate::model::{EventKind, RevisionId, StatementId};

/// Something that happened to a statement (or to the desk) besides checks and assignments.
pub struct NewEvent<'a> {
    pub statement_id: Option<StatementId>,
    pub revision_id: Option<RevisionId>,
    pub event: EventKind,
    pub old_value: Option<&'a str>,
    pub new_value: Option<&'a str>,
    pub actor: &'a str,
    pub at: &'a str,
}

#[derive(Debug, Clone)]
pub struct EventRow {
    pub statement_id: Option<StatementId>,
    pub revision: Option<u32>,
    pub event: EventKind,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub actor: String,
    pub at: String,
}

impl Tx<'_> {
    pub fn insert_event(&self, new: &NewEvent<'_>) -> Result<()> {
        self.insert_id(
            "events",
            "INSERT INTO events (statement_id, revision_id, event, old_value, new_value, actor, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
            params![
                new.statement_id,
                new.revision_id,
                new.event,
                new.old_value,
                new.new_value,
                new.actor,
                new.at
            ],
        )?;
        Ok(())
    }
}

impl Store {
    /// Every event of one statement, oldest first.
    pub fn events_of(&self, id: StatementId) -> Result<Vec<EventRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.statement_id, r.number, e.event, e.old_value, e.new_value, e.actor, e.at
             FROM events e LEFT JOIN revisions r ON r.id = e.revision_id
             WHERE e.statement_id = ?1 ORDER BY e.id",
        )?;
        let rows = stmt.query_map(params![id], |row| {
            Ok(EventRow {
                statement_id: row.get(0)?,
                revision: row.get(1)?,
                event: row.get(2)?,
                old_value: row.get(3)?,
                new_value: row.get(4)?,
                actor: row.get(5)?,
                at: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }
}
