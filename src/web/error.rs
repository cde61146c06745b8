//! A desk error as HTTP: its status from the kind of error, and the JSON body `{"error", "hint"}`
//! every API error has (docs/api.md).

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::desk::{DeskError, ErrorKind};

#[derive(Debug, Clone)]
pub struct WebError {
    pub status: StatusCode,
    /// What is wrong, from the desk's own message.
    pub error: String,
    /// What to do about it, in the web's terms (never a command line).
    pub hint: String,
}

impl WebError {
    pub fn new(status: StatusCode, error: impl Into<String>, hint: impl Into<String>) -> Self {
        WebError {
            status,
            error: error.into(),
            hint: hint.into(),
        }
    }

    pub fn bad_request(error: impl Into<String>, hint: impl Into<String>) -> Self {
        WebError::new(StatusCode::BAD_REQUEST, error, hint)
    }

    pub fn unauthorized() -> Self {
        WebError::new(
            StatusCode::UNAUTHORIZED,
            "not signed in",
            "sign in at /login, or send an API token as `Authorization: Bearer TOKEN`",
        )
    }

    pub fn internal(error: impl Into<String>) -> Self {
        WebError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            error,
            "this is a fault of the server: its log says more",
        )
    }
}

impl From<DeskError> for WebError {
    fn from(err: DeskError) -> Self {
        let (status, hint) = match err.kind() {
            ErrorKind::Invalid => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "correct the request as the error says and send it again",
            ),
            ErrorKind::Unidentified => (
                StatusCode::UNAUTHORIZED,
                "sign in at /login, or send an API token as `Authorization: Bearer TOKEN`",
            ),
            ErrorKind::Forbidden => (
                StatusCode::FORBIDDEN,
                "the desk's rules do not allow this for the signed-in reviewer; ask an editor",
            ),
            ErrorKind::NotFound => (
                StatusCode::NOT_FOUND,
                "check the slug, id or handle: GET /api/v1/articles lists the articles",
            ),
            ErrorKind::Conflict => (
                StatusCode::CONFLICT,
                "the desk changed since the request was made: reload what it rests on and decide again",
            ),
            ErrorKind::Busy => (
                StatusCode::SERVICE_UNAVAILABLE,
                "another write held the database; nothing was written: try again",
            ),
            ErrorKind::Unavailable => (
                StatusCode::SERVICE_UNAVAILABLE,
                "the database cannot be reached; nothing was written: try again in a moment",
            ),
            ErrorKind::Broken => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "this is a fault of the server or its database: its log says more",
            ),
        };
        WebError::new(status, err.to_string(), hint)
    }
}

#[derive(serde::Serialize)]
struct Body<'a> {
    error: &'a str,
    hint: &'a str,
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let body = Body {
            error: &self.error,
            hint: &self.hint,
        };
        (self.status, Json(body)).into_response()
    }
}
