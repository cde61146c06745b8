//! The layers every response passes through (tower-http): the body limit, the request timeout,
//! security headers, the browser-origin check and the CSRF token check.

use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::IntoResponse;
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
        .layer(axum::middleware::map_response(too_large_as_json))
        .layer(CsrfLayer::new());
    for (name, value) in headers {
        app = app.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ));
    }
    app
}

/// The body limit answers 413 with a plain body; the API promises `{"error", "hint"}`.
async fn too_large_as_json(response: axum::response::Response) -> axum::response::Response {
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE
        && response.headers().get(header::CONTENT_TYPE)
            != Some(&HeaderValue::from_static("application/json"))
    {
        return WebError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is larger than {MAX_BODY_BYTES} bytes"),
            "an article may be at most 5 MiB",
        )
        .into_response();
    }
    response
}
