//! superlative-needs-source: records and extremes (record, largest, first, only, unprecedented)
//! are the claims most often wrong and most often repeated; each needs a source and a scope.
//! Idioms that only look like superlatives ("on the record", "at first", "First Lady", "not
//! unprecedented") are left alone. One finding per statement.

use std::sync::LazyLock;

use super::Hit;
use super::text::{Doc, Word, lower, starts_with_words};
use crate::lang::lower::Lower;
use crate::parse::kinds::words::WordSet;

/// Superlatives that are claims wherever they stand.
const ALWAYS: &[&str] = &[
    "largest",
    "biggest",
    "highest",
    "lowest",
    "smallest",
    "worst",
    "deadliest",
    "costliest",
    "longest",
    "shortest",
    "oldest",
    "youngest",
    "fastest",
    "slowest",
    "greatest",
    "strongest",
    "weakest",
    "richest",
    "poorest",
    "busiest",
    "heaviest",
    "hottest",
    "coldest",
    "wettest",
    "unprecedented",
    "first-ever",
    "all-time",
    "record-breaking",
    "record-high",
    "record-low",
    "record-setting",
];

/// "record" is a claim before a noun or after "a"/"new"/"all-time"; these neighbours mean the
/// other sense (a document, a history).
const RECORD_OTHER_SENSE_BEFORE: &[&str] = &[
    "the", "on", "off", "criminal", "voting", "track", "public", "court", "medical", "his", "her",
    "their", "its", "for", "police", "service", "dental", "academic", "official",
];
const RECORD_OTHER_SENSE_AFTER: &[&str] = &[
    "of", "shows", "showed", "show", "suggests", "is", "was", "label", "labels", "store", "player",
    "company", "keeping", "keepers",
];

/// Words after "first" that make it an ordinal of routine, not a claim ("first quarter").
const FIRST_ROUTINE: &[&str] = &[
    "quarter",
    "half",
    "round",
    "day",
    "week",
    "month",
    "year",
    "reported",
    "name",
    "names",
    "floor",
    "place",
    "lady",
    "amendment",
    "step",
    "steps",
    "time",
    "reading",
    "person",
    "thing",
    "of",
    "and",
    "to",
    "in",
    "on",
];

pub(crate) fn find(doc: &Doc<'_>) -> Vec<Hit> {
    let mut hits = Vec::new();
    for sentence in &doc.sentences {
        let words = &sentence.words;
        let mut matched: Vec<(usize, usize)> = Vec::new();
        for i in 0..words.len() {
            if let Some(len) = superlative_at(sentence.text, words, i) {
                matched.push((words[i].start, words[i + len - 1].end));
            }
        }
        let Some(&(start, end)) = matched.first() else {
            continue;
        };
        let list: Vec<String> = matched
            .iter()
            .map(|(s, e)| format!("'{}'", &sentence.text[*s..*e]))
            .collect();
        hits.push(Hit {
            statements: vec![sentence.index],
            span: Some(sentence.span_of(start, end)),
            message: format!(
                "superlative or record ({}): name the source and the scope (since when, where, measured how)",
                list.join(", ")
            ),
        });
    }
    hits
}

/// The words a superlative can start with: [`ALWAYS`]'s, the first word of its hyphenated
/// forms ("record" of "record-high": the words hold no hyphen) and the words read in context.
/// Most words are none of them, and are let go after one lookup instead of lowering their
/// neighbours and scanning the lists.
static STARTS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(
        ALWAYS
            .iter()
            .map(|w| w.split('-').next().unwrap_or(w))
            .chain(["record", "first", "only", "for", "never"]),
    )
});

/// The number of words of a superlative starting at word `i`, if one does.
fn superlative_at(text: &str, words: &[Word<'_>], i: usize) -> Option<usize> {
    // Lowered on the stack for the lookup, whatever its letters (`lower` copies a word with a
    // curly apostrophe or an accent to the heap); a word too long for it starts nothing.
    if !Lower::of(words[i].text).is_some_and(|w| STARTS.contains(w.as_str())) {
        return None;
    }
    let word = lower(words[i].text);
    let prev = i.checked_sub(1).map(|p| lower(words[p].text));
    let next = words.get(i + 1).map(|w| lower(w.text));
    let hyphen_after = text[words[i].end..].starts_with('-');
    let negated = prev.as_deref().is_some_and(|p| p == "not" || p == "never");
    if negated {
        return None;
    }
    // Hyphenated forms ("record-high", "first-ever") are split into words by the tokenizer.
    if hyphen_after {
        let joined = format!("{word}-{}", next.as_deref().unwrap_or(""));
        if ALWAYS.contains(&joined.as_str()) {
            return Some(2);
        }
    }
    if ALWAYS.contains(&word.as_str()) {
        return Some(1);
    }
    match word.as_str() {
        "record" => {
            let other_before = prev
                .as_deref()
                .is_some_and(|p| RECORD_OTHER_SENSE_BEFORE.contains(&p));
            let other_after = next
                .as_deref()
                .is_none_or(|n| RECORD_OTHER_SENSE_AFTER.contains(&n));
            let claim_before = prev
                .as_deref()
                .is_some_and(|p| matches!(p, "a" | "new" | "all"));
            (claim_before || (!other_before && !other_after)).then_some(1)
        }
        "first" | "only" => {
            let after_the = prev.as_deref() == Some("the");
            let capitalised_name = words[i].is_capitalised() && i > 0; // "First Lady"
            let routine = next
                .as_deref()
                .is_none_or(|n| FIRST_ROUTINE.contains(&n) && word == "first");
            (after_the && !capitalised_name && !routine).then_some(1)
        }
        "for" if starts_with_words(words, i, &["for", "the", "first", "time"]) => Some(4),
        "never" if starts_with_words(words, i, &["never", "before"]) => Some(2),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{hits_in, sentence};
    use super::super::text::words;
    use super::*;
    use proptest::prelude::*;

    /// [`superlative_at`] as it was, lowering each word's neighbours and scanning the lists for
    /// every word: the reference for [`STARTS`].
    fn old_superlative_at(text: &str, words: &[Word<'_>], i: usize) -> Option<usize> {
        let word = lower(words[i].text);
        let prev = i.checked_sub(1).map(|p| lower(words[p].text));
        let next = words.get(i + 1).map(|w| lower(w.text));
        let hyphen_after = text[words[i].end..].starts_with('-');
        if prev.as_deref().is_some_and(|p| p == "not" || p == "never") {
            return None;
        }
        if hyphen_after {
            let joined = format!("{word}-{}", next.as_deref().unwrap_or(""));
            if ALWAYS.contains(&joined.as_str()) {
                return Some(2);
            }
        }
        if ALWAYS.contains(&word.as_str()) {
            return Some(1);
        }
        match word.as_str() {
            "record" => {
                let other_before = prev
                    .as_deref()
                    .is_some_and(|p| RECORD_OTHER_SENSE_BEFORE.contains(&p));
                let other_after = next
                    .as_deref()
                    .is_none_or(|n| RECORD_OTHER_SENSE_AFTER.contains(&n));
                let claim_before = prev
                    .as_deref()
                    .is_some_and(|p| matches!(p, "a" | "new" | "all"));
                (claim_before || (!other_before && !other_after)).then_some(1)
            }
            "first" | "only" => {
                let after_the = prev.as_deref() == Some("the");
                let capitalised_name = words[i].is_capitalised() && i > 0;
                let routine = next
                    .as_deref()
                    .is_none_or(|n| FIRST_ROUTINE.contains(&n) && word == "first");
                (after_the && !capitalised_name && !routine).then_some(1)
            }
            "for" if starts_with_words(words, i, &["for", "the", "first", "time"]) => Some(4),
            "never" if starts_with_words(words, i, &["never", "before"]) => Some(2),
            _ => None,
        }
    }

    fn vocabulary() -> Vec<String> {
        let listed = [
            ALWAYS,
            RECORD_OTHER_SENSE_BEFORE,
            RECORD_OTHER_SENSE_AFTER,
            FIRST_ROUTINE,
        ];
        let context = [
            "not", "never", "before", "a", "new", "all", "time", "Lady", "ever",
        ];
        listed
            .iter()
            .flat_map(|list| list.iter())
            .chain(&context)
            .flat_map(|w| w.split('-'))
            .map(str::to_string)
            .collect()
    }

    proptest! {
        #[test]
        fn superlatives_are_found_where_the_list_scans_found_them(text in sentence(vocabulary())) {
            let words = words(&text);
            for i in 0..words.len() {
                prop_assert_eq!(
                    superlative_at(&text, &words, i),
                    old_superlative_at(&text, &words, i),
                    "word {} of {:?}", i, text
                );
            }
        }
    }

    #[test]
    fn flags_records_and_extremes() {
        let cases = [
            ("contributing to record overdose deaths", "'record'"),
            ("the largest seizure in the country", "'largest'"),
            ("Prices hit a record.", "'record'"),
            ("the first woman to lead the agency", "'first'"),
            ("the only country to refuse", "'only'"),
            ("for the first time since 1994", "'for the first time'"),
            ("a record-high count", "'record-high'"),
            ("an unprecedented step", "'unprecedented'"),
            ("the largest-ever raid", "'largest'"),
        ];
        for (case, expected) in cases {
            let found = hits_in(find, &[case]);
            assert_eq!(found.len(), 1, "{case}");
            assert!(
                found[0].message.contains(expected),
                "{case}: {}",
                found[0].message
            );
        }
    }

    #[test]
    fn idioms_and_negations_are_fine() {
        let cases = [
            "The remarks were on the record.",
            "His criminal record shows two arrests.",
            "The record of the meeting was published.",
            "At first, officials declined.",
            "First Lady Jill Biden attended.",
            "In the first quarter, sales fell.",
            "U.S. involvement in Mexico is not unprecedented.",
            "The unit operates in an advisory capacity only.",
            "The committee recorded the vote.",
        ];
        for case in cases {
            let found = hits_in(find, &[case]);
            assert!(found.is_empty(), "{case}: {found:?}");
        }
    }
}
