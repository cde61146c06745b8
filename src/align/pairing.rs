//! Pairing edited statements: which still-unmatched old statement an unmatched new one continues.
//!
//! A pair found here is only ever reported `Modified` (its checks go stale), so a wrong pair costs
//! the desk a re-check, never a verification carried over changed words.

use std::collections::{HashMap, HashSet};

use super::tokens::Bag;

/// The least Dice similarity (over word multisets) for an old and a new statement to count as
/// the same statement edited. See docs/alignment.md for why 0.5.
pub(super) const MODIFIED_THRESHOLD: f64 = 0.5;

/// Up to this many old x new pairs, every pair is scored: an edit in place leaves small gaps.
const ALL_PAIRS_LIMIT: usize = 1024;

/// Above [`ALL_PAIRS_LIMIT`], only pairs sharing a word held by at most this many of the old
/// statements are scored: rare words (names, figures, nouns) propose candidates cheaply, common
/// words ("the", "said") would propose every statement.
const RARE_WORD_LIMIT: usize = 16;

/// Pairs each new statement of `news` with at most one old statement of `olds` whose words are
/// similar enough, the most similar pairs first, each old and each new used at most once.
/// `old_bags`/`new_bags` are indexed by statement index. Returns `(old, new)` pairs.
pub(super) fn pair_similar(
    olds: &[usize],
    news: &[usize],
    old_bags: &[Bag],
    new_bags: &[Bag],
) -> Vec<(usize, usize)> {
    if olds.is_empty() || news.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(f64, usize, usize)> = candidates(olds, news, old_bags, new_bags)
        .into_iter()
        .filter_map(|(old, new)| {
            let score = old_bags[old].dice(&new_bags[new]);
            (score >= MODIFIED_THRESHOLD).then_some((score, old, new))
        })
        .collect();
    // Best first; among equals, the pair nearest in article order, then a fixed order so the
    // result never depends on hashing.
    scored.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(a.1.abs_diff(a.2).cmp(&b.1.abs_diff(b.2)))
            .then(a.2.cmp(&b.2))
            .then(a.1.cmp(&b.1))
    });
    let mut old_taken = HashSet::new();
    let mut new_taken = HashSet::new();
    let mut pairs = Vec::new();
    for (_, old, new) in scored {
        if !old_taken.contains(&old) && !new_taken.contains(&new) {
            old_taken.insert(old);
            new_taken.insert(new);
            pairs.push((old, new));
        }
    }
    pairs
}

/// The pairs worth scoring: all of them when few, else those sharing a rare word.
fn candidates(
    olds: &[usize],
    news: &[usize],
    old_bags: &[Bag],
    new_bags: &[Bag],
) -> Vec<(usize, usize)> {
    if olds.len() * news.len() <= ALL_PAIRS_LIMIT {
        return news
            .iter()
            .flat_map(|&new| olds.iter().map(move |&old| (old, new)))
            .collect();
    }
    let mut holders: HashMap<u32, Vec<usize>> = HashMap::new();
    for &old in olds {
        for word in old_bags[old].ids() {
            holders.entry(word).or_default().push(old);
        }
    }
    let mut pairs = Vec::new();
    let mut proposed = HashSet::new();
    for &new in news {
        proposed.clear();
        for word in new_bags[new].ids() {
            match holders.get(&word) {
                Some(olds) if olds.len() <= RARE_WORD_LIMIT => {
                    proposed.extend(olds.iter().copied())
                }
                _ => {}
            }
        }
        pairs.extend(proposed.iter().map(|&old| (old, new)));
    }
    pairs
}
