//! A page that could not be shown or a form the desk refused: one clear message on a page of
//! its own, with the HTTP status that says why. The message is the desk's own (what, and what
//! to do); the page escapes it like any text.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use super::view::Chrome;
use crate::desk::{DeskError, ErrorKind};

#[derive(Debug)]
pub struct PageError {
    pub status: StatusCode,
    pub message: String,
}

impl PageError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> PageError {
        PageError {
            status,
            message: message.into(),
        }
    }

    pub fn bad_request(message: impl Into<String>) -> PageError {
        PageError::new(StatusCode::BAD_REQUEST, message)
    }
}

impl From<DeskError> for PageError {
    fn from(err: DeskError) -> PageError {
        let status = match err.kind() {
            ErrorKind::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorKind::Unidentified => StatusCode::UNAUTHORIZED,
            ErrorKind::Forbidden => StatusCode::FORBIDDEN,
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::Conflict => StatusCode::CONFLICT,
            ErrorKind::Busy | ErrorKind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ErrorKind::Broken => StatusCode::INTERNAL_SERVER_ERROR,
        };
        PageError::new(status, err.to_string())
    }
}

impl From<askama::Error> for PageError {
    fn from(err: askama::Error) -> PageError {
        PageError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("the page could not be drawn: {err}"),
        )
    }
}

#[derive(Template)]
#[template(path = "web/error.html")]
struct ErrorPage<'a> {
    chrome: &'a Chrome,
    heading: &'a str,
    message: &'a str,
    back: &'a str,
}

/// The error as a page inside the desk's chrome.
pub fn error_page(chrome: &Chrome, err: &PageError, back: &str) -> Response {
    let heading = match err.status {
        StatusCode::NOT_FOUND => "Not found",
        StatusCode::FORBIDDEN => "Not allowed",
        StatusCode::UNPROCESSABLE_ENTITY | StatusCode::BAD_REQUEST => "That did not go in",
        StatusCode::CONFLICT => "Someone else wrote first",
        _ => "Something went wrong",
    };
    let page = ErrorPage {
        chrome,
        heading,
        message: &err.message,
        back,
    };
    match page.render() {
        Ok(html) => (err.status, Html(html)).into_response(),
        Err(_) => (err.status, err.message.clone()).into_response(),
    }
}
