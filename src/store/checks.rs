//! Checks with their sources and checklist items.

use std::collections::HashMap;

use super::db::{OptionalExtension, params};
use chrono::{DateTime, Utc};

use super::chain::KeyValue;
use super::confidential::{SOURCE_COLUMNS, SOURCE_JOINS, source_at};
use super::sql::parse_time;
use super::{Result, Store, Tx};
use crate::model::{CheckId, RevisionId, Source, StatementId, Status};

pub struct NewCheck<'a> {
    pub statement_id: StatementId,
    pub revision_id: RevisionId,
    pub status: Status,
    pub sources: &'a [Source],
    pub note: Option<&'a str>,
    pub items: &'a [String],
    /// For `partly-verified`: the parts not covered, as the statement spells them.
    pub excepted: &'a [String],
    pub text: &'a str,
    pub by: &'a str,
    pub at: &'a str,
}

#[derive(Debug, Clone)]
pub struct CheckRow {
    pub id: CheckId,
    pub statement_id: StatementId,
    pub revision: u32,
    pub status: Status,
    pub note: Option<String>,
    pub text: String,
    pub checked_by: String,
    pub checked_at: DateTime<Utc>,
    pub sources: Vec<Source>,
    pub items: Vec<String>,
    pub excepted: Vec<String>,
}

impl CheckRow {
    pub fn into_check(self) -> crate::model::Check {
        crate::model::Check {
            id: self.id,
            statement: self.statement_id,
            revision: self.revision,
            status: self.status,
            sources: self.sources,
            note: self.note,
            items: self.items,
            excepted: self.excepted,
            text: self.text,
            checked_by: self.checked_by,
            checked_at: self.checked_at,
        }
    }
}

/// How many statement ids one query of [`Store::latest_checks_of`] takes.
const IDS_PER_QUERY: usize = 100;

const CHECK_COLUMNS: &str =
    "c.id, c.statement_id, r.number, c.status, c.note, c.text, c.checked_by, c.checked_at";

fn check_from_row(row: &super::db::Row<'_>) -> super::db::Result<CheckRow> {
    let status: String = row.get(3)?;
    Ok(CheckRow {
        id: row.get(0)?,
        statement_id: row.get(1)?,
        revision: row.get(2)?,
        status: status
            .parse()
            .map_err(|e| super::db::DbError::conversion(3, e))?,
        note: row.get(4)?,
        text: row.get(5)?,
        checked_by: row.get(6)?,
        checked_at: parse_time(7, &row.get::<String>(7)?)?,
        sources: Vec::new(),
        items: Vec::new(),
        excepted: Vec::new(),
    })
}

impl Tx<'_> {
    /// Records a check with its sources (reused when the same source was cited before) and items.
    pub fn insert_check(&self, new: &NewCheck<'_>) -> Result<CheckId> {
        let check_id = self.insert_id(
            "checks",
            "INSERT INTO checks (statement_id, revision_id, status, note, text, checked_by, checked_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
            params![
                new.statement_id,
                new.revision_id,
                new.status.as_str(),
                new.note,
                new.text,
                new.by,
                new.at
            ],
        )
        .map(CheckId)?;
        for (ordinal, source) in new.sources.iter().enumerate() {
            let source_id = self.source_id(source, new.by, new.at)?;
            self.conn()
                .prepare_cached(
                    "INSERT INTO check_sources (check_id, source_id, ordinal) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![check_id, source_id, ordinal as i64])?;
            self.note(
                "check_sources",
                &[KeyValue::Int(check_id.0), KeyValue::Int(ordinal as i64)],
            );
        }
        for item in new.items {
            let inserted = self
                .conn()
                .prepare_cached(
                    "INSERT INTO check_items (check_id, item) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                )?
                .execute(params![check_id, item])?;
            if inserted == 1 {
                self.note(
                    "check_items",
                    &[KeyValue::Int(check_id.0), KeyValue::Text(item)],
                );
            }
        }
        for (ordinal, words) in new.excepted.iter().enumerate() {
            self.conn()
                .prepare_cached(
                    "INSERT INTO check_exceptions (check_id, ordinal, words) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![check_id, ordinal as i64, words])?;
            self.note(
                "check_exceptions",
                &[KeyValue::Int(check_id.0), KeyValue::Int(ordinal as i64)],
            );
        }
        Ok(check_id)
    }

    /// The id of a source, stored now unless the same one was cited before (sources are shared
    /// between checks, and never changed). A confidential source is stored anew each time it
    /// is cited, by `by` at `at`, with its identity kept apart.
    pub(super) fn source_id(&self, source: &Source, by: &str, at: &str) -> Result<i64> {
        if let Some(confidential) = &source.confidential {
            return self.insert_confidential(confidential, by, at);
        }
        let contact = source.contact.as_deref().unwrap_or("");
        let on = source.contacted_on.as_deref().unwrap_or("");
        let values = params![source.kind.as_str(), source.citation, contact, on];
        let inserted: Option<i64> = self
            .conn()
            .prepare_cached(
                "INSERT INTO sources (kind, citation, contact, contacted_on) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (kind, citation, contact, contacted_on) DO NOTHING RETURNING id",
            )?
            .query_row(values, |r| r.get(0))
            .optional()?;
        if let Some(id) = inserted {
            self.note("sources", &[KeyValue::Int(id)]);
            return Ok(id);
        }
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT id FROM sources WHERE kind = ?1 AND citation = ?2 AND contact = ?3 AND contacted_on = ?4",
            )?
            .query_row(values, |r| r.get(0))?)
    }
}

impl Store {
    /// Every check of one statement, oldest first, with sources and items.
    pub fn checks_of(&self, id: StatementId) -> Result<Vec<CheckRow>> {
        let sql = format!(
            "SELECT {CHECK_COLUMNS} FROM checks c JOIN revisions r ON r.id = c.revision_id
             WHERE c.statement_id = ?1 ORDER BY c.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut checks: Vec<CheckRow> = stmt
            .query_map(params![id], check_from_row)?
            .collect::<super::db::Result<_>>()?;
        for check in &mut checks {
            self.fill_check(check)?;
        }
        Ok(checks)
    }

    /// The latest check of each statement of a revision, by statement id.
    pub fn latest_checks_of_revision(
        &self,
        revision_id: RevisionId,
    ) -> Result<HashMap<StatementId, CheckRow>> {
        let sql = format!(
            "SELECT {CHECK_COLUMNS} FROM checks c JOIN revisions r ON r.id = c.revision_id
             WHERE c.id IN (SELECT (SELECT max(id) FROM checks c2 WHERE c2.statement_id = sv.statement_id)
                            FROM statement_versions sv WHERE sv.revision_id = ?1)"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut out = HashMap::new();
        for check in stmt.query_map(params![revision_id], check_from_row)? {
            let mut check = check?;
            self.fill_check(&mut check)?;
            out.insert(check.statement_id, check);
        }
        Ok(out)
    }

    /// The latest check of each of `ids` that has one, by statement id: for a queue, whose
    /// few statements per revision made reading each revision's every latest check (a hundred
    /// index seeks for five statements) a third of its cost. Up to [`IDS_PER_QUERY`] ids a
    /// query, the last one repeated to fill it, so every call runs one SQL text.
    pub fn latest_checks_of(&self, ids: &[StatementId]) -> Result<HashMap<StatementId, CheckRow>> {
        let marks: Vec<String> = (1..=IDS_PER_QUERY).map(|n| format!("?{n}")).collect();
        let sql = format!(
            "SELECT {CHECK_COLUMNS} FROM checks c JOIN revisions r ON r.id = c.revision_id
             WHERE c.id IN (SELECT max(c2.id) FROM checks c2
                            WHERE c2.statement_id IN ({}) GROUP BY c2.statement_id)",
            marks.join(", ")
        );
        let mut out = HashMap::new();
        for chunk in ids.chunks(IDS_PER_QUERY) {
            let last = chunk[chunk.len() - 1];
            let keys: Vec<StatementId> = (0..IDS_PER_QUERY)
                .map(|n| chunk.get(n).copied().unwrap_or(last))
                .collect();
            let params: Vec<&dyn super::db::Param> =
                keys.iter().map(|k| k as &dyn super::db::Param).collect();
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows: Vec<CheckRow> = stmt
                .query_map(params.as_slice(), check_from_row)?
                .collect::<super::db::Result<_>>()?;
            for mut check in rows {
                self.fill_check(&mut check)?;
                out.insert(check.statement_id, check);
            }
        }
        Ok(out)
    }

    fn fill_check(&self, check: &mut CheckRow) -> Result<()> {
        let sql = format!(
            "SELECT {SOURCE_COLUMNS} FROM check_sources cs
             JOIN sources s ON s.id = cs.source_id {SOURCE_JOINS}
             WHERE cs.check_id = ?1 ORDER BY cs.ordinal"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![check.id], |row| source_at(row, 0))?;
        for source in rows {
            check.sources.extend(source?);
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT item FROM check_items WHERE check_id = ?1 ORDER BY item")?;
        check.items = stmt
            .query_map(params![check.id], |r| r.get(0))?
            .collect::<super::db::Result<_>>()?;
        if check.status == Status::PartlyVerified {
            let mut stmt = self.conn.prepare_cached(
                "SELECT words FROM check_exceptions WHERE check_id = ?1 ORDER BY ordinal",
            )?;
            check.excepted = stmt
                .query_map(params![check.id], |r| r.get(0))?
                .collect::<super::db::Result<_>>()?;
        }
        Ok(())
    }
}

// The round trips of a check's sources and excepted parts run on both backends:
// tests/cli/store_api.rs.
