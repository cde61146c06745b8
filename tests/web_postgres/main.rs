//! The web desk's HTTP tests (`tests/web`) on PostgreSQL: the same files, built here with
//! [`BACKEND`] PostgreSQL, so each test desk is a database of its own on the test server
//! (`tests/cli/pg.rs`: FACTDESK_TEST_PG, else a throwaway cluster).

#[path = "../web/api.rs"]
mod api;
#[path = "../web/article_actions.rs"]
mod article_actions;
#[path = "../web/auth.rs"]
mod auth;
#[path = "../web/confidential.rs"]
mod confidential;
#[path = "../web/events.rs"]
mod events;
#[path = "../web/expiry.rs"]
mod expiry;
#[path = "../web/inbox.rs"]
mod inbox;
#[path = "../web/pages.rs"]
mod pages;
#[path = "../web/partial.rs"]
mod partial;
#[path = "../web/pg_recovery.rs"]
mod pg_recovery;
#[path = "../web/queries.rs"]
mod queries;
#[path = "../web/socket.rs"]
mod socket;

#[path = "../web/desk.rs"]
mod desk;
#[allow(dead_code)] // the command-line tests' empty databases
#[path = "../cli/pg.rs"]
mod pg;

pub use desk::*;

/// Which database this build of the tests runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub const BACKEND: Backend = Backend::Postgres;
