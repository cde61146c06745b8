//! Opening a database file: recognise it as factdesk's before touching it (issue 11).
//!
//! A read command on a wrong `--db` (another program's SQLite file) used to create factdesk's
//! tables in it and switch it to WAL; a newer factdesk database was switched to WAL before it was
//! refused. Now the file is inspected through a read-only connection first: its header, its
//! `application_id` (factdesk's marker) and its schema version. Only a file that is factdesk's,
//! of a version this binary understands, is opened for writing; only `init` creates one; and a
//! read command opens it read-only.
//!
//! Two ways in, for two moments. [`Store::open`] is start-up: recognise the file, create it
//! (`init`), set WAL, migrate it forward — once per process (the command line opens, runs one
//! command and exits). [`Store::connect`] is the cheap way for every further connection to a
//! database already opened (a server's request, a pooled connection): it reads the marker and
//! the version, and refuses what is not factdesk's at this binary's version instead of
//! migrating it.

use std::io::Read;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::db::Db;

use super::{MIGRATIONS, Result, Store, StoreError};

/// factdesk's mark in the SQLite header (`PRAGMA application_id`): the bytes "fdsk".
pub const APPLICATION_ID: i32 = 0x6664_736b;

/// What a command does with the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Reads only: a read-only connection, nothing changed (an older schema is migrated first).
    Read,
    /// Writes to an existing factdesk database, migrating it forward.
    Write,
    /// `init`: creates the database when there is none (or the file is empty).
    Create,
}

/// What the file at a path turned out to be.
#[derive(Debug, PartialEq, Eq)]
enum Found {
    /// No file, a file of zero bytes, or an SQLite file with nothing in it.
    Empty,
    Factdesk {
        version: i64,
    },
}

/// The schema versions that predate the marker: recognised by their tables instead.
fn unmarked_versions() -> i64 {
    MIGRATIONS
        .iter()
        .position(|sql| sql.contains("PRAGMA application_id"))
        .map_or(MIGRATIONS.len() as i64, |index| index as i64)
}

impl Store {
    /// Opens the database at `path` for `access`, after recognising it as factdesk's; creates it
    /// for [`Access::Create`]; migrates it forward. Once, at start-up: see [`Store::connect`].
    pub fn open(path: &Path, access: Access) -> Result<Store> {
        let supported = MIGRATIONS.len() as i64;
        match inspect(path)? {
            Found::Empty if access != Access::Create => {
                Err(StoreError::Missing(path.to_path_buf()))
            }
            Found::Factdesk { version } if access == Access::Read && version == supported => {
                let conn = Connection::open_with_flags(
                    path,
                    OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )?;
                conn.busy_timeout(super::BUSY_TIMEOUT)?;
                conn.pragma_update(None, "query_only", true)?;
                super::tune_statements(&conn)?;
                Ok(Store {
                    conn: Db::Sqlite(conn),
                })
            }
            _ => {
                let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
                if access == Access::Create {
                    flags |= OpenFlags::SQLITE_OPEN_CREATE;
                }
                let mut store = Store {
                    conn: Db::Sqlite(Connection::open_with_flags(path, flags)?),
                };
                store.configure(true)?;
                store.migrate(path)?;
                Ok(store)
            }
        }
    }
}

impl Store {
    /// A connection to a database that [`Store::open`] has recognised and migrated already:
    /// read-only for [`Access::Read`], for writing otherwise; never created, never migrated.
    /// Refuses a file that is missing, not SQLite, not factdesk's, or not at this binary's
    /// schema version (open it at start-up first).
    pub fn connect(path: &Path, access: Access) -> Result<Store> {
        let mut flags = OpenFlags::SQLITE_OPEN_NO_MUTEX;
        flags |= match access {
            Access::Read => OpenFlags::SQLITE_OPEN_READ_ONLY,
            Access::Write | Access::Create => OpenFlags::SQLITE_OPEN_READ_WRITE,
        };
        let refused = |err: rusqlite::Error| match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::CannotOpen) => StoreError::Missing(path.to_path_buf()),
            Some(rusqlite::ErrorCode::NotADatabase) => StoreError::NotADatabase(path.to_path_buf()),
            _ => StoreError::from(err),
        };
        let conn = Connection::open_with_flags(path, flags).map_err(refused)?;
        conn.busy_timeout(super::BUSY_TIMEOUT)?;
        let marker: i32 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(refused)?;
        if marker != APPLICATION_ID {
            return Err(StoreError::Foreign(path.to_path_buf()));
        }
        let store = Store {
            conn: Db::Sqlite(conn),
        };
        let found = store.schema_version()?;
        let supported = MIGRATIONS.len() as i64;
        if found != supported {
            return Err(StoreError::NotMigrated {
                path: path.to_path_buf(),
                found,
                supported,
            });
        }
        if access == Access::Read {
            let conn = store.sqlite("opening read-only")?;
            conn.pragma_update(None, "query_only", true)?;
            super::tune_statements(conn)?;
        } else {
            store.configure_session()?;
        }
        Ok(store)
    }
}

/// Looks at the file without changing it: the header, then the marker and version through a
/// read-only connection.
fn inspect(path: &Path) -> Result<Found> {
    let mut head = Vec::with_capacity(16);
    match std::fs::File::open(path) {
        Ok(file) => {
            file.take(16)
                .read_to_end(&mut head)
                .map_err(|e| StoreError::Unreadable(path.to_path_buf(), e))?;
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Found::Empty),
        Err(e) => return Err(StoreError::Unreadable(path.to_path_buf(), e)),
    }
    if head.is_empty() {
        return Ok(Found::Empty);
    }
    if head != b"SQLite format 3\0" {
        return Err(StoreError::NotADatabase(path.to_path_buf()));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(super::BUSY_TIMEOUT)?;
    let marker: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let supported = MIGRATIONS.len() as i64;
    // Both pragmas read the file's header only; listing the tables makes SQLite parse the whole
    // schema (a millisecond, paid again by the connection that runs the command), so it is
    // done only for a file without factdesk's marker.
    let tables: Vec<String> = if marker == APPLICATION_ID {
        Vec::new()
    } else {
        let mut names = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table'")?;
        names
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?
    };
    let factdesk_tables = ["articles", "revisions", "statements", "checks"]
        .iter()
        .all(|t| tables.iter().any(|name| name == t));
    let found = if marker == APPLICATION_ID {
        Found::Factdesk { version }
    } else if marker == 0 && version == 0 && tables.is_empty() {
        Found::Empty
    } else if marker == 0 && (1..=unmarked_versions()).contains(&version) && factdesk_tables {
        Found::Factdesk { version }
    } else {
        return Err(StoreError::Foreign(path.to_path_buf()));
    };
    if let Found::Factdesk { version } = found
        && version > supported
    {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            supported,
        });
    }
    Ok(found)
}

#[cfg(test)]
#[path = "open_tests.rs"]
mod tests;

impl Store {
    /// A desk at `location`: an SQLite file ([`Store::open`]) or a PostgreSQL database, connected
    /// and migrated (created only with [`Access::Create`]). On PostgreSQL, [`Access::Read`]
    /// makes every transaction of the session read-only, so a command that only reads can never
    /// write, whatever it runs.
    pub fn open_at(location: &super::Location, access: Access) -> Result<Store> {
        match location {
            super::Location::Sqlite(path) => Store::open(path, access),
            super::Location::Postgres(url) => {
                let pg = super::postgres::PgStore::connect(url, access == Access::Create)?;
                let store = Store {
                    conn: Db::Postgres(Box::new(std::cell::RefCell::new(
                        super::db::pg::PgConn::new(pg.client),
                    ))),
                };
                if access == Access::Read {
                    store
                        .conn
                        .execute_batch("SET default_transaction_read_only = on")?;
                }
                Ok(store)
            }
        }
    }

    /// A connection to a database [`Store::open_at`] has recognised and migrated already
    /// ([`Store::connect`] for a file; on PostgreSQL the schema version is checked, and an
    /// empty database refused).
    pub fn connect_at(location: &super::Location, access: Access) -> Result<Store> {
        match location {
            super::Location::Sqlite(path) => Store::connect(path, access),
            super::Location::Postgres(_) => Store::open_at(
                location,
                if access == Access::Create {
                    Access::Write
                } else {
                    access
                },
            ),
        }
    }

    /// Whether the connection can still be used (a PostgreSQL connection the server or the
    /// network closed cannot).
    pub fn is_usable(&self) -> bool {
        match &self.conn {
            Db::Sqlite(_) => true,
            // A round trip: the synchronous client learns that the server cut it (a restart,
            // `pg_terminate_backend`) only when it next talks to it.
            Db::Postgres(conn) => conn.try_borrow_mut().is_ok_and(|mut conn| {
                conn.client
                    .is_valid(std::time::Duration::from_secs(5))
                    .is_ok()
            }),
        }
    }

    /// Whether the connection is not known to be closed (no round trip: for giving it back).
    pub fn is_open(&self) -> bool {
        match &self.conn {
            Db::Sqlite(_) => true,
            Db::Postgres(conn) => conn.try_borrow().is_ok_and(|conn| !conn.client.is_closed()),
        }
    }

    /// Which database this is, for the few statements written per dialect.
    pub(super) fn dialect(&self) -> super::db::Dialect {
        self.conn.dialect()
    }
}
