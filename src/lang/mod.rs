//! The six languages factdesk reads, and each one's words: month and weekday names, how dates
//! are written, byline words, quotation marks, abbreviations and speech verbs. The words live in
//! data files, one per language (`lang/*.json` at the top of the repository), compiled in and
//! parsed once, on first use. Which language a text is in comes from `--lang` or from
//! [`detect`] (whatlang, limited to these six).

use std::sync::OnceLock;

use serde::Deserialize;

/// A language factdesk has words for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    Spanish,
    French,
    German,
    Portuguese,
    Swedish,
}

impl Language {
    pub const ALL: [Language; 6] = [
        Language::English,
        Language::Spanish,
        Language::French,
        Language::German,
        Language::Portuguese,
        Language::Swedish,
    ];

    /// The ISO 639-1 code, as stored and as `--lang` takes it.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::French => "fr",
            Language::German => "de",
            Language::Portuguese => "pt",
            Language::Swedish => "sv",
        }
    }

    /// A code (`es`) or an English name (`spanish`), any case.
    pub fn from_name(name: &str) -> Option<Language> {
        let name = name.trim().to_ascii_lowercase();
        Language::ALL
            .into_iter()
            .find(|l| l.code() == name || l.words().name.eq_ignore_ascii_case(&name))
    }

    fn data(self) -> &'static str {
        match self {
            Language::English => include_str!("../../lang/en.json"),
            Language::Spanish => include_str!("../../lang/es.json"),
            Language::French => include_str!("../../lang/fr.json"),
            Language::German => include_str!("../../lang/de.json"),
            Language::Portuguese => include_str!("../../lang/pt.json"),
            Language::Swedish => include_str!("../../lang/sv.json"),
        }
    }

    /// This language's words, parsed from its data file the first time they are asked for.
    pub fn words(self) -> &'static Words {
        static LOADED: [OnceLock<Words>; 6] = [const { OnceLock::new() }; 6];
        let index = Language::ALL
            .iter()
            .position(|l| *l == self)
            .expect("listed");
        LOADED[index].get_or_init(|| {
            serde_json::from_str(self.data()).unwrap_or_else(|e| {
                panic!("lang/{}.json is compiled in and tested: {e}", self.code())
            })
        })
    }
}

/// One language's words, as its data file spells them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    pub code: String,
    pub name: String,
    /// Twelve entries, January first: each month's forms (full name, abbreviations).
    pub months: Vec<Vec<String>>,
    /// Seven entries, Monday first: each weekday's forms.
    pub weekdays: Vec<Vec<String>>,
    /// Words that may stand between the day, the month and the year ("13 de marzo de 2026").
    pub date_connectors: Vec<String>,
    /// Words that may stand between a weekday and the day ("tisdagen den 3 mars").
    pub weekday_joiners: Vec<String>,
    /// Dates as this language writes them, each with its weekday (the tests read every one).
    pub date_examples: Vec<String>,
    /// The word a byline opens with ("By", "Por").
    pub byline_words: Vec<String>,
    /// Quotation mark pairs, opening and closing (the same character when a language uses one
    /// mark for both, as Swedish does with ” ”).
    pub quotes: Vec<[String; 2]>,
    /// Whether a paragraph opening with a dash (— or –) is dialogue: a quotation.
    pub dialogue_dash: bool,
    /// Abbreviations whose full stop does not end a sentence.
    pub abbreviations: Vec<String>,
    /// Verbs (or verb phrases) that attribute a quotation to a speaker.
    pub speech_verbs: Vec<String>,
}

fn fold(word: &str) -> String {
    word.trim_end_matches('.').to_lowercase()
}

impl Words {
    /// The month (1–12) a word names, in any case, with or without an abbreviation's full stop.
    pub fn month(&self, word: &str) -> Option<u32> {
        let word = fold(word);
        self.months
            .iter()
            .position(|forms| forms.iter().any(|f| fold(f) == word))
            .map(|i| i as u32 + 1)
    }

    /// The weekday (0 = Monday) a word names.
    pub fn weekday(&self, word: &str) -> Option<u32> {
        let word = fold(word);
        self.weekdays
            .iter()
            .position(|forms| forms.iter().any(|f| fold(f) == word))
            .map(|i| i as u32)
    }

    pub fn is_byline_word(&self, word: &str) -> bool {
        self.byline_words.iter().any(|b| b == word)
    }

    /// Whether `text` opens with a speech verb (after spaces and a comma): a quotation followed by
    /// one has a speaker.
    pub fn opens_with_speech_verb(&self, text: &str) -> bool {
        let rest = text.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        let lower = rest.to_lowercase();
        self.speech_verbs.iter().any(|verb| {
            lower.starts_with(verb.as_str())
                && !lower[verb.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
    }
}

/// Every language's byline words: an HTML byline element may be in any of them.
pub fn byline_words() -> impl Iterator<Item = &'static str> {
    Language::ALL
        .into_iter()
        .flat_map(|l| l.words().byline_words.iter().map(String::as_str))
}

/// The abbreviations of a language, for the sentence splitter.
pub fn abbreviations(language: Language) -> &'static [String] {
    &language.words().abbreviations
}

/// Texts shorter than this are too little to tell a language from; they read as English.
const MIN_DETECT_CHARS: usize = 40;

/// The language a text is written in, among the six; English when the text is too short or
/// detection is unsure.
pub fn detect(text: &str) -> Language {
    if text.chars().filter(|c| c.is_alphabetic()).count() < MIN_DETECT_CHARS {
        return Language::English;
    }
    use whatlang::Lang;
    let detector = whatlang::Detector::with_allowlist(vec![
        Lang::Eng,
        Lang::Spa,
        Lang::Fra,
        Lang::Deu,
        Lang::Por,
        Lang::Swe,
    ]);
    match detector.detect_lang(text) {
        Some(Lang::Spa) => Language::Spanish,
        Some(Lang::Fra) => Language::French,
        Some(Lang::Deu) => Language::German,
        Some(Lang::Por) => Language::Portuguese,
        Some(Lang::Swe) => Language::Swedish,
        _ => Language::English,
    }
}

#[cfg(test)]
mod tests;
