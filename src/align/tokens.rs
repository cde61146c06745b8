//! Statements as bags of words, for telling an edited statement from an unrelated one.
//!
//! Only similarity lives here; whether words are *the same* is decided by
//! [`crate::normalize::same_words`] alone.

use std::collections::HashMap;

/// A statement's words as a multiset: `(word id, count)` sorted by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Bag {
    entries: Vec<(u32, u32)>,
    total: u32,
}

impl Bag {
    /// How many words the bag holds, repeats included.
    pub(super) fn total(&self) -> u32 {
        self.total
    }

    /// The word ids it holds, each once, in ascending order.
    pub(super) fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.entries.iter().map(|(id, _)| *id)
    }

    /// How many words the two bags have in common, repeats counted as often as both hold them.
    pub(super) fn shared(&self, other: &Bag) -> u32 {
        let (mut a, mut b) = (
            self.entries.iter().peekable(),
            other.entries.iter().peekable(),
        );
        let mut shared = 0;
        while let (Some(&&(ia, ca)), Some(&&(ib, cb))) = (a.peek(), b.peek()) {
            match ia.cmp(&ib) {
                std::cmp::Ordering::Less => {
                    a.next();
                }
                std::cmp::Ordering::Greater => {
                    b.next();
                }
                std::cmp::Ordering::Equal => {
                    shared += ca.min(cb);
                    a.next();
                    b.next();
                }
            }
        }
        shared
    }

    /// The Dice coefficient: twice the shared words over the words of both, in `0.0..=1.0`.
    /// Zero when either bag is empty (a statement without words resembles nothing).
    pub(super) fn dice(&self, other: &Bag) -> f64 {
        let both = self.total + other.total;
        if self.total == 0 || other.total == 0 {
            return 0.0;
        }
        f64::from(2 * self.shared(other)) / f64::from(both)
    }

    /// The words of `self` not accounted for by `other` (multiset difference).
    pub(super) fn minus(&self, other: &Bag) -> Bag {
        let mut entries = Vec::with_capacity(self.entries.len());
        let mut theirs = other.entries.iter().peekable();
        for &(id, count) in &self.entries {
            while theirs.next_if(|(other_id, _)| *other_id < id).is_some() {}
            let taken = theirs
                .next_if(|(other_id, _)| *other_id == id)
                .map_or(0, |(_, c)| *c);
            if count > taken {
                entries.push((id, count - taken));
            }
        }
        let total = entries.iter().map(|(_, c)| c).sum();
        Bag { entries, total }
    }
}

/// Gives each distinct (lower-cased) word one id, so bags compare by integers.
#[derive(Debug, Default)]
pub(super) struct Vocabulary {
    ids: HashMap<String, u32>,
}

impl Vocabulary {
    /// The bag of words of `text` (best given already normalised).
    pub(super) fn bag(&mut self, text: &str) -> Bag {
        let mut ids: Vec<u32> = words(text)
            .map(|word| {
                let next = u32::try_from(self.ids.len()).expect("fewer than 2^32 distinct words");
                *self.ids.entry(word).or_insert(next)
            })
            .collect();
        ids.sort_unstable();
        let total = u32::try_from(ids.len()).expect("fewer than 2^32 words in a statement");
        let mut entries: Vec<(u32, u32)> = Vec::with_capacity(ids.len());
        for id in ids {
            match entries.last_mut() {
                Some((last, count)) if *last == id => *count += 1,
                _ => entries.push((id, 1)),
            }
        }
        Bag { entries, total }
    }
}

/// The words of `text`, lower-cased: runs of letters and digits. A `.` or `,` between two digits
/// stays inside the word, so `3.2` and `1,500` are one word each and a changed figure is one
/// changed word, not two.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let inside_number = matches!(c, '.' | ',')
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_alphanumeric() {
            current.extend(c.to_lowercase());
        } else if inside_number && !current.is_empty() {
            current.push(c);
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_figures_whole_and_ignore_case_and_marks() {
        let got: Vec<String> = words("Sales rose 3.2% to $1,500, said O'Brien.").collect();
        assert_eq!(
            got,
            ["sales", "rose", "3.2", "to", "1,500", "said", "o", "brien"]
        );
    }

    #[test]
    fn dice_counts_repeats_and_is_zero_for_empty_bags() {
        let mut vocabulary = Vocabulary::default();
        let a = vocabulary.bag("the cat and the dog");
        let b = vocabulary.bag("the cat");
        assert_eq!(a.shared(&b), 2);
        assert!((a.dice(&b) - 4.0 / 7.0).abs() < 1e-9);
        let empty = vocabulary.bag("— …");
        assert_eq!(empty.total(), 0);
        assert_eq!(a.dice(&empty), 0.0);
        assert_eq!(empty.dice(&empty), 0.0);
    }

    #[test]
    fn minus_removes_each_word_as_often_as_the_other_holds_it() {
        let mut vocabulary = Vocabulary::default();
        let whole = vocabulary.bag("the mayor said the plan failed and she resigned");
        let part = vocabulary.bag("The mayor said the plan failed.");
        let rest = whole.minus(&part);
        assert_eq!(rest, vocabulary.bag("and she resigned"));
        assert_eq!(part.minus(&whole).total(), 0);
    }
}
