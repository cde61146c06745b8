//! The desk's use cases: each one reads what it needs, applies the rules of [`crate::workflow`]
//! and writes in one transaction. Time and identity come in from the caller (the CLI), so that
//! nothing here reads the clock or the environment, and tests can fix both.

mod actor;
mod auth;
mod bulk;
mod checklist_choice;
mod confidential;
mod dismiss;
mod error;
mod expiry;
mod four_eyes;
mod ingest;
mod input;
mod listing;
mod lookup;
mod notify;
mod overview;
mod parts;
mod publication;
mod queries;
mod queue;
mod report;
mod review;
mod reviewers;
mod revise;
mod rulings;
mod search;
mod secret;
mod statement;
mod verify;
mod views;
mod webhook;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, SecondsFormat, Utc};

pub use actor::Actor;
pub use auth::{MIN_PASSWORD_CHARS, NewSession};
pub use bulk::{BATCH_SIZE, BulkArticle, BulkRequest, Prepared, prepare_batch};
pub use confidential::{AttestedSource, RevealedSource};
pub use error::{DeskError, ErrorKind};
pub use ingest::{Draft, IngestOutcome, IngestRequest};
pub use input::{MAX_INPUT_BYTES, slug_from_file_name, validate_slug};
pub use listing::ArticleListing;
pub use notify::ReadOutcome;
pub use overview::{ArticleSummary, ArticlesPage};
pub use parts::{ConfirmOutcome, Unconfirmed};
pub use publication::UpdateOf;
pub use queries::QueryFilter;
pub use queue::{QueueEntry, QueueItem};
pub use review::{AssignOutcome, CheckInput};
pub use revise::ReviseOutcome;
pub use revise::StaleStatement;
pub use rulings::RuleInput;
pub use search::{SearchHit, SearchRequest};
pub use secret::hex as secret_hex;
pub use statement::StatementDetail;
pub use views::{HistoryEntry, RevisionView};
pub use webhook::{Attempted, MIN_SECRET_CHARS, Outgoing, WebhookView};

use crate::checklist::Checklist;
use crate::model::{ArticleId, Reviewer, Role};
use crate::store::{Intent, Store, Tx};

pub type Result<T, E = DeskError> = std::result::Result<T, E>;

/// The desk as one person sees it at one moment.
pub struct Desk {
    store: Store,
    now: DateTime<Utc>,
    actor: Option<Actor>,
    /// Webhook deliveries the write in progress put in the outbox (`webhook.rs`).
    staged_outbox: Mutex<Vec<i64>>,
    /// Those of committed writes, until [`Desk::take_outbox`] (shared with the edge that
    /// delivers them, [`Desk::sharing_outbox`]).
    outbox: Arc<Mutex<Vec<i64>>>,
    /// Stored checklists already parsed, by the SHA-256 of their text: a command that reads
    /// one several times (`revise` before its write and again for the overview, a queue over
    /// hundreds of articles) parses the YAML once, which is milliseconds each time.
    checklists: Mutex<HashMap<String, Arc<Checklist>>>,
}

impl Desk {
    /// The desk on `store` at the moment `now`, for `actor` (`None`: read-only use, or the
    /// first reviewer of a new desk adding themselves).
    /// The connection back, for the server's pool once a request's use case is done. (The
    /// desk's store is its own while it runs; nothing else reads or writes through it.)
    pub(crate) fn into_store(self) -> Store {
        self.store
    }

    pub fn new(store: Store, now: DateTime<Utc>, actor: Option<Actor>) -> Desk {
        Desk {
            store,
            now,
            actor,
            staged_outbox: Mutex::new(Vec::new()),
            outbox: Arc::default(),
            checklists: Mutex::default(),
        }
    }

    /// This desk, putting the deliveries its committed writes enqueue into `sink` (the command
    /// line delivers them once its command is done, whichever desk the command opened).
    pub fn sharing_outbox(mut self, sink: Arc<Mutex<Vec<i64>>>) -> Desk {
        self.outbox = sink;
        self
    }

    /// The store itself, for the crate's own tests (query plans, row counts): the desk's users
    /// read through its use cases.
    #[cfg(test)]
    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    /// The schema version of the database (`init` reports it).
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.store.schema_version()?)
    }

    /// One transaction for a use case's writes, holding `intents`: all land, or none do. What the
    /// writes depend on is read through the [`Tx`] handed to `f`. Before it commits, the
    /// overview of every article the writes touched is recomputed, so `articles` never shows
    /// counts older than the data (see `overview.rs`).
    fn write<T>(&self, intents: &[Intent], mut f: impl FnMut(&Tx<'_>) -> Result<T>) -> Result<T> {
        let staged = || self.staged_outbox.lock().unwrap_or_else(|p| p.into_inner());
        staged().clear();
        let written = self.store.write(intents, |tx| {
            staged().clear(); // a retried attempt stages afresh
            // The actor was found active before the lock; an editor may have deactivated them
            // since. Read again under the lock, so a deactivation is never followed by a write.
            if let Some(handle) = self.actor_handle()
                && tx.reviewer(handle)?.is_some_and(|r| !r.active)
            {
                return Err(DeskError::InactiveActor {
                    handle: handle.to_string(),
                });
            }
            let value = f(tx)?;
            self.refresh_overviews(tx)?;
            Ok(value)
        });
        // Only a committed write's deliveries exist to be delivered.
        let delivered_later = std::mem::take(&mut *staged());
        if written.is_ok() {
            self.outbox
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .extend(delivered_later);
        }
        written
    }

    /// Refuses a write dated before the latest thing recorded about the article: a check made
    /// "before the article existed" would be a forged history (issue 11), whether the clock was
    /// fixed by hand or is wrong. Called inside the write transaction.
    pub(crate) fn not_before_history(&self, store: &Store, article_id: ArticleId) -> Result<()> {
        let Some(last) = store.last_activity_at(article_id)? else {
            return Ok(());
        };
        let last_time = DateTime::parse_from_rfc3339(&last).map(|t| t.with_timezone(&Utc));
        if last_time.is_ok_and(|t| self.now < t) {
            return Err(DeskError::Refused(format!(
                "the clock says {}, earlier than this article's last recorded event ({last}); nothing was written: check the system clock",
                self.now()
            )));
        }
        Ok(())
    }

    /// The moment of this command, as stored: RFC 3339 in UTC.
    pub fn now(&self) -> String {
        self.now.to_rfc3339_opts(SecondsFormat::Secs, true)
    }

    pub fn actor_handle(&self) -> Option<&str> {
        self.actor.as_ref().map(Actor::handle)
    }

    /// The acting reviewer, who must be known and active for any write.
    pub fn actor(&self) -> Result<Reviewer> {
        let reviewer = self.reader()?;
        if !reviewer.active {
            return Err(DeskError::InactiveActor {
                handle: reviewer.handle,
            });
        }
        Ok(reviewer)
    }

    /// The acting reviewer for a read of their own (their queue): known, active or not. A
    /// deactivated reviewer may still see what they held.
    pub fn reader(&self) -> Result<Reviewer> {
        let Some(handle) = self.actor_handle() else {
            return Err(DeskError::NoActor);
        };
        self.store
            .reviewer(handle)?
            .ok_or_else(|| DeskError::UnknownActor {
                handle: handle.to_string(),
            })
    }

    /// The acting reviewer, who must be an editor.
    pub fn editor(&self, doing: &str) -> Result<Reviewer> {
        let actor = self.actor()?;
        if actor.role != Role::Editor {
            return Err(DeskError::NotEditor {
                handle: actor.handle,
                doing: doing.to_string(),
                role: actor.role,
            });
        }
        Ok(actor)
    }

    pub(crate) fn article(&self, slug: &str) -> Result<crate::store::ArticleRow> {
        article_in(&self.store, slug)
    }

    /// The checklist an article was ingested with, as it was then.
    pub(crate) fn article_checklist(
        &self,
        article: &crate::store::ArticleRow,
    ) -> Result<Arc<Checklist>> {
        let parsed = || self.checklists.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(known) = parsed().get(&article.checklist_hash) {
            return Ok(known.clone());
        }
        let checklist = crate::checklist::parse(
            &article.checklist_yaml,
            &format!("the checklist stored with '{}'", article.slug),
        )
        .map(Arc::new)
        .map_err(|e| DeskError::Inconsistent(e.to_string()))?;
        parsed().insert(article.checklist_hash.clone(), checklist.clone());
        Ok(checklist)
    }
}

/// The article called `slug`, read through `db` (the store, or a write transaction).
pub(crate) fn article_in(db: &Store, slug: &str) -> Result<crate::store::ArticleRow> {
    db.article_by_slug(slug)?
        .ok_or_else(|| DeskError::NoArticle {
            slug: slug.to_string(),
        })
}
