//! A revision's findings and an editor's dismissals of them.

use super::db::params;

use super::{Result, Store, Tx};
use std::collections::HashMap;

use crate::model::{ArticleId, Dismissal, Level, RevisionFinding, RevisionId, Span};

impl Tx<'_> {
    pub fn insert_finding(&self, revision_id: RevisionId, finding: &RevisionFinding) -> Result<()> {
        let ids = serde_json::to_string(&finding.statements).unwrap_or_else(|_| "[]".into());
        self.insert_id(
            "findings",
            "INSERT INTO findings (revision_id, rule, level, message, statement_ids, span_start, span_end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
            params![
                revision_id,
                finding.rule,
                finding.level.as_str(),
                finding.message,
                ids,
                finding.span.map(|s| s.start as i64),
                finding.span.map(|s| s.end as i64)
            ],
        )?;
        Ok(())
    }

    /// Records an editor's dismissal of a finding on an article (append-only).
    pub fn insert_dismissal(
        &self,
        article_id: ArticleId,
        key: &str,
        d: &NewDismissal<'_>,
    ) -> Result<()> {
        self.insert_id(
            "finding_dismissals",
            "INSERT INTO finding_dismissals
             (article_id, finding_key, rule, message, revision, reason, dismissed_by, dismissed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
            params![
                article_id, key, d.rule, d.message, d.revision, d.reason, d.by, d.at
            ],
        )?;
        Ok(())
    }
}

impl Store {
    /// The findings of one revision, in the order they were found.
    pub fn findings_of(&self, revision_id: RevisionId) -> Result<Vec<RevisionFinding>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT rule, level, message, statement_ids, span_start, span_end FROM findings
             WHERE revision_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![revision_id], |row| {
            let level: String = row.get(1)?;
            let ids: String = row.get(3)?;
            let start: Option<i64> = row.get(4)?;
            let end: Option<i64> = row.get(5)?;
            Ok(RevisionFinding {
                rule: row.get(0)?,
                level: level.parse().unwrap_or(Level::Warning),
                message: row.get(2)?,
                statements: serde_json::from_str(&ids).unwrap_or_default(),
                span: start
                    .zip(end)
                    .map(|(s, e)| Span::new(s as usize, e as usize)),
                id: String::new(),
                dismissal: None,
            })
        })?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }

    /// An article's dismissals by finding key, the latest one per key.
    pub fn dismissals_of(&self, article_id: ArticleId) -> Result<HashMap<String, Dismissal>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT finding_key, reason, dismissed_by, dismissed_at, revision
             FROM finding_dismissals WHERE article_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![article_id], |row| {
            Ok((
                row.get::<String>(0)?,
                Dismissal {
                    reason: row.get(1)?,
                    by: row.get(2)?,
                    at: super::sql::parse_time(3, &row.get::<String>(3)?)?,
                    revision: row.get(4)?,
                },
            ))
        })?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }
}

/// A dismissal to record: the finding as it read, and who dismissed it, when and why.
pub struct NewDismissal<'a> {
    pub rule: &'a str,
    pub message: &'a str,
    pub revision: u32,
    pub reason: &'a str,
    pub by: &'a str,
    pub at: &'a str,
}
