//! `GET /statements/{id}`: one statement in context, its kinds with their reasons, its history
//! and sources, its queries to the writer (their forms post to `queries.rs`), and the full check form (several sources, items, note); `POST
//! /statements/{id}/check` records the check through the desk and moves on to the next
//! statement of the reviewer's queue.

use askama::Template;

use super::error::PageError;
use super::view::{CheckForm, Chrome, InContext, WordPiece, word_pieces};
use crate::desk::{CheckInput, Desk, StatementDetail};
use crate::model::{Check, Query, StatementId, Status};

/// One line of the history as the page shows it.
pub struct HistoryRow {
    pub at: String,
    pub by: String,
    pub event: String,
    pub revision: Option<u32>,
    pub detail: Option<String>,
    pub new_text: Option<String>,
    pub check: Option<Check>,
    pub pieces: Vec<WordPiece>,
}

#[derive(Template)]
#[template(path = "web/statement.html")]
pub struct StatementPage {
    pub chrome: Chrome,
    pub d: StatementDetail,
    pub context: InContext,
    pub since_pieces: Vec<WordPiece>,
    pub kinds: Vec<(&'static str, Vec<String>)>,
    pub history: Vec<HistoryRow>,
    pub form: CheckForm,
    /// The queries to the writer about this statement, oldest first.
    pub queries: Vec<Query>,
    /// The statements before and after it in the reviewer's queue.
    pub prev: Option<StatementId>,
    pub next: Option<StatementId>,
}

pub fn render(desk: &Desk, chrome: Chrome, id: StatementId) -> Result<String, PageError> {
    let d = desk.statement_detail(id)?;
    let queue = queue_ids(desk)?;
    let (prev, next) = neighbours(&queue, id);
    let kinds = d
        .statement
        .kinds
        .iter()
        .map(|kind| {
            let words = d.statement.reasons.get(&kind).cloned().unwrap_or_default();
            (kind.as_str(), words)
        })
        .collect();
    let history = d
        .history
        .iter()
        .map(|e| HistoryRow {
            at: e.at.clone(),
            by: e.by.clone(),
            event: e.event.clone(),
            revision: e.revision,
            detail: e.detail.clone(),
            new_text: e.new_text.clone(),
            check: e.check.clone(),
            pieces: word_pieces(&e.edits),
        })
        .collect();
    let page = StatementPage {
        context: InContext::new(&d.paragraph_text, &d.statement),
        since_pieces: d
            .since_check
            .as_ref()
            .map(|s| word_pieces(&s.edits))
            .unwrap_or_default(),
        form: CheckForm::new(id, d.items.clone(), &chrome, 2, "statement"),
        queries: desk.queries_of_statement(id)?,
        kinds,
        history,
        prev,
        next,
        chrome,
        d,
    };
    Ok(page.render()?)
}

/// The ids of the acting reviewer's queue, in order (empty for a reviewer with none).
fn queue_ids(desk: &Desk) -> Result<Vec<StatementId>, PageError> {
    Ok(desk.queue()?.iter().map(|e| e.statement.id).collect())
}

/// The statements before and after `id` in `queue`; for a statement not in it, the queue's
/// first is next.
fn neighbours(
    queue: &[StatementId],
    id: StatementId,
) -> (Option<StatementId>, Option<StatementId>) {
    match queue.iter().position(|q| *q == id) {
        Some(at) => (
            at.checked_sub(1).map(|p| queue[p]),
            queue.get(at + 1).copied(),
        ),
        None => (None, queue.first().copied()),
    }
}

/// Records a posted check and says where to go next: the URL of the next statement to work,
/// from the queue as it stood before the check (the checked one usually leaves it); and the
/// article's slug.
pub fn check(
    desk: &Desk,
    id: StatementId,
    pairs: &[(String, String)],
) -> Result<(String, String), PageError> {
    let posted = super::check_form::read(pairs)?;
    let status = posted
        .status
        .ok_or_else(|| PageError::bad_request("choose a status: verified, incorrect, disputed…"))?;
    let slug = desk.statement_detail(id)?.statement.article;
    let queue = queue_ids(desk)?;
    let (prev, next) = neighbours(&queue, id);
    let check = desk.check(&CheckInput {
        statement: id,
        status,
        sources: &posted.sources,
        note: posted.note.as_deref(),
        items: &posted.items,
        excepted: &posted.excepted,
    })?;
    let said = format!("said=checked&id={id}&status={}", check.status);
    // An in-progress statement stays in the queue: the next one is still the one after it.
    let next = next.or(prev.filter(|_| check.status != Status::InProgress));
    let to = match (posted.next.as_str(), next) {
        ("article", _) => format!("/articles/{slug}?{said}#s{id}"),
        ("queue", Some(next)) => format!("/queue?{said}#q-{next}"),
        ("queue", None) => format!("/queue?{said}"),
        (_, Some(next)) => format!("/statements/{next}?{said}"),
        (_, None) => format!("/statements/{id}?{said}"),
    };
    Ok((to, slug))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_in_and_out_of_the_queue() {
        let q = [StatementId(3), StatementId(5), StatementId(9)];
        assert_eq!(neighbours(&q, q[1]), (Some(q[0]), Some(q[2])));
        assert_eq!(neighbours(&q, q[0]), (None, Some(q[1])));
        assert_eq!(neighbours(&q, q[2]), (Some(q[1]), None));
        assert_eq!(neighbours(&q, StatementId(7)), (None, Some(q[0])));
    }
}
