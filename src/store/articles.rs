//! Articles, the checklist each uses, and the listing's rows.

use super::db::{OptionalExtension, Row, params};
use crate::model::{ArticleId, RevisionId};

use super::chain::KeyValue;
use super::{Result, Store, Tx};

pub struct NewArticle<'a> {
    pub slug: &'a str,
    pub desk: Option<&'a str>,
    pub checklist: &'a str,
    pub checklist_yaml: &'a str,
    /// Why this checklist, when choosing it was an editor's act (it relaxes the default gate).
    pub note: Option<&'a str>,
    pub at: &'a str,
    pub by: &'a str,
}

#[derive(Debug, Clone)]
pub struct ArticleRow {
    pub id: ArticleId,
    pub slug: String,
    pub desk: Option<String>,
    pub checklist: String,
    pub checklist_yaml: String,
    /// The SHA-256 of the checklist's text: its name in `checklists`.
    pub checklist_hash: String,
    pub created_at: String,
    pub created_by: String,
    pub latest_revision: u32,
}

/// An article with its latest revision's id, for listings.
#[derive(Debug, Clone)]
pub struct ArticleSummaryRow {
    pub article: ArticleRow,
    pub latest_revision_id: RevisionId,
}

/// The checklist in use is the one chosen last (`article_checklists`), its text stored once.
const ARTICLE_COLUMNS: &str = "a.id, a.slug, a.desk, c.name, c.yaml, a.created_at, a.created_by,
     (SELECT max(number) FROM revisions r WHERE r.article_id = a.id), c.hash";

/// Joins each article `a` to the checklist it uses now, `c`.
const CHECKLIST_IN_USE: &str =
    "JOIN checklists c ON c.hash = (SELECT ac.checklist FROM article_checklists ac
         WHERE ac.article_id = a.id ORDER BY ac.id DESC LIMIT 1)";

fn article_from_row(row: &Row<'_>) -> super::db::Result<ArticleRow> {
    Ok(ArticleRow {
        id: row.get(0)?,
        slug: row.get(1)?,
        desk: row.get(2)?,
        checklist: row.get(3)?,
        checklist_yaml: row.get(4)?,
        created_at: row.get(5)?,
        created_by: row.get(6)?,
        latest_revision: row.get::<Option<u32>>(7)?.unwrap_or(0),
        checklist_hash: row.get(8)?,
    })
}

impl Tx<'_> {
    /// Stores a new article and its checklist choice (the text stored once, by hash).
    pub fn insert_article(&self, new: &NewArticle<'_>) -> Result<ArticleId> {
        let id = self
            .insert_id(
                "articles",
                "INSERT INTO articles (slug, desk, checklist, created_at, created_by)
             VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
                params![new.slug, new.desk, new.checklist, new.at, new.by],
            )
            .map(ArticleId)?;
        self.choose_checklist(
            id,
            new.checklist,
            new.checklist_yaml,
            new.note,
            (new.at, new.by),
        )?;
        Ok(id)
    }

    /// Records that an article uses a checklist from now on: an append-only row, chained.
    pub fn choose_checklist(
        &self,
        article_id: ArticleId,
        name: &str,
        yaml: &str,
        note: Option<&str>,
        (at, by): (&str, &str),
    ) -> Result<String> {
        let (hash, new) = super::chain::store_checklist(self.conn(), name, yaml, at, by)?;
        if new {
            self.note("checklists", &[KeyValue::Text(&hash)]);
        }
        self.insert_id(
            "article_checklists",
            "INSERT INTO article_checklists (article_id, checklist, chosen_by, chosen_at, note)
             VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
            params![article_id, hash, by, at, note],
        )?;
        // The gate follows the checklist's policy, and the listing shows its name.
        self.mark_overview_dirty(article_id)?;
        Ok(hash)
    }
}

impl Store {
    pub fn article_by_slug(&self, slug: &str) -> Result<Option<ArticleRow>> {
        let sql = format!(
            "SELECT {ARTICLE_COLUMNS} FROM articles a {CHECKLIST_IN_USE} WHERE a.slug = ?1"
        );
        Ok(self
            .conn
            .query_row(&sql, params![slug], article_from_row)
            .optional()?)
    }

    pub fn article_by_id(&self, id: ArticleId) -> Result<Option<ArticleRow>> {
        let sql =
            format!("SELECT {ARTICLE_COLUMNS} FROM articles a {CHECKLIST_IN_USE} WHERE a.id = ?1");
        Ok(self
            .conn
            .query_row(&sql, params![id], article_from_row)
            .optional()?)
    }

    /// Every article, by slug.
    pub fn articles(&self) -> Result<Vec<ArticleRow>> {
        let sql =
            format!("SELECT {ARTICLE_COLUMNS} FROM articles a {CHECKLIST_IN_USE} ORDER BY a.slug");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![], article_from_row)?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }

    /// The distinct checklist texts articles were ingested with.
    pub fn checklist_texts(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT yaml FROM checklists WHERE hash IN (SELECT checklist FROM article_checklists)",
        )?;
        let rows = stmt.query_map(params![], |r| r.get(0))?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }

    /// Whether an article already has this slug.
    pub fn slug_exists(&self, slug: &str) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM articles WHERE slug = ?1)",
            params![slug],
            |r| r.get(0),
        )?)
    }
}

impl Store {
    /// The time of the latest thing recorded about an article (created, a revision, an
    /// assignment, a check, an event): a write is never dated before it.
    pub fn last_activity_at(&self, article_id: ArticleId) -> Result<Option<String>> {
        Ok(self.conn.query_row(
            "SELECT max(t) FROM (
                 SELECT created_at AS t FROM articles WHERE id = ?1
                 UNION ALL SELECT max(received_at) FROM revisions WHERE article_id = ?1
                 UNION ALL SELECT max(c.checked_at) FROM statements s
                     JOIN checks c ON c.statement_id = s.id WHERE s.article_id = ?1
                 UNION ALL SELECT max(g.assigned_at) FROM statements s
                     JOIN assignments g ON g.statement_id = s.id WHERE s.article_id = ?1
                 UNION ALL SELECT max(e.at) FROM statements s
                     JOIN events e ON e.statement_id = s.id WHERE s.article_id = ?1) AS activity",
            params![article_id],
            |r| r.get(0),
        )?)
    }
}
