//! The desk's overview rows (`article_overview`): one per article, recomputed by the desk inside
//! every write transaction that marked the article dirty (see migration 0002). A listing reads a
//! page of articles with their rows in one query.

use super::db::params;
use crate::model::ArticleId;

use super::{Result, Store, Tx};

/// One article's overview as stored: the JSON columns stay text here, the desk reads them.
#[derive(Debug, Clone, PartialEq)]
pub struct OverviewRow {
    pub revision: u32,
    pub headline: Option<String>,
    pub statements: usize,
    pub counts_json: String,
    pub ready: bool,
    pub gate_json: String,
}

/// An article in a listing page; `overview` is `None` when it is missing or dirty.
#[derive(Debug, Clone)]
pub struct OverviewListing {
    pub article_id: ArticleId,
    pub slug: String,
    pub desk: Option<String>,
    pub checklist: String,
    pub overview: Option<OverviewRow>,
}

/// Which articles a listing page holds: by slug, after a cursor, optionally one desk.
#[derive(Debug, Clone, Default)]
pub struct OverviewPage<'a> {
    pub desk: Option<&'a str>,
    /// Only slugs after this one (the last slug of the previous page).
    pub after: Option<&'a str>,
    pub limit: Option<usize>,
}

impl Store {
    /// The articles whose overview must be recomputed before the transaction commits.
    pub fn dirty_overviews(&self) -> Result<Vec<ArticleId>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT article_id FROM overview_dirty")?;
        let rows = stmt.query_map(params![], |r| r.get(0))?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }
}

impl Tx<'_> {
    /// Marks an article's overview for recomputing before this transaction commits, for a
    /// write no trigger of migration 0002 sees (an article's checklist changing).
    pub fn mark_overview_dirty(&self, article_id: ArticleId) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO overview_dirty (article_id) VALUES (?1) ON CONFLICT DO NOTHING",
            )?
            .execute(params![article_id])?;
        Ok(())
    }

    /// Stores an article's recomputed overview and clears its dirty mark.
    pub fn put_overview(&self, article_id: ArticleId, row: &OverviewRow) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO article_overview
                 (article_id, revision, headline, statements, counts, ready, gate)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (article_id) DO UPDATE SET revision = excluded.revision,
                     headline = excluded.headline, statements = excluded.statements,
                     counts = excluded.counts, ready = excluded.ready, gate = excluded.gate",
            )?
            .execute(params![
                article_id,
                row.revision,
                row.headline,
                row.statements as i64,
                row.counts_json,
                row.ready,
                row.gate_json
            ])?;
        self.conn()
            .prepare_cached("DELETE FROM overview_dirty WHERE article_id = ?1")?
            .execute(params![article_id])?;
        Ok(())
    }
}

impl Store {
    /// One page of articles by slug, each with its overview when it is fresh. The cursor is a
    /// range on the slug's unique index (every slug is non-empty, so `''` is before them all):
    /// a page deep in the archive costs what the first one does.
    pub fn overview_page(&self, page: &OverviewPage<'_>) -> Result<Vec<OverviewListing>> {
        // No limit is the largest one (`LIMIT -1` is SQLite's alone).
        let limit = page.limit.map_or(i64::MAX, |n| n as i64);
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.slug, a.desk,
                    (SELECT c.name FROM article_checklists ac
                     JOIN checklists c ON c.hash = ac.checklist
                     WHERE ac.article_id = a.id ORDER BY ac.id DESC LIMIT 1),
                    o.revision, o.headline, o.statements, o.counts, o.ready, o.gate,
                    d.article_id IS NOT NULL
             FROM articles a
             LEFT JOIN article_overview o ON o.article_id = a.id
             LEFT JOIN overview_dirty d ON d.article_id = a.id
             WHERE (CAST(?1 AS TEXT) IS NULL OR a.desk = ?1)
               AND a.slug > COALESCE(CAST(?2 AS TEXT), '')
             ORDER BY a.slug
             LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![page.desk, page.after, limit], |r| {
            let dirty: bool = r.get(10)?;
            let revision: Option<u32> = r.get(4)?;
            let overview = match revision {
                Some(revision) if !dirty => Some(OverviewRow {
                    revision,
                    headline: r.get(5)?,
                    statements: r.get::<i64>(6)? as usize,
                    counts_json: r.get(7)?,
                    ready: r.get(8)?,
                    gate_json: r.get(9)?,
                }),
                _ => None,
            };
            Ok(OverviewListing {
                article_id: r.get(0)?,
                slug: r.get(1)?,
                desk: r.get(2)?,
                checklist: r.get(3)?,
                overview,
            })
        })?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }
}

#[cfg(test)]
impl Tx<'_> {
    /// As a database migrated from before the overview: every article to recompute.
    pub fn mark_all_overviews_dirty(&self) -> Result<()> {
        self.conn().execute(
            "INSERT OR IGNORE INTO overview_dirty SELECT id FROM articles",
            params![],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_from_before_the_overview_migrates_with_every_article_marked_dirty() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.execute_batch(super::super::MIGRATIONS[0]).unwrap();
            conn.execute_batch(
                "PRAGMA user_version = 1;
                 INSERT INTO articles (slug, checklist, checklist_yaml, created_at, created_by)
                 VALUES ('old', 'news', '', '2026-01-01T00:00:00Z', 'ed');",
            )
            .unwrap();
        }
        let store = Store::open(&path, crate::store::Access::Write).unwrap();
        assert_eq!(store.dirty_overviews().unwrap().len(), 1);
        let page = store.overview_page(&OverviewPage::default()).unwrap();
        assert_eq!(page[0].slug, "old");
        assert!(
            page[0].overview.is_none(),
            "no overview until a write computes it"
        );
    }
}
