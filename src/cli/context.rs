//! What every command needs from the outside world: the database path, who acts, the time, and
//! whether stdout is a terminal that wants colour.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::{Cli, Failure};
use crate::desk::Desk;
use crate::store::Store;

pub struct Context {
    pub db: PathBuf,
    pub actor: Option<String>,
    pub now: DateTime<Utc>,
    /// Colour on stdout: a terminal, and NO_COLOR unset.
    pub color: bool,
}

impl Context {
    pub fn from_env(cli: &Cli) -> Context {
        Context {
            db: cli.db.clone(),
            actor: cli.actor.clone().filter(|a| !a.is_empty()),
            now: clock(),
            color: std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    /// The desk on the existing database.
    pub fn desk(&self) -> Result<Desk, Failure> {
        self.desk_at(&self.db, false)
    }

    pub fn desk_at(&self, path: &Path, create: bool) -> Result<Desk, Failure> {
        let store = Store::open(path, create)?;
        Ok(Desk::new(store, self.now, self.actor.clone()))
    }
}

/// The current time, or `FACTDESK_NOW` (RFC 3339) when set: tests and demos fix the clock with it.
fn clock() -> DateTime<Utc> {
    std::env::var("FACTDESK_NOW")
        .ok()
        .and_then(|s| DateTime::parse_from_rfc3339(&s).ok())
        .map_or_else(Utc::now, |t| t.with_timezone(&Utc))
}
