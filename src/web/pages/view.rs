//! What every page shares: the chrome around it (who is signed in, the CSRF token every form
//! carries, the section), a statement shown in its paragraph, word diffs, and the check form.
//! Plain data for the templates; askama escapes every string they print.

use crate::desk::QueueItem;
use crate::model::{Reviewer, Role, SourceKind, StatementId, Status, WordEdit};

use super::assets::{AssetPaths, PATHS};

/// The frame of a page.
pub struct Chrome {
    /// The signed-in reviewer; `None` on the sign-in page.
    pub reviewer: Option<Reviewer>,
    /// The token every form posts back (see the server's CSRF check).
    pub csrf: String,
    /// The navigation entry to mark as current: `queue`, `desk`, `upload` or empty.
    pub section: &'static str,
    /// A one-line message after a write ("Checked #12.").
    pub flash: Option<String>,
    /// How many notifications the signed-in reviewer has not read (the navigation shows it).
    pub unread: i64,
    pub assets: &'static AssetPaths,
}

impl Chrome {
    pub fn new(reviewer: Option<Reviewer>, csrf: &str, section: &'static str) -> Chrome {
        Chrome {
            reviewer,
            csrf: csrf.to_string(),
            section,
            flash: None,
            unread: 0,
            assets: &PATHS,
        }
    }

    pub fn with_flash(mut self, flash: Option<String>) -> Chrome {
        self.flash = flash;
        self
    }

    /// The signed-in reviewer's handle (empty on the sign-in page).
    pub fn handle(&self) -> &str {
        self.reviewer.as_ref().map_or("", |r| r.handle.as_str())
    }

    pub fn is_editor(&self) -> bool {
        self.reviewer
            .as_ref()
            .is_some_and(|r| r.role == Role::Editor)
    }
}

/// A statement inside its paragraph: the words before, the statement, the words after.
pub struct InContext {
    pub before: String,
    pub marked: String,
    pub after: String,
    /// The words of `marked` a partly-verified check does not cover, drawn apart.
    pub excepted: Vec<String>,
}

impl InContext {
    /// Finds the statement's words in the paragraph; when they are not found as such (the
    /// paragraph could not be cut), the statement alone is shown.
    pub fn new(paragraph: &str, statement: &crate::model::Statement) -> InContext {
        let words = statement.text.as_str();
        let excepted = statement.excepted.clone();
        match paragraph.find(words) {
            Some(at) => InContext {
                before: paragraph[..at].to_string(),
                marked: words.to_string(),
                after: paragraph[at + words.len()..].to_string(),
                excepted,
            },
            None => InContext {
                before: String::new(),
                marked: words.to_string(),
                after: String::new(),
                excepted,
            },
        }
    }
}

/// Word edits as pieces to print one after the other: `equal`, `delete` or `insert`.
pub struct WordPiece {
    pub op: &'static str,
    pub text: String,
}

pub fn word_pieces(edits: &[WordEdit]) -> Vec<WordPiece> {
    crate::report::spaced_edits(edits)
        .into_iter()
        .map(|(op, text)| WordPiece {
            op: op.as_str(),
            text,
        })
        .collect()
}

/// One status choice in a check form, with its keyboard key.
pub struct StatusChoice {
    pub status: &'static str,
    pub key: char,
}

/// The statuses a reviewer may record, with the keys that choose them. `waived` is offered only
/// to editors (the rule itself is the desk's: a checker's waive is refused whatever the form).
pub fn status_choices(editor: bool) -> Vec<StatusChoice> {
    let mut choices = vec![
        StatusChoice {
            status: Status::Verified.as_str(),
            key: 'v',
        },
        StatusChoice {
            status: Status::PartlyVerified.as_str(),
            key: 'e',
        },
        StatusChoice {
            status: Status::Incorrect.as_str(),
            key: 'i',
        },
        StatusChoice {
            status: Status::Disputed.as_str(),
            key: 'd',
        },
        StatusChoice {
            status: Status::Unverifiable.as_str(),
            key: 'u',
        },
        StatusChoice {
            status: Status::InProgress.as_str(),
            key: 'p',
        },
    ];
    if editor {
        choices.push(StatusChoice {
            status: Status::Waived.as_str(),
            key: 'w',
        });
    }
    choices
}

/// The check form of one statement, on the queue (compact: one source) or on its page.
pub struct CheckForm {
    pub id: StatementId,
    pub statuses: Vec<StatusChoice>,
    pub source_kinds: Vec<&'static str>,
    /// Source rows shown before any is added with the button: `0..rows`.
    pub rows: usize,
    pub items: Vec<QueueItem>,
    /// Where to go after the check: `queue` or `statement`.
    pub next: &'static str,
    /// The queue's form: one source (kind and citation), no contact or date; the statement's
    /// page has the full form.
    pub compact: bool,
    pub csrf: String,
}

impl CheckForm {
    pub fn new(
        id: StatementId,
        items: Vec<QueueItem>,
        chrome: &Chrome,
        rows: usize,
        next: &'static str,
    ) -> CheckForm {
        CheckForm {
            id,
            statuses: status_choices(chrome.is_editor()),
            source_kinds: SourceKind::ALL.iter().map(|k| k.as_str()).collect(),
            rows,
            items,
            compact: next == "queue",
            next,
            csrf: chrome.csrf.clone(),
        }
    }
}
