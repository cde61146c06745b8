//! Notifications: every change to a reviewer's work is recorded for that reviewer inside the
//! transaction that makes the change (so a notification exists exactly when the change does),
//! and, when the desk has a webhook, put in its outbox in the same transaction. The inbox lists
//! a reviewer's own notifications; marking one read is a row of its own.

use super::{Desk, DeskError, Result};
use crate::model::{ArticleId, Notification, NotificationKind, StatementId};
use crate::store::{NewNotification, Tx};

/// What happened to one reviewer's work, to be recorded by [`Desk::notify`].
pub(super) struct Notice<'a> {
    pub reviewer: &'a str,
    pub kind: NotificationKind,
    pub article_id: ArticleId,
    pub statement: Option<StatementId>,
    pub query: Option<i64>,
    pub message: String,
}

impl<'a> Notice<'a> {
    /// A notice about one statement.
    pub fn on(
        reviewer: &'a str,
        kind: NotificationKind,
        article_id: ArticleId,
        statement: StatementId,
        message: String,
    ) -> Notice<'a> {
        Notice {
            reviewer,
            kind,
            article_id,
            statement: Some(statement),
            query: None,
            message,
        }
    }

    pub fn about_query(mut self, query: i64) -> Notice<'a> {
        self.query = Some(query);
        self
    }
}

/// What one mark-read did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ReadOutcome {
    /// The notifications this call marked read.
    pub marked: Vec<i64>,
    /// Those that were read already (left as they were).
    pub already_read: Vec<i64>,
}

impl Desk {
    /// Records `notice` for its reviewer inside `tx`, and puts it in the webhook's outbox. A
    /// reviewer is not told of their own doing.
    pub(super) fn notify(&self, tx: &Tx<'_>, notice: Notice<'_>) -> Result<()> {
        let by = self.actor_handle().unwrap_or_default();
        if notice.reviewer == by {
            return Ok(());
        }
        let now = self.now();
        let id = tx.insert_notification(&NewNotification {
            reviewer: notice.reviewer,
            kind: notice.kind,
            article_id: notice.article_id,
            statement_id: notice.statement,
            query_id: notice.query,
            message: &notice.message,
            by,
            at: &now,
        })?;
        if tx.webhook()?.is_some() {
            let notification = tx
                .notification(id)?
                .ok_or_else(|| DeskError::Inconsistent(format!("notification {id} is gone")))?;
            self.enqueue(tx, "notification", &notification)?;
        }
        Ok(())
    }

    /// Records each notice once per reviewer (a checker who also holds a statement hears of a
    /// change once).
    pub(super) fn notify_each(&self, tx: &Tx<'_>, notices: Vec<Notice<'_>>) -> Result<()> {
        let mut told: Vec<(String, NotificationKind, Option<StatementId>)> = Vec::new();
        for notice in notices {
            let key = (notice.reviewer.to_string(), notice.kind, notice.statement);
            if !told.contains(&key) {
                told.push(key);
                self.notify(tx, notice)?;
            }
        }
        Ok(())
    }

    /// The acting reviewer's notifications, newest first: the unread, or (`all`) every one.
    pub fn inbox(&self, all: bool) -> Result<Vec<Notification>> {
        let reader = self.reader()?;
        Ok(self.store.notifications_of(&reader.handle, !all)?)
    }

    /// How many notifications the acting reviewer has not read.
    pub fn unread_count(&self) -> Result<i64> {
        let reader = self.reader()?;
        Ok(self.store.unread_count(&reader.handle)?)
    }

    /// Marks the acting reviewer's notifications `ids` read, all or none: an id that is not in
    /// their inbox refuses them all (another reviewer's notification is not theirs to mark, and
    /// is not told apart from one that does not exist).
    pub fn mark_read(&self, ids: &[i64]) -> Result<ReadOutcome> {
        let reader = self.reader()?;
        let now = self.now();
        self.write(&[], |tx| {
            let mut outcome = ReadOutcome::default();
            for id in ids {
                match tx.notification(*id)? {
                    Some(n) if n.reviewer == reader.handle => {
                        if tx.insert_notification_read(*id, &reader.handle, &now)? {
                            outcome.marked.push(*id);
                        } else {
                            outcome.already_read.push(*id);
                        }
                    }
                    _ => {
                        return Err(DeskError::NotFound(format!(
                            "no notification {id} in {}'s inbox",
                            reader.handle
                        )));
                    }
                }
            }
            Ok(outcome)
        })
    }

    /// Marks every unread notification of the acting reviewer read.
    pub fn mark_all_read(&self) -> Result<ReadOutcome> {
        let reader = self.reader()?;
        let now = self.now();
        self.write(&[], |tx| {
            let mut outcome = ReadOutcome::default();
            for n in tx.notifications_of(&reader.handle, true)? {
                if tx.insert_notification_read(n.id, &reader.handle, &now)? {
                    outcome.marked.push(n.id);
                }
            }
            Ok(outcome)
        })
    }
}

/// A statement's words cut to a length fit for a one-line message.
pub(super) fn clip(text: &str) -> String {
    const MAX_CHARS: usize = 80;
    let text = text.trim();
    match text.char_indices().nth(MAX_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}
