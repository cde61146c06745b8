//! What every handler shares: where the database is, the clock, the event broadcast, the
//! sign-in throttle and how the server was started.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use tokio::sync::{broadcast, watch};

use super::error::WebError;
use super::events::DeskEvent;
use super::session::SignedIn;
use super::throttle::Throttle;
use crate::desk::{self, Actor, Desk};
use crate::store::{Location, Pool};

/// The current time. The command line passes the system clock (or a test's fixed one), so the
/// library never reads it, and tests can move it (session expiry, throttling).
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// How the server was started (`factdesk serve` flags).
#[derive(Debug, Clone)]
pub struct Config {
    /// Cookies get `Secure` (the server is behind https).
    pub secure_cookies: bool,
    /// A reverse proxy in front sets `X-Forwarded-For` and `X-Forwarded-Proto`: trust them for
    /// the client's address (throttling) and for `Secure` cookies. Off by default, since anyone
    /// can send those headers to a server facing clients directly.
    pub trusted_proxy: bool,
    /// How long a session lasts after sign-in.
    pub session_ttl: chrono::Duration,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            secure_cookies: false,
            trusted_proxy: false,
            session_ttl: chrono::Duration::hours(12),
        }
    }
}

/// Cheap to clone: one `Arc`.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    /// The database's connections (`db` as `--db` named it).
    pool: Pool,
    clock: Clock,
    config: Config,
    events: broadcast::Sender<DeskEvent>,
    throttle: Mutex<Throttle>,
    /// Becomes true when the server shuts down, so event streams end and let it.
    stopping: watch::Sender<bool>,
}

impl Drop for Inner {
    /// The idle connections close on a thread of their own: a PostgreSQL client closes by
    /// blocking on its own runtime, which panics on a thread that drives the server's (the last
    /// clone of the state is often dropped there, as the server stops).
    fn drop(&mut self) {
        let idle = self.pool.drain();
        if !idle.is_empty() {
            let _ = std::thread::spawn(move || drop(idle)).join();
        }
    }
}

/// How many connections wait idle between requests (more are opened under load, and closed
/// when given back beyond this).
const POOL_IDLE: usize = 8;

/// How many events a slow event stream may fall behind before it skips (and the page reloads
/// what it shows).
const EVENT_BACKLOG: usize = 256;

impl AppState {
    /// The state for a database that exists and is migrated (`Store::open` once at start-up).
    pub fn new(db: PathBuf, clock: Clock, config: Config) -> AppState {
        let (events, _) = broadcast::channel(EVENT_BACKLOG);
        let (stopping, _) = watch::channel(false);
        AppState {
            inner: Arc::new(Inner {
                pool: Pool::new(Location::parse(&db.to_string_lossy()), POOL_IDLE),
                clock,
                config,
                events,
                throttle: Mutex::new(Throttle::default()),
                stopping,
            }),
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        (self.inner.clock)()
    }

    /// The database's connections, for work outside a request (the webhook deliverer).
    pub fn pool(&self) -> &Pool {
        &self.inner.pool
    }

    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// Runs a desk use case as `user`, on a blocking thread, with its own connection. The
    /// identity is the signed-in reviewer's, whatever the request says.
    pub async fn desk<T, F>(&self, user: &SignedIn, work: F) -> Result<T, WebError>
    where
        T: Send + 'static,
        F: FnOnce(&Desk) -> desk::Result<T> + Send + 'static,
    {
        self.run(Some(user.actor().clone()), work).await
    }

    /// Runs a use case with nobody acting: sign-in and the session lookup that finds who is.
    pub(crate) async fn anonymous_desk<T, F>(&self, work: F) -> Result<T, WebError>
    where
        T: Send + 'static,
        F: FnOnce(&Desk) -> desk::Result<T> + Send + 'static,
    {
        self.run(None, work).await
    }

    async fn run<T, F>(&self, actor: Option<Actor>, work: F) -> Result<T, WebError>
    where
        T: Send + 'static,
        F: FnOnce(&Desk) -> desk::Result<T> + Send + 'static,
    {
        let state = self.clone();
        let now = self.now();
        // A blocking task runs to its end even if the client goes away: the transaction
        // commits or rolls back as a whole.
        tokio::task::spawn_blocking(move || {
            let store = state.inner.pool.get()?;
            let desk = Desk::new(store, now, actor);
            let outcome = work(&desk);
            state.inner.pool.put(desk.into_store());
            outcome
        })
        .await
        .map_err(|e| WebError::internal(format!("a request's work failed: {e}")))?
        .map_err(WebError::from)
    }

    /// Tells every open event stream what happened. Nobody listening is fine.
    pub fn publish(&self, event: DeskEvent) {
        let _ = self.inner.events.send(event);
    }

    pub(crate) fn subscribe(&self) -> broadcast::Receiver<DeskEvent> {
        self.inner.events.subscribe()
    }

    pub(crate) fn stopping(&self) -> watch::Receiver<bool> {
        self.inner.stopping.subscribe()
    }

    /// Ends the event streams (graceful shutdown waits for every open response).
    pub fn shut_down(&self) {
        self.inner.stopping.send_replace(true);
    }

    pub(crate) fn throttle(&self) -> std::sync::MutexGuard<'_, Throttle> {
        // A panic while holding the lock leaves counters, not broken data: keep using them.
        self.inner
            .throttle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
