//! The JSON API under `/api/v1` (docs/api.md): the command line's JSON shapes (the same serde
//! types `--json` prints), for a CMS with a bearer token or a signed-in page.

mod reads;

use axum::Router;
use axum::routing::get;

use super::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/api/v1/queue", get(reads::queue))
}
