//! Reading a JSON request body into a typed request, with the API's error shape: 400 when the
//! body is not JSON, 422 when it is JSON of the wrong shape (an unknown status, a missing field).

use axum::http::StatusCode;
use serde::de::DeserializeOwned;

use crate::web::WebError;

pub fn parse<T: DeserializeOwned>(body: &[u8]) -> Result<T, WebError> {
    serde_json::from_slice(body).map_err(|e| {
        let status = if e.is_data() {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::BAD_REQUEST
        };
        WebError::new(
            status,
            format!("the request body: {e}"),
            "see docs/api.md for the fields each call takes",
        )
    })
}
