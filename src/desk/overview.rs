//! The desk's overview: every article with its latest revision, counts by status, stale apart,
//! and the gate. Computing it means reading every statement and its latest check, which costs
//! seconds over ten thousand articles; so each write recomputes the overview of the articles it
//! touched, in its own transaction, and a listing reads one stored row per article. A row that
//! is missing or marked dirty (a database from before the overview, a write that went around
//! the desk) is computed in full on the spot, so the listing is never wrong, only slower.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Desk, DeskError, Result};
use crate::model::{Gate, Status};
use crate::store::{ArticleRow, Intent, OverviewListing, OverviewPage, OverviewRow, Store, Tx};

/// An article for listings: its latest revision, counts by status and the gate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleSummary {
    pub slug: String,
    pub headline: Option<String>,
    pub desk: Option<String>,
    pub checklist: String,
    pub revision: u32,
    pub statements: usize,
    /// Every status (zero included), and `stale`: statements whose words changed after their
    /// latest check, whatever that check's status.
    pub counts: BTreeMap<String, usize>,
    pub gate: Gate,
}

/// Which articles to list: one desk, after a cursor (the last slug of the previous page), at
/// most `limit`.
pub type ArticlesPage<'a> = OverviewPage<'a>;

impl Desk {
    /// Every article, by slug.
    pub fn articles(&self) -> Result<Vec<ArticleSummary>> {
        self.articles_page(&ArticlesPage::default())
    }

    /// One page of articles, by slug, from the stored overview rows.
    pub fn articles_page(&self, page: &ArticlesPage<'_>) -> Result<Vec<ArticleSummary>> {
        self.store
            .overview_page(page)?
            .into_iter()
            .map(|listing| self.summary_of_listing(listing))
            .collect()
    }

    fn summary_of_listing(&self, listing: OverviewListing) -> Result<ArticleSummary> {
        let Some(row) = listing.overview else {
            return self.article_summary_in_full(&self.article(&listing.slug)?);
        };
        let corrupt = |what: &str, err| unreadable(&listing.slug, what, err);
        let gate: Gate = serde_json::from_str(&row.gate_json).map_err(|e| corrupt("gate", e))?;
        // A verification the stored row counted on has lapsed since it was written: time, not
        // a write, changed the gate.
        if gate.next_lapse_at.is_some_and(|at| at <= self.now) {
            return self.article_summary_in_full(&self.article(&listing.slug)?);
        }
        Ok(ArticleSummary {
            counts: serde_json::from_str(&row.counts_json).map_err(|e| corrupt("counts", e))?,
            gate,
            slug: listing.slug,
            headline: row.headline,
            desk: listing.desk,
            checklist: listing.checklist,
            revision: row.revision,
            statements: row.statements,
        })
    }

    /// The overview of one article computed from its statements, checks and findings: what the
    /// stored rows must always equal.
    pub fn article_summary_in_full(&self, article: &ArticleRow) -> Result<ArticleSummary> {
        let checklist = self.article_checklist(article)?;
        self.article_summary_with(&self.store, article, &checklist)
    }

    /// The full computation with the article's checklist already read.
    fn article_summary_with(
        &self,
        db: &Store,
        article: &ArticleRow,
        checklist: &crate::checklist::Checklist,
    ) -> Result<ArticleSummary> {
        let view = self.revision_view_in(db, &article.slug, None)?;
        let mut counts: BTreeMap<String, usize> = Status::ALL
            .iter()
            .map(|s| (s.as_str().to_string(), 0))
            .collect();
        for statement in &view.statements {
            *counts
                .entry(statement.status.as_str().to_string())
                .or_default() += 1;
        }
        counts.insert(
            "stale".into(),
            view.statements.iter().filter(|s| s.stale).count(),
        );
        counts.insert(
            "expired".into(),
            view.statements.iter().filter(|s| s.expired()).count(),
        );
        let findings = self.revision_findings(db, &view)?;
        let gate = self.revision_gate(db, &view, &findings, checklist)?;
        Ok(ArticleSummary {
            slug: article.slug.clone(),
            headline: view.metadata.headline.clone(),
            desk: article.desk.clone(),
            checklist: article.checklist.clone(),
            revision: article.latest_revision,
            statements: view.statements.len(),
            counts,
            gate,
        })
    }

    /// Computes, in one write, every overview still marked for recomputation, and says how
    /// many: after `migrate`, whose copy marks them all, so that the first listings of a copied
    /// archive do not compute each article's view on the fly.
    pub fn refresh_marked_overviews(&self) -> Result<usize> {
        self.write(&[Intent::NewArticles], |tx| Ok(tx.dirty_overviews()?.len()))
    }

    /// Recomputes the overview of every article marked dirty in this transaction.
    /// A batch of a thousand new articles shares one or two checklists: each stored YAML text
    /// is parsed once per command (`Desk::article_checklist`), not once per article.
    pub(super) fn refresh_overviews(&self, tx: &Tx<'_>) -> Result<()> {
        for article_id in tx.dirty_overviews()? {
            let article = tx.article_by_id(article_id)?.ok_or_else(|| {
                DeskError::Inconsistent(format!("article {article_id} is marked dirty but gone"))
            })?;
            if article.latest_revision == 0 {
                continue;
            }
            let checklist = self.article_checklist(&article)?;
            let summary = self.article_summary_with(tx, &article, &checklist)?;
            tx.put_overview(
                article_id,
                &OverviewRow {
                    revision: summary.revision,
                    headline: summary.headline,
                    statements: summary.statements,
                    counts_json: to_json(&summary.counts)?,
                    ready: summary.gate.ready,
                    gate_json: to_json(&summary.gate)?,
                },
            )?;
        }
        Ok(())
    }
}

fn to_json(value: &impl Serialize) -> Result<String> {
    serde_json::to_string(value).map_err(|e| DeskError::Inconsistent(format!("overview: {e}")))
}

/// A stored overview row that does not parse: a damaged row, which any write recomputes.
pub(super) fn unreadable(slug: &str, what: &str, err: serde_json::Error) -> DeskError {
    DeskError::Inconsistent(format!(
        "the stored overview of '{slug}' has unreadable {what} ({err}); any write to the article recomputes it"
    ))
}

#[cfg(test)]
#[path = "overview_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "overview_props.rs"]
mod props;
