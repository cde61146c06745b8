//! The desk's outgoing webhook: an editor sets a URL and a shared secret; every notification
//! (and desk event) is put in the outbox in the transaction of the write that caused it, and
//! delivered after that transaction commits, by whoever runs [`Desk::deliver`] (the command
//! line for its own events, the server in the background). Delivery never touches the write:
//! a receiver that is down leaves its events in the outbox, tried again with growing waits a
//! bounded number of times (`workflow::delivery_due`), every attempt recorded.
//!
//! The sending itself is the caller's: [`Desk::deliver`] hands each signed request to a
//! function (the edges pass [`crate::webhook::post`]), so the desk does no network I/O itself.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Desk, DeskError, Result};
use crate::store::{DeliveryCounts, NewAttempt, PendingDelivery, Tx};
use crate::webhook::{self, Target};
use crate::workflow;

/// The fewest characters a shared secret may have.
pub const MIN_SECRET_CHARS: usize = 16;

/// The webhook as an editor sees it: never the secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WebhookView {
    pub url: String,
    pub set_by: String,
    pub set_at: String,
    pub deliveries: DeliveryCounts,
}

/// One signed request, ready to send.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub delivery: i64,
    pub target: Target,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

/// What one attempt did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attempted {
    pub delivery: i64,
    pub attempt: u32,
    /// `delivered`, `failed` or `dropped` (the webhook was turned off or moved since).
    pub outcome: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl Desk {
    /// Sets the desk's webhook (editors only), replacing any earlier one.
    pub fn set_webhook(&self, url: &str, secret: &str) -> Result<WebhookView> {
        let editor = self.editor("set the webhook")?;
        Target::parse(url).map_err(|e| DeskError::Invalid(e.to_string()))?;
        let secret = secret.trim();
        if secret.chars().count() < MIN_SECRET_CHARS {
            return Err(DeskError::Invalid(format!(
                "the webhook's secret has {} characters; it needs at least {MIN_SECRET_CHARS} (random ones: the receiver checks every delivery's signature with it)",
                secret.chars().count()
            )));
        }
        let now = self.now();
        self.write(&[], |tx| {
            Ok(tx.set_webhook(url, secret, &editor.handle, &now)?)
        })?;
        self.webhook()?
            .ok_or_else(|| DeskError::Inconsistent("the webhook just set is gone".into()))
    }

    /// The desk's webhook (editors only), if one is set.
    pub fn webhook(&self) -> Result<Option<WebhookView>> {
        self.editor("read the webhook's settings")?;
        let Some(row) = self.store.webhook()? else {
            return Ok(None);
        };
        Ok(Some(WebhookView {
            url: row.url,
            set_by: row.set_by,
            set_at: row.set_at,
            deliveries: self.store.delivery_counts()?,
        }))
    }

    /// Turns the webhook off (editors only); false when there was none. Events already in the
    /// outbox are dropped when their turn comes.
    pub fn webhook_off(&self) -> Result<bool> {
        self.editor("turn the webhook off")?;
        self.write(&[], |tx| Ok(tx.clear_webhook()?))
    }

    /// Puts `payload` in the outbox as an `event` (`{"event", "at", event: payload}`), inside
    /// `tx`, when the desk has a webhook.
    pub(super) fn enqueue<T: Serialize>(
        &self,
        tx: &Tx<'_>,
        event: &str,
        payload: &T,
    ) -> Result<()> {
        let Some(hook) = tx.webhook()? else {
            return Ok(());
        };
        let payload = serde_json::to_value(payload)
            .map_err(|e| DeskError::Inconsistent(format!("an event could not be written: {e}")))?;
        let mut body = serde_json::Map::new();
        body.insert("event".into(), event.into());
        body.insert("at".into(), self.now().into());
        body.insert(event.into(), payload);
        let body = serde_json::Value::Object(body).to_string();
        let id = tx.insert_delivery(&hook.url, event, &body, &self.now())?;
        self.staged_outbox
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(id);
        Ok(())
    }

    /// The deliveries this desk's writes put in the outbox and committed, taken once (the
    /// command line delivers them when its command is done).
    pub fn take_outbox(&self) -> Vec<i64> {
        std::mem::take(&mut *self.outbox.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// Delivers what is due: the deliveries `only` names, or every pending one. Each attempt is
    /// signed now, sent through `send` (the receiver's status, or what went wrong) outside any
    /// transaction, and recorded in a transaction of its own. With `stop_on_failure`, the first
    /// failure ends the run (the receiver is down: the rest waits for its retry).
    pub fn deliver(
        &self,
        only: Option<&[i64]>,
        stop_on_failure: bool,
        send: &mut dyn FnMut(&Outgoing) -> std::result::Result<u16, String>,
    ) -> Result<Vec<Attempted>> {
        let pending: Vec<PendingDelivery> = match only {
            Some(ids) => ids
                .iter()
                .map(|id| self.store.pending_delivery(*id))
                .filter_map(|d| d.transpose())
                .collect::<std::result::Result<_, _>>()?,
            None => {
                let since = self.now - workflow::delivery_horizon();
                self.store.pending_deliveries(
                    &crate::model::time::rfc3339(&since),
                    workflow::MAX_DELIVERY_ATTEMPTS,
                )?
            }
        };
        let hook = self.store.webhook()?;
        let mut done = Vec::new();
        for delivery in pending {
            let last = delivery
                .last_attempt_at
                .as_deref()
                .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
                .map(|t| t.with_timezone(&Utc));
            if !workflow::delivery_due(delivery.attempts, last, self.now) {
                continue;
            }
            let attempt = delivery.attempts + 1;
            let mut attempted = Attempted {
                delivery: delivery.id,
                attempt,
                outcome: "failed",
                status: None,
                error: None,
            };
            match (&hook, Target::parse(&delivery.url)) {
                (Some(hook), Ok(target)) if hook.url == delivery.url => {
                    let outgoing = self.signed(&delivery, &hook.secret, target);
                    match send(&outgoing) {
                        Ok(status) if (200..300).contains(&status) => {
                            attempted.outcome = "delivered";
                            attempted.status = Some(status);
                        }
                        Ok(status) => {
                            attempted.status = Some(status);
                            attempted.error = Some(format!("the receiver answered {status}"));
                        }
                        Err(error) => attempted.error = Some(error),
                    }
                }
                _ => {
                    attempted.outcome = "dropped";
                    attempted.error =
                        Some("the webhook was turned off or moved since the event".into());
                }
            }
            let now = self.now();
            self.store.write(&[], |tx| {
                tx.insert_attempt(&NewAttempt {
                    delivery_id: attempted.delivery,
                    attempt: attempted.attempt,
                    at: &now,
                    outcome: attempted.outcome,
                    status: attempted.status,
                    error: attempted.error.as_deref(),
                })
                .map_err(DeskError::from)
            })?;
            let failed = attempted.outcome == "failed";
            done.push(attempted);
            if failed && stop_on_failure {
                break;
            }
        }
        Ok(done)
    }

    /// The request for one delivery, signed with `secret` at this desk's time.
    fn signed(&self, delivery: &PendingDelivery, secret: &str, target: Target) -> Outgoing {
        let timestamp = self.now.timestamp();
        Outgoing {
            delivery: delivery.id,
            target,
            headers: vec![
                (webhook::EVENT_HEADER, delivery.event.clone()),
                (webhook::DELIVERY_HEADER, delivery.id.to_string()),
                (webhook::TIMESTAMP_HEADER, timestamp.to_string()),
                (
                    webhook::SIGNATURE_HEADER,
                    webhook::signature(secret, timestamp, &delivery.body),
                ),
            ],
            body: delivery.body.clone(),
        }
    }
}
