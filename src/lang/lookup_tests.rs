//! The word lists' lookups held to the code they replaced, kept here as the reference: each
//! lowered the word (and every listed form) into a new `String` and scanned the list.

use super::lower::MAX;
use super::*;
use proptest::prelude::*;

fn old_fold(word: &str) -> String {
    word.trim_end_matches('.').to_lowercase()
}

fn old_month(words: &Words, word: &str) -> Option<u32> {
    let word = old_fold(word);
    words
        .months
        .iter()
        .position(|forms| forms.iter().any(|f| old_fold(f) == word))
        .map(|i| i as u32 + 1)
}

fn old_weekday(words: &Words, word: &str) -> Option<u32> {
    let word = old_fold(word);
    words
        .weekdays
        .iter()
        .position(|forms| forms.iter().any(|f| old_fold(f) == word))
        .map(|i| i as u32)
}

fn old_is_byline_word(words: &Words, word: &str) -> bool {
    word == "By"
        || word == "BY"
        || words
            .byline_words
            .iter()
            .any(|b| b == word || b.to_uppercase() == word)
}

fn old_has_speech_verb(words: &Words, text: &str) -> bool {
    let lower: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.speech_verbs.iter().any(|verb| {
        let verb: Vec<&str> = verb.split([' ', '-']).filter(|w| !w.is_empty()).collect();
        lower
            .windows(verb.len())
            .any(|window| window.iter().zip(&verb).all(|(w, v)| w == v))
    })
}

/// Every listed word, of every language: what the generated words are made from.
fn listed() -> Vec<String> {
    let mut all = Vec::new();
    for language in Language::ALL {
        let words = language.words();
        all.extend(words.months.iter().flatten().cloned());
        all.extend(words.weekdays.iter().flatten().cloned());
        all.extend(words.byline_words.iter().cloned());
        all.extend(words.speech_verbs.iter().cloned());
    }
    all
}

/// A word as a text may write a listed one: in its case, upper case or capitalised, with or
/// without a full stop; or any other word, with Greek and Turkish capitals among them.
fn word() -> impl Strategy<Value = String> {
    let listed = listed();
    prop_oneof![
        (0..listed.len(), 0..4u8, any::<bool>()).prop_map(move |(i, case, dot)| {
            let w = &listed[i];
            let mut w = match case {
                0 => w.clone(),
                1 => w.to_uppercase(),
                2 => w.to_lowercase(),
                _ => {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect())
                        .unwrap_or_default()
                }
            };
            if dot {
                w.push('.');
            }
            w
        }),
        "[A-Za-zÄÖÅäöåéçΣσİı.]{0,12}",
        "\\PC{0,8}",
    ]
}

proptest! {
    #[test]
    fn month_weekday_and_byline_answer_as_the_list_scans_did(word in word()) {
        for language in Language::ALL {
            let words = language.words();
            prop_assert_eq!(words.month(&word), old_month(words, &word), "{}", language.code());
            prop_assert_eq!(words.weekday(&word), old_weekday(words, &word));
            prop_assert_eq!(words.is_byline_word(&word), old_is_byline_word(words, &word));
        }
    }

    #[test]
    fn speech_verbs_are_found_as_the_window_scan_found_them(
        pieces in prop::collection::vec((word(), "[ ,.\\-'’]{1,2}"), 0..8)
    ) {
        let text: String = pieces.iter().flat_map(|(w, sep)| [w.as_str(), sep]).collect();
        for language in Language::ALL {
            let words = language.words();
            prop_assert_eq!(
                words.has_speech_verb(&text),
                old_has_speech_verb(words, &text),
                "{} {:?}", language.code(), text
            );
        }
    }
}

#[test]
fn every_listed_word_fits_the_stack_buffer() {
    // A word longer than `lower::MAX` is taken as no listed word: none may be.
    for word in listed() {
        assert!(word.to_lowercase().len() <= MAX, "{word}");
    }
}

#[test]
fn dotted_initials_are_no_month() {
    for word in ["A.", "a", "MAR.", "mars"] {
        for language in Language::ALL {
            let words = language.words();
            assert_eq!(words.month(word), old_month(words, word), "{word}");
        }
    }
    assert_eq!(Language::English.words().month("MAR."), Some(3));
    assert_eq!(Language::French.words().month("mars"), Some(3));
}
