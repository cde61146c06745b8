//! The HTML pages of the web desk (issue 16 item 4): sign-in form, queue, statement, article,
//! diff, desk, report, upload. Owned by the pages' work; see the contract in `web/mod.rs`.

use axum::Router;

use super::AppState;

/// The page routes, merged into the application by `web::router`.
pub fn routes() -> Router<AppState> {
    Router::new()
}
