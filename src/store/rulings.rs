//! Editors' rulings on disputed statements: append-only rows.

use super::db::{Row, params};

use super::{Result, Store, Tx};
use crate::model::{ArticleId, CheckId, Decision, RevisionId, Ruling, StatementId};

pub struct NewRuling<'a> {
    pub statement_id: StatementId,
    pub check_id: CheckId,
    pub revision_id: RevisionId,
    pub decision: Decision,
    pub wording: Option<&'a str>,
    pub text: &'a str,
    pub reason: &'a str,
    pub by: &'a str,
    pub at: &'a str,
}

const RULING_COLUMNS: &str = "ru.id, ru.statement_id, a.slug, r.number, ru.check_id, ru.decision, ru.wording, ru.text, ru.reason, ru.ruled_by, ru.ruled_at
     FROM rulings ru JOIN statements s ON s.id = ru.statement_id JOIN articles a ON a.id = s.article_id
     JOIN revisions r ON r.id = ru.revision_id";

fn ruling_from_row(row: &Row<'_>) -> super::db::Result<Ruling> {
    let decision: String = row.get(5)?;
    Ok(Ruling {
        id: row.get(0)?,
        statement: row.get(1)?,
        article: row.get(2)?,
        revision: row.get(3)?,
        check: row.get(4)?,
        decision: decision
            .parse()
            .map_err(|e| super::db::DbError::conversion(5, e))?,
        wording: row.get(6)?,
        text: row.get(7)?,
        reason: row.get(8)?,
        ruled_by: row.get(9)?,
        ruled_at: super::sql::parse_time(10, &row.get::<String>(10)?)?,
    })
}

impl Tx<'_> {
    pub fn insert_ruling(&self, new: &NewRuling<'_>) -> Result<i64> {
        self.insert_id(
            "rulings",
            "INSERT INTO rulings (statement_id, check_id, revision_id, decision, wording, text, reason, ruled_by, ruled_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
            params![
                new.statement_id,
                new.check_id,
                new.revision_id,
                new.decision.as_str(),
                new.wording,
                new.text,
                new.reason,
                new.by,
                new.at
            ],
        )
    }
}

impl Store {
    /// Every ruling on an article's statements, oldest first.
    pub fn rulings_of_article(&self, article_id: ArticleId) -> Result<Vec<Ruling>> {
        let sql = format!("SELECT {RULING_COLUMNS} WHERE s.article_id = ?1 ORDER BY ru.id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![article_id], ruling_from_row)?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }

    /// Every ruling on one statement, oldest first.
    pub fn rulings_of_statement(&self, id: StatementId) -> Result<Vec<Ruling>> {
        let sql = format!("SELECT {RULING_COLUMNS} WHERE ru.statement_id = ?1 ORDER BY ru.id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![id], ruling_from_row)?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }
}
