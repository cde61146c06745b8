//! The web desk's HTTP tests on SQLite: the files of `tests/web` with [`BACKEND`] `Sqlite`.

#[path = "api.rs"]
mod api;
#[path = "article_actions.rs"]
mod article_actions;
#[path = "auth.rs"]
mod auth;
#[path = "confidential.rs"]
mod confidential;
#[path = "desk.rs"]
mod desk;
#[path = "events.rs"]
mod events;
#[path = "expiry.rs"]
mod expiry;
#[path = "inbox.rs"]
mod inbox;
#[path = "pages.rs"]
mod pages;
#[path = "partial.rs"]
mod partial;
#[path = "queries.rs"]
mod queries;
#[path = "socket.rs"]
mod socket;

use super::{Backend, pg};
pub use desk::*;

/// Which database these tests run on.
pub const BACKEND: Backend = Backend::Sqlite;
