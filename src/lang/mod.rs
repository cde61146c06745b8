//! The six languages factdesk reads, and each one's words: month and weekday names, how dates
//! are written, byline words, quotation marks, abbreviations and speech verbs. The words live in
//! data files, one per language (`lang/*.json` at the top of the repository), compiled in and
//! parsed once, on first use. Which language a text is in comes from `--lang` or from
//! [`detect`] (whatlang, limited to these six).

pub mod dates;
pub mod dating;
pub(crate) mod lower;

use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::{Kind, Span};
use crate::parse::kinds::words::FxHashMap;
use crate::parse::split::Sentence;
use lower::Lower;

/// A language factdesk has words for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Language {
    #[default]
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

    /// The language a revision's metadata names (`"es"`), English when it names none.
    pub fn of_code(code: Option<&str>) -> Language {
        code.and_then(Language::from_name).unwrap_or_default()
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
            let mut words: Words = serde_json::from_str(self.data()).unwrap_or_else(|e| {
                panic!("lang/{}.json is compiled in and tested: {e}", self.code())
            });
            words.lookup = Lookup::of(&words);
            words
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
    /// Labels that open a publication line ("Published", "Publicado").
    pub published_words: Vec<String>,
    /// The word a byline opens with ("By", "Por").
    pub byline_words: Vec<String>,
    /// Quotation mark pairs, opening and closing (the same character when a language uses one
    /// mark for both, as Swedish does with ” ”).
    pub quotes: Vec<[String; 2]>,
    /// Whether a paragraph opening with a dash (— or –) is dialogue: a quotation.
    pub dialogue_dash: bool,
    /// Abbreviations after which a sentence never ends: titles before a name (Dña., M.) and
    /// connectives (z. B., t.ex.). Those that may close a sentence (etc., usw.) are not listed.
    /// English's are the splitter's own (`src/parse/split/words.rs`), so its list is empty.
    pub abbreviations: Vec<String>,
    /// Verbs (or verb phrases, and for English cue words such as "according") that attribute a
    /// quotation to a speaker.
    pub speech_verbs: Vec<String>,
    /// Acronyms a reader of this language knows without a definition (PSOE, SPD, FN).
    pub well_known_acronyms: Vec<String>,
    /// Words that make a statement true only for a while, by class ("currently", "42-year-old",
    /// a title): a check on them holds as long as the checklist's expiry policy says.
    #[serde(default)]
    pub dating_words: dating::DatingWords,
    /// The lists above arranged for lookups, built once when the file is read.
    #[serde(skip)]
    lookup: Lookup,
}

/// Month or weekday forms, folded (without a trailing full stop, in lower case): their number.
#[derive(Debug, Default)]
struct Forms {
    by_form: FxHashMap<Box<str>, u32>,
    /// The shortest and longest form, in bytes.
    lengths: (usize, usize),
}

impl Forms {
    /// The forms of `lists`, numbered from `first`; the first list naming a form wins, as the
    /// scan of the lists did.
    fn of(lists: &[Vec<String>], first: u32) -> Forms {
        let mut by_form: FxHashMap<Box<str>, u32> = FxHashMap::default();
        for (n, forms) in (first..).zip(lists) {
            for form in forms {
                by_form
                    .entry(form.trim_end_matches('.').to_lowercase().into())
                    .or_insert(n);
            }
        }
        let lengths = by_form.keys().map(|f| f.len());
        let lengths = (
            lengths.clone().min().unwrap_or(0),
            lengths.max().unwrap_or(0),
        );
        Forms { by_form, lengths }
    }

    fn get(&self, word: &str) -> Option<u32> {
        let word = word.trim_end_matches('.');
        // Lowering keeps an ASCII word's length: one shorter or longer than every form (a
        // dotted initial, most words of a text) is none of them, without being lowered.
        let (shortest, longest) = self.lengths;
        if word.is_ascii() && !(shortest..=longest).contains(&word.len()) {
            return None;
        }
        self.by_form.get(Lower::of(word)?.as_str()).copied()
    }
}

/// What the rules ask of a language's lists for every word of a text, answered by a hash lookup
/// of the word lowered on the stack instead of comparing it, lowered into a new `String`, with
/// every form lowered again.
#[derive(Debug, Default)]
struct Lookup {
    /// Each folded month form: its month (1–12).
    months: Forms,
    /// Each folded weekday form: its weekday (0 = Monday).
    weekdays: Forms,
    /// The byline words in upper case ("POR").
    bylines_upper: Vec<String>,
    /// Each speech verb by its first word: the words that must follow it.
    speech: FxHashMap<Box<str>, Vec<Vec<Box<str>>>>,
}

impl Lookup {
    fn of(words: &Words) -> Lookup {
        let mut speech: FxHashMap<Box<str>, Vec<Vec<Box<str>>>> = FxHashMap::default();
        for verb in &words.speech_verbs {
            let mut pieces = verb.split([' ', '-']).filter(|w| !w.is_empty());
            if let Some(first) = pieces.next() {
                speech
                    .entry(first.into())
                    .or_default()
                    .push(pieces.map(Into::into).collect());
            }
        }
        Lookup {
            months: Forms::of(&words.months, 1),
            weekdays: Forms::of(&words.weekdays, 0),
            bylines_upper: words
                .byline_words
                .iter()
                .map(|b| b.to_uppercase())
                .collect(),
            speech,
        }
    }
}

impl Words {
    /// The month (1–12) a word names, in any case, with or without an abbreviation's full stop.
    pub fn month(&self, word: &str) -> Option<u32> {
        self.lookup.months.get(word)
    }

    /// The weekday (0 = Monday) a word names.
    pub fn weekday(&self, word: &str) -> Option<u32> {
        self.lookup.weekdays.get(word)
    }

    /// "Por" or "POR" opening a byline; English "By" is read in every language, since a web
    /// page's byline is written as a "By" line in its extracted text.
    pub fn is_byline_word(&self, word: &str) -> bool {
        word == "By"
            || word == "BY"
            || self.byline_words.iter().any(|b| b == word)
            || self.lookup.bylines_upper.iter().any(|b| b == word)
    }

    /// Whether `text` holds one of the speech verbs (or verb phrases: "a déclaré", matched word
    /// by word, hyphens as spaces: "a-t-elle déclaré").
    pub fn has_speech_verb(&self, text: &str) -> bool {
        let mut words = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        let is = |word: &str, piece: &str| Lower::of(word).is_some_and(|l| l.as_str() == piece);
        while let Some(word) = words.next() {
            let Some(rests) = Lower::of(word).and_then(|l| self.lookup.speech.get(l.as_str()))
            else {
                continue;
            };
            let follows = |rest: &Vec<Box<str>>| {
                let mut after = words.clone();
                rest.iter()
                    .all(|piece| after.next().is_some_and(|w| is(w, piece)))
            };
            if rests.iter().any(follows) {
                return true;
            }
        }
        false
    }

    /// Whether `text` is a line of dialogue: in a language that marks speech with a dash, a
    /// paragraph opening with one ("—Si no llueve, habrá cortes —advirtió").
    pub fn is_dialogue(&self, text: &str) -> bool {
        self.dialogue_dash
            && text
                .trim_start()
                .strip_prefix(['—', '–'])
                .is_some_and(|rest| {
                    rest.starts_with(char::is_alphabetic) || rest.starts_with(['¿', '¡'])
                })
    }
}

/// The kinds a statement carries in `language` beyond what the kind rules read (they read
/// English words): an attribution by one of its speech verbs, a quotation by a dialogue dash.
pub fn kinds(text: &str, language: Language) -> impl Iterator<Item = Kind> {
    let words = language.words();
    let foreign = language != Language::English;
    [
        (Kind::Attribution, foreign && words.has_speech_verb(text)),
        (Kind::Quote, words.is_dialogue(text)),
    ]
    .into_iter()
    .filter_map(|(kind, present)| present.then_some(kind))
}

/// Every language's byline words: an HTML byline element may be in any of them.
pub fn byline_words() -> impl Iterator<Item = &'static str> {
    Language::ALL
        .into_iter()
        .flat_map(|l| l.words().byline_words.iter().map(String::as_str))
}

/// The abbreviations of a language after which a sentence never ends, for the sentence
/// splitter.
pub fn abbreviations(language: Language) -> &'static [String] {
    &language.words().abbreviations
}

/// Joins sentences the splitter ended after one of `language`'s abbreviations ("Dña. Carmen",
/// "z. B. die", "t.ex. skolor"): the splitter's own lists are English; a full stop of these never
/// ends a sentence. English is left as the splitter made it.
pub fn rejoin(text: &str, sentences: Vec<Sentence>, language: Language) -> Vec<Sentence> {
    if language == Language::English {
        return sentences;
    }
    let mut out: Vec<Sentence> = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        match out.last_mut() {
            Some(previous)
                if ends_in_abbreviation(text, previous.span.end, language)
                    || ordinal_before_month(
                        text,
                        previous.span.end,
                        sentence.span.start,
                        language,
                    ) =>
            {
                previous.span = Span::new(previous.span.start, sentence.span.end);
                previous.quotation = previous.quotation.or(sentence.quotation);
            }
            _ => out.push(sentence),
        }
    }
    out
}

/// "am 12. März": a day written as an ordinal ("12.") before a month name is a date, not the end
/// of a sentence.
fn ordinal_before_month(text: &str, end: usize, next: usize, language: Language) -> bool {
    let before = text[..end].trim_end_matches('.');
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let month_follows = text[next..]
        .split(|c: char| !c.is_alphabetic() && c != '.')
        .next()
        .is_some_and(|word| language.words().month(word).is_some());
    text[..end].ends_with('.') && (1..=2).contains(&digits) && month_follows
}

/// Whether an abbreviation of `language` covers the full stop just before `end`: "Dña." ending
/// there, or "p. ej." running across it.
fn ends_in_abbreviation(text: &str, end: usize, language: Language) -> bool {
    if !text[..end].ends_with('.') {
        return false;
    }
    language.words().abbreviations.iter().any(|abbreviation| {
        let mut from = end.saturating_sub(abbreviation.len());
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (end + abbreviation.len()).min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        text[from..to]
            .match_indices(abbreviation.as_str())
            .any(|(at, _)| {
                let start = from + at;
                let stop = start + abbreviation.len();
                let word_start = text[..start]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                word_start && start < end && stop >= end
            })
    })
}

/// Texts shorter than this are too little to tell a language from; they read as English.
const MIN_DETECT_CHARS: usize = 40;

/// The language a text is written in, among the six; English when the text is too short or
/// detection is unsure.
pub fn detect(text: &str) -> Language {
    // Counting stops at the bound: a long text is not read whole just to say it is long enough.
    if text
        .chars()
        .filter(|c| c.is_alphabetic())
        .nth(MIN_DETECT_CHARS - 1)
        .is_none()
    {
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
    let sample = sample(text);
    match detector.detect_lang(&sample) {
        Some(Lang::Spa) => Language::Spanish,
        Some(Lang::Fra) => Language::French,
        Some(Lang::Deu) => Language::German,
        Some(Lang::Por) => Language::Portuguese,
        Some(Lang::Swe) => Language::Swedish,
        _ => Language::English,
    }
}

/// A text up to this size is read whole by the language detector; a longer one (the input
/// limit is 5 MiB) through [`SAMPLE_WINDOWS`] windows spread evenly over it: the detector's
/// time grows with what it reads, and the tells of a language are in every paragraph.
const WHOLE_UP_TO: usize = 64 * 1024;
const SAMPLE_WINDOWS: usize = 16;

/// The text the detector reads: all of `text`, or windows spread over a long one.
fn sample(text: &str) -> std::borrow::Cow<'_, str> {
    if text.len() <= WHOLE_UP_TO {
        return text.into();
    }
    let window = WHOLE_UP_TO / SAMPLE_WINDOWS;
    let step = text.len() / SAMPLE_WINDOWS;
    let mut sample = String::with_capacity(WHOLE_UP_TO + SAMPLE_WINDOWS);
    for n in 0..SAMPLE_WINDOWS {
        let start = floor_char_boundary(text, n * step);
        let end = floor_char_boundary(text, start + window);
        sample.push_str(&text[start..end]);
        sample.push('\n');
    }
    sample.into()
}

/// The largest char boundary of `text` at or before `at`.
fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod lookup_tests;
#[cfg(test)]
mod tests;
