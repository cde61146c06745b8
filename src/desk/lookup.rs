//! Single things by name, for front ends that address them one at a time (the web API's
//! `/articles/{slug}` and `/statements/{id}`): the same views the listings give, for one.

use super::{ArticleSummary, Desk, DeskError, Result};
use crate::model::{Statement, StatementId};

impl Desk {
    /// One article as `articles` lists it, computed from its rows.
    pub fn article_summary(&self, slug: &str) -> Result<ArticleSummary> {
        let article = self.article(slug)?;
        self.article_summary_in_full(&article)
    }

    /// The slug of the article a statement belongs to.
    pub fn article_of(&self, id: StatementId) -> Result<String> {
        let article_id = self
            .store
            .statement_article(id)?
            .ok_or(DeskError::NoStatement(id))?;
        let article = self
            .store
            .article_by_id(article_id)?
            .ok_or_else(|| DeskError::Inconsistent(format!("statement {id}'s article is gone")))?;
        Ok(article.slug)
    }

    /// One statement as `statements` shows it in its article's latest revision.
    pub fn statement(&self, id: StatementId) -> Result<Statement> {
        let slug = self.article_of(id)?;
        self.statements(&slug, None)?
            .into_iter()
            .find(|s| s.id == id)
            .ok_or(DeskError::RemovedStatement(id))
    }
}
