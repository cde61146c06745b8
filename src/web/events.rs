//! Live updates: what changed on the desk, broadcast to every open page as server-sent events
//! (`GET /events`). A handler that wrote publishes a [`DeskEvent`] after its transaction
//! committed; a page listening reloads the part it shows.

use std::convert::Infallible;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::routing::get;
use futures_util::stream::{self, Stream};
use tokio::sync::broadcast::error::RecvError;

use super::{AppState, SignedIn};

/// What happened, named as the SSE event (`event: check`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// A check was recorded on a statement.
    Check,
    /// A statement was assigned (or unassigned).
    Assignment,
    /// A new article arrived.
    Ingest,
    /// A new draft of an article arrived.
    Revision,
    /// The gate or the publication changed without a check: changed elements confirmed, a
    /// finding dismissed, the article published.
    Gate,
    /// A query to the writer was asked, answered or resolved.
    Query,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Check => "check",
            EventKind::Assignment => "assignment",
            EventKind::Ingest => "ingest",
            EventKind::Revision => "revision",
            EventKind::Gate => "gate",
            EventKind::Query => "query",
        }
    }
}

/// One change, as the event's JSON data.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DeskEvent {
    pub kind: EventKind,
    /// The article's slug.
    pub article: String,
    /// The statements concerned (a check: one; an assignment: those handed out).
    pub statements: Vec<crate::model::StatementId>,
    /// The revision, for an ingest or a new draft.
    pub revision: Option<u32>,
    /// The signed-in reviewer who did it.
    pub by: String,
}

pub fn routes() -> Router<AppState> {
    Router::new().route("/events", get(events))
}

/// The event stream of a signed-in reader. It ends when the server shuts down; a reader that
/// fell behind gets a `lagged` event (reload what you show) instead of the events it missed.
async fn events(
    State(state): State<AppState>,
    _user: SignedIn,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let receiver = state.subscribe();
    let stopping = state.stopping();
    let stream = stream::unfold(
        (receiver, stopping),
        |(mut receiver, mut stopping)| async move {
            if *stopping.borrow() {
                return None;
            }
            let event = tokio::select! {
                _ = stopping.changed() => return None,
                received = receiver.recv() => match received {
                    Ok(event) => Event::default()
                        .event(event.kind.as_str())
                        .json_data(&event)
                        .unwrap_or_else(|_| lagged()),
                    Err(RecvError::Lagged(_)) => lagged(),
                    Err(RecvError::Closed) => return None,
                },
            };
            Some((Ok(event), (receiver, stopping)))
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}

/// Tells a page it missed events: it should reload what it shows.
fn lagged() -> Event {
    Event::default().event("lagged").data("{}")
}
