//! Signing in and out: `POST /login` (the form's `handle`, `password` and `next`) and
//! `POST /logout`. The form itself (`GET /login`) is a page; it shows the outcome of a failed
//! attempt from the query this handler redirects to (`?error=failed` or `?error=throttled`).

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::{Form, Router};

use super::session::{self, cleared_cookie, over_https, percent_encode, session_cookie};
use super::{AppState, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/login", post(sign_in))
        .route("/logout", post(sign_out))
}

#[derive(serde::Deserialize)]
pub struct SignInForm {
    handle: String,
    password: String,
    #[serde(default)]
    next: Option<String>,
}

/// Where to go after signing in: a path on this server, never another site.
fn local_path(next: Option<&str>) -> &str {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => {
            path
        }
        _ => "/",
    }
}

/// The client's address, for throttling: the socket's peer, or with `--trusted-proxy` the
/// address the proxy appended last to `X-Forwarded-For`.
fn client_address(state: &AppState, headers: &HeaderMap, peer: Option<SocketAddr>) -> String {
    if state.config().trusted_proxy
        && let Some(forwarded) = headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .map(str::trim)
            .filter(|v| !v.is_empty())
    {
        return forwarded.to_string();
    }
    peer.map(|p| p.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// The socket's peer address; absent when the router is called without a socket (tests).
pub struct Peer(Option<SocketAddr>);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(Peer(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|info| info.0),
        ))
    }
}

async fn sign_in(
    State(state): State<AppState>,
    Peer(peer): Peer,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> Result<Response, WebError> {
    let next = local_path(form.next.as_deref()).to_string();
    let back = |error: &str| {
        Redirect::to(&format!(
            "/login?error={error}&next={}",
            percent_encode(&next)
        ))
        .into_response()
    };
    let address = client_address(&state, &headers, peer);
    let handle = form.handle.trim().to_string();
    if !state.throttle().allows(&handle, &address, state.now()) {
        return Ok(back("throttled"));
    }
    let ttl = state.config().session_ttl;
    let password = form.password;
    let attempt = {
        let handle = handle.clone();
        state
            .anonymous_desk(move |desk| desk.sign_in(&handle, &password, ttl))
            .await
    };
    match attempt? {
        Some(opened) => {
            state.throttle().succeeded(&handle);
            let mut response = Redirect::to(&next).into_response();
            response.headers_mut().insert(
                header::SET_COOKIE,
                session_cookie(
                    &opened.secret,
                    ttl.num_seconds(),
                    over_https(&state, &headers),
                ),
            );
            Ok(response)
        }
        None => {
            state.throttle().failed(&handle, &address, state.now());
            Ok(back("failed"))
        }
    }
}

/// Ends the session (the CSRF check has passed: a cross-site page cannot sign anyone out).
async fn sign_out(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, WebError> {
    if let Some(secret) = session::session_secret(&headers) {
        let secret = secret.to_string();
        state
            .anonymous_desk(move |desk| desk.sign_out(&secret))
            .await?;
    }
    let mut response = Redirect::to("/login").into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        cleared_cookie(over_https(&state, &headers)),
    );
    Ok(response)
}
