//! The server's webhook deliverer: a background task that sends what the desk's outbox holds
//! (`Desk::deliver`), right after each write the server makes (woken by the event broadcast)
//! and on a timer for retries and for writes made by the command line. It runs beside the
//! requests and never inside one, so a slow receiver holds up no page and no write.

use std::time::Duration;

use super::AppState;
use crate::desk::Desk;

/// How often the outbox is looked at when nothing wakes the deliverer.
const TICK: Duration = Duration::from_secs(5);

/// How long the server waits on a receiver (to connect, to send, for its reply).
const TIMEOUT: Duration = Duration::from_secs(5);

/// Delivers until the server stops.
pub async fn run(state: AppState) {
    let mut stopping = state.stopping();
    let mut events = state.subscribe();
    loop {
        let worker = state.clone();
        // Attempts are recorded by the desk; a failure to open the database waits for the
        // next turn.
        let _ = tokio::task::spawn_blocking(move || deliver_due(&worker)).await;
        tokio::select! {
            _ = stopping.changed() => return,
            _ = events.recv() => {}
            () = tokio::time::sleep(TICK) => {}
        }
        if *stopping.borrow() {
            return;
        }
    }
}

/// One pass over the outbox, on this thread.
pub fn deliver_due(state: &AppState) -> crate::desk::Result<usize> {
    let store = state.pool().get()?;
    let desk = Desk::new(store, state.now(), None);
    let attempted = desk.deliver(None, false, &mut |o| {
        crate::webhook::post(&o.target, &o.headers, &o.body, TIMEOUT)
    });
    state.pool().put(desk.into_store());
    Ok(attempted?.len())
}
