//! `GET /queue`: the signed-in reviewer's open statements, oldest assignment first, each in its
//! paragraph with what changed since its last check, its checklist items and a check form.

use askama::Template;

use super::error::PageError;
use super::view::{CheckForm, Chrome, InContext, WordPiece, word_pieces};
use crate::desk::{Desk, QueueEntry};

/// One statement of the queue as the page shows it.
pub struct Card {
    pub entry: QueueEntry,
    pub context: InContext,
    /// For a stale statement: the word diff since its last check.
    pub since: Vec<WordPiece>,
    pub form: CheckForm,
}

#[derive(Template)]
#[template(path = "web/queue.html")]
pub struct QueuePage {
    pub chrome: Chrome,
    pub cards: Vec<Card>,
}

/// The queue page of the desk's acting reviewer.
pub fn render(desk: &Desk, chrome: Chrome) -> Result<String, PageError> {
    let cards = desk
        .queue()?
        .into_iter()
        .map(|entry| Card {
            context: InContext::new(&entry.paragraph_text, &entry.statement),
            since: entry
                .since_check
                .as_ref()
                .map(|s| word_pieces(&s.edits))
                .unwrap_or_default(),
            form: CheckForm::new(entry.statement.id, entry.items.clone(), &chrome, 1, "queue"),
            entry,
        })
        .collect();
    Ok(QueuePage { chrome, cards }.render()?)
}
