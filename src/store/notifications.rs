//! Notifications and their read marks: append-only rows, not chained (they are messages about
//! the history, each pointing at a chained row, not history themselves).

use super::db::{OptionalExtension, params};

use super::{Result, Store, Tx};
use crate::model::{ArticleId, Notification, NotificationKind, StatementId};

pub struct NewNotification<'a> {
    pub reviewer: &'a str,
    pub kind: NotificationKind,
    pub article_id: ArticleId,
    pub statement_id: Option<StatementId>,
    pub query_id: Option<i64>,
    pub message: &'a str,
    pub by: &'a str,
    pub at: &'a str,
}

const COLUMNS: &str = "n.id, n.reviewer, n.kind, a.slug, n.statement_id, n.query_id, n.message, n.created_by, n.created_at, r.read_at
     FROM notifications n JOIN articles a ON a.id = n.article_id
     LEFT JOIN notification_reads r ON r.notification_id = n.id";

fn from_row(row: &super::db::Row<'_>) -> super::db::Result<Notification> {
    let kind: String = row.get(2)?;
    let read_at: Option<String> = row.get(9)?;
    Ok(Notification {
        id: row.get(0)?,
        reviewer: row.get(1)?,
        kind: kind
            .parse()
            .map_err(|e| super::db::DbError::conversion(2, e))?,
        article: row.get(3)?,
        statement: row.get(4)?,
        query: row.get(5)?,
        message: row.get(6)?,
        by: row.get(7)?,
        at: super::sql::parse_time(8, &row.get::<String>(8)?)?,
        read_at: read_at.map(|t| super::sql::parse_time(9, &t)).transpose()?,
    })
}

impl Tx<'_> {
    pub fn insert_notification(&self, new: &NewNotification<'_>) -> Result<i64> {
        Ok(self
            .conn()
            .prepare_cached(
                "INSERT INTO notifications (reviewer, kind, article_id, statement_id, query_id, message, created_by, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
            )?
            .query_row(
                params![
                    new.reviewer,
                    new.kind.as_str(),
                    new.article_id,
                    new.statement_id,
                    new.query_id,
                    new.message,
                    new.by,
                    new.at
                ],
                |r| r.get(0),
            )?)
    }

    /// Marks one notification read, once: a second mark leaves the first. Whether it is the
    /// reviewer's own is the desk's to check. True when this call marked it.
    pub fn insert_notification_read(&self, id: i64, by: &str, at: &str) -> Result<bool> {
        let inserted = self.conn().prepare_cached(
            "INSERT INTO notification_reads (notification_id, read_by, read_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (notification_id) DO NOTHING",
        )?
        .execute(params![id, by, at])?;
        Ok(inserted == 1)
    }
}

impl Store {
    /// One reviewer's notifications, newest first: only the unread, or all of them.
    pub fn notifications_of(&self, reviewer: &str, unread_only: bool) -> Result<Vec<Notification>> {
        let sql = format!(
            "SELECT {COLUMNS} WHERE n.reviewer = ?1 AND (?2 = 0 OR r.notification_id IS NULL) ORDER BY n.id DESC"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![reviewer, i64::from(unread_only)], from_row)?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }

    /// One notification by id, whoever it is for.
    pub fn notification(&self, id: i64) -> Result<Option<Notification>> {
        let sql = format!("SELECT {COLUMNS} WHERE n.id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(params![id], from_row)
            .optional()?)
    }

    /// How many notifications `reviewer` has not read (the web desk's navigation shows it).
    pub fn unread_count(&self, reviewer: &str) -> Result<i64> {
        Ok(self.conn.prepare_cached(
            "SELECT count(*) FROM notifications n
             WHERE n.reviewer = ?1 AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id)",
        )?
        .query_row(params![reviewer], |r| r.get(0))?)
    }
}
