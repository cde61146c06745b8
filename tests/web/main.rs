//! HTTP tests of the web desk on SQLite: the router called in-process (no socket), on a desk
//! set up by the real `factdesk` binary (`desk.rs`). `tests/web_postgres` builds these same files
//! against PostgreSQL. One test (`socket.rs`) runs `factdesk serve` as a process and signs in
//! over a real socket.

mod api;
mod article_actions;
mod auth;
mod confidential;
mod events;
mod expiry;
mod inbox;
mod pages;
mod partial;
mod queries;
mod socket;

mod desk;
#[allow(dead_code)] // the server for the PostgreSQL build of these tests
#[path = "../cli/pg.rs"]
mod pg;

pub use desk::*;

/// Which database this build of the tests runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub const BACKEND: Backend = Backend::Sqlite;
