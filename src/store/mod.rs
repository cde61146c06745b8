//! The only module that knows SQL. Plain Rust types in, plain Rust types out.
//!
//! A [`Store`] is one connection and has only reads. Every write is a method of [`Tx`], the
//! write transaction ([`Store::begin`], [`Store::write`]; `tx.rs`): one `BEGIN IMMEDIATE`
//! transaction that names what it must hold still ([`Intent`]), reads what the write depends on
//! through itself, seals the hash chain and commits, or rolls back when dropped.
//! The schema is versioned by `PRAGMA user_version`; migrations in `migrations/` run on open, one
//! transaction each, and a database newer than this binary is refused.

mod articles;
mod auth;
mod backup;
pub mod chain;
mod checks;
mod confidential;
mod copy;
pub(crate) mod db;
mod events;
mod findings;
mod notifications;
mod open;
mod overview;
mod parts;
mod pool;
pub mod postgres;
mod publications;
mod queries;
#[cfg(test)]
mod query_plans;
pub mod retry;
mod reviewers;
mod revisions;
mod rulings;
mod search;
mod sql;
mod statements;
mod tx;
mod webhooks;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

use db::{Db, params};

pub use articles::{ArticleRow, ArticleSummaryRow, NewArticle};
pub use auth::TokenRow;
pub use checks::{CheckRow, NewCheck};
pub use confidential::ConfidentialRow;
pub use copy::{Location, TableCopy, copy_desk};
pub use events::{EventRow, NewEvent};
pub use findings::NewDismissal;
pub use notifications::NewNotification;
pub use open::{APPLICATION_ID, Access};
pub use overview::{OverviewListing, OverviewPage, OverviewRow};
pub use pool::Pool;
pub use publications::{CorrectionRow, NewCorrection, NewPublication, PublicationRow};
pub use queries::{NewQuery, NewReply, QueriesOf, QueryRow, Reply, ReplyRow};
pub use revisions::{NewRevision, RevisionRow};
pub use rulings::NewRuling;
pub use search::{SearchQuery, SearchRow, fts_query};
pub use statements::{NewVersion, VersionRow};
pub use tx::{Intent, Tx};
pub use webhooks::{DeliveryCounts, NewAttempt, PendingDelivery, WebhookRow};

/// Ordered schema migrations. Shipped entries are never edited: a change is a new entry.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_article_overview.sql"),
    include_str!("migrations/0003_elements.sql"),
    include_str!("migrations/0004_original_files.sql"),
    include_str!("migrations/0005_finding_dismissals.sql"),
    CHAIN_MIGRATION,
    include_str!("migrations/0007_search.sql"),
    include_str!("migrations/0008_writers_and_queries.sql"),
    include_str!("migrations/0009_rulings.sql"),
    include_str!("migrations/0010_web_auth.sql"),
    include_str!("migrations/0011_publication.sql"),
    include_str!("migrations/0012_confidential_sources.sql"),
    include_str!("migrations/0013_notifications.sql"),
    include_str!("migrations/0014_search_held.sql"),
    include_str!("migrations/0015_check_exceptions.sql"),
    include_str!("migrations/0016_search_skips_unchanged_text.sql"),
];

/// The migration that brings the chain, followed by its Rust step ([`chain::upgrade`]).
const CHAIN_MIGRATION: &str = include_str!("migrations/0006_hash_chain.sql");

/// How long a writer waits for another writer before giving up with a conflict.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no database at {0}")]
    Missing(PathBuf),
    #[error("{0} is not a factdesk database (not an SQLite file)")]
    NotADatabase(PathBuf),
    #[error("{0} is another program's SQLite database (no factdesk marker); nothing was changed")]
    Foreign(PathBuf),
    #[error("cannot read {0}: {1}")]
    Unreadable(PathBuf, std::io::Error),
    #[error(
        "{path} has schema version {found}, newer than this factdesk understands ({supported}): upgrade factdesk"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error(
        "{path} has schema version {found}, not this factdesk's ({supported}): it is migrated when opened at start-up, not on connecting"
    )]
    NotMigrated {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error(
        "the database is busy: another factdesk process held it for {}s; nothing was written, try again",
        BUSY_TIMEOUT.as_secs()
    )]
    Busy,
    #[error("cannot write the backup to {0}: {1}; nothing was written there")]
    BackupTarget(PathBuf, std::io::Error),
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
    #[error("cannot connect to PostgreSQL at {url}: {reason}")]
    PgConnect { url: String, reason: String },
    #[error(
        "{0} holds another program's tables (no factdesk_schema); nothing was changed: name an empty database or a factdesk one"
    )]
    PgForeign(String),
    #[error("{0} is an empty database, not a factdesk desk yet; nothing was changed")]
    PgEmpty(String),
    #[error(
        "the connection to PostgreSQL was lost: {0}; the transaction was not committed, so nothing was written: try again when the database is back"
    )]
    PgLost(String),
    /// PostgreSQL aborted the write for a conflict with other writers every time it was tried.
    #[error(
        "the write conflicted with other writers {attempts} times in a row (PostgreSQL aborted it to keep them consistent); nothing was written: try again"
    )]
    Conflict { attempts: u32 },
    /// Something only an SQLite file has was asked of a PostgreSQL database.
    #[error("{0} works on an SQLite file, not on PostgreSQL")]
    SqliteOnly(&'static str),
    /// A row that does not hold what its columns should (another program's row).
    #[error("database error: {0}")]
    Row(String),
    #[error("PostgreSQL: {0}")]
    Postgres(String),
    #[error("the system's random source failed ({0}): nothing was written, try again")]
    Random(String),
    /// A write the desk should have completed first (a bug, not bad input).
    #[error("incomplete write: {0}")]
    Incomplete(&'static str),
    /// A copy between two databases did not come out identical; nothing was committed.
    #[error("{0}")]
    Copy(String),
}

impl From<::postgres::Error> for StoreError {
    fn from(err: ::postgres::Error) -> Self {
        let reason = postgres::pg_reason(&err);
        // Class 08 (connection exception) and 57 (operator intervention: a terminated backend, a
        // server shutting down) mean the connection is gone with the transaction in it.
        let lost_code = err
            .code()
            .is_some_and(|c| c.code().starts_with("08") || c.code().starts_with("57P"));
        if err.is_closed()
            || lost_code
            || err.as_db_error().is_none() && err.to_string().contains("connection")
        {
            StoreError::PgLost(reason)
        } else {
            StoreError::Postgres(reason)
        }
    }
}

impl From<db::DbError> for StoreError {
    fn from(err: db::DbError) -> Self {
        match err {
            db::DbError::Sqlite(err) => err.into(),
            db::DbError::Postgres(err) => err.into(),
            other => StoreError::Row(other.to_string()),
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                StoreError::Busy
            }
            _ => StoreError::Sqlite(err),
        }
    }
}

/// How many prepared statements a writing connection keeps.
const STATEMENT_CACHE: usize = 256;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// How every SQLite connection, reading or writing, keeps its prepared statements.
fn tune_statements(conn: &Connection) -> Result<()> {
    // One write runs more distinct statements than rusqlite's default cache of 16 holds (an
    // insert per table, the seal's read per chained table, the overview's reads), so with it a
    // batch ingest prepared the same statements again row after row.
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    // Plans that never depend on bound values: without this SQLite prepares a statement again
    // whenever a new value is bound to a parameter its planner may look at
    // (`sqlite3VdbeReprepareOnBind`). Readers hit it as much as writers: a checker's queue of
    // 500 statements in the archive re-prepared 928 times, 30% of the command's instructions.
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
    Ok(())
}

pub struct Store {
    conn: Db,
}

impl Store {
    /// A private in-memory database, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let mut store = Store {
            conn: Db::Sqlite(Connection::open_in_memory()?),
        };
        store.configure(false)?;
        store.migrate(Path::new(":memory:"))?;
        Ok(store)
    }

    /// The SQLite connection, for what only SQLite has (opening and configuring a file, its
    /// `PRAGMA`s and migrations, the backup API); on PostgreSQL an error naming what needed it.
    fn sqlite(&self, what: &'static str) -> Result<&Connection> {
        self.conn.sqlite().ok_or(StoreError::SqliteOnly(what))
    }

    /// Configures the file once, when it is opened at start-up: WAL, which the file keeps.
    fn configure(&self, wal: bool) -> Result<()> {
        let conn = self.sqlite("configuring the file")?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Reading the schema first makes a file that is not SQLite fail here, clearly.
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
        if wal {
            conn.pragma_update(None, "journal_mode", "WAL")?;
        }
        self.configure_session()
    }

    /// What every writing connection sets for itself (these settings live with the connection,
    /// not in the file).
    fn configure_session(&self) -> Result<()> {
        let conn = self.sqlite("configuring the connection")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        tune_statements(conn)
    }

    fn migrate(&mut self, path: &Path) -> Result<()> {
        let conn = self.sqlite("migrating the file")?;
        let supported = MIGRATIONS.len() as i64;
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > supported {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found,
                supported,
            });
        }
        for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            conn.execute_batch("BEGIN IMMEDIATE")?;
            let step = || -> Result<()> {
                // Another process may have migrated while we waited for the lock.
                let now: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
                if now > index as i64 {
                    return Ok(());
                }
                conn.execute_batch(sql)?;
                if *sql == CHAIN_MIGRATION {
                    chain::upgrade(self)?;
                }
                conn.pragma_update(None, "user_version", index as i64 + 1)?;
                Ok(())
            };
            match step() {
                Ok(()) => conn.execute_batch("COMMIT")?,
                Err(err) => {
                    let _ = conn.execute_batch("ROLLBACK");
                    return Err(err);
                }
            }
        }
        Ok(())
    }

    /// The schema version this database is at.
    pub fn schema_version(&self) -> Result<i64> {
        match &self.conn {
            Db::Sqlite(conn) => Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?),
            Db::Postgres(_) => {
                Ok(self
                    .conn
                    .query_row("SELECT version FROM factdesk_schema", params![], |r| {
                        r.get(0)
                    })?)
            }
        }
    }

    /// Counts the rows of one of the schema's tables (for tests and the benchmark).
    pub fn count_rows(&self, table: &str) -> Result<i64> {
        if !table.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Ok(0);
        }
        Ok(self
            .conn
            .prepare(&format!("SELECT count(*) FROM {table}"))?
            .query_row(params![], |r| r.get(0))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_to_the_latest_version_and_is_idempotent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fd.db");
        let store = Store::open(&path, Access::Create).unwrap();
        assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len() as i64);
        drop(store);
        let again = Store::open(&path, Access::Write).unwrap();
        assert_eq!(again.schema_version().unwrap(), MIGRATIONS.len() as i64);
    }

    #[test]
    fn a_first_version_database_migrates_forward_with_its_revisions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        {
            let mut conn = Connection::open(&path).unwrap();
            let tx = conn.transaction().unwrap();
            tx.execute_batch(MIGRATIONS[0]).unwrap();
            tx.pragma_update(None, "user_version", 1).unwrap();
            tx.execute_batch(
                "INSERT INTO articles (slug, checklist, checklist_yaml, created_at, created_by)
                 VALUES ('old', 'news', '', '2026-01-01T00:00:00Z', 'ed');
                 INSERT INTO revisions (article_id, number, text, metadata, received_at, received_by)
                 VALUES (1, 1, 'Old text.', '{}', '2026-01-01T00:00:00Z', 'ed');",
            )
            .unwrap();
            tx.commit().unwrap();
        }
        let store = Store::open(&path, Access::Write).unwrap();
        assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len() as i64);
        let revision = store
            .revision(crate::model::ArticleId(1), 1)
            .unwrap()
            .unwrap();
        assert_eq!(revision.text, "Old text.");
        assert_eq!(store.revision_original(revision.id).unwrap(), None);
    }

    #[test]
    fn refuses_a_newer_database() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fd.db");
        Store::open(&path, Access::Create)
            .unwrap()
            .conn
            .sqlite()
            .unwrap()
            .pragma_update(None, "user_version", 99)
            .unwrap();
        assert!(matches!(
            Store::open(&path, Access::Write),
            Err(StoreError::TooNew { found: 99, .. })
        ));
    }

    #[test]
    fn refuses_a_file_that_is_not_sqlite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.db");
        std::fs::write(&path, "these are my notes, not a database\n".repeat(100)).unwrap();
        assert!(matches!(
            Store::open(&path, Access::Write),
            Err(StoreError::NotADatabase(_))
        ));
        assert!(
            std::fs::read_to_string(&path)
                .unwrap()
                .starts_with("these are my notes")
        );
    }

    #[test]
    fn a_missing_database_is_not_created_unless_asked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nope.db");
        assert!(matches!(
            Store::open(&path, Access::Write),
            Err(StoreError::Missing(_))
        ));
        assert!(!path.exists());
    }
}
