//! Black-box tests of the real `factdesk` binary against `seeds/` and temporary databases.
//! Every run is sealed: the environment is cleared, the clock fixed through FACTDESK_NOW (with
//! FACTDESK_TESTING=1, without which factdesk refuses a fixed clock).

#[macro_use]
mod backends;
mod bad_input;
mod browser;
mod bulk;
mod checklists;
mod claimreview;
mod concurrency;
mod confidential;
mod conventions;
mod demo;
mod dismiss;
mod elements;
mod expiry;
mod four_eyes;
mod help;
mod hostile;
mod ingest;
mod inputs;
mod languages;
mod migration;
pub mod notifications;
mod partial;
mod pg;
mod postgres;
mod publication;
mod queries;
mod queue_span;
mod report;
mod review;
mod revise;
mod rulings;
mod search;
mod store_api;
mod tamper;
mod tidy;
mod webhook;
mod workflow;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub use backends::{Backend, TestDb};

/// A temporary desk: a database (an SQLite file in a fresh folder, or a PostgreSQL database of
/// its own) and a way to run factdesk against it, in that folder.
pub struct Desk {
    pub dir: tempfile::TempDir,
    pub now: String,
    pub database: TestDb,
}

pub fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// The texts of the statements of `split --json` output, in order.
pub fn statement_texts(json: &serde_json::Value) -> Vec<&str> {
    json["statements"]
        .as_array()
        .unwrap_or_else(|| panic!("no statements in {json}"))
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect()
}

pub fn seed(name: &str) -> String {
    seeds().join(name).display().to_string()
}

/// What one run printed, and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn from(output: Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    #[track_caller]
    pub fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Fails with exit 1 and one clear line on stderr containing `needle`.
    #[track_caller]
    pub fn fails_with(self, needle: &str) -> Run {
        assert_eq!(
            self.code, 1,
            "expected exit 1\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
        assert_eq!(
            self.stderr.trim().lines().count(),
            1,
            "one message:\n{}",
            self.stderr
        );
        assert!(self.stderr.starts_with("error: "), "{}", self.stderr);
        self
    }

    /// A usage error: exit 2, clap's message naming `needle`.
    #[track_caller]
    pub fn usage_error(self, needle: &str) -> Run {
        assert_eq!(
            self.code, 2,
            "expected exit 2 (usage)\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
        self
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.stdout))
    }
}

impl Desk {
    /// An empty folder; the SQLite database is not created yet.
    pub fn empty() -> Desk {
        Desk::empty_on(Backend::Sqlite)
    }

    /// An empty folder and, on SQLite, no database yet (`init` creates it); on PostgreSQL a
    /// fresh database with the schema and no rows, as `init` leaves one.
    pub fn empty_on(backend: Backend) -> Desk {
        let dir = tempfile::tempdir().unwrap();
        Desk {
            database: TestDb::new(backend, dir.path()),
            dir,
            now: "2026-01-17T09:00:00Z".into(),
        }
    }

    /// An empty folder and no schema at all on either backend: on SQLite no file yet, on
    /// PostgreSQL an empty database. For the tests of `init` itself, which must create the
    /// schema (the other desks' PostgreSQL databases are copies of a migrated template).
    pub fn unmigrated_on(backend: Backend) -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let database = match backend {
            Backend::Sqlite => TestDb::new(backend, dir.path()),
            Backend::Postgres => TestDb::Postgres(pg::Database::new()),
        };
        Desk {
            database,
            dir,
            now: "2026-01-17T09:00:00Z".into(),
        }
    }

    /// A database with an editor `ed` and checkers `ana` (data, interviews) and `bo` (geography,
    /// general), and the sample article ingested as `cia-mexico`.
    pub fn with_seed() -> Desk {
        Desk::with_seed_on(Backend::Sqlite)
    }

    /// [`Desk::with_seed`] on either backend.
    pub fn with_seed_on(backend: Backend) -> Desk {
        let desk = Desk::staffed_on(backend);
        desk.run_as(
            "ed",
            &[
                "ingest",
                &seed("cia-mexico-2026-01-17.txt"),
                "--slug",
                "cia-mexico",
            ],
        )
        .ok();
        desk
    }

    /// A database with reviewers and no article.
    pub fn staffed() -> Desk {
        Desk::staffed_on(Backend::Sqlite)
    }

    /// [`Desk::staffed`] on either backend.
    pub fn staffed_on(backend: Backend) -> Desk {
        let desk = Desk::empty_on(backend);
        desk.run(&["init"]).ok();
        desk.run(&[
            "reviewer",
            "add",
            "ed",
            "--name",
            "Edith Ortiz",
            "--role",
            "editor",
        ])
        .ok();
        desk.run_as(
            "ed",
            &[
                "reviewer",
                "add",
                "ana",
                "--name",
                "Ana Lima",
                "--skills",
                "data,interviews",
            ],
        )
        .ok();
        desk.run_as(
            "ed",
            &[
                "reviewer",
                "add",
                "bo",
                "--name",
                "Bo Chen",
                "--skills",
                "geography,general",
            ],
        )
        .ok();
        desk
    }

    /// The SQLite file, for a test about the file itself (it runs on SQLite only).
    #[track_caller]
    pub fn db(&self) -> PathBuf {
        self.database.file()
    }

    /// What `--db` names: the file's path or the database's URL.
    pub fn db_arg(&self) -> String {
        self.database.arg()
    }

    pub fn command(&self, actor: Option<&str>, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_factdesk"));
        cmd.env_clear()
            .env("FACTDESK_DB", self.db_arg())
            .env("FACTDESK_NOW", &self.now)
            .env("FACTDESK_TESTING", "1")
            .env("TZ", "UTC")
            .env("NO_COLOR", "1")
            .current_dir(self.dir.path())
            .args(args);
        if let Some(actor) = actor {
            cmd.env("FACTDESK_USER", actor);
        }
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(self.command(None, args).output().unwrap())
    }

    pub fn run_as(&self, actor: &str, args: &[&str]) -> Run {
        Run::from(self.command(Some(actor), args).output().unwrap())
    }

    /// Records a `verified` check on statement `id` as `actor`, with one source; it must succeed.
    pub fn verify(&self, actor: &str, id: &str, source: &str) -> Run {
        self.run_as(
            actor,
            &["check", id, "--status", "verified", "--source", source],
        )
        .ok()
    }

    /// The statements of an article as JSON.
    pub fn statements(&self, slug: &str) -> Vec<serde_json::Value> {
        let run = self.run(&["statements", slug, "--json"]).ok();
        run.json().as_array().unwrap().clone()
    }

    /// A fingerprint of the database: any write changes it (on SQLite the main file or its WAL,
    /// on PostgreSQL a row of some table).
    pub fn fingerprint(&self) -> String {
        self.database.fingerprint()
    }

    /// Direct SQL on the SQLite file, for tests that look under the CLI (SQLite only).
    #[track_caller]
    pub fn sql(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.db()).unwrap()
    }

    /// Runs one SQL statement directly on the database: the database's error, if it refuses.
    pub fn execute(&self, sql: &str) -> Result<(), String> {
        self.database.execute(sql)
    }

    /// The text in the first column of the first row of `sql`, on either backend.
    pub fn query_text(&self, sql: &str) -> String {
        self.database.query_text(sql)
    }

    /// The first column of every row of `sql` as integers, on either backend.
    pub fn query_integers(&self, sql: &str) -> Vec<i64> {
        self.database.query_integers(sql)
    }

    /// How many rows `table` holds, on either backend.
    pub fn count(&self, table: &str) -> i64 {
        self.database.count(table)
    }
}
