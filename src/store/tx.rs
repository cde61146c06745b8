//! The write transaction: the only way to write, and the way to read what a write depends on.
//!
//! A [`Tx`] is the store's one connection inside a transaction. Every method that inserts or
//! updates lives on `Tx`, not on [`Store`]; a `Tx` also reads like the store it runs on (it
//! derefs to [`Store`]), and those reads are the transaction's: they see its own writes and, on
//! SQLite, they hold the write lock, so what a write decided from cannot change before it
//! commits. A `Tx` that is dropped without [`Tx::commit`] — an error returned early, a panic
//! unwinding through the closure of [`Store::write`] — rolls back: nothing of it lands.
//!
//! Each transaction names what it must hold still, as [`Intent`]s, when it begins. SQLite has
//! one lock for the whole file: `BEGIN IMMEDIATE` takes it at once and serves every intent (a
//! deferred transaction that upgrades to a write lock later can fail with SQLITE_BUSY whatever
//! the timeout). A backend with row locks takes each intent as its own lock at the start of the
//! transaction — on PostgreSQL, `SELECT … FOR UPDATE` on the rows the intent names (see
//! [`Intent`]) — so writers that need different things do not wait for each other, and writers
//! that need the same thing serialise instead of conflicting.
//!
//! Sealing: each insert method notes the row it inserted (its table and key, the key from
//! `INSERT … RETURNING id` where the table is keyed by id) in the `Tx`, and those rows join the
//! hash chain in [`Tx::commit`], just before `COMMIT` (see `chain.rs`). No connection-level
//! trigger is involved, so a backend without TEMP triggers seals the same way. Intents do not
//! cover the chains: two transactions holding different articles can both append to the desk's
//! chain (a source cited for the first time, a checklist), so a backend with row locks takes a
//! lock per chain it appends to before reading that chain's head (on PostgreSQL
//! `pg_advisory_xact_lock`, keyed by the article, or a fixed key for the desk's chain).

use crate::model::ArticleId;
use std::cell::RefCell;
use std::ops::Deref;
use std::time::Duration;

use super::chain::{KeyValue, Noted};
use super::db::{Db, Dialect, Params, params};
use super::{Result, Store, StoreError};

/// The keys of the advisory locks factdesk takes on PostgreSQL ("fdk" and a number), apart from
/// the migration lock (`postgres::MIGRATION_LOCK`).
pub(super) mod lock_keys {
    pub const NEW_ARTICLES: i64 = 0x6664_6b00_0001;
    pub const OPEN_WORK: i64 = 0x6664_6b00_0002;
    /// The desk's own chain; an article's chain is `ARTICLE_CHAIN + id`.
    pub const DESK_CHAIN: i64 = 0x6664_6b01_0000_0000;
    pub const ARTICLE_CHAIN: i64 = 0x6664_6b02_0000_0000;
}

/// What a write transaction must hold still until it commits: the things its decisions are read
/// from. Named when the transaction begins ([`Store::begin`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    /// One article's history: its latest revision, its statements' assignees, texts and checks,
    /// its checklist, findings and confirmations (revise, check, assign, unassign, confirm,
    /// dismiss, a checklist change). PostgreSQL: `SELECT id FROM articles WHERE id = $1 FOR
    /// UPDATE`; every writer of the article takes it first, so they queue on that row.
    Article(ArticleId),
    /// New articles (ingest): whether a slug is taken is decided in the transaction.
    /// PostgreSQL: an advisory lock (`lock_keys::NEW_ARTICLES`), so a second ingest of the same
    /// slug waits and then finds it taken, with the desk's own message.
    NewArticles,
    /// The open work of the whole desk and every reviewer's load (auto-assignment, by hand or on
    /// revise): two editors handing out work at once must not both give the same statement, nor
    /// plan from the same stale loads. PostgreSQL: an advisory lock (`lock_keys::OPEN_WORK`;
    /// every auto-assignment takes it, so they run one at a time).
    OpenWork,
    /// The desk's people (adding, deactivating, reactivating a reviewer): the first reviewer
    /// must be an editor, the last active editor may not go. PostgreSQL: `LOCK TABLE reviewers
    /// IN SHARE ROW EXCLUSIVE MODE` (a row lock cannot hold back a reviewer not yet inserted).
    Desk,
}

/// A write transaction on a [`Store`]; see the module documentation.
pub struct Tx<'s> {
    store: &'s Store,
    intents: Vec<Intent>,
    /// The rows inserted into chained tables so far, in insertion order.
    noted: RefCell<Vec<Noted>>,
    /// Set by [`Tx::commit`]; a `Tx` dropped while this is false rolls back.
    done: bool,
}

impl Store {
    /// Begins a write transaction holding `intents` (on SQLite: `BEGIN IMMEDIATE`, the file's
    /// write lock, waiting up to the busy timeout for another writer).
    pub fn begin(&self, intents: &[Intent]) -> Result<Tx<'_>> {
        let postgres = self.conn.dialect() == Dialect::Postgres;
        // PostgreSQL: READ COMMITTED, so each statement reads what committed before it, and
        // the intents' locks (taken first) make every writer that depends on the same thing
        // wait for the one before it, then read what it wrote.
        self.conn
            .execute_batch(if postgres { "BEGIN" } else { "BEGIN IMMEDIATE" })?;
        let tx = Tx {
            store: self,
            intents: intents.to_vec(),
            noted: RefCell::new(Vec::new()),
            done: false,
        };
        if postgres {
            for intent in intents {
                tx.hold(intent)?; // an error drops `tx`: ROLLBACK
            }
        }
        Ok(tx)
    }

    /// Runs `f` in one write transaction holding `intents`: all of its writes land, or none do
    /// (an error or a panic in `f` rolls back). On PostgreSQL a transaction that the server
    /// aborted to break a deadlock or a serialization conflict is run again, from the start, up
    /// to [`WRITE_ATTEMPTS`] times (so `f` is `FnMut`: it must decide everything from what it
    /// reads through the `Tx`); beyond that the write fails with [`StoreError::Conflict`] and
    /// nothing of it lands.
    pub fn write<T, E: From<StoreError>>(
        &self,
        intents: &[Intent],
        mut f: impl FnMut(&Tx<'_>) -> Result<T, E>,
    ) -> Result<T, E> {
        let outcome = super::retry::retrying(
            WRITE_ATTEMPTS,
            // Whatever error type `f` returns, the connection knows whether the server aborted
            // the transaction for a conflict (`DbError` noted it on its way up).
            |_| self.conn.take_retryable(),
            |attempt| {
                if attempt > 1 {
                    // Let the writer that won the race finish before running again.
                    std::thread::sleep(Duration::from_millis(10 << attempt));
                }
                let tx = self.begin(intents)?;
                let value = f(&tx)?;
                tx.commit()?; // `tx` is gone, committed or rolled back, before a retry
                Ok(value)
            },
        );
        outcome.map_err(|retried| match retried {
            super::retry::Retried::Failed(err) => err,
            super::retry::Retried::Conflict(conflict) => StoreError::Conflict {
                attempts: conflict.attempts,
            }
            .into(),
        })
    }
}

/// How many times a write the server aborted for a conflict is tried before it gives up.
pub const WRITE_ATTEMPTS: u32 = 5;

impl Store {
    /// PostgreSQL's `pg_advisory_xact_lock(key)`: held until the transaction ends.
    pub(super) fn advisory_lock(&self, key: i64) -> Result<()> {
        self.conn
            .prepare_cached("SELECT pg_advisory_xact_lock(?1)")?
            .query_map(params![key], |_| Ok(()))?
            .for_each(drop);
        Ok(())
    }
}

impl Tx<'_> {
    /// Takes the lock that holds `intent` still until the transaction ends (PostgreSQL; on
    /// SQLite `BEGIN IMMEDIATE` holds everything). Transaction-scoped, so COMMIT or ROLLBACK
    /// releases it, and a process that dies releases it with its connection.
    fn hold(&self, intent: &Intent) -> Result<()> {
        match intent {
            Intent::Article(id) => {
                self.conn()
                    .prepare_cached("SELECT id FROM articles WHERE id = ?1 FOR NO KEY UPDATE")?
                    .query_map(params![id], |_| Ok(()))?
                    .for_each(drop);
            }
            Intent::NewArticles => self.advisory_lock(lock_keys::NEW_ARTICLES)?,
            Intent::OpenWork => self.advisory_lock(lock_keys::OPEN_WORK)?,
            Intent::Desk => self
                .conn()
                .execute_batch("LOCK TABLE reviewers IN SHARE ROW EXCLUSIVE MODE")?,
        }
        Ok(())
    }

    /// What this transaction holds still, as named when it began.
    pub fn intents(&self) -> &[Intent] {
        &self.intents
    }

    /// Seals the rows this transaction inserted into the hash chain, then commits. On any error
    /// the transaction rolls back (as the `Tx` is dropped).
    pub fn commit(mut self) -> Result<()> {
        self.store.seal(&self.noted.borrow())?;
        self.store.conn.execute_batch("COMMIT")?;
        self.done = true;
        Ok(())
    }

    /// Notes a row just inserted into the chained table `table`, by its key columns' values (in
    /// `chain::CHAINED` order), to be chained at commit.
    pub(super) fn note(&self, table: &'static str, key: &[KeyValue<'_>]) {
        self.noted.borrow_mut().push(Noted::new(table, key));
    }

    /// Runs an `INSERT … RETURNING id` into the chained table `table` (keyed by `id`), notes the
    /// row and returns its id.
    pub(super) fn insert_id(
        &self,
        table: &'static str,
        sql: &str,
        params: Params<'_>,
    ) -> Result<i64> {
        let id: i64 = self
            .conn()
            .prepare_cached(sql)?
            .query_row(params, |r| r.get(0))?;
        self.note(table, &[KeyValue::Int(id)]);
        Ok(id)
    }

    /// The connection, for the store's entity modules.
    pub(super) fn conn(&self) -> &Db {
        &self.store.conn
    }
}

/// Reads inside the transaction go through the same connection: they are the transaction's.
impl Deref for Tx<'_> {
    type Target = Store;

    fn deref(&self) -> &Store {
        self.store
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if !self.done {
            // Nothing of an abandoned transaction lands. If ROLLBACK itself fails, the
            // connection is unusable and SQLite discards the transaction when it closes.
            let _ = self.store.conn.execute_batch("ROLLBACK");
        }
    }
}

// The transaction's tests run on both backends: tests/cli/store_api.rs.
