//! The JSON API under `/api/v1` (docs/api.md): the command line's JSON shapes (the same serde
//! types `--json` prints), for a CMS with a bearer token or a signed-in page. Errors are
//! `{"error", "hint"}` with the status of the desk error's kind.

mod draft;
mod inbox;
mod json;
mod reads;
mod writes;

use axum::Router;
use axum::routing::{get, post};

use super::AppState;

pub use reads::{DEFAULT_PAGE, MAX_PAGE};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/articles",
            get(reads::articles).post(writes::ingest),
        )
        .route("/api/v1/articles/{slug}", get(reads::article))
        .route("/api/v1/articles/{slug}/statements", get(reads::statements))
        .route("/api/v1/articles/{slug}/gate", get(reads::gate))
        .route("/api/v1/articles/{slug}/report", get(reads::report))
        .route("/api/v1/articles/{slug}/revisions", post(writes::revise))
        .route("/api/v1/queue", get(reads::queue))
        .route("/api/v1/inbox", get(inbox::list))
        .route("/api/v1/inbox/read", post(inbox::read))
        .route("/api/v1/statements/{id}", get(reads::statement))
        .route("/api/v1/statements/{id}/history", get(reads::history))
        .route("/api/v1/statements/{id}/checks", post(writes::check))
        .route("/api/v1/statements/{id}/assignment", post(writes::assign))
}
