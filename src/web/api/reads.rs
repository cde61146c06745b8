//! The API's reads: each one use case of the desk, its value serialised as `--json` prints it.

use axum::Json;
use axum::extract::State;

use crate::desk::QueueEntry;
use crate::web::{AppState, SignedIn, WebError};

/// `GET /api/v1/queue`: the signed-in reviewer's open statements, oldest first (`queue --json`).
pub async fn queue(
    State(state): State<AppState>,
    user: SignedIn,
) -> Result<Json<Vec<QueueEntry>>, WebError> {
    Ok(Json(state.desk(&user, |desk| desk.queue()).await?))
}
