//! The layers every response passes through (tower-http): the body limit, the request timeout,
//! security headers, the browser-origin check and the CSRF token check.

use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tower_http::csrf::CsrfLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use super::AppState;
use super::error::WebError;

/// The largest request body: the command line's input limit (5 MiB of article), twice over
/// for JSON escaping or a multipart envelope. The desk still refuses text over 5 MiB itself.
pub const MAX_BODY_BYTES: usize = 2 * crate::desk::MAX_INPUT_BYTES as usize + 64 * 1024;

/// How long a request may take before it is answered 408 (an ingest of a 5 MiB draft takes
/// well under this). Event streams are not under it.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

pub fn timeout() -> TimeoutLayer {
    TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT)
}

/// The content security policy: everything from this server, nothing framed, no plugins, forms
/// only to here. The pages' htmx and CSS are served from the binary, so `'self'` is enough.
const CSP: &str = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

/// Wraps the application in the layers, outermost last.
pub fn around(app: Router<AppState>, _state: AppState) -> Router<AppState> {
    let headers = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "same-origin"),
    ];
    let mut app = app
        .layer(axum::middleware::from_fn(super::csrf::guard))
        // axum's own extractors would stop at 2 MB; the limit below is the one that holds.
        .layer(DefaultBodyLimit::disable())
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(CsrfLayer::new())
        .layer(axum::middleware::from_fn(api_errors_as_json));
    for (name, value) in headers {
        app = app.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ));
    }
    app
}

/// axum's own refusals (a path that is not a number, a query that does not parse, a route that
/// does not exist, a method it does not take) and the body limit answer in plain text; on
/// `/api/` every error is `{"error", "hint"}`.
async fn api_errors_as_json(request: Request, next: Next) -> Response {
    let api = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !api || is_json || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, 64 * 1024)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_string())
        .unwrap_or_default();
    let (error, hint) = match status {
        StatusCode::NOT_FOUND => (
            "no such API route".to_string(),
            "see docs/api.md for the routes under /api/v1",
        ),
        StatusCode::METHOD_NOT_ALLOWED => (
            "this route does not take that method".to_string(),
            "see docs/api.md for each route's method",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            format!("the request body is larger than {MAX_BODY_BYTES} bytes"),
            "an article may be at most 5 MiB",
        ),
        _ if text.is_empty() => (
            status.canonical_reason().unwrap_or("error").to_lowercase(),
            "see docs/api.md",
        ),
        _ => (text, "see docs/api.md for the parameters each route takes"),
    };
    let mut converted = WebError::new(status, error, hint).into_response();
    // Headers the refusal set (Allow on a 405) stay.
    for (name, value) in parts.headers.iter() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            converted.headers_mut().insert(name.clone(), value.clone());
        }
    }
    converted
}
