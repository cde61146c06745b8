//! A statement's words for the kind rules: surrounding punctuation and possessive endings
//! removed, with what was removed remembered. One allocation per statement (the token list and
//! one ASCII-lowercased copy of the text), none per word.

use super::lexicon::{self, Classes};

/// One word of a statement.
#[derive(Debug, Clone, Copy)]
pub struct Token<'a> {
    /// The word as written, without surrounding quotation marks, brackets, commas, full stops
    /// (abbreviations with inner full stops, "U.S.", keep theirs) or a possessive "'s".
    pub text: &'a str,
    /// The same bytes, ASCII-lowercased.
    pub lower: &'a str,
    /// The word opens the sentence or a clause within it (after an opening quotation mark, a
    /// colon, a question or exclamation mark): its capital says nothing about it being a name.
    pub clause_start: bool,
    /// Punctuation followed the word: a comma, colon, semicolon, full stop, closing quotation
    /// mark or bracket.
    pub punct_after: bool,
    /// The word carried a possessive "'s".
    pub possessive: bool,
    /// The word has an ASCII digit: only such a word can be a number, a year, a clock time or
    /// a numeric date, so the rules for those skip every other word at once.
    pub has_digit: bool,
    /// The word is only ASCII letters and digits: it has no "%", "-" or other mark to look for.
    pub plain: bool,
    /// The word lists `lower` is on, looked up once here for every rule.
    pub classes: Classes,
}

impl Token<'_> {
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Two to six capital letters ("CIA", "NATO"), optionally a plural "s" ("NGOs") or an
    /// ampersand ("AT&T").
    pub fn is_acronym(&self) -> bool {
        // Its first character must be a capital or "&" (checked below too): most words leave
        // here.
        if !self
            .text
            .as_bytes()
            .first()
            .is_some_and(|b| b.is_ascii_uppercase() || *b == b'&')
        {
            return false;
        }
        let core = self.text.strip_suffix('s').unwrap_or(self.text);
        let letters = core.chars().filter(char::is_ascii_uppercase).count();
        (2..=6).contains(&letters) && core.chars().all(|c| c.is_ascii_uppercase() || c == '&')
    }

    pub fn starts_with_digit(&self) -> bool {
        self.text
            .trim_start_matches(['$', '€', '£', '¥', '+', '-', '~', '−'])
            .starts_with(|c: char| c.is_ascii_digit())
    }
}

const OPENING: &[char] = &[
    '“', '"', '‘', '\'', '(', '[', '{', '«', '„', '*', '_', '¿', '¡',
];
const CLOSING: &[char] = &['”', '"', '’', '\'', ')', ']', '}', '»', '*', '_'];
const QUOTES: &[char] = &['“', '"', '‘', '«', '„'];

/// An ASCII byte's class for the tokeniser, one bit each: white space (as `char::is_whitespace`
/// has it: tab to carriage return, and space), a digit, any other byte that is not a letter.
const SPACE: u8 = 1;
const DIGIT: u8 = 2;
const OTHER: u8 = 4;

static BYTE_CLASS: [u8; 128] = {
    let mut classes = [0u8; 128];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        classes[byte] = if matches!(b, b'\t'..=b'\r' | b' ') {
            SPACE
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b.is_ascii_alphabetic() {
            0
        } else {
            OTHER
        };
        byte += 1;
    }
    classes
};

/// The tokens of `text`; `lower` must be `text.to_ascii_lowercase()` (same byte offsets).
/// The text is cut into pieces at white space and dashes, read a byte at a time; a piece that
/// is only ASCII letters and digits (most words) is a token as it stands, and only the others
/// go through [`piece_token`]'s trimming.
pub fn tokenise<'a>(text: &'a str, lower: &'a str) -> Vec<Token<'a>> {
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let mut next_starts_clause = true;
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut start = 0;
    // What the piece so far holds: the classes of its bytes, or-ed.
    let mut held = 0u8;
    while at <= bytes.len() {
        let (cut, width) = match bytes.get(at) {
            None => (true, 0),
            Some(&byte) if byte.is_ascii() => {
                let class = BYTE_CLASS[usize::from(byte)];
                held |= class;
                (class & SPACE != 0, 1)
            }
            Some(_) => {
                let c = text[at..].chars().next().unwrap_or(' ');
                let cut = c.is_whitespace() || c == '—' || c == '–';
                if !cut {
                    held |= OTHER;
                }
                (cut, c.len_utf8())
            }
        };
        if !cut {
            at += width;
            continue;
        }
        let piece = &text[start..at];
        let plain = held & OTHER == 0;
        if plain && !piece.is_empty() {
            tokens.push(Token {
                text: piece,
                lower: &lower[start..at],
                clause_start: next_starts_clause,
                punct_after: false,
                possessive: false,
                has_digit: held & DIGIT != 0,
                plain: true,
                classes: lexicon::classes(&lower[start..at]),
            });
            next_starts_clause = false;
        } else if !plain {
            piece_token(
                text,
                lower,
                start,
                piece,
                &mut next_starts_clause,
                &mut tokens,
            );
        }
        at += width.max(1);
        start = at;
        held = 0;
    }
    tokens
}

/// The token of one piece of `text` (starting at byte `at`) that has punctuation or a
/// character outside ASCII: quotation marks, brackets and trailing punctuation trimmed, a
/// possessive removed, the clause it opens or closes noted. Nothing is pushed when no word
/// remains.
fn piece_token<'a>(
    text: &'a str,
    lower: &'a str,
    at: usize,
    piece: &'a str,
    next_starts_clause: &mut bool,
    tokens: &mut Vec<Token<'a>>,
) {
    debug_assert!(std::ptr::eq(&text[at..at + piece.len()], piece));
    let after_open = piece.trim_start_matches(OPENING);
    let opened_quote = piece[..piece.len() - after_open.len()].contains(QUOTES);
    let mut core = after_open.trim_end_matches(CLOSING);
    // Only punctuation is stripped below, so whether the word has a letter never changes,
    // and "another full stop remains" is "the first one lies before the end": both are
    // computed once, keeping a run of a million dots linear (issue 11).
    let has_letter = core.chars().any(char::is_alphabetic);
    let first_stop = core.find('.');
    loop {
        let before = core.len();
        core = core
            .trim_end_matches([',', ';', ':', '!', '?', '…'])
            .trim_end_matches(CLOSING);
        if let Some(without) = core.strip_suffix('.') {
            // "U.S." keeps its full stop; "said." and "2026." lose theirs.
            let abbreviation = has_letter && first_stop.is_some_and(|i| i < without.len());
            if !abbreviation {
                core = without;
            }
        }
        if core.len() == before {
            break;
        }
    }
    let trailing = &after_open[core.len()..];
    let ends_clause = trailing.contains([':', '?', '!', '.']);
    let mut possessive = false;
    for suffix in ["'s", "’s"] {
        if let Some(stem) = core.strip_suffix(suffix) {
            core = stem;
            possessive = true;
        }
    }
    if core.is_empty() {
        *next_starts_clause |= ends_clause || opened_quote;
        return;
    }
    let start = at + (piece.len() - after_open.len());
    let lower = &lower[start..start + core.len()];
    tokens.push(Token {
        text: core,
        lower,
        clause_start: *next_starts_clause || opened_quote,
        punct_after: !trailing.is_empty(),
        possessive,
        has_digit: core.bytes().any(|b| b.is_ascii_digit()),
        plain: core.bytes().all(|b| b.is_ascii_alphanumeric()),
        classes: lexicon::classes(lower),
    });
    *next_starts_clause = ends_clause;
}

/// The lowercase word at `index`.
pub fn lower_at<'a>(tokens: &[Token<'a>], index: usize) -> Option<&'a str> {
    tokens.get(index).map(|t| t.lower)
}

/// The lowercase word before `index`.
pub fn previous<'a>(tokens: &[Token<'a>], index: usize) -> Option<&'a str> {
    index.checked_sub(1).and_then(|i| lower_at(tokens, i))
}

/// The lowercase words of the `n` tokens before `index`.
pub fn before<'a, 'b>(
    tokens: &'b [Token<'a>],
    index: usize,
    n: usize,
) -> impl Iterator<Item = &'a str> + 'b {
    tokens[index.saturating_sub(n)..index]
        .iter()
        .map(|t| t.lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The tokeniser before it read bytes: a `split` on every character, and every piece, the
    /// plain ones too, through [`piece_token`]. The reference for the byte reader's cuts and for
    /// its plain-word fast path.
    fn reference<'a>(text: &'a str, lower: &'a str) -> Vec<Token<'a>> {
        let mut tokens = Vec::new();
        let mut next_starts_clause = true;
        let mut at = 0;
        for piece in text.split(|c: char| c.is_whitespace() || c == '—' || c == '–') {
            piece_token(text, lower, at, piece, &mut next_starts_clause, &mut tokens);
            at += piece.len()
                + text[at + piece.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
        }
        tokens
    }

    proptest! {
        #[test]
        fn the_byte_reader_finds_the_tokens_the_character_split_found(
            text in "([A-Za-z0-9]{1,6}|[ .,;:!?'\"()\\[\\]{}*_%$&-]|[“”‘’«»„¿¡…—–é€\u{a0}\u{2003}\u{85}\t\n\u{b}\u{1c}]|'s|’s|U\\.S\\.){0,40}",
        ) {
            let lower = text.to_ascii_lowercase();
            let found = tokenise(&text, &lower);
            let expected = reference(&text, &lower);
            prop_assert_eq!(found.len(), expected.len());
            for (token, expected) in found.iter().zip(expected) {
                prop_assert_eq!(token.text.as_ptr(), expected.text.as_ptr());
                prop_assert_eq!(token.text, expected.text);
                prop_assert_eq!(token.lower, expected.lower);
                prop_assert_eq!(token.clause_start, expected.clause_start);
                prop_assert_eq!(token.punct_after, expected.punct_after);
                prop_assert_eq!(token.possessive, expected.possessive);
                prop_assert_eq!(token.classes, expected.classes);
                prop_assert_eq!(token.has_digit, expected.has_digit);
                prop_assert_eq!(token.plain, expected.plain);
            }
        }
    }

    fn texts(text: &str) -> Vec<(String, bool)> {
        let lower = text.to_ascii_lowercase();
        tokenise(text, &lower)
            .iter()
            .map(|t| (t.text.to_string(), t.clause_start))
            .collect()
    }

    #[test]
    fn punctuation_and_possessives_are_stripped() {
        let text = "Mexico’s leader, “We will act,” said the U.S. official—again.";
        let words: Vec<String> = texts(text).into_iter().map(|(w, _)| w).collect();
        assert_eq!(
            words,
            [
                "Mexico", "leader", "We", "will", "act", "said", "the", "U.S.", "official", "again"
            ]
        );
    }

    #[test]
    fn clause_starts_follow_quotes_and_colons() {
        let starts: Vec<bool> = texts("He said: “The plan works.” Then left.")
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        assert_eq!(starts, [true, false, true, false, false, true, false]);
    }

    #[test]
    fn acronyms() {
        let lower = "cia ngos at&t ok i pm president".to_string();
        let text = "CIA NGOs AT&T Ok I PM President";
        let flags: Vec<bool> = tokenise(text, &lower)
            .iter()
            .map(Token::is_acronym)
            .collect();
        assert_eq!(flags, [true, true, true, false, false, true, false]);
    }
}
