//! HTTP tests of the web desk, and the browser test: one test binary, so its code is compiled
//! and linked once (issue 14 item 5). The HTTP tests call the router in-process (no socket) on a
//! desk set up by the real `factdesk` binary (`desk.rs`); the same files are built twice in this
//! binary, once per backend: `on_sqlite::…` and `on_postgres::…` (each test desk a database of
//! its own on the test server: `tests/cli/pg.rs`, FACTDESK_TEST_PG, else a throwaway cluster).
//! `socket.rs` runs `factdesk serve` as a process and signs in over a real socket; `browser.rs`
//! drives Chromium over WebDriver against it.

// The same test files are modules of both `on_sqlite` and `on_postgres`, on purpose: one source,
// built once per backend.
#![allow(clippy::duplicate_mod)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

mod browser;
mod on_postgres;
mod on_sqlite;

#[allow(dead_code)] // the command-line tests' empty databases
#[path = "../cli/pg.rs"]
mod pg;

/// The real `factdesk` binary with an empty environment: the caller adds what the run needs.
pub fn factdesk() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_factdesk"));
    command.env_clear();
    command
}

/// Runs `command` with `stdin` written to it (or closed at once) and returns its output.
pub fn run(command: &mut Command, stdin: Option<&str>) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        let mut input = child.stdin.take().unwrap();
        if let Some(text) = stdin {
            input.write_all(text.as_bytes()).unwrap();
        }
    }
    child.wait_with_output().unwrap()
}

/// Which database a build of the HTTP tests runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}
