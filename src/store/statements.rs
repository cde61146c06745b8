//! Statements and their versions, one per revision they appear in.

use super::db::{OptionalExtension, Param, Row, params};

use super::chain::KeyValue;
use super::{Result, Store, Tx};
use crate::model::{ArticleId, Change, Element, KindSet, RevisionId, Span, StatementId};

pub struct NewVersion<'a> {
    pub revision_id: RevisionId,
    pub statement_id: StatementId,
    pub paragraph: u32,
    pub position: u32,
    pub span: Span,
    pub text: &'a str,
    pub kinds: KindSet,
    pub element: Element,
    /// Against the previous revision: never `removed` (a removed statement has no version).
    pub change: Change,
}

/// A statement as it stands in one revision, with its current assignment.
#[derive(Debug, Clone)]
pub struct VersionRow {
    pub statement_id: StatementId,
    pub article_id: ArticleId,
    pub revision_id: RevisionId,
    pub revision: u32,
    pub paragraph: u32,
    pub position: u32,
    pub span: Span,
    pub text: String,
    pub kinds: KindSet,
    pub element: Element,
    pub change: Change,
    pub assignee: Option<String>,
    pub assigned_at: Option<String>,
}

const VERSION_COLUMNS: &str = "sv.statement_id, r.article_id, sv.revision_id, r.number, sv.paragraph, sv.position,
     sv.span_start, sv.span_end, sv.text, sv.kinds, sv.change, la.reviewer, la.assigned_at, sv.element";

/// The join [`VERSION_COLUMNS`] reads the latest hand-over through (`la`): one seek of the
/// covering `(statement_id, id)` index and one row, where a subquery per column sought the index
/// and read the row twice for every version (a revision of 563 statements is read back twice
/// by `revise`).
const LATEST_ASSIGNMENT: &str = "LEFT JOIN assignments la ON la.id =
     (SELECT max(a3.id) FROM assignments a3 WHERE a3.statement_id = sv.statement_id)";

fn version_from_row(row: &Row<'_>) -> super::db::Result<VersionRow> {
    Ok(VersionRow {
        statement_id: row.get(0)?,
        article_id: row.get(1)?,
        revision_id: row.get(2)?,
        revision: row.get(3)?,
        paragraph: row.get(4)?,
        position: row.get(5)?,
        span: Span::new(row.get::<i64>(6)? as usize, row.get::<i64>(7)? as usize),
        text: row.get(8)?,
        kinds: KindSet::from_bits(row.get(9)?),
        change: row.get(10)?,
        assignee: row.get(11)?,
        assigned_at: row.get(12)?,
        element: row
            .get::<String>(13)?
            .parse()
            .map_err(|e| super::db::DbError::conversion(13, e))?,
    })
}

/// How many rows one multi-row `INSERT` of statements or versions carries (at most 10
/// parameters each: well under SQLite's and PostgreSQL's limits).
const ROWS_PER_INSERT: usize = 100;

/// `(?1, …, ?w), (?w+1, …), …`: `rows` rows of `width` placeholders.
fn placeholders(rows: usize, width: usize) -> String {
    use std::fmt::Write;
    let mut sql = String::with_capacity(rows * width * 7);
    for r in 0..rows {
        sql.push_str(if r == 0 { "(" } else { ", (" });
        for c in 0..width {
            if c > 0 {
                sql.push_str(", ");
            }
            // Written in place: a `format!` per placeholder (a thousand per hundred rows) was
            // 2% of a `revise`.
            let _ = write!(sql, "?{}", r * width + c + 1);
        }
        sql.push(')');
    }
    sql
}

impl Tx<'_> {
    /// A new statement identity, first seen in `first_revision`.
    pub fn insert_statement(
        &self,
        article_id: ArticleId,
        first_revision: u32,
        derived_from: Option<StatementId>,
    ) -> Result<StatementId> {
        self.insert_id(
            "statements",
            "INSERT INTO statements (article_id, first_revision, derived_from) VALUES (?1, ?2, ?3) RETURNING id",
            params![article_id, first_revision, derived_from],
        )
        .map(StatementId)
    }

    /// `count` new statement identities of one article, first seen in `first_revision`, in
    /// ascending id order: what [`Tx::insert_statement`] called `count` times returns, in one
    /// `INSERT` per [`ROWS_PER_INSERT`] (a batch ingest adds tens of thousands).
    pub fn insert_statements(
        &self,
        article_id: ArticleId,
        first_revision: u32,
        count: usize,
    ) -> Result<Vec<StatementId>> {
        let mut ids = Vec::with_capacity(count);
        let mut left = count;
        while left > 0 {
            let rows = left.min(ROWS_PER_INSERT);
            let sql = format!(
                "INSERT INTO statements (article_id, first_revision) VALUES {} RETURNING id",
                vec!["(?1, ?2)"; rows].join(", ")
            );
            let mut stmt = self.conn().prepare_cached(&sql)?;
            let mut chunk = stmt
                .query_map(params![article_id, first_revision], |r| r.get::<i64>(0))?
                .collect::<super::db::Result<Vec<_>>>()?;
            // The rows are alike, so which id went to which row does not matter; in ascending
            // order they are the ids one insert at a time would have given.
            chunk.sort_unstable();
            for id in chunk {
                self.note("statements", &[KeyValue::Int(id)]);
                ids.push(StatementId(id));
            }
            left -= rows;
        }
        Ok(ids)
    }

    pub fn insert_version(&self, new: &NewVersion<'_>) -> Result<()> {
        self.insert_versions(std::slice::from_ref(new))
    }

    /// Stores statement versions, [`ROWS_PER_INSERT`] per `INSERT`: each statement costs its
    /// own journal and bookkeeping, which one row at a time repeated for every statement of a
    /// batch. Each row still fires its triggers (the search index's), as one insert would.
    pub fn insert_versions(&self, versions: &[NewVersion<'_>]) -> Result<()> {
        // Most chunks are full: their SQL text is built once per process, not per chunk.
        static FULL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let sql_for = |rows: usize| {
            format!(
                "INSERT INTO statement_versions
                 (revision_id, statement_id, paragraph, position, span_start, span_end, text, kinds, change, element)
                 VALUES {}",
                placeholders(rows, 10)
            )
        };
        for chunk in versions.chunks(ROWS_PER_INSERT) {
            let partial;
            let sql: &str = if chunk.len() == ROWS_PER_INSERT {
                FULL.get_or_init(|| sql_for(ROWS_PER_INSERT))
            } else {
                partial = sql_for(chunk.len());
                &partial
            };
            let derived: Vec<(i64, i64, u16, &str)> = chunk
                .iter()
                .map(|v| {
                    let span = (v.span.start as i64, v.span.end as i64);
                    (span.0, span.1, v.kinds.bits(), v.element.as_str())
                })
                .collect();
            let mut bound: Vec<&dyn Param> = Vec::with_capacity(chunk.len() * 10);
            for (new, (start, end, kinds, element)) in chunk.iter().zip(&derived) {
                bound.extend([
                    &new.revision_id as &dyn Param,
                    &new.statement_id,
                    &new.paragraph,
                    &new.position,
                    start,
                    end,
                    &new.text,
                    kinds,
                    &new.change,
                    element,
                ]);
            }
            self.conn().prepare_cached(sql)?.execute(&bound)?;
            for new in chunk {
                self.note(
                    "statement_versions",
                    &[
                        KeyValue::Int(new.revision_id.0),
                        KeyValue::Int(new.statement_id.0),
                    ],
                );
            }
        }
        Ok(())
    }

    /// Records a hand-over (`to == None`: unassigned).
    pub fn insert_assignment(
        &self,
        id: StatementId,
        to: Option<&str>,
        by: &str,
        at: &str,
    ) -> Result<()> {
        self.insert_id(
            "assignments",
            "INSERT INTO assignments (statement_id, reviewer, assigned_by, assigned_at) VALUES (?1, ?2, ?3, ?4) RETURNING id",
            params![id, to, by, at],
        )?;
        Ok(())
    }
}

impl Store {
    /// Versions joined with their revision, filtered by `filter` (SQL after WHERE, one `?1`).
    fn versions_where(&self, filter: &str, param: impl Param) -> Result<Vec<VersionRow>> {
        let sql = format!(
            "SELECT {VERSION_COLUMNS} FROM statement_versions sv JOIN revisions r ON r.id = sv.revision_id
             {LATEST_ASSIGNMENT} WHERE {filter}"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![param], version_from_row)?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }

    /// The statements of one revision, in article order.
    pub fn versions_of_revision(&self, revision_id: RevisionId) -> Result<Vec<VersionRow>> {
        self.versions_where("sv.revision_id = ?1 ORDER BY sv.span_start", revision_id)
    }

    /// Every version of one statement, oldest revision first.
    pub fn versions_of_statement(&self, id: StatementId) -> Result<Vec<VersionRow>> {
        self.versions_where("sv.statement_id = ?1 ORDER BY r.number", id)
    }

    /// The statement as it stands in its article's latest revision; `None` when the id is unknown
    /// or the statement was retired (removed from the latest revision).
    pub fn current_version(&self, id: StatementId) -> Result<Option<VersionRow>> {
        let latest = "sv.statement_id = ?1
             AND r.number = (SELECT max(number) FROM revisions r2 WHERE r2.article_id = r.article_id)";
        Ok(self.versions_where(latest, id)?.into_iter().next())
    }

    /// The article a statement id belongs to, if the id exists at all.
    pub fn statement_article(&self, id: StatementId) -> Result<Option<ArticleId>> {
        Ok(self
            .conn
            .prepare_cached("SELECT article_id FROM statements WHERE id = ?1")?
            .query_row(params![id], |r| r.get(0))
            .optional()?)
    }

    /// The statement an added statement was split from, if any.
    pub fn derived_from(&self, id: StatementId) -> Result<Option<StatementId>> {
        Ok(self
            .conn
            .prepare_cached("SELECT derived_from FROM statements WHERE id = ?1")?
            .query_row(params![id], |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// Statements currently assigned to `handle` in the latest revision of their article,
    /// oldest assignment first.
    pub fn assigned_to(&self, handle: &str) -> Result<Vec<VersionRow>> {
        let sql = format!(
            "SELECT {VERSION_COLUMNS}
             FROM assignments a
             JOIN statement_versions sv ON sv.statement_id = a.statement_id
             JOIN revisions r ON r.id = sv.revision_id
             {LATEST_ASSIGNMENT}
             WHERE a.reviewer = ?1
               AND a.id = (SELECT max(id) FROM assignments a2 WHERE a2.statement_id = a.statement_id)
               AND r.number = (SELECT max(number) FROM revisions r2 WHERE r2.article_id = r.article_id)
             ORDER BY a.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![handle], version_from_row)?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }

    /// Every hand-over of one statement, oldest first.
    pub fn assignments_of(&self, id: StatementId) -> Result<Vec<crate::model::Assignment>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT statement_id, reviewer, assigned_by, assigned_at FROM assignments WHERE statement_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![id], |row| {
            Ok(crate::model::Assignment {
                statement: row.get(0)?,
                to: row.get(1)?,
                by: row.get(2)?,
                at: super::sql::parse_time(3, &row.get::<String>(3)?)?,
            })
        })?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }
}

#[cfg(test)]
#[path = "statements_tests.rs"]
mod tests;
