//! `GET /articles/{slug}/diff?from=N&to=M`: the statement-level changes between any two
//! revisions, with the words changed in each modified statement.

use askama::Template;

use super::error::PageError;
use super::view::{Chrome, WordPiece, word_pieces};
use crate::desk::Desk;
use crate::model::{Change, Diff, StatementId};

pub struct Row {
    pub change: &'static str,
    pub id: StatementId,
    /// Still in the latest revision: its page can be opened.
    pub current: bool,
    pub related: Option<StatementId>,
    pub old_text: String,
    pub new_text: String,
    pub pieces: Vec<WordPiece>,
}

#[derive(Template)]
#[template(path = "web/diff.html")]
pub struct DiffPage {
    pub chrome: Chrome,
    pub diff: Diff,
    pub latest: u32,
    pub tally: Vec<(&'static str, usize)>,
    pub rows: Vec<Row>,
}

pub fn render(
    desk: &Desk,
    chrome: Chrome,
    slug: &str,
    from: Option<u32>,
    to: Option<u32>,
) -> Result<String, PageError> {
    let diff = desk.diff(slug, from, to)?;
    let latest = desk.revision_view(slug, None)?.article.latest_revision;
    let tally = Change::ALL
        .iter()
        .map(|c| (c.as_str(), diff.count(*c)))
        .collect();
    let rows = diff
        .changes
        .iter()
        .filter(|c| c.change != Change::Unchanged)
        .map(|c| Row {
            change: c.change.as_str(),
            id: c.id,
            current: c.change != Change::Removed && diff.to == latest,
            related: c.related,
            old_text: c.old_text.clone().unwrap_or_default(),
            new_text: c.new_text.clone().unwrap_or_default(),
            pieces: word_pieces(&c.edits),
        })
        .collect();
    Ok(DiffPage {
        chrome,
        diff,
        latest,
        tally,
        rows,
    }
    .render()?)
}
