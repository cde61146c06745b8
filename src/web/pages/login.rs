//! `GET /login`: the sign-in form. It posts `handle` and `password` (and the CSRF token) to
//! `/login`, which the server's authentication answers.

use askama::Template;

use super::error::PageError;
use super::view::Chrome;

#[derive(Template)]
#[template(path = "web/login.html")]
pub struct LoginPage {
    pub chrome: Chrome,
    pub error: Option<String>,
    /// Where to go once signed in (a path on this site).
    pub next: String,
    pub handle: String,
}

pub fn render(
    chrome: Chrome,
    error: Option<String>,
    next: &str,
    handle: &str,
) -> Result<String, PageError> {
    Ok(LoginPage {
        chrome,
        error,
        next: local_path(next).to_string(),
        handle: handle.to_string(),
    }
    .render()?)
}

/// `next` when it is a path on this site, else `/queue`: a sign-in link cannot send the
/// reviewer to another site once signed in.
pub fn local_path(next: &str) -> &str {
    let local = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    if local { next } else { "/queue" }
}
