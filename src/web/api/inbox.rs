//! The signed-in reviewer's inbox over the API: `GET /api/v1/inbox` (`inbox --json`) and
//! `POST /api/v1/inbox/read` (`inbox --read` / `--read-all`). Only ever the caller's own.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};

use super::json;
use crate::desk::ReadOutcome;
use crate::model::Notification;
use crate::web::{AppState, SignedIn, WebError};

#[derive(serde::Deserialize)]
pub struct InboxQuery {
    /// `1`: read ones too.
    all: Option<u8>,
}

/// `GET /api/v1/inbox?all=1`: the caller's notifications, newest first.
pub async fn list(
    State(state): State<AppState>,
    user: SignedIn,
    Query(query): Query<InboxQuery>,
) -> Result<Json<Vec<Notification>>, WebError> {
    let all = query.all == Some(1);
    Ok(Json(state.desk(&user, move |desk| desk.inbox(all)).await?))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ReadRequest {
    #[serde(default)]
    ids: Vec<i64>,
    #[serde(default)]
    all: bool,
}

/// `POST /api/v1/inbox/read` with `{"ids": [..]}` or `{"all": true}`: marks them read.
pub async fn read(
    State(state): State<AppState>,
    user: SignedIn,
    body: Bytes,
) -> Result<Json<ReadOutcome>, WebError> {
    let request: ReadRequest = json::parse(&body)?;
    // Exactly one of the two: ids, or all.
    if request.all != request.ids.is_empty() {
        return Err(WebError::bad_request(
            "name the notifications to mark read, or all of them",
            "send {\"ids\": [3, 4]} or {\"all\": true}",
        ));
    }
    let outcome = state
        .desk(&user, move |desk| {
            if request.all {
                desk.mark_all_read()
            } else {
                desk.mark_read(&request.ids)
            }
        })
        .await?;
    Ok(Json(outcome))
}
