//! name-variants (titles): the same person given two titles in one article, "President
//! Sheinbaum" and later "Minister Sheinbaum". People are matched by the last word of the name
//! that follows a title. Courtesy titles (Mr., Ms., Dr.) go with any office and are not read.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use super::Hit;
use super::conflicts::{Mention, disagreements};
use super::text::{Doc, Sentence, Word, strip_possessive};
use crate::parse::kinds::words::FxHashMap;

/// A title as written, word by word, and the office it names.
type Title = (&'static [&'static str], &'static str);

/// Written titles (longest first where one contains another) and the office they name. A
/// trailing full stop marks an abbreviation: the word must be followed by one.
const TITLES: &[Title] = &[
    (&["Prime", "Minister"], "prime minister"),
    (&["Vice", "President"], "vice president"),
    (&["Attorney", "General"], "attorney general"),
    (&["Chief", "Justice"], "chief justice"),
    (&["Lieutenant", "Governor"], "lieutenant governor"),
    (&["Foreign", "Minister"], "minister"),
    (&["Defense", "Minister"], "minister"),
    (&["Defence", "Minister"], "minister"),
    (&["Finance", "Minister"], "minister"),
    (&["Interior", "Minister"], "minister"),
    (&["President"], "president"),
    (&["Minister"], "minister"),
    (&["Secretary"], "secretary"),
    (&["Senator"], "senator"),
    (&["Sen."], "senator"),
    (&["Representative"], "representative"),
    (&["Rep."], "representative"),
    (&["Congressman"], "representative"),
    (&["Congresswoman"], "representative"),
    (&["Governor"], "governor"),
    (&["Gov."], "governor"),
    (&["Mayor"], "mayor"),
    (&["General"], "general"),
    (&["Gen."], "general"),
    (&["Admiral"], "admiral"),
    (&["Adm."], "admiral"),
    (&["Colonel"], "colonel"),
    (&["Col."], "colonel"),
    (&["Director"], "director"),
    (&["Chancellor"], "chancellor"),
    (&["Premier"], "premier"),
    (&["Judge"], "judge"),
    (&["Justice"], "justice"),
    (&["Ambassador"], "ambassador"),
    (&["Speaker"], "speaker"),
    (&["Commissioner"], "commissioner"),
    (&["Sheriff"], "sheriff"),
    (&["Chairman"], "chair"),
    (&["Chairwoman"], "chair"),
    (&["Chair"], "chair"),
    (&["King"], "king"),
    (&["Queen"], "queen"),
    (&["Prince"], "prince"),
    (&["Pope"], "pope"),
];

/// Capitalised words after a title that name an institution, not a person ("Justice
/// Department", "General Assembly").
const INSTITUTIONS: &[&str] = &[
    "Department",
    "Ministry",
    "Office",
    "Court",
    "Committee",
    "Council",
    "Agency",
    "House",
    "Senate",
    "Party",
    "Administration",
    "Government",
    "Assembly",
    "Commission",
    "Bureau",
    "Service",
    "Services",
    "Motors",
    "Electric",
    "Hospital",
    "Staff",
    "Palace",
    "Building",
];

pub(crate) fn find(doc: &Doc<'_>) -> Vec<Hit> {
    let mut by_person: BTreeMap<&str, Vec<Mention<&'static str>>> = BTreeMap::new();
    for sentence in &doc.sentences {
        let words = sentence.words_after_dateline();
        let mut i = 0;
        while i < words.len() {
            let Some((office, title_len)) = title_at(sentence, words, i) else {
                i += 1;
                continue;
            };
            let name_start = skip_portfolio(words, i + title_len);
            if let Some(surname) = surname(words, name_start) {
                let first = &words[i];
                let last_title_word = &words[i + title_len - 1];
                by_person.entry(surname).or_default().push(Mention {
                    value: office,
                    written: sentence.text[first.start..last_title_word.end].to_string(),
                    statement: sentence.index,
                    span: sentence.span_of(first.start, last_title_word.end),
                });
            }
            i += title_len;
        }
    }

    // The value of a mention is the office its title names.
    disagreements(by_person, |person, first, other| {
        format!(
            "{person} is called '{}' and later '{}'; check the title, or that they are different people",
            first.written, other.written
        )
    })
}

/// The titles by their first word as the words of a sentence hold it (an abbreviation without
/// its full stop), in [`TITLES`]' order: a word is looked up once instead of compared with
/// every title.
static BY_FIRST_WORD: LazyLock<FxHashMap<&'static str, Vec<&'static Title>>> =
    LazyLock::new(|| {
        let mut map: FxHashMap<&str, Vec<_>> = FxHashMap::default();
        for title in TITLES {
            let first = title.0[0];
            map.entry(first.strip_suffix('.').unwrap_or(first))
                .or_default()
                .push(title);
        }
        map
    });

/// The office of the title starting at word `i`, and how many words it takes.
fn title_at(
    sentence: &Sentence<'_>,
    words: &[Word<'_>],
    i: usize,
) -> Option<(&'static str, usize)> {
    let candidates = BY_FIRST_WORD.get(words[i].text)?;
    candidates.iter().find_map(|(phrase, office)| {
        let matches = phrase.len() <= words.len() - i
            && phrase.iter().zip(&words[i..]).all(|(expected, word)| {
                match expected.strip_suffix('.') {
                    Some(abbreviation) => {
                        word.text == abbreviation && sentence.text[word.end..].starts_with('.')
                    }
                    None => word.text == *expected,
                }
            });
        matches.then_some((*office, phrase.len()))
    })
}

/// "Secretary of State Marco Rubio": the portfolio is part of the title, not of the name.
fn skip_portfolio(words: &[Word<'_>], at: usize) -> usize {
    match (words.get(at), words.get(at + 1)) {
        (Some(of), Some(portfolio)) if of.text == "of" && portfolio.is_capitalised() => at + 2,
        _ => at,
    }
}

/// The last of up to three capitalised words (or initials, "JD Vance") starting at `at`, when they name a person.
fn surname<'a>(words: &[Word<'a>], at: usize) -> Option<&'a str> {
    let run: Vec<&Word<'a>> = words[at.min(words.len())..]
        .iter()
        .take(3)
        .take_while(|w| w.text.chars().next().is_some_and(char::is_uppercase))
        .collect();
    if run
        .iter()
        .any(|w| INSTITUTIONS.contains(&strip_possessive(w.text)))
    {
        return None;
    }
    run.last().map(|w| strip_possessive(w.text))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{article, hits_in, sentence};
    use super::*;
    use proptest::prelude::*;

    /// [`title_at`] as it was, comparing the word with every title: the reference for
    /// [`BY_FIRST_WORD`].
    fn old_title_at(
        sentence: &Sentence<'_>,
        words: &[Word<'_>],
        i: usize,
    ) -> Option<(&'static str, usize)> {
        TITLES.iter().find_map(|(phrase, office)| {
            let matches = phrase.len() <= words.len() - i
                && phrase.iter().zip(&words[i..]).all(|(expected, word)| {
                    match expected.strip_suffix('.') {
                        Some(abbreviation) => {
                            word.text == abbreviation && sentence.text[word.end..].starts_with('.')
                        }
                        None => word.text == *expected,
                    }
                });
            matches.then_some((*office, phrase.len()))
        })
    }

    fn vocabulary() -> Vec<String> {
        TITLES
            .iter()
            .flat_map(|(phrase, _)| phrase.iter())
            .chain(INSTITUTIONS)
            .map(|w| w.to_string())
            .chain(["of".to_string(), "State".to_string()])
            .collect()
    }

    proptest! {
        #[test]
        fn titles_are_found_where_the_list_scan_found_them(text in sentence(vocabulary())) {
            let (full, parsed) = article(&[&[text.as_str()]]);
            let doc = Doc::new(&full, &parsed);
            for s in &doc.sentences {
                let words = s.words_after_dateline();
                for i in 0..words.len() {
                    prop_assert_eq!(title_at(s, words, i), old_title_at(s, words, i), "{:?}", text);
                }
            }
        }
    }

    #[test]
    fn flags_a_title_that_changes() {
        let hits = hits_in(
            find,
            &[
                "President Claudia Sheinbaum rejected the plan.",
                "Minister Sheinbaum’s office said talks continue.",
            ],
        );
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert!(hits[0].message.contains("'President' and later 'Minister'"));
        assert_eq!(hits[0].statements, [0, 1]);
        let hits = hits_in(
            find,
            &["Sen. Ana Ruiz voted no.", "Gov. Ruiz later changed course."],
        );
        assert_eq!(hits.len(), 1, "{hits:?}");
    }

    #[test]
    fn the_same_office_written_differently_is_fine() {
        let sentences = [
            "Senator Ana Ruiz voted no.",
            "Sen. Ruiz later changed course.",
            "Secretary of State Marco Rubio spoke; Secretary Rubio then left.",
            "Foreign Minister Juan Ramírez met aides; Minister Ramírez's aides left.",
        ];
        assert!(hits_in(find, &sentences).is_empty());
    }

    #[test]
    fn institutions_and_different_people_are_not_confused() {
        let sentences = [
            "President Claudia Sheinbaum met Justice Department officials.",
            "General Assembly delegates and Director Kash Patel attended.",
            "Vice President JD Vance and President Donald Trump spoke.",
        ];
        assert!(hits_in(find, &sentences).is_empty());
    }
}
