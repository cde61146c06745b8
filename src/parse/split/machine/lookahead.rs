//! The look-ahead predicates the boundary decision asks about the next few tokens: each reads
//! a bounded window, so the pass stays linear.

use super::super::scan::{self, Token};
use super::super::words;
use super::{Previous, Sink, Splitter};

/// After a quotation that ends in `!` or `?`, a clause this short whose speaker is a name and whose
/// verb is any lowercase word is its attribution (`"Wonderful!" Winston beams.`).
const MAX_ATTRIBUTION_TAIL: usize = 3;

/// How long a sentence's opening phrase can be and still be a fronted time phrase
/// (`On the day they all left at 6 a.m. Mr. Smith greeted him.`).
const MAX_FRONTED_PHRASE_TOKENS: u32 = 8;

/// How many words after a quoted question may name the speaker before the verb
/// (`"Why now?" Senate Majority Leader Chuck Schumer asked.`).
const MAX_ATTRIBUTION_WORDS: usize = 6;

impl<S: Sink> Splitter<'_, '_, S> {
    /// A line without terminal punctuation carries on into the next one when that line starts in
    /// lowercase and the text reaches terminal punctuation before a line that does not (wrapped
    /// prose). Lowercase lines that never reach one are fragments: list items, one per line.
    ///
    /// The look-ahead from any line inside a region already scanned ends where that scan ended,
    /// with the same answer: it is remembered, so many short lines cost one scan, not one each.
    pub(super) fn continues_on_next_line(&self, next: Token) -> bool {
        let mut token = next;
        if !self.starts_lowercase(token) {
            return false;
        }
        if let Some((scanned_to, answer)) = self.wrap_lookahead.get()
            && next.start < scanned_to
        {
            return answer;
        }
        let answer = loop {
            let closers = scan::strip_closers(self.bytes, token.start, token.end);
            if scan::terminal_run(self.bytes, token.start, closers.core_end).is_some() {
                break true;
            }
            let (gap, after) = scan::next_token(self.bytes, token.end);
            match after {
                Some(after)
                    if !gap.paragraph_break()
                        && (!gap.line_break() || self.starts_lowercase(after)) =>
                {
                    token = after
                }
                _ => break false,
            }
        };
        self.wrap_lookahead.set(Some((token.end, answer)));
        answer
    }

    /// The token opens with a sentence-starting word, not an initial (`A.` in `W. A. Smith`).
    pub(super) fn starts_with_starter(&self, token: Token) -> bool {
        let word = scan::leading_word(self.bytes, token);
        let word_end = scan::skip_openers(self.bytes, token.start, token.end) + word.len();
        words::is_sentence_starter(word) && self.bytes.get(word_end) != Some(&b'.')
    }

    /// The sentence so far is a short phrase opened by a preposition (`At 5 a.m.`,
    /// `In the morning at 6 a.m.`).
    pub(super) fn in_fronted_time_phrase(&self) -> bool {
        self.sentence.tokens <= MAX_FRONTED_PHRASE_TOKENS
            && self
                .sentence
                .first_token
                .is_some_and(|t| words::fronts_time_phrase(scan::leading_word(self.bytes, t)))
    }

    /// After a word and its full stop, a spaced ellipsis followed by a capitalised word opens the
    /// next sentence (`compounds. . . . The practice`).
    pub(super) fn ellipsis_opens_sentence(&self, mut next: Token) -> bool {
        loop {
            let (gap, after) = scan::next_token(self.bytes, next.end);
            let Some(after) = after else { return false };
            if gap.line_break() {
                return false;
            }
            if !scan::is_dots_only(self.bytes, after) {
                return self.starts_uppercase(after) && !self.is_pronoun_i(after);
            }
            next = after;
        }
    }

    /// `"Why now?" Smith asked.`: capitalised words, then a verb of saying. After a quotation
    /// that ends in `!` or `?` (`loose`), any short clause of a name and a lowercase verb is one
    /// (`"Wonderful!" Winston beams.`): a new sentence rarely opens on a bare name and ends a
    /// word or two later.
    pub(super) fn is_attribution(&self, next: Token, loose: bool) -> bool {
        let mut token = next;
        // Each round reads one capitalised word of the speaker's name.
        for names in 0..MAX_ATTRIBUTION_WORDS {
            let word = scan::leading_word(self.bytes, token);
            if words::is_speech_verb(word) {
                return true;
            }
            if !self.starts_capitalised(token) {
                return loose && names > 0 && self.starts_lowercase(token) && self.ends_soon(token);
            }
            if words::is_sentence_starter(word) {
                return false;
            }
            let (gap, after) = scan::next_token(self.bytes, token.end);
            match after {
                Some(after) if !gap.line_break() && !self.ends_with_mark(token) => token = after,
                _ => return false,
            }
        }
        false
    }

    /// The clause that `token` is in ends with a terminal mark within a few tokens.
    pub(super) fn ends_soon(&self, mut token: Token) -> bool {
        for _ in 0..MAX_ATTRIBUTION_TAIL {
            let closers = scan::strip_closers(self.bytes, token.start, token.end);
            if scan::terminal_run(self.bytes, token.start, closers.core_end).is_some() {
                return true;
            }
            if self.ends_with_mark(token) {
                return false;
            }
            match scan::next_token(self.bytes, token.end) {
                (gap, Some(after)) if !gap.line_break() => token = after,
                _ => return false,
            }
        }
        false
    }

    /// The token ends in a mark that closes a clause (`Smith,`), not in a full stop that may be
    /// an abbreviation's (`Sen.`).
    pub(super) fn ends_with_mark(&self, token: Token) -> bool {
        matches!(self.bytes[token.end - 1], b',' | b';' | b':' | b'?' | b'!')
    }

    /// A name with `!` in it (`Yahoo! Mail`): a capitalised word inside its sentence, glued to
    /// one `!`, before a capitalised word that is not a sentence starter. Outside quotations news
    /// copy uses `!` in names far more often than in its own voice.
    pub(super) fn is_exclamation_name(&self, prev: &Previous, next: Token) -> bool {
        let b = self.bytes;
        let token = prev.token;
        let word_start = scan::skip_openers(b, token.start, token.end);
        b[token.end - 1] == b'!'
            && token.end >= word_start + 2
            && b[token.end - 2].is_ascii_alphanumeric()
            && b[word_start].is_ascii_uppercase()
            && self.sentence.tokens > 1
            && self.starts_uppercase(next)
            && !self.starts_with_starter(next)
            && !scan::starts_with_double_quote(b, next)
    }

    /// A lowercase word after terminal punctuation starts a sentence only on strong evidence: a
    /// brand written in camel case (`eHow`, `iPhone`), the pronoun `i` in lowercase, or a
    /// sentence-starting word (`they`, `why`) when the sentence before it also began in lowercase
    /// (text written without capitals, as e-mail often is).
    pub(super) fn lowercase_starts_sentence(&self, next: Token) -> bool {
        let word = scan::leading_word(self.bytes, next);
        if word.is_empty() {
            return false;
        }
        if words::is_camel_case_brand(word) || words::is_lowercase_pronoun_i(word) {
            return true;
        }
        let sentence_began_lowercase = self
            .sentence
            .first_token
            .is_some_and(|first| self.starts_lowercase(first));
        sentence_began_lowercase && words::is_lowercase_sentence_starter(word)
    }

    /// After an ordinary word and its full stop, a subject pronoun or `the` in lowercase starts
    /// a sentence (`great food. the service was slow.`): no abbreviation we do not know is
    /// followed by one inside its sentence as often as careless text starts a sentence with one.
    pub(super) fn pronoun_starts_sentence(&self, next: Token) -> bool {
        let word = scan::leading_word(self.bytes, next);
        let word_end = scan::skip_openers(self.bytes, next.start, next.end) + word.len();
        words::is_lowercase_subject(word) && self.bytes.get(word_end) != Some(&b'.')
    }

    pub(super) fn first_char(&self, token: Token) -> Option<char> {
        let from = scan::skip_openers(self.bytes, token.start, token.end);
        self.text[from..token.end].chars().next()
    }

    pub(super) fn starts_lowercase(&self, token: Token) -> bool {
        self.first_char(token).is_some_and(char::is_lowercase)
    }

    pub(super) fn starts_capitalised(&self, token: Token) -> bool {
        self.first_char(token)
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    }

    pub(super) fn starts_uppercase(&self, token: Token) -> bool {
        self.first_char(token).is_some_and(char::is_uppercase)
    }

    /// An aside in brackets after a finished sentence is a unit of its own, whatever its case
    /// (`… system? [via Microsoft Watch]`, `He left. (see below)`).
    pub(super) fn starts_bracket(&self, token: Token) -> bool {
        matches!(self.bytes[token.start], b'(' | b'[')
    }

    pub(super) fn starts_digit(&self, token: Token) -> bool {
        self.bytes[token.start].is_ascii_digit()
    }

    /// A number, a `#`, or a Roman numeral follows (`No. 5`, `Art. IV`, `No. #3`).
    pub(super) fn starts_number(&self, token: Token) -> bool {
        let word = &self.bytes[token.start..token.end];
        let word = word
            .iter()
            .rposition(|b| b.is_ascii_alphanumeric())
            .map_or(&word[..0], |last| &word[..=last]);
        match word.first() {
            Some(b) if b.is_ascii_digit() || *b == b'#' => true,
            Some(_) => word
                .iter()
                .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C')),
            None => false,
        }
    }

    /// The pronoun `I` (`I`, `I’m`, `I'd`): after an ellipsis it continues the sentence.
    pub(super) fn is_pronoun_i(&self, token: Token) -> bool {
        let b = &self.bytes[token.start..token.end];
        b == b"I" || b.starts_with(b"I'") || b.starts_with("I\u{2019}".as_bytes())
    }
}
