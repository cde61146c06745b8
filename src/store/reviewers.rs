//! Reviewers: who is on the desk, with role, skills and whether active.

use super::db::{OptionalExtension, Row, params};

use super::chain::KeyValue;
use super::{Result, Store, Tx};
use crate::model::{Reviewer, Role};

fn reviewer_from_row(row: &Row<'_>) -> super::db::Result<Reviewer> {
    let role: String = row.get(2)?;
    let skills: String = row.get(3)?;
    Ok(Reviewer {
        handle: row.get(0)?,
        name: row.get(1)?,
        role: role
            .parse::<Role>()
            .map_err(|e| super::db::DbError::conversion(2, e))?,
        skills: skills
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        active: row.get(4)?,
    })
}

impl Tx<'_> {
    pub fn insert_reviewer(&self, reviewer: &Reviewer, by: &str, at: &str) -> Result<()> {
        self.conn().execute(
            "INSERT INTO reviewers (handle, name, role, skills, active, added_at, added_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                reviewer.handle,
                reviewer.name,
                reviewer.role.as_str(),
                reviewer.skills.join(","),
                reviewer.active,
                at,
                by
            ],
        )?;
        self.note("reviewers", &[KeyValue::Text(&reviewer.handle)]);
        Ok(())
    }

    pub fn set_reviewer_active(&self, handle: &str, active: bool) -> Result<()> {
        self.conn().execute(
            "UPDATE reviewers SET active = ?2 WHERE handle = ?1",
            params![handle, active],
        )?;
        Ok(())
    }
}

impl Store {
    pub fn reviewer(&self, handle: &str) -> Result<Option<Reviewer>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT handle, name, role, skills, active FROM reviewers WHERE handle = ?1",
            )?
            .query_row(params![handle], reviewer_from_row)
            .optional()?)
    }

    /// Every reviewer, by handle.
    pub fn reviewers(&self) -> Result<Vec<Reviewer>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT handle, name, role, skills, active FROM reviewers ORDER BY handle",
        )?;
        let rows = stmt.query_map(params![], reviewer_from_row)?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }
}
