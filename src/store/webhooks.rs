//! The desk's outgoing webhook: its settings (one row, replaced when set again) and the outbox
//! (deliveries written in the transaction of the write that caused them, and every attempt to
//! deliver them, both append-only).

use super::db::{OptionalExtension, params};

use super::{Result, Store, Tx};

/// The webhook as set by an editor. The secret never leaves the store but to sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookRow {
    pub url: String,
    pub secret: String,
    pub set_by: String,
    pub set_at: String,
}

/// One delivery still to make: no attempt delivered it or gave it up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingDelivery {
    pub id: i64,
    pub url: String,
    pub event: String,
    pub body: String,
    pub created_at: String,
    /// Attempts made so far (all failed).
    pub attempts: u32,
    /// When the last one was made.
    pub last_attempt_at: Option<String>,
}

/// One attempt's outcome, as recorded.
pub struct NewAttempt<'a> {
    pub delivery_id: i64,
    pub attempt: u32,
    pub at: &'a str,
    /// `delivered`, `failed` or `dropped`.
    pub outcome: &'a str,
    pub status: Option<u16>,
    pub error: Option<&'a str>,
}

/// How many deliveries stand where (`webhook show`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct DeliveryCounts {
    pub delivered: i64,
    pub dropped: i64,
    /// Not delivered yet (some may have been given up after the last attempt allowed).
    pub undelivered: i64,
}

impl Tx<'_> {
    /// Sets the webhook, replacing any earlier one.
    pub fn set_webhook(&self, url: &str, secret: &str, by: &str, at: &str) -> Result<()> {
        self.conn()
            .prepare_cached("DELETE FROM webhook_settings")?
            .execute(params![])?;
        self.conn()
            .prepare_cached(
                "INSERT INTO webhook_settings (id, url, secret, set_by, set_at) VALUES (1, ?1, ?2, ?3, ?4)",
            )?
            .execute(params![url, secret, by, at])?;
        Ok(())
    }

    /// Turns the webhook off; true when there was one.
    pub fn clear_webhook(&self) -> Result<bool> {
        Ok(self
            .conn()
            .prepare_cached("DELETE FROM webhook_settings")?
            .execute(params![])?
            > 0)
    }

    /// Puts one event in the outbox, for the webhook at `url`.
    pub fn insert_delivery(&self, url: &str, event: &str, body: &str, at: &str) -> Result<i64> {
        Ok(self
            .conn()
            .prepare_cached(
                "INSERT INTO webhook_deliveries (url, event, body, created_at) VALUES (?1, ?2, ?3, ?4) RETURNING id",
            )?
            .query_row(params![url, event, body, at], |r| r.get(0))?)
    }

    /// Records one attempt. Two deliverers racing on the same attempt: the second is refused
    /// by the (delivery, attempt) key and records nothing.
    pub fn insert_attempt(&self, new: &NewAttempt<'_>) -> Result<bool> {
        let inserted = self
            .conn()
            .prepare_cached(
                "INSERT INTO webhook_attempts (delivery_id, attempt, at, outcome, status, error)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (delivery_id, attempt) DO NOTHING",
            )?
            .execute(params![
                new.delivery_id,
                new.attempt,
                new.at,
                new.outcome,
                new.status,
                new.error
            ])?;
        Ok(inserted == 1)
    }
}

const PENDING: &str = "SELECT d.id, d.url, d.event, d.body, d.created_at,
        (SELECT count(*) FROM webhook_attempts a WHERE a.delivery_id = d.id),
        (SELECT max(a.at) FROM webhook_attempts a WHERE a.delivery_id = d.id)
     FROM webhook_deliveries d
     WHERE NOT EXISTS (SELECT 1 FROM webhook_attempts a WHERE a.delivery_id = d.id AND a.outcome <> 'failed')";

fn pending_from_row(row: &super::db::Row<'_>) -> super::db::Result<PendingDelivery> {
    Ok(PendingDelivery {
        id: row.get(0)?,
        url: row.get(1)?,
        event: row.get(2)?,
        body: row.get(3)?,
        created_at: row.get(4)?,
        attempts: row.get(5)?,
        last_attempt_at: row.get(6)?,
    })
}

impl Store {
    /// The webhook, if one is set.
    pub fn webhook(&self) -> Result<Option<WebhookRow>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT url, secret, set_by, set_at FROM webhook_settings WHERE id = 1",
            )?
            .query_row(params![], |r| {
                Ok(WebhookRow {
                    url: r.get(0)?,
                    secret: r.get(1)?,
                    set_by: r.get(2)?,
                    set_at: r.get(3)?,
                })
            })
            .optional()?)
    }

    /// Deliveries made at or after `since` (RFC 3339), neither delivered nor dropped, that have
    /// had fewer than `max_attempts` attempts, oldest first.
    pub fn pending_deliveries(
        &self,
        since: &str,
        max_attempts: u32,
    ) -> Result<Vec<PendingDelivery>> {
        let sql = format!(
            "{PENDING} AND d.created_at >= ?1
             AND (SELECT count(*) FROM webhook_attempts a WHERE a.delivery_id = d.id) < ?2 ORDER BY d.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![since, max_attempts], pending_from_row)?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }

    /// One delivery if it is still pending (whatever its attempts).
    pub fn pending_delivery(&self, id: i64) -> Result<Option<PendingDelivery>> {
        let sql = format!("{PENDING} AND d.id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(params![id], pending_from_row)
            .optional()?)
    }

    /// How many deliveries were delivered, dropped, or are not delivered yet.
    pub fn delivery_counts(&self) -> Result<DeliveryCounts> {
        let outcome = |name: &str| -> Result<i64> {
            Ok(self
                .conn
                .prepare_cached(
                    "SELECT count(*) FROM webhook_deliveries d WHERE EXISTS
                     (SELECT 1 FROM webhook_attempts a WHERE a.delivery_id = d.id AND a.outcome = ?1)",
                )?
                .query_row(params![name], |r| r.get(0))?)
        };
        let all: i64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM webhook_deliveries")?
            .query_row(params![], |r| r.get(0))?;
        let delivered = outcome("delivered")?;
        let dropped = outcome("dropped")?;
        Ok(DeliveryCounts {
            delivered,
            dropped,
            undelivered: all - delivered - dropped,
        })
    }
}
