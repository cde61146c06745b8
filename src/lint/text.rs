//! The revision as the rules read it: statements tokenised once into words with offsets, grouped
//! by paragraph, with the publication date understood. Built once per `run`.

use chrono::NaiveDate;

use super::dates;
use crate::model::{Metadata, Span};
use crate::parse::ParsedRevision;

/// One word: a run of letters and digits, with apostrophes inside it ("Mexico’s", "don't").
/// Offsets are bytes into its sentence's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

impl Word<'_> {
    /// First letter upper case and at least one lower-case letter: "Sheinbaum", not "CIA".
    pub fn is_capitalised(&self) -> bool {
        // Every rule asks this of every word; an ASCII word is answered from its bytes.
        if let [first, rest @ ..] = self.text.as_bytes()
            && self.text.is_ascii()
        {
            return first.is_ascii_uppercase() && rest.iter().any(u8::is_ascii_lowercase);
        }
        let mut chars = self.text.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
    }

    /// Two or more letters, all upper case (digits allowed after the first): "CIA", "G7".
    pub fn is_all_caps(&self) -> bool {
        if let [first, rest @ ..] = self.text.as_bytes()
            && self.text.is_ascii()
        {
            return first.is_ascii_uppercase()
                && !rest.is_empty()
                && rest
                    .iter()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        }
        let mut chars = self.text.chars();
        chars.next().is_some_and(char::is_uppercase)
            && self.text.chars().count() >= 2
            && chars.all(|c| c.is_uppercase() || c.is_ascii_digit())
    }

    pub fn is(&self, lower: &str) -> bool {
        self.text.eq_ignore_ascii_case(lower)
    }
}

/// The words of `text`, in order. Read a byte at a time: an ASCII byte is told by a table
/// test, and only other characters (and the character after an apostrophe) are decoded.
pub(crate) fn words(text: &str) -> Vec<Word<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut start = None;
    let mut i = 0;
    let alphabetic_at = |at: usize| text[at..].chars().next().is_some_and(char::is_alphabetic);
    while i < bytes.len() {
        let b = bytes[i];
        let (in_word, len) = if b.is_ascii() {
            let apostrophe = b == b'\'' && start.is_some() && alphabetic_at(i + 1);
            (b.is_ascii_alphanumeric() || apostrophe, 1)
        } else {
            let c = text[i..].chars().next().expect("a character starts here");
            let len = c.len_utf8();
            let apostrophe = c == '’' && start.is_some() && alphabetic_at(i + len);
            (c.is_alphanumeric() || apostrophe, len)
        };
        if in_word {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Word {
                text: &text[s..i],
                start: s,
                end: i,
            });
        }
        i += len;
    }
    if let Some(s) = start {
        out.push(Word {
            text: &text[s..],
            start: s,
            end: text.len(),
        });
    }
    out
}

/// One statement as the rules see it.
#[derive(Debug)]
pub(crate) struct Sentence<'a> {
    /// Index into the revision's statements: what a finding points at.
    pub index: usize,
    pub paragraph: u32,
    pub text: &'a str,
    pub span: Span,
    pub words: Vec<Word<'a>>,
    /// The statement text is exactly its span of the revision, so offsets inside it map to the
    /// revision (plain text); for Markdown they do not, and a finding points at the statement.
    exact: bool,
}

impl Sentence<'_> {
    /// The revision span of bytes `start..end` of this statement's text.
    pub fn span_of(&self, start: usize, end: usize) -> Span {
        if self.exact {
            Span::new(self.span.start + start, self.span.start + end)
        } else {
            self.span
        }
    }

    /// The words of the statement that are not part of a leading dateline ("WASHINGTON, DC.-").
    pub fn words_after_dateline(&self) -> &[Word<'_>] {
        let skip = dateline_len(self.text);
        let first = self.words.partition_point(|w| w.start < skip);
        &self.words[first..]
    }
}

/// The revision, tokenised.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub metadata: &'a Metadata,
    pub sentences: Vec<Sentence<'a>>,
    /// The publication date, from the metadata.
    pub published: Option<NaiveDate>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, parsed: &'a ParsedRevision) -> Doc<'a> {
        let sentences = parsed
            .statements
            .iter()
            .enumerate()
            .map(|(index, statement)| Sentence {
                index,
                paragraph: statement.paragraph,
                text: &statement.text,
                span: statement.span,
                words: words(&statement.text),
                exact: text.get(statement.span.start..statement.span.end)
                    == Some(statement.text.as_str()),
            })
            .collect();
        Doc {
            text,
            metadata: &parsed.metadata,
            sentences,
            published: publication_date(&parsed.metadata),
        }
    }

    /// The statements grouped by paragraph, in article order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &[Sentence<'a>]> {
        self.sentences.chunk_by(|a, b| a.paragraph == b.paragraph)
    }
}

/// The publication date: the parsed ISO date, or else the first full date in the raw line.
fn publication_date(metadata: &Metadata) -> Option<NaiveDate> {
    let published = metadata.published.as_ref()?;
    let parsed_date = published
        .date
        .as_deref()
        .and_then(|date| NaiveDate::parse_from_str(date, "%Y-%m-%d").ok());
    if parsed_date.is_some() {
        return parsed_date;
    }
    dates::find(&published.raw)
        .into_iter()
        .find_map(|mention| mention.resolve(None))
}

/// The length of a leading dateline: upper-case words, commas and full stops ending in a dash
/// ("WASHINGTON, DC.- ", "MEXICO CITY — "). 0 when the text does not start with one.
pub(crate) fn dateline_len(text: &str) -> usize {
    let mut saw_letters = false;
    for (i, c) in text.char_indices() {
        match c {
            '-' | '—' | '–' if saw_letters => {
                let rest = &text[i + c.len_utf8()..];
                return text.len() - rest.trim_start().len();
            }
            c if c.is_uppercase() => saw_letters = true,
            ' ' | ',' | '.' => {}
            _ => return 0,
        }
    }
    0
}

/// Lower-case a word for comparisons with word lists (ASCII-only lists; curly apostrophes kept).
/// An ASCII word of up to [`Lowered::INLINE`] bytes is lowered on the stack: no allocation per
/// word; any other is lowered by `str::to_lowercase`, so the result is always exactly that.
pub(crate) fn lower(word: &str) -> Lowered {
    if word.is_ascii() && word.len() <= Lowered::INLINE {
        let mut bytes = [0u8; Lowered::INLINE];
        for (to, from) in bytes.iter_mut().zip(word.bytes()) {
            *to = from.to_ascii_lowercase();
        }
        Lowered::Inline(bytes, word.len() as u8)
    } else {
        Lowered::Heap(word.to_lowercase())
    }
}

/// A word in lower case, on the stack when short and ASCII (see [`lower`]).
#[derive(Debug, Clone)]
pub(crate) enum Lowered {
    Inline([u8; Lowered::INLINE], u8),
    Heap(String),
}

impl Lowered {
    pub const INLINE: usize = 30;

    pub fn as_str(&self) -> &str {
        match self {
            // Only ASCII bytes, lowered, are ever stored inline.
            Lowered::Inline(bytes, len) => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Lowered::Heap(word) => word,
        }
    }
}

impl std::ops::Deref for Lowered {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Lowered {
    fn eq(&self, other: &Lowered) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Lowered {}

impl std::hash::Hash for Lowered {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // As `str` hashes, so a set of `Lowered` is searched with a `&str` (`Borrow<str>`).
        self.as_str().hash(state);
    }
}

impl std::borrow::Borrow<str> for Lowered {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for Lowered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for Lowered {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// The word without a trailing possessive: "Mexico’s" -> "Mexico".
pub(crate) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// Whether `words[at..]` starts with the given lower-case words.
pub(crate) fn starts_with_words(words: &[Word<'_>], at: usize, phrase: &[&str]) -> bool {
    phrase.len() <= words.len().saturating_sub(at)
        && phrase.iter().zip(&words[at..]).all(|(p, w)| w.is(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`words`] as it was, a character at a time: the reference for the byte loop.
    fn old_words(text: &str) -> Vec<Word<'_>> {
        let mut out = Vec::new();
        let mut start = None;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let inner_apostrophe = (c == '\'' || c == '’')
                && start.is_some()
                && chars.peek().is_some_and(|(_, next)| next.is_alphabetic());
            if c.is_alphanumeric() || inner_apostrophe {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                out.push(Word {
                    text: &text[s..i],
                    start: s,
                    end: i,
                });
            }
        }
        if let Some(s) = start {
            out.push(Word {
                text: &text[s..],
                start: s,
                end: text.len(),
            });
        }
        out
    }

    proptest! {
        #[test]
        fn word_shapes_are_the_character_tests(text in "([A-Za-z0-9'’]|é|É|ß|Σ|İ|\\PC){0,6}") {
            let word = Word { text: &text, start: 0, end: text.len() };
            let mut chars = text.chars();
            let capitalised =
                chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase);
            let mut chars = text.chars();
            let all_caps = chars.next().is_some_and(char::is_uppercase)
                && text.chars().count() >= 2
                && chars.all(|c| c.is_uppercase() || c.is_ascii_digit());
            prop_assert_eq!(word.is_capitalised(), capitalised);
            prop_assert_eq!(word.is_all_caps(), all_caps);
        }

        #[test]
        fn words_are_the_character_loops_words(
            text in "([A-Za-z0-9 ,.'’\\-]|é|ß|Σ|İ|“|”|\\PC){0,40}"
        ) {
            prop_assert_eq!(words(&text), old_words(&text));
        }
    }

    #[test]
    fn words_keep_inner_apostrophes_and_split_on_punctuation() {
        let found: Vec<&str> = words("Mexico’s U.S.-Mexico talks, 4,200-page 'report'")
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(
            found,
            [
                "Mexico’s",
                "U",
                "S",
                "Mexico",
                "talks",
                "4",
                "200",
                "page",
                "report"
            ]
        );
    }

    #[test]
    fn datelines_are_recognised_only_when_they_end_in_a_dash() {
        assert_eq!(dateline_len("WASHINGTON, DC.- The U.S."), 17);
        assert_eq!(dateline_len("MEXICO CITY — Officials"), 16);
        assert_eq!(dateline_len("The CIA - and others"), 0);
        assert_eq!(dateline_len("NATO met"), 0);
    }

    #[test]
    fn word_shapes() {
        let w = |t| Word {
            text: t,
            start: 0,
            end: 0,
        };
        assert!(w("Sheinbaum").is_capitalised());
        assert!(!w("CIA").is_capitalised());
        assert!(w("CIA").is_all_caps());
        assert!(w("G7").is_all_caps());
        assert!(!w("A").is_all_caps());
        assert!(!w("Cia").is_all_caps());
    }
}
