//! The named parts of a revision that are not statements, and editors' confirmations of them.

use super::db::{OptionalExtension, params};

use super::chain::KeyValue;
use super::{Result, Store, Tx};
use crate::model::{ArticleId, Confirmation, Part, RevisionId, Span};

impl Tx<'_> {
    /// Stores the parts of a revision, in text order.
    pub fn insert_parts(&self, revision_id: RevisionId, parts: &[Part]) -> Result<()> {
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO revision_parts (revision_id, ordinal, kind, span_start, span_end, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for (ordinal, part) in parts.iter().enumerate() {
            stmt.execute(params![
                revision_id,
                ordinal as i64,
                part.kind.as_str(),
                part.span.start as i64,
                part.span.end as i64,
                part.text
            ])?;
            self.note(
                "revision_parts",
                &[KeyValue::Int(revision_id.0), KeyValue::Int(ordinal as i64)],
            );
        }
        Ok(())
    }

    pub fn insert_confirmation(
        &self,
        revision_id: RevisionId,
        by: &str,
        at: &str,
        note: Option<&str>,
    ) -> Result<()> {
        self.insert_id(
            "element_confirmations",
            "INSERT INTO element_confirmations (revision_id, confirmed_by, confirmed_at, note)
             VALUES (?1, ?2, ?3, ?4) RETURNING id",
            params![revision_id, by, at, note],
        )?;
        Ok(())
    }
}

impl Store {
    /// The stored parts of a revision, in text order (none for a revision stored before parts
    /// were).
    pub fn parts_of_revision(&self, revision_id: RevisionId) -> Result<Vec<Part>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT kind, span_start, span_end, text FROM revision_parts
             WHERE revision_id = ?1 ORDER BY ordinal",
        )?;
        let rows = stmt.query_map(params![revision_id], |row| {
            Ok(Part {
                kind: row
                    .get::<String>(0)?
                    .parse()
                    .map_err(|e| super::db::DbError::conversion(0, e))?,
                span: Span::new(row.get::<i64>(1)? as usize, row.get::<i64>(2)? as usize),
                text: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }

    /// The latest confirmation of an article's parts made on revision `up_to` or an earlier one.
    pub fn latest_confirmation(
        &self,
        article_id: ArticleId,
        up_to: u32,
    ) -> Result<Option<Confirmation>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT r.number, c.confirmed_by, c.confirmed_at, c.note
                 FROM element_confirmations c JOIN revisions r ON r.id = c.revision_id
                 WHERE r.article_id = ?1 AND r.number <= ?2
                 ORDER BY r.number DESC, c.id DESC LIMIT 1",
            )?
            .query_row(params![article_id, up_to], |row| {
                Ok(Confirmation {
                    revision: row.get(0)?,
                    by: row.get(1)?,
                    at: super::sql::parse_time(2, &row.get::<String>(2)?)?,
                    note: row.get(3)?,
                })
            })
            .optional()?)
    }
}
