//! `GET /inbox`: the signed-in reviewer's notifications, newest first (the unread, or `?all=1`
//! every one), each with a link to its statement and a form that marks it read; `POST
//! /inbox/read` marks the ones posted (`id`, repeated) or every unread one (`all=1`).

use askama::Template;

use super::error::PageError;
use super::view::Chrome;
use crate::desk::Desk;
use crate::model::{Notification, time::rfc3339};

#[derive(Template)]
#[template(path = "web/inbox.html")]
pub struct InboxPage {
    pub chrome: Chrome,
    pub notifications: Vec<Notification>,
    pub all: bool,
}

impl InboxPage {
    fn at(&self, n: &Notification) -> String {
        rfc3339(&n.at)
    }
}

pub fn render(desk: &Desk, chrome: Chrome, all: bool) -> Result<String, PageError> {
    let notifications = desk.inbox(all)?;
    Ok(InboxPage {
        chrome,
        notifications,
        all,
    }
    .render()?)
}

/// Marks what the form posted read; where to go next.
pub fn mark_read(desk: &Desk, pairs: &[(String, String)]) -> Result<String, PageError> {
    let mark_all = pairs.iter().any(|(k, v)| k == "all" && v == "1");
    let outcome = if mark_all {
        desk.mark_all_read()?
    } else {
        let mut ids = Vec::new();
        for (key, value) in pairs.iter().filter(|(k, _)| k == "id") {
            let id = value.parse::<i64>().map_err(|_| {
                PageError::bad_request(format!("'{value}' is not a notification id ({key})"))
            })?;
            ids.push(id);
        }
        if ids.is_empty() {
            return Err(PageError::bad_request(
                "no notification was chosen to mark read".to_string(),
            ));
        }
        desk.mark_read(&ids)?
    };
    Ok(format!("/inbox?said=read&n={}", outcome.marked.len()))
}
