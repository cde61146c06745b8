//! Black-box tests of the real `factdesk` binary against `seeds/` and temporary databases.
//! Every run is sealed: the environment is cleared, the clock fixed through FACTDESK_NOW (with
//! FACTDESK_TESTING=1, without which factdesk refuses a fixed clock).

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
mod pg;
mod postgres;
mod publication;
mod queries;
mod report;
mod review;
mod revise;
mod rulings;
mod search;
mod tamper;
mod workflow;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temporary desk: a database in a fresh folder, and a way to run factdesk against it.
pub struct Desk {
    pub dir: tempfile::TempDir,
    pub now: String,
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
    /// An empty folder; the database is not created yet.
    pub fn empty() -> Desk {
        Desk {
            dir: tempfile::tempdir().unwrap(),
            now: "2026-01-17T09:00:00Z".into(),
        }
    }

    /// A database with an editor `ed` and checkers `ana` (data, interviews) and `bo` (geography,
    /// general), and the sample article ingested as `cia-mexico`.
    pub fn with_seed() -> Desk {
        let desk = Desk::staffed();
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
        let desk = Desk::empty();
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

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("factdesk.db")
    }

    pub fn command(&self, actor: Option<&str>, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_factdesk"));
        cmd.env_clear()
            .env("FACTDESK_DB", self.db())
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

    /// A fingerprint of the database files: any write changes the main file or its WAL.
    pub fn fingerprint(&self) -> String {
        let mut out = String::new();
        for suffix in ["", "-wal"] {
            let path = PathBuf::from(format!("{}{suffix}", self.db().display()));
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

    /// Direct SQL on the database, for tests that look under the CLI.
    pub fn sql(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.db()).unwrap()
    }

    pub fn count(&self, table: &str) -> i64 {
        self.sql()
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }
}
