//! CSRF protection for forms signed in by cookie: each session has a token, derived from the
//! session's secret (an HMAC of it), so nothing more is stored and a page can always print it.
//! A cross-site page cannot read it, so cannot send it. Every write made with the session
//! cookie must carry it; a request with no session cookie has no ambient authority to abuse and
//! goes on to the handler (which refuses it as not signed in), and a bearer token is never sent by
//! a browser on its own.

use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::error::WebError;
use super::session::{bearer_token, session_secret};

/// The form field that carries the token.
pub const CSRF_FIELD: &str = "csrf";
/// The header that carries it (htmx and scripts).
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The CSRF token of the session whose cookie secret is `session_secret`.
pub fn token_for(session_secret: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(session_secret.as_bytes())
        .expect("HMAC takes a key of any length");
    mac.update(b"factdesk csrf token v1");
    crate::desk::secret_hex(&mac.finalize().into_bytes())
}

/// Compares without stopping at the first difference, so timing tells nothing of the token.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn unsafe_method(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn refused(why: &str) -> Response {
    WebError::new(
        StatusCode::FORBIDDEN,
        format!("refused: {why}"),
        "reload the page and submit the form again (each form carries the session's CSRF token)",
    )
    .into_response()
}

/// The middleware: lets safe methods, bearer-token calls and cookie-less requests through, and
/// requires the token of the cookie's session on every other write.
pub async fn guard(request: Request, next: Next) -> Response {
    if !unsafe_method(request.method()) || bearer_token(request.headers()).is_some() {
        return next.run(request).await;
    }
    let Some(secret) = session_secret(request.headers()) else {
        return next.run(request).await;
    };
    let expected = token_for(secret);
    if header_token(request.headers()).is_some_and(|t| same(t, &expected)) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    // The body limit layer outside this one bounds what is buffered here.
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(_) => {
            return WebError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "the request body is too large",
                "send at most 5 MiB of text",
            )
            .into_response();
        }
    };
    let copy =
        |bytes: &axum::body::Bytes| Request::from_parts(parts.clone(), Body::from(bytes.clone()));
    let found = form_token(copy(&bytes), &parts.headers).await;
    match found {
        Some(token) if same(&token, &expected) => next.run(copy(&bytes)).await,
        Some(_) => refused("the form's CSRF token does not match this session"),
        None => refused("the form carries no CSRF token"),
    }
}

fn header_token(headers: &HeaderMap) -> Option<&str> {
    headers.get(CSRF_HEADER)?.to_str().ok()
}

/// The `csrf` field of an urlencoded or multipart form.
async fn form_token(request: Request, headers: &HeaderMap) -> Option<String> {
    let content_type = headers
        .get(header::CONTENT_TYPE)?
        .to_str()
        .ok()?
        .to_ascii_lowercase();
    if content_type.starts_with("application/x-www-form-urlencoded") {
        #[derive(serde::Deserialize)]
        struct Field {
            csrf: Option<String>,
        }
        let axum::Form(field) = axum::Form::<Field>::from_request(request, &()).await.ok()?;
        return field.csrf;
    }
    if content_type.starts_with("multipart/form-data") {
        let mut multipart = Multipart::from_request(request, &()).await.ok()?;
        while let Ok(Some(field)) = multipart.next_field().await {
            if field.name() == Some(CSRF_FIELD) {
                return field.text().await.ok();
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_session_has_its_own_token() {
        let a = token_for("aaaa");
        assert_eq!(a, token_for("aaaa"));
        assert_ne!(a, token_for("aaab"));
        assert_eq!(a.len(), 64);
        assert!(same(&a, &token_for("aaaa")));
        assert!(!same(&a, &token_for("aaab")));
        assert!(!same(&a, &a[..63]));
    }
}
