//! The conformance harness: the same test bodies against a temporary SQLite file and a fresh
//! PostgreSQL database (issue 15: "every test passes against both backends").
//!
//! A test that runs on both is written once as `fn name(backend: Backend)`, makes its desk with
//! `Desk::empty_on(backend)` / `staffed_on` / `with_seed_on`, and is named in the file's
//! `both_backends!(name, …)`, which makes the tests `name::sqlite` and `name::postgres`
//! (`cargo test --test cli name` runs both). A function left out of the list is dead code, which
//! clippy refuses, so none is forgotten. Each PostgreSQL desk is a database of its own on the
//! shared test server (`pg.rs`), copied from a template migrated once per process.
//!
//! A test about SQLite's file itself (a corrupt or foreign file, permissions, WAL, the online
//! backup, tampering with rusqlite, migrating old files) stays a plain `#[test]` on
//! `Desk::empty()` / `staffed()` / `with_seed()`, and `Desk::db()` / `Desk::sql()` refuse a
//! PostgreSQL desk.

use std::path::{Path, PathBuf};

use super::pg::Database;

/// Whether `both_backends!` also makes each test's PostgreSQL instance: on, since every
/// command runs on PostgreSQL. Turning it off (`($($item:item)*) => {};`) leaves only the
/// SQLite instances, e.g. to bisect a failure to one backend.
macro_rules! postgres_instances {
    ($($item:item)*) => { $($item)* };
}

/// Makes, for each function `name(backend: Backend)`, the module `name` with the tests
/// `sqlite` and `postgres` (the latter behind [`postgres_instances!`]).
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[test]
                fn sqlite() {
                    super::$name(crate::Backend::Sqlite)
                }

                postgres_instances! {
                    #[test]
                    fn postgres() {
                        super::$name(crate::Backend::Postgres)
                    }
                }
            }
        )*
    };
}

/// Which database a test desk lives in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A test desk's database: what `--db` (FACTDESK_DB) names, and what tests read under the CLI.
pub enum TestDb {
    /// `factdesk.db` in the desk's folder; `init` creates it.
    Sqlite(PathBuf),
    /// A database of its own on the test server, with the schema; dropped with the desk.
    Postgres(Database),
}

impl TestDb {
    pub fn new(backend: Backend, dir: &Path) -> TestDb {
        match backend {
            Backend::Sqlite => TestDb::Sqlite(dir.join("factdesk.db")),
            Backend::Postgres => TestDb::Postgres(Database::migrated()),
        }
    }

    /// The `--db` argument: a path or a `postgres://` URL.
    pub fn arg(&self) -> String {
        match self {
            TestDb::Sqlite(path) => path.display().to_string(),
            TestDb::Postgres(db) => db.url.clone(),
        }
    }

    /// The SQLite file; a PostgreSQL desk has none, and a test that asks is about SQLite only.
    #[track_caller]
    pub fn file(&self) -> PathBuf {
        match self {
            TestDb::Sqlite(path) => path.clone(),
            TestDb::Postgres(_) => panic!(
                "this test reads the SQLite file itself: make it a plain #[test] on SQLite, \
                 not one of both_backends!"
            ),
        }
    }

    pub fn count(&self, table: &str) -> i64 {
        let sql = format!("SELECT count(*) FROM {table}");
        match self {
            TestDb::Sqlite(path) => rusqlite::Connection::open(path)
                .unwrap()
                .query_row(&sql, [], |r| r.get(0))
                .unwrap(),
            TestDb::Postgres(db) => db.client().query_one(&sql, &[]).unwrap().get(0),
        }
    }

    /// Runs one SQL statement directly on the database, under the command line (to prove what
    /// the database itself refuses): the database's error message, if it fails.
    pub fn execute(&self, sql: &str) -> Result<(), String> {
        match self {
            TestDb::Sqlite(path) => rusqlite::Connection::open(path)
                .unwrap()
                .execute_batch(sql)
                .map_err(|e| e.to_string()),
            TestDb::Postgres(db) => {
                db.client()
                    .batch_execute(sql)
                    .map_err(|e| match e.as_db_error() {
                        Some(db) => db.message().to_string(),
                        None => e.to_string(),
                    })
            }
        }
    }

    /// The text in the first column of the first row `sql` returns.
    pub fn query_text(&self, sql: &str) -> String {
        match self {
            TestDb::Sqlite(path) => rusqlite::Connection::open(path)
                .unwrap()
                .query_row(sql, [], |r| r.get(0))
                .unwrap(),
            TestDb::Postgres(db) => db.client().query_one(sql, &[]).unwrap().get(0),
        }
    }

    /// The integers in the first column of every row `sql` returns.
    pub fn query_integers(&self, sql: &str) -> Vec<i64> {
        match self {
            TestDb::Sqlite(path) => {
                let conn = rusqlite::Connection::open(path).unwrap();
                let mut stmt = conn.prepare(sql).unwrap();
                stmt.query_map([], |r| r.get(0))
                    .unwrap()
                    .map(Result::unwrap)
                    .collect()
            }
            TestDb::Postgres(db) => db
                .client()
                .query(sql, &[])
                .unwrap()
                .iter()
                .map(|r| r.get(0))
                .collect(),
        }
    }

    /// Changes with any write: on SQLite a hash of the file and its WAL, on PostgreSQL a hash
    /// of every row of every table (identity sequences left out: a rolled-back insert moves
    /// them, and changes nothing stored).
    pub fn fingerprint(&self) -> String {
        match self {
            TestDb::Sqlite(path) => file_fingerprint(path),
            TestDb::Postgres(db) => {
                let mut client = db.client();
                let tables: Vec<String> = client
                    .query(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
                        &[],
                    )
                    .unwrap()
                    .iter()
                    .map(|r| r.get(0))
                    .collect();
                let mut out = String::new();
                for table in tables {
                    let row = client
                        .query_one(
                            &format!(
                                "SELECT count(*), md5(COALESCE(string_agg(t::text, E'\\n' ORDER BY t::text), ''))
                                 FROM {table} t"
                            ),
                            &[],
                        )
                        .unwrap();
                    let (rows, hash): (i64, String) = (row.get(0), row.get(1));
                    out.push_str(&format!("{table}:{rows}:{hash}\n"));
                }
                out
            }
        }
    }
}

fn file_fingerprint(db: &Path) -> String {
    let mut out = String::new();
    for suffix in ["", "-wal"] {
        let path = PathBuf::from(format!("{}{suffix}", db.display()));
        // A read-only connection leaves an empty WAL behind (it may not delete it): no
        // frames, nothing written.
        let bytes = std::fs::read(&path)
            .ok()
            .filter(|b| suffix.is_empty() || !b.is_empty());
        if let Some(bytes) = bytes {
            let hash = bytes.iter().fold(0xcbf29ce484222325u64, |h, b| {
                (h ^ *b as u64).wrapping_mul(0x100000001b3)
            });
            out.push_str(&format!("{suffix}:{}:{hash:x}\n", bytes.len()));
        }
    }
    out
}

/// The harness itself, on PostgreSQL today: each desk is a factdesk database of its own, at the
/// current schema, empty, and its fingerprint sees a write.
#[test]
fn each_postgres_test_desk_is_an_empty_migrated_desk_of_its_own() {
    let (one, two) = (
        super::Desk::empty_on(Backend::Postgres),
        super::Desk::empty_on(Backend::Postgres),
    );
    assert_ne!(one.db_arg(), two.db_arg());
    for table in ["reviewers", "articles", "chain"] {
        assert_eq!(one.count(table), 0, "{table} starts empty");
    }
    let before = (one.fingerprint(), two.fingerprint());
    assert!(
        before.0.lines().any(|l| l.starts_with("reviewers:0:")),
        "{}",
        before.0
    );
    // factdesk recognises it as a desk at its own version: `migrate` accepts it as an empty
    // target, and copies a staffed desk into it.
    let staffed = super::Desk::staffed();
    staffed
        .run(&[
            "migrate",
            "--from",
            &staffed.db_arg(),
            "--to",
            &one.db_arg(),
        ])
        .ok();
    assert_eq!(one.count("reviewers"), 3);
    assert_eq!(
        two.count("reviewers"),
        0,
        "the other desk's database is apart"
    );
    assert_ne!(
        one.fingerprint(),
        before.0,
        "a write changes the fingerprint"
    );
    assert_eq!(
        two.fingerprint(),
        before.1,
        "no write, the same fingerprint"
    );
}

#[test]
#[should_panic(expected = "reads the SQLite file itself")]
fn a_postgres_desk_has_no_sqlite_file_to_hand_out() {
    super::Desk::empty_on(Backend::Postgres).db();
}
