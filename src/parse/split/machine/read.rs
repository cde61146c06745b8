//! Reading one token: its words, its quotation marks, any boundary glued inside it, and what its
//! end looks like to the boundary decision that follows.

use super::super::lists::{self, ListMarker};
use super::super::scan::{self, Terminal, Token};
use super::super::words::{self, WordClass};
use super::{MAX_QUOTATION_TOKENS, Previous, Sink, Splitter};

impl<S: Sink> Splitter<'_, '_, S> {
    /// Takes in one token: its words, its quotation marks, any boundary glued inside it, and what
    /// its end looks like to the next boundary decision.
    pub(super) fn read(&mut self, token: Token, line_start: bool) -> Previous {
        let first_in_sentence = self.sentence.tokens == 0;
        self.sentence.tokens += 1;
        if first_in_sentence {
            self.sentence.first_token = Some(token);
        }
        let marker = if line_start || self.list.is_some() || first_in_sentence {
            lists::list_marker(&self.text[token.start..token.end])
        } else {
            None
        };
        if line_start {
            self.list = marker;
        } else if let (Some(list), Some(next)) = (self.list, marker)
            && list.continued_by(next)
        {
            self.list = Some(next);
        }

        let lone_letter_marker = first_in_sentence && marker.is_some_and(ListMarker::is_letter);
        if !self.sentence.has_word && !lone_letter_marker && self.has_letter(token) {
            self.sentence.has_word = true;
        }

        if self.open_quotation.is_some() {
            self.quotation_tokens += 1;
            if self.quotation_tokens > MAX_QUOTATION_TOKENS {
                self.drop_stray_quotation();
            }
        }
        if token.has(scan::QUOTE_OR_BRACKET) || token.has(scan::NON_ASCII) {
            self.track_quotes(token);
        }
        if self.open_quotation.is_some() && self.sentence.quotation.is_none() {
            self.sentence.quotation = self.open_quotation;
        }

        let mut word_start = token.start;
        if token.has(scan::DOT)
            && !token.has(scan::ADDRESS)
            && !self.bytes[token.start..token.end].starts_with(b"www.")
        {
            word_start = self.split_glued_sentences(token);
        }
        let previous = self.describe_end(token, word_start);
        self.last_token = Some(token);
        self.last_ended_with_comma = self.bytes[token.end - 1] == b',';
        self.last_ended_with_dot = self.bytes[token.end - 1] == b'.';
        previous
    }

    pub(super) fn has_letter(&self, token: Token) -> bool {
        token.has(scan::LETTER)
            || (token.has(scan::NON_ASCII)
                && self.text[token.start..token.end]
                    .chars()
                    .any(char::is_alphabetic))
    }

    /// Splits sentences written without a space after the full stop (`Hello world.Today is`):
    /// a full stop between a lowercase letter or digit and a capitalised word, when the word
    /// before it is not an abbreviation. Returns where the token's last sentence begins.
    pub(super) fn split_glued_sentences(&mut self, token: Token) -> usize {
        let b = self.bytes;
        let mut word_start = token.start;
        let mut segment_start = token.start;
        let mut i = token.start;
        while i + 2 < token.end {
            let c = b[i];
            if c == b'.'
                && i > segment_start + 1
                && (b[i - 1].is_ascii_lowercase() || b[i - 1].is_ascii_digit())
                && b[i + 1].is_ascii_uppercase()
                && b[i + 2].is_ascii_lowercase()
                && self.sentence.has_word
                && !words::is_domain_suffix(&b[i + 1..token.end])
                && words::classify(&b[segment_start..i]) == WordClass::Ordinary
            {
                self.emit(i + 1);
                self.begin(i + 1);
                self.sentence.tokens = 1;
                self.sentence.has_word = true;
                word_start = i + 1;
            }
            if !c.is_ascii_alphanumeric() && c != b',' {
                segment_start = i + 1;
            }
            i += 1;
        }
        word_start
    }

    pub(super) fn describe_end(&self, token: Token, word_start: usize) -> Previous {
        let b = self.bytes;
        let mut previous = Previous {
            token,
            terminal: None,
            class: WordClass::Ordinary,
            quote_closed: false,
            bracketed_ellipsis: false,
            glued_period: false,
            dots_only: false,
            follows_comma: self.last_ended_with_comma,
            compact_ellipsis: false,
        };
        // Most tokens end in a letter, digit or comma: nothing to look at.
        let last = b[token.end - 1];
        if last < 0x80
            && !matches!(
                last,
                b'.' | b'?' | b'!' | b'"' | b'\'' | b')' | b']' | b'}' | b'*' | b'_'
            )
        {
            return previous;
        }
        let closers = scan::strip_closers(b, word_start, token.end);
        let Some((run_start, terminal)) = scan::terminal_run(b, word_start, closers.core_end)
        else {
            return previous;
        };
        previous.dots_only = run_start == token.start;
        previous.compact_ellipsis = terminal == Terminal::Ellipsis;
        // The full stops of a spaced ellipsis (`. . .`) stand one to a token.
        let terminal = if previous.dots_only && self.last_ended_with_dot {
            Terminal::Ellipsis
        } else {
            terminal
        };
        previous.terminal = Some(terminal);
        previous.quote_closed = closers.quote;
        let word_from = scan::skip_openers(b, word_start, run_start);
        let word = &b[word_from..run_start];
        match terminal {
            Terminal::Period if word.is_empty() && !self.last_ended_with_dot => {
                previous.class = words::classify(self.word_before_lone_stop());
            }
            Terminal::Period => {
                previous.class = words::classify(word);
                previous.glued_period = !word.is_empty();
            }
            Terminal::Ellipsis => {
                previous.bracketed_ellipsis = closers.bracket && b[..run_start].ends_with(b"[");
            }
            Terminal::QuestionOrExclamation => {}
        }
        previous
    }
}
