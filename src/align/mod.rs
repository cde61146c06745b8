//! Revision N-1 -> N: which statements of the new draft continue which of the old.
//!
//! Safety over convenience: a link that is unsure errs towards `modified` (the check goes stale),
//! never towards `unchanged`. Only [`crate::normalize::same_words`] decides that words are the same.
//!
//! The steps (docs/alignment.md tells why each is safe):
//! 1. statements with the same words, in sequence (the common subsequence of a Patience diff):
//!    `Unchanged`;
//! 2. statements with the same words out of sequence: `Moved`;
//! 3. the rest paired by word similarity, first within each gap between two unchanged statements
//!    (an edit in place), then across the article (moved and edited): `Modified`;
//! 4. what is left is `Added` or removed; an added statement that is the split-off half of its
//!    neighbour's old statement, or a removed one merged into its neighbour's new statement, says so.

mod fragments;
mod pairing;
mod parts;
mod tokens;
mod words;

#[cfg(test)]
mod tests;

use std::collections::HashMap;

use similar::{Algorithm, DiffOp, capture_diff_slices};

pub use crate::model::{Change, WordEdit};
use crate::normalize::{normalize, same_words};
pub use parts::part_changes;
pub use words::word_edits;

/// One statement as the aligner sees it. Order is its index in the slice; `paragraph` and
/// `position` travel with it for callers but do not decide anything: re-breaking paragraphs
/// without reordering leaves statements unchanged.
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
    let old_words: Vec<String> = old.iter().map(|item| normalize(item.text)).collect();
    let new_words: Vec<String> = new.iter().map(|item| normalize(item.text)).collect();
    let mut links = Links::new(old.len(), new.len());

    // 1. Same words, in sequence. Equality of normalised texts is exactly `same_words`.
    let mut anchors: Vec<(usize, usize)> = Vec::new();
    for op in capture_diff_slices(Algorithm::Patience, &old_words, &new_words) {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            for offset in 0..len {
                let pair = (old_index + offset, new_index + offset);
                if links.continue_same_words(old, new, pair, Change::Unchanged) {
                    anchors.push(pair);
                }
            }
        }
    }

    // 2. Same words out of sequence: each new statement takes the nearest old one left with its
    // words, so a duplicated sentence continues the old one once and is otherwise added.
    let mut unmatched_by_words: HashMap<&str, Vec<usize>> = HashMap::new();
    for index in links.unmatched_old() {
        unmatched_by_words
            .entry(old_words[index].as_str())
            .or_default()
            .push(index);
    }
    for index in links.unmatched_new().collect::<Vec<_>>() {
        let Some(candidates) = unmatched_by_words.get_mut(new_words[index].as_str()) else {
            continue;
        };
        let Some(nearest) = (0..candidates.len()).min_by_key(|&c| candidates[c].abs_diff(index))
        else {
            continue;
        };
        let old_index = candidates.remove(nearest);
        links.continue_same_words(old, new, (old_index, index), Change::Moved);
    }

    // 3. Edited statements, by word similarity: within each gap between anchors, then globally.
    // Only statements still unmatched get a bag of words, so the cost follows the edits.
    let mut vocabulary = tokens::Vocabulary::default();
    let old_bags = links.bags_of_unmatched_old(&old_words, &mut vocabulary);
    let new_bags = links.bags_of_unmatched_new(&new_words, &mut vocabulary);
    let gap_starts = std::iter::once((0, 0)).chain(anchors.iter().map(|&(o, n)| (o + 1, n + 1)));
    let gap_ends = anchors
        .iter()
        .copied()
        .chain(std::iter::once((old.len(), new.len())));
    let mut gaps_with_leftovers = 0;
    for ((old_start, new_start), (old_end, new_end)) in gap_starts.zip(gap_ends) {
        let olds = links.unmatched_old_in(old_start..old_end);
        let news = links.unmatched_new_in(new_start..new_end);
        let pairs = pairing::pair_similar(&olds, &news, &old_bags, &new_bags);
        if pairs.len() < olds.len().max(news.len()) {
            gaps_with_leftovers += 1;
        }
        for pair in pairs {
            links.continue_modified(pair);
        }
    }
    // Leftovers in one gap only were already weighed against each other.
    if gaps_with_leftovers > 1 {
        let olds: Vec<usize> = links.unmatched_old().collect();
        let news: Vec<usize> = links.unmatched_new().collect();
        for pair in pairing::pair_similar(&olds, &news, &old_bags, &new_bags) {
            links.continue_modified(pair);
        }
    }

    // 4. Where the words of the rest went.
    links.finish(&old_bags, &new_bags)
}

/// The alignment under construction: each new statement's link and each old statement's heir.
struct Links {
    links: Vec<Link>,
    /// `continued_by[old]`: the new statement whose `old` it is.
    continued_by: Vec<Option<usize>>,
}

impl Links {
    fn new(old_len: usize, new_len: usize) -> Self {
        let added = Link {
            change: Change::Added,
            old: None,
            also_from: Vec::new(),
        };
        Links {
            links: vec![added; new_len],
            continued_by: vec![None; old_len],
        }
    }

    /// Links a pair as `Unchanged` or `Moved`, and says whether it did. The one place those two
    /// are set: it checks `same_words` itself, so no bug upstream can carry a check over changed
    /// words.
    fn continue_same_words(
        &mut self,
        old: &[Item<'_>],
        new: &[Item<'_>],
        (old_index, new_index): (usize, usize),
        change: Change,
    ) -> bool {
        let same = same_words(old[old_index].text, new[new_index].text);
        if same {
            self.link((old_index, new_index), change);
        }
        same
    }

    fn continue_modified(&mut self, pair: (usize, usize)) {
        self.link(pair, Change::Modified);
    }

    fn link(&mut self, (old_index, new_index): (usize, usize), change: Change) {
        debug_assert!(
            self.continued_by[old_index].is_none(),
            "old {old_index} linked twice"
        );
        debug_assert!(
            self.links[new_index].old.is_none(),
            "new {new_index} linked twice"
        );
        self.continued_by[old_index] = Some(new_index);
        self.links[new_index].change = change;
        self.links[new_index].old = Some(old_index);
    }

    fn unmatched_old(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.continued_by.len()).filter(|&i| self.continued_by[i].is_none())
    }

    fn unmatched_new(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.links.len()).filter(|&i| self.links[i].old.is_none())
    }

    fn unmatched_old_in(&self, range: std::ops::Range<usize>) -> Vec<usize> {
        range.filter(|&i| self.continued_by[i].is_none()).collect()
    }

    fn unmatched_new_in(&self, range: std::ops::Range<usize>) -> Vec<usize> {
        range.filter(|&i| self.links[i].old.is_none()).collect()
    }

    /// Bags of words of the old statements not yet matched; empty bags for the others.
    fn bags_of_unmatched_old(
        &self,
        words: &[String],
        vocabulary: &mut tokens::Vocabulary,
    ) -> Vec<tokens::Bag> {
        let mut bags = vec![tokens::Bag::default(); words.len()];
        for index in self.unmatched_old() {
            bags[index] = vocabulary.bag(&words[index]);
        }
        bags
    }

    fn bags_of_unmatched_new(
        &self,
        words: &[String],
        vocabulary: &mut tokens::Vocabulary,
    ) -> Vec<tokens::Bag> {
        let mut bags = vec![tokens::Bag::default(); words.len()];
        for index in self.unmatched_new() {
            bags[index] = vocabulary.bag(&words[index]);
        }
        bags
    }

    /// Records splits and merges, and lists the old statements nothing continues.
    fn finish(mut self, old_bags: &[tokens::Bag], new_bags: &[tokens::Bag]) -> Alignment {
        fragments::attach_split_parts(&mut self.links, old_bags, new_bags);
        let mut merged_into = vec![None; self.continued_by.len()];
        fragments::attach_merged_parts(
            &mut self.links,
            &self.continued_by,
            &mut merged_into,
            old_bags,
            new_bags,
        );
        let removed = self
            .unmatched_old()
            .map(|old| Removed {
                old,
                merged_into: merged_into[old],
            })
            .collect();
        Alignment {
            links: self.links,
            removed,
        }
    }
}
