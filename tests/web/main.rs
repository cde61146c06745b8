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

mod browser;
mod on_postgres;
mod on_sqlite;

#[allow(dead_code)] // the command-line tests' empty databases
#[path = "../cli/pg.rs"]
mod pg;

/// Which database a build of the HTTP tests runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}
