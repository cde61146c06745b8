//! Splits and merges: the second half of one sentence cut in two, or of two sentences joined.
//!
//! Runs after pairing. A split part is a new statement nobody continues, standing next to the
//! new statement that continues some old one, whose words it mostly takes from that old
//! statement's words the neighbour did not keep. A merged part is the mirror image on the old side.
//! Neither changes which statement keeps an id; they only record where words flowed (`also_from`,
//! `merged_into`), so they cannot carry a check over changed words.

use std::collections::HashMap;

use super::Link;
use super::tokens::Bag;
use crate::model::Change;

/// The least share of a fragment's words that must come from the words its neighbour left over.
pub(super) const FRAGMENT_THRESHOLD: f64 = 0.6;

/// A fragment must also share at least this many words: "Yes." is not a split of anything.
const FRAGMENT_MIN_SHARED: u32 = 2;

/// Marks each `Added` statement that is the split-off part of the old statement its neighbour
/// continues (`also_from = [old]`). Repeats until nothing changes, so a sentence cut in three is
/// found whichever side of the kept part the others stand on.
pub(super) fn attach_split_parts(links: &mut [Link], old_bags: &[Bag], new_bags: &[Bag]) {
    // The words of an old statement not yet found in the new statements it flowed into.
    let mut leftover: HashMap<usize, Bag> = HashMap::new();
    loop {
        let mut attached = false;
        for part in 0..links.len() {
            if links[part].change != Change::Added || !links[part].also_from.is_empty() {
                continue;
            }
            let mut best: Option<(f64, usize)> = None;
            for neighbour in neighbours(part, links.len()) {
                let source = match &links[neighbour] {
                    Link {
                        change: Change::Modified,
                        old: Some(old),
                        ..
                    } => *old,
                    Link {
                        change: Change::Added,
                        also_from,
                        ..
                    } if also_from.len() == 1 => also_from[0],
                    _ => continue,
                };
                let rest = leftover
                    .entry(source)
                    .or_insert_with(|| old_bags[source].minus(&new_bags[neighbour]));
                if let Some(share) = fragment_share(&new_bags[part], rest) {
                    if best.is_none_or(|(best_share, _)| share > best_share) {
                        best = Some((share, source));
                    }
                }
            }
            if let Some((_, source)) = best {
                links[part].also_from = vec![source];
                let rest = leftover.get_mut(&source).expect("filled while scoring");
                *rest = rest.minus(&new_bags[part]);
                attached = true;
            }
        }
        if !attached {
            return;
        }
    }
}

/// Marks each old statement nobody continues that was merged into the new statement continuing
/// its neighbour: sets `merged_into` and adds it to that statement's `also_from`.
/// `continued_by[old]` is the new statement whose `old` it is.
pub(super) fn attach_merged_parts(
    links: &mut [Link],
    continued_by: &[Option<usize>],
    merged_into: &mut [Option<usize>],
    old_bags: &[Bag],
    new_bags: &[Bag],
) {
    // The words of a new statement not yet found in the old statements that flowed into it.
    let mut leftover: HashMap<usize, Bag> = HashMap::new();
    loop {
        let mut attached = false;
        for part in 0..continued_by.len() {
            if continued_by[part].is_some() || merged_into[part].is_some() {
                continue;
            }
            let mut best: Option<(f64, usize)> = None;
            for neighbour in neighbours(part, continued_by.len()) {
                let target = match (continued_by[neighbour], merged_into[neighbour]) {
                    (Some(new), _) if links[new].change == Change::Modified => new,
                    (None, Some(new)) => new,
                    _ => continue,
                };
                let rest = leftover
                    .entry(target)
                    .or_insert_with(|| new_bags[target].minus(&old_bags[neighbour]));
                if let Some(share) = fragment_share(&old_bags[part], rest) {
                    if best.is_none_or(|(best_share, _)| share > best_share) {
                        best = Some((share, target));
                    }
                }
            }
            if let Some((_, target)) = best {
                merged_into[part] = Some(target);
                links[target].also_from.push(part);
                let rest = leftover.get_mut(&target).expect("filled while scoring");
                *rest = rest.minus(&old_bags[part]);
                attached = true;
            }
        }
        if !attached {
            return;
        }
    }
}

fn neighbours(index: usize, len: usize) -> impl Iterator<Item = usize> {
    [
        index.checked_sub(1),
        index.checked_add(1).filter(|&i| i < len),
    ]
    .into_iter()
    .flatten()
}

/// The share of `part`'s words found in `rest`, when it is enough to call `part` a fragment.
fn fragment_share(part: &Bag, rest: &Bag) -> Option<f64> {
    let shared = part.shared(rest);
    if shared < FRAGMENT_MIN_SHARED {
        return None;
    }
    let share = f64::from(shared) / f64::from(part.total());
    (share >= FRAGMENT_THRESHOLD).then_some(share)
}
