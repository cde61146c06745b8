//! The words that date a statement, per language: `dating_words` in each `lang/*.json`, one
//! list per [`DatingClass`]. A phrase is found as whole words in any case, `#` standing for a
//! number, so "#-year-old" finds "42-year-old" and "as of" finds "As of March".

use std::sync::OnceLock;

use serde::Deserialize;

use super::Language;
use super::lower::Lower;
use crate::model::DatingClass;
use crate::parse::kinds::words::FxHashMap;

/// One language's dating words, one list per class (a language may leave a class empty).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DatingWords {
    pub ongoing: Vec<String>,
    pub recent: Vec<String>,
    pub relative: Vec<String>,
    pub age: Vec<String>,
    pub title: Vec<String>,
}

impl DatingWords {
    /// The phrases of one class.
    pub fn of(&self, class: DatingClass) -> &[String] {
        match class {
            DatingClass::Ongoing => &self.ongoing,
            DatingClass::Recent => &self.recent,
            DatingClass::Relative => &self.relative,
            DatingClass::Age => &self.age,
            DatingClass::Title => &self.title,
        }
    }
}

/// A phrase's word: a lowercase word, or `#`, any number.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Word(String),
    Number,
}

/// A language's phrases, indexed by their first word (or kept apart when they open with `#`), so
/// a statement is read once, each word looking up only the phrases that may start there.
#[derive(Debug, Default)]
struct Phrases {
    by_first_word: FxHashMap<String, Vec<(DatingClass, Vec<Token>)>>,
    number_first: Vec<(DatingClass, Vec<Token>)>,
}

fn phrases(language: Language) -> &'static Phrases {
    static BUILT: [OnceLock<Phrases>; 6] = [const { OnceLock::new() }; 6];
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .expect("listed");
    BUILT[index].get_or_init(|| {
        let mut built = Phrases::default();
        let words = &language.words().dating_words;
        for class in DatingClass::ALL.iter().copied() {
            for phrase in words.of(class) {
                let tokens: Vec<Token> = words_of(phrase)
                    .map(|(_, word)| {
                        if word == "#" {
                            Token::Number
                        } else {
                            Token::Word(word.to_lowercase())
                        }
                    })
                    .collect();
                match tokens.first() {
                    Some(Token::Word(first)) => built
                        .by_first_word
                        .entry(first.clone())
                        .or_default()
                        .push((class, tokens)),
                    Some(Token::Number) => built.number_first.push((class, tokens)),
                    None => {}
                }
            }
        }
        built
    })
}

/// The words of `text` with their byte offsets: runs of letters and digits (`#` kept as a word,
/// for the phrases). Hyphens, apostrophes and spaces all separate words alike.
fn words_of(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '#'))
        .filter(|word| !word.is_empty())
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

fn is_number(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_digit())
}

/// The dating words of `text` in `language`: for each class found, the first phrase of it as
/// written (`"42-year-old"`, `"As of"`), in class order.
pub fn find(text: &str, language: Language) -> Vec<(DatingClass, &str)> {
    let phrases = phrases(language);
    let words: Vec<(usize, &str)> = words_of(text).collect();
    // Lowered on the stack; a word too long for it is no listed word (tested), and a number is
    // told from the word as written (lowering changes no digit).
    let lower: Vec<Option<Lower>> = words.iter().map(|(_, w)| Lower::of(w)).collect();
    let is_word = |at: usize, expected: &str| lower[at].is_some_and(|l| l.as_str() == expected);
    let mut found: Vec<(DatingClass, &str)> = Vec::new();
    for start in 0..words.len() {
        let candidates = lower[start]
            .and_then(|l| phrases.by_first_word.get(l.as_str()))
            .into_iter()
            .flatten()
            .chain(
                is_number(words[start].1)
                    .then_some(&phrases.number_first)
                    .into_iter()
                    .flatten(),
            );
        for (class, tokens) in candidates {
            if found.iter().any(|(c, _)| c == class) {
                continue;
            }
            if start + tokens.len() > words.len() {
                continue;
            }
            let matches = (start..).zip(tokens).all(|(at, token)| match token {
                Token::Word(expected) => is_word(at, expected),
                Token::Number => is_number(words[at].1),
            });
            if matches {
                let (from, _) = words[start];
                let (at, last) = words[start + tokens.len() - 1];
                found.push((*class, &text[from..at + last.len()]));
            }
        }
    }
    found.sort_by_key(|(class, _)| *class);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`find`] as it was, lowering every word into a `String`: the reference for the stack.
    fn old_find(text: &str, language: Language) -> Vec<(DatingClass, &str)> {
        let phrases = phrases(language);
        let words: Vec<(usize, &str)> = words_of(text).collect();
        let lower: Vec<String> = words.iter().map(|(_, w)| w.to_lowercase()).collect();
        let mut found: Vec<(DatingClass, &str)> = Vec::new();
        for start in 0..words.len() {
            let candidates = phrases
                .by_first_word
                .get(&lower[start])
                .into_iter()
                .flatten()
                .chain(
                    is_number(&lower[start])
                        .then_some(&phrases.number_first)
                        .into_iter()
                        .flatten(),
                );
            for (class, tokens) in candidates {
                if found.iter().any(|(c, _)| c == class) {
                    continue;
                }
                let Some(window) = lower.get(start..start + tokens.len()) else {
                    continue;
                };
                let matches = window.iter().zip(tokens).all(|(word, token)| match token {
                    Token::Word(expected) => word == expected,
                    Token::Number => is_number(word),
                });
                if matches {
                    let (from, _) = words[start];
                    let (at, last) = words[start + tokens.len() - 1];
                    found.push((*class, &text[from..at + last.len()]));
                }
            }
        }
        found.sort_by_key(|(class, _)| *class);
        found
    }

    /// Text made of the languages' dating words, in any case, numbers and other words.
    fn text() -> impl Strategy<Value = String> {
        let mut listed: Vec<String> = Vec::new();
        for language in Language::ALL {
            for class in DatingClass::ALL.iter().copied() {
                listed.extend(language.words().dating_words.of(class).iter().cloned());
            }
        }
        let piece = prop_oneof![
            (0..listed.len(), any::<bool>()).prop_map(move |(i, upper)| {
                let phrase = listed[i].replace('#', "42");
                if upper { phrase.to_uppercase() } else { phrase }
            }),
            "[0-9]{1,3}",
            "[A-Za-zÄÖåéΣİ]{0,8}",
            "\\PC{0,6}",
        ];
        prop::collection::vec((piece, "[ ,.\\-]"), 0..10)
            .prop_map(|pieces| pieces.iter().flat_map(|(p, s)| [p.as_str(), s]).collect())
    }

    proptest! {
        #[test]
        fn dating_words_are_found_as_the_string_lowering_found_them(text in text()) {
            for language in Language::ALL {
                prop_assert_eq!(find(&text, language), old_find(&text, language));
            }
        }
    }

    #[test]
    fn every_phrase_word_fits_the_stack_buffer() {
        for language in Language::ALL {
            for tokens in phrases(language).by_first_word.values().flatten() {
                for token in &tokens.1 {
                    if let Token::Word(word) = token {
                        assert!(word.len() <= super::super::lower::MAX, "{word}");
                    }
                }
            }
        }
    }

    fn classes(text: &str, language: Language) -> Vec<(DatingClass, String)> {
        find(text, language)
            .into_iter()
            .map(|(c, w)| (c, w.to_string()))
            .collect()
    }

    #[test]
    fn english_phrases_are_found_as_whole_words_in_any_case() {
        let found = classes(
            "As of March, the 42-year-old chief executive currently runs 14 stores.",
            Language::English,
        );
        assert_eq!(
            found,
            vec![
                (DatingClass::Ongoing, "As of".to_string()),
                (DatingClass::Age, "42-year-old".to_string()),
                (DatingClass::Title, "chief executive".to_string()),
            ]
        );
        // Part of a word is not the word: "nowhere", "stillness", "ceos".
        assert_eq!(
            classes("Nowhere was the stillness louder.", Language::English),
            vec![]
        );
        // `#` is a number, not any word.
        assert_eq!(classes("the year-old dispute", Language::English), vec![]);
    }

    #[test]
    fn german_phrases_are_read_in_german_text_only() {
        let text = "Der 42-Jährige ist derzeit Vorsitzender der Partei.";
        assert_eq!(
            classes(text, Language::German),
            vec![
                (DatingClass::Ongoing, "derzeit".to_string()),
                (DatingClass::Age, "42-Jährige".to_string()),
                (DatingClass::Title, "Vorsitzender".to_string()),
            ]
        );
        assert_eq!(classes(text, Language::English), vec![]);
    }

    #[test]
    fn each_language_finds_its_own_dating_words() {
        for (language, text, class, words) in [
            (
                Language::Spanish,
                "La alcaldesa tiene actualmente 41 años.",
                DatingClass::Ongoing,
                "actualmente",
            ),
            (
                Language::French,
                "Le maire, âgé de 58 ans, a parlé hier.",
                DatingClass::Relative,
                "hier",
            ),
            (
                Language::Portuguese,
                "O prefeito tem até agora 12 votos.",
                DatingClass::Ongoing,
                "até agora",
            ),
            (
                Language::Swedish,
                "Den 42-årige ordföranden talade i veckan.",
                DatingClass::Age,
                "42-årige",
            ),
        ] {
            let found = classes(text, language);
            assert!(
                found.contains(&(class, words.to_string())),
                "{}: {found:?}",
                language.code()
            );
        }
    }

    #[test]
    fn every_language_file_reads_its_dating_words() {
        for language in Language::ALL {
            let words = &language.words().dating_words;
            for class in DatingClass::ALL.iter().copied() {
                for phrase in words.of(class) {
                    assert!(
                        words_of(phrase).next().is_some(),
                        "{}: an empty phrase under {class}",
                        language.code()
                    );
                }
            }
        }
        for language in Language::ALL {
            let words = &language.words().dating_words;
            for class in DatingClass::ALL.iter().copied() {
                assert!(
                    !words.of(class).is_empty(),
                    "{} lists no {class} words",
                    language.code()
                );
            }
        }
    }
}
