//! Publications of revisions and corrections of published statements: append-only rows.

use super::db::params;
use chrono::{DateTime, Utc};

use super::confidential::{SOURCE_COLUMNS, SOURCE_JOINS, source_at};
use super::{Result, Store, Tx};
use crate::model::{ArticleId, CheckId, RevisionId, Source, StatementId};

pub struct NewPublication<'a> {
    pub article_id: ArticleId,
    pub revision_id: RevisionId,
    pub override_reason: Option<&'a str>,
    pub gate_json: &'a str,
    pub by: &'a str,
    pub at: &'a str,
}

#[derive(Debug, Clone)]
pub struct PublicationRow {
    pub id: i64,
    pub slug: String,
    pub revision: u32,
    pub override_reason: Option<String>,
    pub gate_json: String,
    pub by: String,
    pub at: DateTime<Utc>,
}

pub struct NewCorrection<'a> {
    pub statement_id: StatementId,
    pub publication_id: i64,
    pub check_id: Option<CheckId>,
    pub text: &'a str,
    pub note: &'a str,
    pub source: Option<&'a Source>,
    pub by: &'a str,
    pub at: &'a str,
}

#[derive(Debug, Clone)]
pub struct CorrectionRow {
    pub id: i64,
    pub slug: String,
    pub statement_id: StatementId,
    pub published_revision: u32,
    pub check_id: Option<CheckId>,
    pub text: String,
    pub note: String,
    pub source: Option<Source>,
    pub by: String,
    pub at: DateTime<Utc>,
}

impl Tx<'_> {
    pub fn insert_publication(&self, new: &NewPublication<'_>) -> Result<i64> {
        self.insert_id(
            "publications",
            "INSERT INTO publications (article_id, revision_id, override_reason, gate, published_by, published_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
            params![
                new.article_id,
                new.revision_id,
                new.override_reason,
                new.gate_json,
                new.by,
                new.at
            ],
        )
    }

    pub fn insert_correction(&self, new: &NewCorrection<'_>) -> Result<i64> {
        let source_id = new
            .source
            .map(|s| self.source_id(s, new.by, new.at))
            .transpose()?;
        self.insert_id(
            "corrections",
            "INSERT INTO corrections (statement_id, publication_id, check_id, text, note, source_id, corrected_by, corrected_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
            params![
                new.statement_id,
                new.publication_id,
                new.check_id,
                new.text,
                new.note,
                source_id,
                new.by,
                new.at
            ],
        )
    }
}

impl Store {
    /// An article's publications, oldest first.
    pub fn publications_of(&self, article_id: ArticleId) -> Result<Vec<PublicationRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, a.slug, r.number, p.override_reason, p.gate, p.published_by, p.published_at
             FROM publications p JOIN articles a ON a.id = p.article_id JOIN revisions r ON r.id = p.revision_id
             WHERE p.article_id = ?1 ORDER BY p.id",
        )?;
        let rows = stmt.query_map(params![article_id], |row| {
            Ok(PublicationRow {
                id: row.get(0)?,
                slug: row.get(1)?,
                revision: row.get(2)?,
                override_reason: row.get(3)?,
                gate_json: row.get(4)?,
                by: row.get(5)?,
                at: super::sql::parse_time(6, &row.get::<String>(6)?)?,
            })
        })?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }

    /// Every correction on the desk, newest first.
    pub fn corrections(&self) -> Result<Vec<CorrectionRow>> {
        let sql = format!(
            "SELECT c.id, a.slug, c.statement_id, r.number, c.check_id, c.text, c.note,
                    c.corrected_by, c.corrected_at, {SOURCE_COLUMNS}
             FROM corrections c JOIN publications p ON p.id = c.publication_id
             JOIN articles a ON a.id = p.article_id JOIN revisions r ON r.id = p.revision_id
             LEFT JOIN sources s ON s.id = c.source_id {SOURCE_JOINS}
             ORDER BY c.corrected_at DESC, c.id DESC"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![], |row| {
            let source = source_at(row, 9)?;
            Ok(CorrectionRow {
                id: row.get(0)?,
                slug: row.get(1)?,
                statement_id: row.get(2)?,
                published_revision: row.get(3)?,
                check_id: row.get(4)?,
                text: row.get(5)?,
                note: row.get(6)?,
                source,
                by: row.get(7)?,
                at: super::sql::parse_time(8, &row.get::<String>(8)?)?,
            })
        })?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }
}
