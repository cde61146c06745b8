//! One connection, two databases: the neutral SQL layer the store's entity modules are written
//! against, so each query is written once and runs on SQLite and on PostgreSQL.
//!
//! The surface follows rusqlite's, which the modules were first written for: a [`Db`] prepares
//! a [`Stmt`] (`prepare_cached`), which runs with borrowed parameters (`params![a, b]`, each a
//! [`Param`]) and hands each result [`Row`] to a closure that reads columns by index
//! (`row.get(0)`, any [`FromCell`] type). Values cross the boundary as a [`Cell`]: SQLite's five
//! storage classes, borrowed. What differs between the dialects is handled here once:
//!
//! - placeholders: the SQL is written with SQLite's `?1`, `?2`; on PostgreSQL they become `$1`,
//!   `$2`, and `x IS ?1` becomes `x IS NOT DISTINCT FROM $1` (`pg.rs`, [`pg::translate`]);
//! - types: PostgreSQL is strict where SQLite is not, so a parameter is encoded as the type the
//!   server inferred for it (an integer into `BIGINT`, `INTEGER` or `BOOLEAN`; text into `TEXT`),
//!   and a column is read from whatever type it has into the cell it stands for;
//! - the few statements whose SQL must differ (search, the schema's catalogue, `PRAGMA`s) ask
//!   [`Db::dialect`] and say why where they do.
//!
//! Everything above `store/` sees neither rusqlite nor postgres.

mod cell;
pub(super) mod pg;
mod sqlite;

use std::cell::RefCell;

pub use cell::{Cell, FromCell, Param};

/// Borrowed parameters for one statement, in placeholder order (`?1` first).
pub type Params<'p> = &'p [&'p dyn Param];

/// `params![a, b, c]`: borrowed parameters, as rusqlite's macro of the same name.
macro_rules! params {
    () => { &[] as &[&dyn $crate::store::db::Param] };
    ($($value:expr),+ $(,)?) => { &[$(&$value as &dyn $crate::store::db::Param),+] as &[&dyn $crate::store::db::Param] };
}
pub(crate) use params;

/// What went wrong below the store: the database's own error, or a value that is not what the
/// column should hold.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("{0}")]
    Postgres(#[from] ::postgres::Error),
    /// A query that must return a row returned none (see [`OptionalExtension`]).
    #[error("the query returned no row")]
    NoRow,
    /// Column `column` holds a value of the wrong kind (`reason` says which and why).
    #[error("column {column}: {reason}")]
    Conversion { column: usize, reason: String },
}

pub type Result<T, E = DbError> = std::result::Result<T, E>;

impl DbError {
    /// A value read from column `column` that cannot be what the column should hold.
    pub fn conversion(column: usize, reason: impl std::fmt::Display) -> DbError {
        DbError::Conversion {
            column,
            reason: reason.to_string(),
        }
    }
}

/// `query_row(…).optional()`: no row as `None`, as rusqlite's extension of the same name.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(value) => Ok(Some(value)),
            Err(DbError::NoRow) => Ok(None),
            Err(DbError::Sqlite(rusqlite::Error::QueryReturnedNoRows)) => Ok(None),
            Err(err) => Err(err),
        }
    }
}

/// Which SQL a statement that cannot be written once must be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// One connection to the desk's database.
pub enum Db {
    Sqlite(rusqlite::Connection),
    /// In a `RefCell`: the `postgres` client needs `&mut` to run anything, while the store's
    /// reads take `&self` (a `Store` is one connection used by one thread at a time).
    Postgres(Box<RefCell<pg::PgConn>>),
}

impl Db {
    pub fn dialect(&self) -> Dialect {
        match self {
            Db::Sqlite(_) => Dialect::Sqlite,
            Db::Postgres(_) => Dialect::Postgres,
        }
    }

    /// The SQLite connection, for what only SQLite has (`PRAGMA`s, the backup API, opening a
    /// file); `None` on PostgreSQL.
    pub fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match self {
            Db::Sqlite(conn) => Some(conn),
            Db::Postgres(_) => None,
        }
    }

    /// The SQLite connection, to change how it runs (tracing, in tests).
    #[cfg(test)]
    pub fn sqlite_mut(&mut self) -> Option<&mut rusqlite::Connection> {
        match self {
            Db::Sqlite(conn) => Some(conn),
            Db::Postgres(_) => None,
        }
    }

    /// Prepares `sql`, reusing the statement prepared for the same text before.
    pub fn prepare_cached(&self, sql: &str) -> Result<Stmt<'_>> {
        Ok(Stmt(match self {
            Db::Sqlite(conn) => StmtInner::SqliteCached(conn.prepare_cached(sql)?),
            Db::Postgres(conn) => StmtInner::Pg(conn, conn.borrow_mut().prepare(sql)?),
        }))
    }

    /// Prepares `sql` once (SQL built at run time, which a cache would only churn).
    pub fn prepare(&self, sql: &str) -> Result<Stmt<'_>> {
        Ok(Stmt(match self {
            Db::Sqlite(conn) => StmtInner::Sqlite(conn.prepare(sql)?),
            Db::Postgres(conn) => StmtInner::Pg(conn, conn.borrow_mut().prepare(sql)?),
        }))
    }

    /// Runs one statement and reads its first row with `f`; no row is [`DbError::NoRow`].
    pub fn query_row<T>(
        &self,
        sql: &str,
        params: Params<'_>,
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        self.prepare_cached(sql)?.query_row(params, f)
    }

    /// Runs one statement that returns no rows; the number of rows it changed.
    pub fn execute(&self, sql: &str, params: Params<'_>) -> Result<usize> {
        self.prepare_cached(sql)?.execute(params)
    }

    /// Runs several statements without parameters (transaction control, schema).
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match self {
            Db::Sqlite(conn) => Ok(conn.execute_batch(sql)?),
            Db::Postgres(conn) => {
                let mut conn = conn.borrow_mut();
                conn.client.batch_execute(sql).map_err(|e| conn.noted(e))
            }
        }
    }

    /// Whether the last transaction was aborted by the server for a conflict between writers
    /// (and may be run again); reading it clears it. Never on SQLite, whose one writer at a
    /// time waits instead.
    pub fn take_retryable(&self) -> bool {
        match self {
            Db::Sqlite(_) => false,
            Db::Postgres(conn) => std::mem::take(&mut conn.borrow_mut().retryable),
        }
    }
}

/// A prepared statement of either database.
pub struct Stmt<'c>(StmtInner<'c>);

enum StmtInner<'c> {
    SqliteCached(rusqlite::CachedStatement<'c>),
    Sqlite(rusqlite::Statement<'c>),
    Pg(&'c RefCell<pg::PgConn>, ::postgres::Statement),
}

impl Stmt<'_> {
    /// Runs the statement and reads its first row with `f`; no row is [`DbError::NoRow`].
    pub fn query_row<T>(
        &mut self,
        params: Params<'_>,
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut rows = self.query(params)?;
        match rows.next()? {
            Some(row) => f(&row),
            None => Err(DbError::NoRow),
        }
    }

    /// Runs the statement and maps every row with `f`. The rows are read whole before the
    /// first is returned (the statements that read many rows collect them anyway).
    pub fn query_map<T>(
        &mut self,
        params: Params<'_>,
        mut f: impl FnMut(&Row<'_>) -> Result<T>,
    ) -> Result<std::vec::IntoIter<Result<T>>> {
        let mut rows = self.query(params)?;
        let mut mapped = Vec::new();
        while let Some(row) = rows.next()? {
            mapped.push(f(&row));
        }
        Ok(mapped.into_iter())
    }

    /// Runs a statement that returns no rows; the number of rows it changed.
    pub fn execute(&mut self, params: Params<'_>) -> Result<usize> {
        match &mut self.0 {
            StmtInner::SqliteCached(stmt) => Ok(stmt.execute(sqlite::bind(params))?),
            StmtInner::Sqlite(stmt) => Ok(stmt.execute(sqlite::bind(params))?),
            StmtInner::Pg(conn, stmt) => {
                let changed = pg::execute(&mut conn.borrow_mut(), stmt, params)?;
                Ok(changed as usize)
            }
        }
    }

    /// Runs the statement; its rows one at a time ([`Rows::next`]).
    pub fn query(&mut self, params: Params<'_>) -> Result<Rows<'_>> {
        Ok(Rows(match &mut self.0 {
            StmtInner::SqliteCached(stmt) => RowsInner::Sqlite(stmt.query(sqlite::bind(params))?),
            StmtInner::Sqlite(stmt) => RowsInner::Sqlite(stmt.query(sqlite::bind(params))?),
            StmtInner::Pg(conn, stmt) => {
                let rows = pg::query(&mut conn.borrow_mut(), stmt, params)?;
                RowsInner::Pg(rows.into_iter(), None)
            }
        }))
    }
}

/// The rows of a running statement.
pub struct Rows<'s>(RowsInner<'s>);

enum RowsInner<'s> {
    Sqlite(rusqlite::Rows<'s>),
    /// PostgreSQL's rows arrive whole; the one being read is kept here.
    Pg(std::vec::IntoIter<::postgres::Row>, Option<::postgres::Row>),
}

impl Rows<'_> {
    /// The next row, or `None` after the last.
    #[allow(clippy::should_implement_trait)] // it lends the row: not an `Iterator`
    pub fn next(&mut self) -> Result<Option<Row<'_>>> {
        match &mut self.0 {
            RowsInner::Sqlite(rows) => Ok(rows.next()?.map(|row| Row(RowInner::Sqlite(row)))),
            RowsInner::Pg(rest, current) => {
                *current = rest.next();
                Ok(current.as_ref().map(|row| Row(RowInner::Pg(row))))
            }
        }
    }
}

/// One result row, read by column index.
pub struct Row<'r>(RowInner<'r>);

enum RowInner<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Pg(&'r ::postgres::Row),
}

impl Row<'_> {
    /// Column `index` (from 0) as a `T`.
    pub fn get<T: FromCell>(&self, index: usize) -> Result<T> {
        let cell = self.cell(index)?;
        T::from_cell(cell).map_err(|reason| DbError::conversion(index, reason))
    }

    /// Column `index` as the value it holds.
    pub fn cell(&self, index: usize) -> Result<Cell<'_>> {
        match &self.0 {
            RowInner::Sqlite(row) => sqlite::cell(row, index),
            RowInner::Pg(row) => pg::cell(row, index),
        }
    }
}

#[cfg(test)]
mod tests;
