//! Writers of articles, queries to them and the replies (answers, resolutions): append-only rows.

use super::db::{OptionalExtension, params};
use chrono::{DateTime, Utc};

use super::confidential::{SOURCE_COLUMNS, SOURCE_JOINS, source_at};
use super::{Result, Store, Tx};
use crate::model::{ArticleId, RevisionId, Source, StatementId};

pub struct NewQuery<'a> {
    pub statement_id: StatementId,
    pub revision_id: RevisionId,
    pub writer: &'a str,
    pub text: &'a str,
    pub by: &'a str,
    pub at: &'a str,
}

/// What a reply does to its query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    Answer,
    Resolve,
}

impl Reply {
    fn as_str(self) -> &'static str {
        match self {
            Reply::Answer => "answer",
            Reply::Resolve => "resolve",
        }
    }
}

pub struct NewReply<'a> {
    pub query_id: i64,
    pub reply: Reply,
    pub text: Option<&'a str>,
    pub source: Option<&'a Source>,
    pub by: &'a str,
    pub at: &'a str,
}

/// One query as stored, with its replies oldest first.
#[derive(Debug, Clone)]
pub struct QueryRow {
    pub id: i64,
    pub statement_id: StatementId,
    pub article_id: ArticleId,
    pub slug: String,
    pub revision: u32,
    pub writer: String,
    pub text: String,
    pub asked_by: String,
    pub asked_at: DateTime<Utc>,
    pub replies: Vec<ReplyRow>,
}

#[derive(Debug, Clone)]
pub struct ReplyRow {
    pub reply: Reply,
    pub text: Option<String>,
    pub source: Option<Source>,
    pub by: String,
    pub at: DateTime<Utc>,
}

const QUERY_COLUMNS: &str = "q.id, q.statement_id, s.article_id, a.slug, r.number, q.writer, q.text, q.asked_by, q.asked_at
     FROM queries q JOIN statements s ON s.id = q.statement_id JOIN articles a ON a.id = s.article_id
     JOIN revisions r ON r.id = q.revision_id";

fn query_from_row(row: &super::db::Row<'_>) -> super::db::Result<QueryRow> {
    Ok(QueryRow {
        id: row.get(0)?,
        statement_id: row.get(1)?,
        article_id: row.get(2)?,
        slug: row.get(3)?,
        revision: row.get(4)?,
        writer: row.get(5)?,
        text: row.get(6)?,
        asked_by: row.get(7)?,
        asked_at: super::sql::parse_time(8, &row.get::<String>(8)?)?,
        replies: Vec::new(),
    })
}

impl Tx<'_> {
    /// Names the writer of an article (the latest naming counts).
    pub fn insert_article_writer(
        &self,
        article_id: ArticleId,
        writer: &str,
        by: &str,
        at: &str,
    ) -> Result<()> {
        self.insert_id(
            "article_writers",
            "INSERT INTO article_writers (article_id, writer, named_by, named_at) VALUES (?1, ?2, ?3, ?4) RETURNING id",
            params![article_id, writer, by, at],
        )?;
        Ok(())
    }

    pub fn insert_query(&self, new: &NewQuery<'_>) -> Result<i64> {
        self.insert_id(
            "queries",
            "INSERT INTO queries (statement_id, revision_id, writer, text, asked_by, asked_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
            params![
                new.statement_id,
                new.revision_id,
                new.writer,
                new.text,
                new.by,
                new.at
            ],
        )
    }

    pub fn insert_query_reply(&self, new: &NewReply<'_>) -> Result<()> {
        let source_id = new
            .source
            .map(|s| self.source_id(s, new.by, new.at))
            .transpose()?;
        self.insert_id(
            "query_replies",
            "INSERT INTO query_replies (query_id, reply, text, source_id, replied_by, replied_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
            params![
                new.query_id,
                new.reply.as_str(),
                new.text,
                source_id,
                new.by,
                new.at
            ],
        )?;
        Ok(())
    }
}

impl Store {
    /// The article's writer, if one was named.
    pub fn article_writer(&self, article_id: ArticleId) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT writer FROM article_writers WHERE article_id = ?1 ORDER BY id DESC LIMIT 1",
            )?
            .query_row(params![article_id], |r| r.get(0))
            .optional()?)
    }

    /// One query with its replies.
    pub fn query(&self, id: i64) -> Result<Option<QueryRow>> {
        let sql = format!("SELECT {QUERY_COLUMNS} WHERE q.id = ?1");
        let found = self
            .conn
            .prepare_cached(&sql)?
            .query_row(params![id], query_from_row)
            .optional()?;
        match found {
            Some(mut query) => {
                self.fill_replies(&mut query)?;
                Ok(Some(query))
            }
            None => Ok(None),
        }
    }

    /// Queries, oldest first: of one statement, of one article, or all of them.
    pub fn queries(&self, of: QueriesOf) -> Result<Vec<QueryRow>> {
        let (filter, key) = match of {
            QueriesOf::Statement(id) => ("q.statement_id = ?1", id.0),
            QueriesOf::Article(id) => ("s.article_id = ?1", id.0),
            QueriesOf::All => ("CAST(?1 AS BIGINT) IS NOT NULL", 0),
        };
        let sql = format!("SELECT {QUERY_COLUMNS} WHERE {filter} ORDER BY q.id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut out: Vec<QueryRow> = stmt
            .query_map(params![key], query_from_row)?
            .collect::<super::db::Result<_>>()?;
        for query in &mut out {
            self.fill_replies(query)?;
        }
        Ok(out)
    }

    fn fill_replies(&self, query: &mut QueryRow) -> Result<()> {
        let sql = format!(
            "SELECT qr.reply, qr.text, qr.replied_by, qr.replied_at, {SOURCE_COLUMNS}
             FROM query_replies qr LEFT JOIN sources s ON s.id = qr.source_id {SOURCE_JOINS}
             WHERE qr.query_id = ?1 ORDER BY qr.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![query.id], |row| {
            let reply: String = row.get(0)?;
            let source = source_at(row, 4)?;
            Ok(ReplyRow {
                reply: if reply == "resolve" {
                    Reply::Resolve
                } else {
                    Reply::Answer
                },
                text: row.get(1)?,
                source,
                by: row.get(2)?,
                at: super::sql::parse_time(3, &row.get::<String>(3)?)?,
            })
        })?;
        query.replies = rows.collect::<super::db::Result<_>>()?;
        Ok(())
    }
}

/// Which queries [`Store::queries`] reads.
#[derive(Debug, Clone, Copy)]
pub enum QueriesOf {
    Statement(StatementId),
    Article(ArticleId),
    All,
}
