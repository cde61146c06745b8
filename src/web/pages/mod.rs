//! The web desk's pages: one file per resource, each a plain function from the desk's use cases
//! to an askama template (`templates/web/`), and the thin handlers that call them. Every rule
//! is the desk's; a page only reads what the desk answers and posts what the reviewer chose.
//! Every string from the database is escaped by askama; nothing here marks one safe.

pub mod article;
pub mod assets;
pub mod check_form;
pub mod diff;
pub mod error;
pub mod inbox;
pub mod login;
pub mod overview;
pub mod queries;
pub mod queue;
pub mod report;
mod routes;
pub mod statement;
pub mod upload;
pub mod view;

pub use routes::routes;

#[cfg(test)]
mod tests;

/// The one-line message a page shows after a write, from the redirect's query (`said=checked&
/// id=12&status=verified`). Only known words and numbers make it into the message.
pub fn flash(query: &std::collections::HashMap<String, String>) -> Option<String> {
    let number = |name: &str| {
        query
            .get(name)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    let status = query
        .get("status")
        .and_then(|s| s.parse::<crate::model::Status>().ok());
    match query.get("said").map(String::as_str)? {
        "checked" => Some(match status {
            Some(status) => format!("Recorded #{}: {status}.", number("id")),
            None => format!("Recorded #{}.", number("id")),
        }),
        "assigned" => Some(format!("Assigned {} statement(s).", number("n"))),
        "confirmed" => Some("Confirmed the changed elements: they no longer hold the gate.".into()),
        "unchanged" => {
            Some("Nothing to confirm: no element changed since the last confirmation.".into())
        }
        "dismissed" => Some("Dismissed the finding: it no longer holds the gate.".into()),
        "asked" => Some("Your query is with the writer.".into()),
        "answered" => Some("Answered the query.".into()),
        "resolved" => Some("Resolved the query.".into()),
        "published" => Some("Recorded the publication.".into()),
        "read" => Some(format!("Marked {} notification(s) read.", number("n"))),
        "ingested" => Some("The article is on the desk.".into()),
        "revised" => Some(format!(
            "The new revision is in: {} checked statement(s) changed words and are back in their queues.",
            number("n")
        )),
        _ => None,
    }
}
