//! What every command needs from the outside world: the database path, who acts, the time, and
//! whether stdout is a terminal that wants colour.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};

use super::{Cli, Failure};
use crate::desk::Actor;
use crate::desk::Desk;
use crate::store::{Access, Store};

pub struct Context {
    pub db: PathBuf,
    /// Who acts, from `--as` / `FACTDESK_USER`: the command line vouches for it on a local file.
    pub actor: Option<Actor>,
    pub now: DateTime<Utc>,
    /// Colour on stdout: a terminal, and NO_COLOR unset.
    pub color: bool,
    /// The webhook deliveries this command's writes committed, delivered when it is done
    /// (`webhook::deliver_after_write`).
    pub outbox: Arc<Mutex<Vec<i64>>>,
}

impl Context {
    pub fn from_env(cli: &Cli) -> Result<Context, Failure> {
        Ok(Context {
            db: cli.db.clone(),
            actor: actor_of(cli),
            now: clock()?,
            color: std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
            outbox: Arc::default(),
        })
    }

    /// Where `--db` points: a file, or a PostgreSQL URL.
    pub fn location(&self) -> crate::store::Location {
        crate::store::Location::parse(&self.db.to_string_lossy())
    }

    /// The desk on the existing database, open for writing.
    pub fn desk(&self) -> Result<Desk, Failure> {
        self.desk_at(&self.db, false)
    }

    /// The desk on the existing database, open read-only: for commands that only read, so a
    /// wrong `--db` is never changed and a read never takes the write lock.
    pub fn reader(&self) -> Result<Desk, Failure> {
        let store = Store::open_at(&self.location(), Access::Read)?;
        Ok(Desk::new(store, self.now, self.actor.clone()))
    }

    /// Whether the time is fixed by `FACTDESK_NOW` (a test run): a server then keeps it fixed
    /// instead of reading the system clock per request.
    pub fn clock_is_fixed(&self) -> bool {
        std::env::var_os(FIXED_CLOCK).is_some()
    }

    pub fn desk_at(&self, path: &Path, create: bool) -> Result<Desk, Failure> {
        let access = if create {
            Access::Create
        } else {
            Access::Write
        };
        let location = crate::store::Location::parse(&path.to_string_lossy());
        let store = Store::open_at(&location, access)?;
        Ok(Desk::new(store, self.now, self.actor.clone()).sharing_outbox(self.outbox.clone()))
    }
}

/// The actor the command line names (`--as`, or `FACTDESK_USER` through clap); an empty handle
/// names nobody.
pub fn actor_of(cli: &Cli) -> Option<Actor> {
    cli.actor
        .as_deref()
        .filter(|a| !a.is_empty())
        .map(Actor::from_cli)
}

/// The environment variable that fixes the clock, and the switch without which it is refused.
const FIXED_CLOCK: &str = "FACTDESK_NOW";
const TEST_SWITCH: &str = "FACTDESK_TESTING";

/// The current time. Tests fix it with `FACTDESK_NOW` (RFC 3339), which is honoured only when
/// `FACTDESK_TESTING=1` says this is a test run: otherwise anyone could date a check before the
/// article existed (issue 11). A malformed value is an error, never a silent fall back to the
/// clock. The desk also refuses any write dated before the article's last event.
fn clock() -> Result<DateTime<Utc>, Failure> {
    let Some(fixed) = std::env::var_os(FIXED_CLOCK) else {
        return Ok(Utc::now());
    };
    if std::env::var_os(TEST_SWITCH).is_none_or(|v| v != "1") {
        return Err(Failure::Error(format!(
            "{FIXED_CLOCK} is set, but a fixed clock is for test runs only ({TEST_SWITCH}=1): unset {FIXED_CLOCK}"
        )));
    }
    let text = fixed.to_string_lossy();
    DateTime::parse_from_rfc3339(&text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            Failure::Error(format!(
                "{FIXED_CLOCK}='{text}' is not an RFC 3339 time ({e}): e.g. 2026-01-17T09:00:00Z"
            ))
        })
}
