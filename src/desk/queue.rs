//! A reviewer's queue: their open statements, each with its paragraph, checklist items and
//! unresolved queries. A queue spans many articles (a checker in an archive has hundreds), so
//! what the entries share is read once: each article's row and revision texts, each stored
//! checklist's parse (`Desk::article_checklist` keeps them: parsing the YAML per article was
//! half of a queue's instructions), and the latest checks of its statements a hundred a query.

use std::collections::{HashMap, hash_map::Entry};
use std::sync::Arc;

use serde::Serialize;

use super::views::{paragraph_around, since_check, statement_view};
use super::{Desk, DeskError, Result};
use crate::checklist::Checklist;
use crate::model::{ArticleId, Metadata, SinceCheck, Statement, StatementId};
use crate::store::{ArticleRow, Store, VersionRow};

/// One open statement in a reviewer's queue, with the paragraph around it.
#[derive(Debug, Clone, Serialize)]
pub struct QueueEntry {
    pub statement: Statement,
    pub assigned_at: Option<String>,
    pub paragraph_text: String,
    /// The checklist items that apply to it.
    pub items: Vec<QueueItem>,
    /// For a stale statement: the words changed since its latest check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since_check: Option<SinceCheck>,
    /// The queries on it not resolved yet (for a writer: those waiting for their answer).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub queries: Vec<crate::model::Query>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QueueItem {
    pub id: String,
    pub text: String,
    pub required: bool,
}

impl Desk {
    /// The acting reviewer's open statements, oldest assignment first, each with its unresolved
    /// queries. A writer's queue is the statements with queries waiting for their answer.
    pub fn queue(&self) -> Result<Vec<QueueEntry>> {
        let actor = self.reader()?;
        let mut entries = if actor.role == crate::model::Role::Writer {
            let mut versions: Vec<VersionRow> = Vec::new();
            for query in self.writer_queue()? {
                if versions.iter().any(|v| v.statement_id == query.statement) {
                    continue;
                }
                if let Some(version) = self.store.current_version(query.statement)? {
                    versions.push(version);
                }
            }
            self.queue_entries(&self.store, versions, false)?
        } else {
            self.queue_of(&actor.handle)?
        };
        for entry in &mut entries {
            entry.queries = self
                .queries_of_statement(entry.statement.id)?
                .into_iter()
                .filter(|q| q.is_unresolved())
                .collect();
        }
        Ok(entries)
    }

    /// A reviewer's open statements (unchecked, in progress, or stale), oldest assignment first.
    pub fn queue_of(&self, handle: &str) -> Result<Vec<QueueEntry>> {
        self.queue_in(&self.store, handle)
    }

    /// [`Desk::queue_of`] read through `db` (the store, or a write transaction).
    pub(super) fn queue_in(&self, db: &Store, handle: &str) -> Result<Vec<QueueEntry>> {
        let versions = db.assigned_to(handle)?;
        self.queue_entries(db, versions, true)
    }

    /// Queue entries for `versions`, in their order; with `open_work_only`, only the statements
    /// that still need a check.
    fn queue_entries(
        &self,
        db: &Store,
        versions: Vec<VersionRow>,
        open_work_only: bool,
    ) -> Result<Vec<QueueEntry>> {
        // Per article: the row, its checklist and the revisions already read (text, metadata).
        type ArticleCache = (
            ArticleRow,
            Option<Arc<Checklist>>,
            HashMap<u32, (String, Metadata)>,
        );
        let mut articles: HashMap<ArticleId, ArticleCache> = HashMap::new();
        let mut out = Vec::new();
        // The queue's own statements' latest checks, a hundred statements a query.
        let ids: Vec<StatementId> = versions.iter().map(|v| v.statement_id).collect();
        let checks = db.latest_checks_of(&ids)?;
        for version in versions {
            let check = checks.get(&version.statement_id);
            let (article, checklist, texts) = match articles.entry(version.article_id) {
                Entry::Occupied(entry) => entry.into_mut(),
                Entry::Vacant(entry) => {
                    let article = db.article_by_id(version.article_id)?.ok_or_else(|| {
                        DeskError::Inconsistent("an assigned statement's article is gone".into())
                    })?;
                    let checklist = self.article_checklist(&article).ok();
                    entry.insert((article, checklist, HashMap::new()))
                }
            };
            let mut statement = statement_view(&article.slug, &version, check);
            if open_work_only && !statement.needs_work() && !crate::workflow::can_lapse(&statement)
            {
                continue;
            }
            if let Entry::Vacant(entry) = texts.entry(version.revision) {
                entry.insert(super::expiry::text_and_metadata(
                    db,
                    article,
                    version.revision,
                )?);
            }
            let (text, metadata) = &texts[&version.revision];
            // A verification of a fact that dates comes back once it has lapsed.
            self.apply_expiry(
                db,
                article,
                version.revision,
                metadata,
                checklist.as_deref(),
                std::slice::from_mut(&mut statement),
            )?;
            if open_work_only && !statement.needs_work() {
                continue;
            }
            let paragraph_text = paragraph_around(text, version.span);
            let items = checklist
                .as_ref()
                .map(|c| {
                    c.items_for(statement.kinds)
                        .into_iter()
                        .map(|item| QueueItem {
                            id: item.id.clone(),
                            text: item.text.clone(),
                            required: item.required,
                        })
                        .collect()
                })
                .unwrap_or_default();
            out.push(QueueEntry {
                statement,
                assigned_at: version.assigned_at.clone(),
                paragraph_text,
                items,
                since_check: since_check(&version, check),
                queries: Vec::new(),
            });
        }
        Ok(out)
    }
}
