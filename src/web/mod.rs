//! The web desk (`factdesk serve`): a second front end beside `cli/`, as thin as it. A handler
//! turns a request into a call of a [`crate::desk`] use case and its answer into HTML or JSON; the
//! rules (who may check, waive, assign) are the desk's, never re-implemented here.
//!
//! # The contract for handlers (pages and API)
//!
//! - **Routes** are assembled in one place, [`router`]: `pages::routes()` (the HTML pages,
//!   including the `GET /login` form), `api::routes()` (`/api/v1/...`), `login::routes()`
//!   (`POST /login`, `POST /logout`) and `events::routes()` (`GET /events`, server-sent events).
//!   Each returns a `Router<AppState>` with absolute paths.
//! - **State**: [`AppState`]. [`AppState::desk`] runs a use case for the signed-in reviewer on a
//!   blocking thread (rusqlite is synchronous) with its own connection and the current time; each
//!   use case is one transaction, so a request never leaves a half write. [`AppState::publish`]
//!   tells open pages what changed ([`DeskEvent`]).
//! - **Identity**: the [`SignedIn`] extractor, from the session cookie (and on `/api/` from an
//!   `Authorization: Bearer` token). Without one, a page answers `303` to `/login?next=PATH`
//!   (htmx requests get `HX-Redirect`), an `/api/` route `401` with JSON. `Option<SignedIn>`
//!   never refuses. The identity never comes from a request parameter.
//! - **CSRF**: every POST/PUT/PATCH/DELETE that carries the session cookie must carry the
//!   session's token, as the form field `csrf` (urlencoded or multipart) or the `X-CSRF-Token`
//!   header; [`SignedIn::csrf_token`] gives it for a form. A middleware refuses the rest with 403
//!   before any handler runs, so handlers do not check it. Browsers' `Origin`/`Sec-Fetch-Site`
//!   are checked too (cross-site writes, the sign-in form included, are refused).
//! - **Errors**: [`WebError`] from a desk error, its status from the kind of error; as a
//!   response it is JSON `{"error", "hint"}`; pages may render it their own way.
//! - **Webhook**: [`serve`] runs [`deliverer::run`] beside the requests: it sends the outbox's
//!   events after each write the server publishes, and on a timer.

pub mod api;
mod csrf;
pub mod deliverer;
mod error;
mod events;
mod layers;
mod login;
pub mod pages;
mod session;
mod state;
mod throttle;

use std::net::SocketAddr;

use axum::Router;

pub use csrf::{CSRF_FIELD, CSRF_HEADER, token_for as csrf_token_for};
pub use error::WebError;
pub use events::{DeskEvent, EventKind};
pub use session::{SESSION_COOKIE, SignedIn};
pub use state::{AppState, Clock, Config};

/// The whole application: every route, behind the layers of [`layers::around`].
pub fn router(state: AppState) -> Router {
    let timed = Router::new()
        .merge(pages::routes())
        .merge(api::routes())
        .merge(login::routes())
        .layer(layers::timeout());
    // Event streams stay open: they are not under the request timeout.
    let app = timed.merge(events::routes());
    layers::around(app, state.clone()).with_state(state)
}

/// Serves `router(state)` on `listener` until `shutdown` resolves; then stops accepting, ends the
/// event streams and waits for the requests in flight.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let streams = state.clone();
    tokio::spawn(deliverer::run(state.clone()));
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            shutdown.await;
            streams.shut_down();
        })
        .await
}
