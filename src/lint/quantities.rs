//! quantity-mismatch: the same thing given two sizes in one article, "the 4,200-page report" and
//! later "the 4,100-page report", or "a $1.5 billion package" and "the $1.2 billion package".
//! Two mentions are the same thing when they use the same construction: a number joined by a
//! hyphen to a unit and followed by the same noun ("page report"), or a dollar amount followed
//! by the same noun. Ages ("a 45-year-old man") are left out: they usually describe different
//! people. A third construction catches a change measured twice: a number with a unit of
//! measure, a verb of change and "since YEAR" in one sentence ("retreated 1.4 kilometers since
//! 1985" and later "the 1.7 kilometers the glacier has retreated since 1985") is the same
//! quantity when unit, verb and year agree.

use std::collections::BTreeMap;

use super::Hit;
use super::conflicts::{Mention, disagreements};
use super::text::Doc;

/// Words that cannot be the noun a quantity describes.
const NOT_NOUNS: &[&str] = &[
    "of", "in", "to", "and", "or", "for", "the", "a", "an", "on", "at", "by", "with", "from",
    "that", "which", "is", "was", "were", "are", "be", "as", "old", "than", "more", "less",
];

const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("hundred", 100.0),
];

/// The first letters of [`NUMBER_WORDS`], one bit each (a = bit 0).
const NUMBER_WORD_INITIALS: u32 = {
    let mut mask = 0;
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        mask |= 1 << (NUMBER_WORDS[i].0.as_bytes()[0] - b'a');
        i += 1;
    }
    mask
};

const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

pub(crate) fn find(doc: &Doc<'_>) -> Vec<Hit> {
    let mut by_thing: BTreeMap<String, Vec<Mention<f64>>> = BTreeMap::new();
    for sentence in &doc.sentences {
        for (key, value, start, end) in constructions(sentence.text) {
            by_thing.entry(key).or_default().push(Mention {
                value,
                written: sentence.text[start..end].to_string(),
                statement: sentence.index,
                span: sentence.span_of(start, end),
            });
        }
    }
    disagreements(by_thing, |_, first, other| {
        format!(
            "'{}' and '{}' give the same thing two values; check which is right",
            first.written, other.written
        )
    })
}

/// Every quantity construction in `text`: (what it measures, value, start, end).
fn constructions(text: &str) -> Vec<(String, f64, usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let at_word_start =
            i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'.');
        if !at_word_start {
            i += 1;
            continue;
        }
        let dollar = bytes[i] == b'$';
        // Only a dollar sign, a digit or the first letter of a number word can start a
        // quantity (as `number_at` tells): every other word is let go here.
        let may_be_number = dollar
            || bytes[i].is_ascii_digit()
            || (bytes[i].is_ascii_alphabetic()
                && NUMBER_WORD_INITIALS & (1 << (bytes[i].to_ascii_lowercase() - b'a')) != 0);
        if !may_be_number {
            i += 1;
            continue;
        }
        let number_start = if dollar { i + 1 } else { i };
        let Some((value, after_number)) = number_at(text, number_start) else {
            i += 1;
            continue;
        };
        let parsed = if dollar {
            money(text, value, after_number)
        } else {
            hyphenated(text, after_number)
                .map(|(unit, noun, end)| (format!("{unit}-{noun}"), value, end))
        };
        match parsed {
            Some((key, value, end)) => {
                found.push((key, value, i, end));
                i = end;
            }
            None => i = after_number.max(i + 1),
        }
    }
    found.extend(measured_changes(text));
    found
}

/// Units of measure a change is given in.
const UNITS: &[&str] = &[
    "kilometers",
    "kilometres",
    "km",
    "miles",
    "meters",
    "metres",
    "feet",
    "percent",
    "tons",
    "tonnes",
    "hectares",
    "acres",
    "degrees",
    "inches",
    "centimeters",
    "centimetres",
];

/// Verbs of change, by stem: "retreated", "retreat", "retreats" share "retreat".
const CHANGE_STEMS: &[&str] = &[
    "retreat", "advanc", "rose", "rise", "risen", "fell", "fall", "grew", "grow", "shrank",
    "shrunk", "lost", "lose", "gain", "increas", "decreas", "drop", "declin", "melt", "thinn",
    "climb",
];

/// A word without the punctuation around it.
fn trim(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// "retreated 1.4 kilometers ... since 1985": (unit + verb + year, value, start, end).
fn measured_changes(text: &str) -> Vec<(String, f64, usize, usize)> {
    // Without "since" in any case there is no period: most sentences stop here, before their
    // words are listed.
    let since = memchr::memchr2_iter(b's', b'S', text.as_bytes()).any(|at| {
        text.as_bytes()[at..]
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"since"))
    });
    if !since {
        return Vec::new();
    }
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let clean = |w: &str| trim(w).to_ascii_lowercase();
    // Most sentences hold no "since YEAR": it is looked for without a lowered copy of each word
    // (lowering keeps a year's digits as they are), the rest only in the sentences that do.
    let year = words.windows(2).find_map(|pair| {
        let year = trim(pair[1].1);
        (trim(pair[0].1).eq_ignore_ascii_case("since")
            && year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit()))
        .then_some(year)
    });
    let Some(year) = year else { return Vec::new() };
    let Some(verb) = words.iter().find_map(|(_, w)| {
        let w = clean(w);
        CHANGE_STEMS
            .iter()
            .find(|stem| w.starts_with(*stem))
            .copied()
    }) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for pair in words.windows(2) {
        let unit = clean(pair[1].1);
        if !UNITS.contains(&unit.as_str()) {
            continue;
        }
        let (start, _) = pair[0];
        let Some((value, _)) = number_at(text, start) else {
            continue;
        };
        let end = pair[1].0
            + pair[1]
                .1
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .len();
        found.push((format!("{unit} {verb} since {year}"), value, start, end));
    }
    found
}

/// A number at byte `at`: "4,200", "1.5", "12", or a number word ("two"). Its value and end.
fn number_at(text: &str, at: usize) -> Option<(f64, usize)> {
    let rest = text.get(at..)?;
    // Most words are neither a number nor a number word: let go by their first letter.
    let first = *rest.as_bytes().first()?;
    if first.is_ascii_alphabetic()
        && NUMBER_WORD_INITIALS & (1 << (first.to_ascii_lowercase() - b'a')) == 0
    {
        return None;
    }
    let digits_end = rest
        .char_indices()
        .find(|&(k, c)| {
            !(c.is_ascii_digit()
                || ((c == ',' || c == '.')
                    && rest[k + 1..].starts_with(|d: char| d.is_ascii_digit())))
        })
        .map_or(rest.len(), |(k, _)| k);
    if digits_end > 0 && rest.starts_with(|c: char| c.is_ascii_digit()) {
        let value: f64 = rest[..digits_end].replace(',', "").parse().ok()?;
        return Some((value, at + digits_end));
    }
    let word_end = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    // Compared in any case in place: this runs at every word, and the names are lower case.
    let word = &rest[..word_end];
    NUMBER_WORDS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, value)| (*value, at + word_end))
}

/// "-page report" after a number: the unit, the noun, and the end of the noun.
fn hyphenated(text: &str, at: usize) -> Option<(String, String, usize)> {
    let rest = text[at..].strip_prefix('-')?;
    let unit_len = rest
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(rest.len());
    let unit = &rest[..unit_len];
    if unit.is_empty() || unit == "year" && rest[unit_len..].starts_with("-old") {
        return None;
    }
    let (noun, noun_end) = next_noun(text, at + 1 + unit_len)?;
    Some((unit.to_string(), noun, noun_end))
}

/// "$1.5 billion package": the amount in dollars and the noun.
fn money(text: &str, value: f64, at: usize) -> Option<(String, f64, usize)> {
    let mut value = value;
    let mut end = at;
    let rest = &text[at..];
    let trimmed = rest.trim_start();
    for (scale, factor) in SCALES {
        if trimmed.starts_with(scale) && rest.len() > trimmed.len() {
            value *= factor;
            end = at + (rest.len() - trimmed.len()) + scale.len();
            break;
        }
    }
    let (noun, noun_end) = next_noun(text, end)?;
    Some((format!("$ {noun}"), value, noun_end))
}

/// The lower-case word right after `at` (one space away), when it can be a noun.
fn next_noun(text: &str, at: usize) -> Option<(String, usize)> {
    let rest = text.get(at..)?.strip_prefix(' ')?;
    let len = rest
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(rest.len());
    let noun = &rest[..len];
    if noun.len() < 2 || NOT_NOUNS.contains(&noun) {
        return None;
    }
    Some((noun.to_string(), at + 1 + len))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{hits_in, sentence};
    use super::*;
    use proptest::prelude::*;

    /// [`number_at`] as it was, lowering the word into a `String`: the reference.
    fn old_number_at(text: &str, at: usize) -> Option<(f64, usize)> {
        let rest = text.get(at..)?;
        let digits_end = rest
            .char_indices()
            .find(|&(k, c)| {
                !(c.is_ascii_digit()
                    || ((c == ',' || c == '.')
                        && rest[k + 1..].starts_with(|d: char| d.is_ascii_digit())))
            })
            .map_or(rest.len(), |(k, _)| k);
        if digits_end > 0 && rest.starts_with(|c: char| c.is_ascii_digit()) {
            let value: f64 = rest[..digits_end].replace(',', "").parse().ok()?;
            return Some((value, at + digits_end));
        }
        let word_end = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        let word = rest[..word_end].to_ascii_lowercase();
        NUMBER_WORDS
            .iter()
            .find(|(name, _)| *name == word)
            .map(|(_, value)| (*value, at + word_end))
    }

    /// [`measured_changes`] as it was, lowering every word of every sentence: the reference.
    fn old_measured_changes(text: &str) -> Vec<(String, f64, usize, usize)> {
        let words: Vec<(usize, &str)> = text
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
            .collect();
        let clean = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        };
        let year = words.windows(2).find_map(|pair| {
            let year = clean(pair[1].1);
            (clean(pair[0].1) == "since"
                && year.len() == 4
                && year.bytes().all(|b| b.is_ascii_digit()))
            .then_some(year)
        });
        let Some(year) = year else { return Vec::new() };
        let Some(verb) = words.iter().find_map(|(_, w)| {
            let w = clean(w);
            CHANGE_STEMS
                .iter()
                .find(|stem| w.starts_with(*stem))
                .copied()
        }) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for pair in words.windows(2) {
            let unit = clean(pair[1].1);
            if !UNITS.contains(&unit.as_str()) {
                continue;
            }
            let (start, _) = pair[0];
            let Some((value, _)) = old_number_at(text, start) else {
                continue;
            };
            let end = pair[1].0
                + pair[1]
                    .1
                    .trim_end_matches(|c: char| !c.is_alphanumeric())
                    .len();
            found.push((format!("{unit} {verb} since {year}"), value, start, end));
        }
        found
    }

    /// [`constructions`] as it was, trying every word start as a number: the reference.
    fn old_constructions(text: &str) -> Vec<(String, f64, usize, usize)> {
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let at_word_start =
                i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'.');
            if !at_word_start {
                i += 1;
                continue;
            }
            let dollar = bytes[i] == b'$';
            let number_start = if dollar { i + 1 } else { i };
            let Some((value, after_number)) = old_number_at(text, number_start) else {
                i += 1;
                continue;
            };
            let parsed = if dollar {
                money(text, value, after_number)
            } else {
                hyphenated(text, after_number)
                    .map(|(unit, noun, end)| (format!("{unit}-{noun}"), value, end))
            };
            match parsed {
                Some((key, value, end)) => {
                    found.push((key, value, i, end));
                    i = end;
                }
                None => i = after_number.max(i + 1),
            }
        }
        found.extend(old_measured_changes(text));
        found
    }

    fn vocabulary() -> Vec<String> {
        let names = NUMBER_WORDS.iter().chain(SCALES).map(|(w, _)| *w);
        names
            .chain(UNITS.iter().copied())
            .chain(NOT_NOUNS.iter().copied())
            .chain([
                "retreated",
                "fell",
                "rose",
                "since",
                "1985",
                "page",
                "report",
            ])
            .chain([
                "since 1985",
                "SINCE 2001,",
                "1.4 kilometers",
                "12 percent",
                "two tons",
            ])
            .map(str::to_string)
            .collect()
    }

    proptest! {
        #[test]
        fn numbers_and_changes_are_read_as_the_lowered_copies_read_them(
            text in sentence(vocabulary())
        ) {
            for at in (0..=text.len()).filter(|&at| text.is_char_boundary(at)) {
                prop_assert_eq!(number_at(&text, at), old_number_at(&text, at), "{} {:?}", at, text);
            }
            prop_assert_eq!(measured_changes(&text), old_measured_changes(&text), "{:?}", text);
            prop_assert_eq!(constructions(&text), old_constructions(&text), "{:?}", text);
        }
    }

    #[test]
    fn a_change_measured_twice_since_the_same_year_must_agree() {
        let text = "The front has retreated 1.4 kilometers since 1985.";
        let later = "The 1.7 kilometers the glacier has retreated since 1985 are visible.";
        assert_eq!(measured_changes(text)[0].0, "kilometers retreat since 1985");
        assert_eq!(measured_changes(text)[0].1, 1.4);
        assert_eq!(
            measured_changes(later)[0].0,
            "kilometers retreat since 1985"
        );
        // Another period, or no verb of change, is another quantity.
        assert!(measured_changes("It is 1.4 kilometers long since 1985 records began.").is_empty());
        assert_eq!(
            measured_changes("Sea ice fell 12 percent since 1990.")[0].0,
            "percent fell since 1990"
        );
    }

    #[test]
    fn reads_hyphenated_and_money_quantities() {
        let found =
            constructions("the 4,200-page report, a two-day visit and a $1.5 billion package");
        let got: Vec<(&str, f64)> = found.iter().map(|(k, v, _, _)| (k.as_str(), *v)).collect();
        assert_eq!(
            got,
            [
                ("page-report", 4200.0),
                ("day-visit", 2.0),
                ("$ package", 1.5e9)
            ]
        );
    }

    #[test]
    fn flags_the_same_thing_given_two_values() {
        let found = hits_in(
            find,
            &[
                "The 4,200-page report was released on Friday.",
                "Critics read the 4,100-page report overnight.",
            ],
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .message
                .contains("'4,200-page report' and '4,100-page report'")
        );
        assert_eq!(found[0].statements, [0, 1]);
        let money = hits_in(
            find,
            &[
                "Congress passed a $1.5 billion package.",
                "The $1.2 billion package funds agents.",
            ],
        );
        assert_eq!(money.len(), 1);
        let words = hits_in(
            find,
            &["It was a two-day visit.", "The three-day visit ended."],
        );
        assert_eq!(words.len(), 1);
    }

    #[test]
    fn the_same_value_or_different_things_are_fine() {
        let sentences = [
            "The 4,200-page report and its 300-page appendix were released.",
            "The 4,200-page report is long; a $2 billion loan and a $1.5 billion package followed.",
            "A 45-year-old man and a 46-year-old man were arrested.",
            "He spent $3 million in cash and $4 million in bonds.",
        ];
        assert!(hits_in(find, &sentences).is_empty());
    }
}
