//! Revision N-1 -> N: which statements of the new draft continue which of the old.
//!
//! Safety over convenience: a link that is unsure errs towards `modified` (the check goes stale),
//! never towards `unchanged`. Only [`crate::normalize::same_words`] decides that words are the same.

pub use crate::model::{Change, WordEdit};

/// One statement as the aligner sees it.
#[derive(Debug, Clone, Copy)]
pub struct Item<'a> {
    pub text: &'a str,
    pub paragraph: u32,
    pub position: u32,
}

/// How one statement of the new revision relates to the old one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// `Unchanged`, `Moved`, `Modified` or `Added`.
    pub change: Change,
    /// The old statement it continues (keeps the id of); `None` for `Added`.
    pub old: Option<usize>,
    /// Other old statements whose words flowed into this one: the second half of a merge, or,
    /// for an `Added` statement split off an old one, that old statement.
    pub also_from: Vec<usize>,
}

/// An old statement that no new statement continues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    pub old: usize,
    /// The new statement it was merged into, if any.
    pub merged_into: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Alignment {
    /// One link per new statement, in the new order.
    pub links: Vec<Link>,
    pub removed: Vec<Removed>,
}

/// Aligns the statements of two consecutive revisions.
pub fn align(old: &[Item<'_>], new: &[Item<'_>]) -> Alignment {
    // Placeholder: exact same words in the same order are unchanged; everything else is added or
    // removed. The real aligner replaces this.
    let mut used = vec![false; old.len()];
    let mut links = Vec::with_capacity(new.len());
    for item in new {
        let found = old
            .iter()
            .enumerate()
            .position(|(i, o)| !used[i] && crate::normalize::same_words(o.text, item.text));
        match found {
            Some(i) => {
                used[i] = true;
                links.push(Link {
                    change: Change::Unchanged,
                    old: Some(i),
                    also_from: vec![],
                });
            }
            None => links.push(Link {
                change: Change::Added,
                old: None,
                also_from: vec![],
            }),
        }
    }
    let removed = (0..old.len())
        .filter(|i| !used[*i])
        .map(|old| Removed {
            old,
            merged_into: None,
        })
        .collect();
    Alignment { links, removed }
}

/// The word-level edits that turn `old` into `new`.
pub fn word_edits(old: &str, new: &str) -> Vec<WordEdit> {
    vec![
        WordEdit {
            op: "delete",
            text: old.to_string(),
        },
        WordEdit {
            op: "insert",
            text: new.to_string(),
        },
    ]
}
