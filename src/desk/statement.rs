//! One statement as a reviewer works it: where it stands, why it has its kinds, what its
//! checklist asks, what changed since its last check, and its whole history. The web desk's
//! statement page and its check form read this one view.

use serde::Serialize;

use super::queue::QueueItem;
use super::views::{paragraph_around, since_check, statement_view};
use super::{Desk, DeskError, HistoryEntry, Result};
use crate::model::{SinceCheck, Statement, StatementId};

/// A statement in its article's latest revision, with everything a check needs.
#[derive(Debug, Clone, Serialize)]
pub struct StatementDetail {
    pub statement: Statement,
    pub headline: Option<String>,
    pub latest_revision: u32,
    /// The paragraph around it, as in the revision's text.
    pub paragraph_text: String,
    /// The checklist items that apply to its kinds.
    pub items: Vec<QueueItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since_check: Option<SinceCheck>,
    pub history: Vec<HistoryEntry>,
}

impl Desk {
    /// A statement of an article's latest revision with its context and history. A statement
    /// removed from the latest revision is refused with a pointer to its history.
    pub fn statement_detail(&self, id: StatementId) -> Result<StatementDetail> {
        let Some(version) = self.store.current_version(id)? else {
            return Err(match self.store.statement_article(id)? {
                Some(_) => DeskError::RemovedStatement(id),
                None => DeskError::NoStatement(id),
            });
        };
        let article = self
            .store
            .article_by_id(version.article_id)?
            .ok_or_else(|| DeskError::Inconsistent(format!("statement {id}'s article is gone")))?;
        let view = self.revision_view(&article.slug, Some(version.revision))?;
        let checks = self.store.latest_checks_of_revision(version.revision_id)?;
        let check = checks.get(&id);
        let mut statement = statement_view(&article.slug, &version, check);
        statement.reasons = crate::parse::kinds::explain_kinds(&statement.text, statement.kinds);
        // The view judged its verification against the checklist's expiry policy.
        statement.expiry = view
            .statements
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.expiry.clone());
        let items = self
            .article_checklist(&article)?
            .items_for(statement.kinds)
            .into_iter()
            .map(|item| QueueItem {
                id: item.id.clone(),
                text: item.text.clone(),
                required: item.required,
            })
            .collect();
        Ok(StatementDetail {
            paragraph_text: paragraph_around(&view.revision.text, version.span),
            since_check: since_check(&version, check),
            history: self.history(id)?,
            headline: view.metadata.headline,
            latest_revision: article.latest_revision,
            items,
            statement,
        })
    }
}
