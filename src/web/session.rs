//! Who is signed in: the [`SignedIn`] extractor, from the session cookie or, on `/api/`, a
//! bearer token. The identity comes only from there, never from a request parameter.

use axum::extract::{FromRequestParts, OptionalFromRequestParts, OriginalUri};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::csrf;
use super::error::WebError;
use crate::desk::Actor;
use crate::model::{Reviewer, Role};

/// The session cookie's name. Its value is the session's random secret (64 hex digits); the
/// database keeps only its SHA-256.
pub const SESSION_COOKIE: &str = "factdesk_session";

/// The signed-in reviewer a request acts as.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// Built here only, from what the session or token lookup found.
    actor: Actor,
    pub handle: String,
    pub name: String,
    pub role: Role,
    pub via: Via,
}

/// How the request proved who it is.
#[derive(Debug, Clone)]
pub enum Via {
    /// A browser's session; writes need the CSRF token derived from it.
    Session { csrf: String },
    /// An API token (automation); it is not sent by browsers on their own, so no CSRF token.
    Token,
}

impl SignedIn {
    fn new(reviewer: Reviewer, via: Via) -> SignedIn {
        SignedIn {
            actor: Actor::vouched_for(reviewer.handle.clone()),
            handle: reviewer.handle,
            name: reviewer.name,
            role: reviewer.role,
            via,
        }
    }

    /// The token a form of this session must send back as the field `csrf` (or the
    /// `X-CSRF-Token` header); empty for a token caller, which needs none.
    pub fn csrf_token(&self) -> &str {
        match &self.via {
            Via::Session { csrf } => csrf,
            Via::Token => "",
        }
    }

    /// The identity the desk's use cases record on every write.
    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    pub fn is_editor(&self) -> bool {
        self.role == Role::Editor
    }
}

/// The session secret in the request's cookies, if any.
pub(crate) fn session_secret(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.trim())
        .filter(|v| !v.is_empty())
}

/// The bearer token of an `Authorization` header, if any.
pub(crate) fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

/// The `Set-Cookie` value that stores a session in the browser.
pub(crate) fn session_cookie(secret: &str, max_age_secs: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={secret}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}"
    ))
    .expect("hex digits and fixed words make a valid header")
}

/// The `Set-Cookie` value that removes the session cookie.
pub(crate) fn cleared_cookie(secure: bool) -> HeaderValue {
    session_cookie("", 0, secure)
}

/// Whether the request reached us over https: the `--secure` flag, or a trusted proxy's
/// `X-Forwarded-Proto: https`.
pub(crate) fn over_https(state: &AppState, headers: &HeaderMap) -> bool {
    state.config().secure_cookies
        || (state.config().trusted_proxy
            && headers
                .get("x-forwarded-proto")
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("https")))
}

fn path_of(parts: &Parts) -> String {
    parts
        .extensions
        .get::<OriginalUri>()
        .map(|uri| uri.0.clone())
        .unwrap_or_else(|| parts.uri.clone())
        .path_and_query()
        .map(|pq| pq.as_str().to_string())
        .unwrap_or_else(|| "/".into())
}

/// Looks the caller up: a bearer token on `/api/`, else the session cookie.
async fn find(parts: &Parts, state: &AppState) -> Result<Option<SignedIn>, WebError> {
    let api = path_of(parts).starts_with("/api/");
    if api && let Some(token) = bearer_token(&parts.headers) {
        let token = token.to_string();
        let reviewer = state
            .anonymous_desk(move |desk| desk.token_reviewer(&token))
            .await?;
        return Ok(reviewer.map(|r| SignedIn::new(r, Via::Token)));
    }
    let Some(secret) = session_secret(&parts.headers) else {
        return Ok(None);
    };
    let csrf = csrf::token_for(secret);
    let secret = secret.to_string();
    let reviewer = state
        .anonymous_desk(move |desk| desk.session_reviewer(&secret))
        .await?;
    Ok(reviewer.map(|r| SignedIn::new(r, Via::Session { csrf })))
}

/// Nobody is signed in: a page goes to the sign-in form, the API answers 401.
pub enum NotSignedIn {
    Api,
    Page { next: String, htmx: bool },
    Failed(WebError),
}

impl IntoResponse for NotSignedIn {
    fn into_response(self) -> Response {
        match self {
            NotSignedIn::Api => WebError::unauthorized().into_response(),
            NotSignedIn::Failed(err) => err.into_response(),
            NotSignedIn::Page { next, htmx } => {
                let target = format!("/login?next={}", percent_encode(&next));
                if htmx {
                    // htmx follows a redirect inside the swapped element; this moves the page.
                    let mut response = StatusCode::UNAUTHORIZED.into_response();
                    if let Ok(value) = HeaderValue::from_str(&target) {
                        response.headers_mut().insert("hx-redirect", value);
                    }
                    response
                } else {
                    Redirect::to(&target).into_response()
                }
            }
        }
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = NotSignedIn;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(user) = parts.extensions.get::<SignedIn>() {
            return Ok(user.clone());
        }
        match find(parts, state).await {
            Ok(Some(user)) => {
                parts.extensions.insert(user.clone());
                Ok(user)
            }
            Ok(None) => {
                let path = path_of(parts);
                if path.starts_with("/api/") {
                    Err(NotSignedIn::Api)
                } else {
                    Err(NotSignedIn::Page {
                        next: path,
                        htmx: parts.headers.contains_key("hx-request"),
                    })
                }
            }
            Err(err) => Err(NotSignedIn::Failed(err)),
        }
    }
}

impl OptionalFromRequestParts<AppState> for SignedIn {
    type Rejection = WebError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, Self::Rejection> {
        match <SignedIn as FromRequestParts<AppState>>::from_request_parts(parts, state).await {
            Ok(user) => Ok(Some(user)),
            Err(NotSignedIn::Failed(err)) => Err(err),
            Err(_) => Ok(None),
        }
    }
}

/// Escapes a local path for a query parameter.
pub(crate) fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
