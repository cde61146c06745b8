//! The splitter's single pass: tokens in order, one boundary decision between each pair.
//!
//! State is a handful of counters (quotation depth and number, the current sentence's start and
//! size, the list being read). Quotation marks never hold a boundary back: a quotation of several
//! sentences is several sentences, as annotators draw them, each told which quotation it belongs
//! to. So a stray or oddly spaced mark can no longer make a statement run on; at worst it marks
//! the rest of its paragraph as quoted. The pass never goes back: each byte is read once, plus a
//! bounded look-ahead of a few tokens at some decisions.

mod lookahead;
mod quotes;

use std::cell::Cell;

use super::scan::{self, Gap, Terminal, Token};
use super::words::{self, ListMarker, WordClass};
use super::{Sentence as SplitSentence, Sink};
use crate::model::Span;

/// A quotation still open after this many tokens is over: nobody quotes a whole article in one
/// breath, and a stray mark must not mark everything after it as quoted.
const MAX_QUOTATION_TOKENS: u32 = 400;

/// What we know about the token before a possible boundary.
#[derive(Debug, Clone, Copy)]
struct Previous {
    token: Token,
    terminal: Option<Terminal>,
    class: WordClass,
    /// A quotation mark follows the terminal mark (`now?"`).
    quote_closed: bool,
    /// An ellipsis in square brackets: an omission mark, never an ending (`[...]`).
    bracketed_ellipsis: bool,
    /// A word glued to one full stop (`compounds.`): a spaced ellipsis after it may open the next
    /// sentence.
    glued_period: bool,
    dots_only: bool,
    /// The token before this one ended with a comma (`Springfield, Ill.`).
    follows_comma: bool,
    /// An ellipsis written in one token (`said...`, `…`), not as spaced full stops (`. . .`).
    compact_ellipsis: bool,
}

/// The sentence being read.
#[derive(Debug, Clone, Copy, Default)]
struct Sentence {
    start: usize,
    tokens: u32,
    /// It holds a word: a lone list marker or run of dots never makes a sentence.
    has_word: bool,
    first_token: Option<Token>,
    /// The quotation any of its words lie inside (the first, if several).
    quotation: Option<u32>,
}

pub(super) struct Splitter<'t, 'o, S: Sink> {
    text: &'t str,
    bytes: &'t [u8],
    out: &'o mut S,
    sentence: Sentence,
    quote_depth: u32,
    /// Tokens read since the open quotation opened.
    quotation_tokens: u32,
    /// Quotations opened so far: the next one's number.
    quotations: u32,
    /// The quotation open now, if any.
    open_quotation: Option<u32>,
    /// The index the sentence holding the open quotation's opening mark will have in the output.
    quotation_opened_in: usize,
    /// The list whose next item may start mid-line.
    list: Option<ListMarker>,
    /// How the last token read ended.
    last_ended_with_comma: bool,
    last_ended_with_dot: bool,
    /// The token read before the current one: in tokenised copy (`Mr .`) its word is the one a
    /// lone full stop ends.
    last_token: Option<Token>,
    /// Open brackets: a sentence inside them starts with a capital letter, never a number.
    bracket_depth: u32,
    /// The last wrapped-line look-ahead: where it stopped, and its answer.
    wrap_lookahead: Cell<Option<(usize, bool)>>,
}

impl<'t, 'o, S: Sink> Splitter<'t, 'o, S> {
    pub fn new(text: &'t str, out: &'o mut S) -> Self {
        Splitter {
            text,
            bytes: text.as_bytes(),
            out,
            sentence: Sentence::default(),
            quote_depth: 0,
            quotation_tokens: 0,
            quotations: 0,
            open_quotation: None,
            quotation_opened_in: 0,
            list: None,
            last_ended_with_comma: false,
            last_ended_with_dot: false,
            last_token: None,
            bracket_depth: 0,
            wrap_lookahead: Cell::new(None),
        }
    }

    pub fn run(mut self) {
        let mut pos = 0;
        let mut previous: Option<Previous> = None;
        loop {
            let (gap, token) = scan::next_token(self.bytes, pos);
            let Some(token) = token else { break };
            match previous {
                Some(prev) => {
                    // Most pairs are two words on one line outside a list: no decision to make.
                    let may_end = prev.terminal.is_some()
                        || gap.line_break()
                        || self.list.is_some()
                        || scan::is_rule_line(self.bytes, token)
                        || scan::is_rule_line(self.bytes, prev.token);
                    if may_end && self.boundary(&prev, gap, token) {
                        self.emit(prev.token.end);
                        self.begin(token.start);
                    }
                }
                None => self.begin(token.start),
            }
            let line_start = previous.is_none() || gap.line_break();
            let mut read = self.read(token, line_start);
            // A closing mark set off by a space (`process . ”`) closes the sentence its terminal
            // mark ended: it inherits that mark.
            if read.terminal.is_none()
                && !gap.line_break()
                && self.sentence.start < token.start
                && let Some(prev) = previous
                && prev.terminal.is_some()
                && scan::is_closers_only(self.bytes, token)
            {
                read = Previous {
                    token,
                    quote_closed: true,
                    ..prev
                };
            }
            previous = Some(read);
            pos = token.end;
        }
        if let Some(prev) = previous {
            self.drop_stray_quotation();
            self.emit(prev.token.end);
        }
    }

    fn begin(&mut self, start: usize) {
        self.sentence = Sentence {
            start,
            quotation: self.open_quotation,
            ..Sentence::default()
        };
    }

    fn emit(&mut self, end: usize) {
        if end > self.sentence.start {
            self.out.push(SplitSentence {
                span: Span::new(self.sentence.start, end),
                quotation: self.sentence.quotation,
            });
        }
    }

    /// The word a lone full stop ends in tokenised copy (`Mr .`): the token before it, without
    /// its opening and closing marks.
    fn word_before_lone_stop(&self) -> &'t [u8] {
        let Some(last) = self.last_token else {
            return &[];
        };
        let b = self.bytes;
        let from = scan::skip_openers(b, last.start, last.end);
        let to = scan::strip_closers(b, from, last.end).core_end;
        if b[from..to]
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'.')
        {
            &b[from..to]
        } else {
            &[]
        }
    }

    /// Takes in one token: its words, its quotation marks, any boundary glued inside it, and what
    /// its end looks like to the next boundary decision.
    fn read(&mut self, token: Token, line_start: bool) -> Previous {
        let first_in_sentence = self.sentence.tokens == 0;
        self.sentence.tokens += 1;
        if first_in_sentence {
            self.sentence.first_token = Some(token);
        }
        let marker = if line_start || self.list.is_some() || first_in_sentence {
            words::list_marker(&self.text[token.start..token.end])
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

    fn has_letter(&self, token: Token) -> bool {
        token.has(scan::LETTER)
            || (token.has(scan::NON_ASCII)
                && self.text[token.start..token.end]
                    .chars()
                    .any(char::is_alphabetic))
    }

    /// Splits sentences written without a space after the full stop (`Hello world.Today is`):
    /// a full stop between a lowercase letter or digit and a capitalised word, when the word
    /// before it is not an abbreviation. Returns where the token's last sentence begins.
    fn split_glued_sentences(&mut self, token: Token) -> usize {
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

    fn describe_end(&self, token: Token, word_start: usize) -> Previous {
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

    /// Whether a sentence ends between `prev` and `next`.
    fn boundary(&mut self, prev: &Previous, gap: Gap, next: Token) -> bool {
        if gap.paragraph_break() {
            // A quotation open at the end of its paragraph carries on only where the next
            // paragraph reopens it (the AP way); otherwise its mark was a stray.
            if scan::starts_with_double_quote(self.bytes, next) {
                self.close_quotation();
            } else {
                self.drop_stray_quotation();
            }
            self.bracket_depth = 0;
            return true;
        }
        // A quotation running over several paragraphs is not closed before the next one reopens
        // it: the earlier quotation ended with its line.
        if gap.line_break()
            && self.quote_depth > 0
            && scan::starts_with_double_quote(self.bytes, next)
        {
            self.close_quotation();
        }
        // A rule line (`___`, `***`) stands alone, as annotators draw it: it sets off what
        // follows (a wire story's sign-off, a footnote) from what came before.
        if scan::is_rule_line(self.bytes, prev.token) && self.sentence.tokens == 1 {
            return true;
        }
        if !self.sentence.has_word {
            return false;
        }
        if scan::is_rule_line(self.bytes, next) {
            return true;
        }
        if !gap.line_break()
            && let Some(list) = self.list
            && let Some(marker) = words::list_marker(&self.text[next.start..next.end])
            && list.continued_by(marker)
        {
            return true;
        }
        let Some(terminal) = prev.terminal else {
            // A line without terminal punctuation (a heading, a list item) ends at its line
            // break, unless the next line carries on in lowercase (a wrapped line).
            return gap.line_break() && !self.continues_on_next_line(next);
        };
        if scan::is_dots_only(self.bytes, next) {
            return terminal == Terminal::Period
                && prev.glued_period
                && self.ellipsis_opens_sentence(next);
        }
        // Marks set off by spaces (`Really ? ? ?`) and stray punctuation (`cream. , It`) belong
        // to the sentence before them.
        if scan::is_marks_only(self.bytes, next)
            || matches!(self.bytes[next.start], b',' | b';' | b':')
        {
            return false;
        }
        let line_break = gap.line_break();
        // A mark set off by a space closes what came before (`end . ”`); at the start of a line a
        // lone `*` or `_` is a bullet.
        if !line_break
            && scan::is_closers_only(self.bytes, next)
            && !(self.quote_depth == 0 && scan::is_double_quotes_only(self.bytes, next))
        {
            return false;
        }
        // Inside brackets a sentence starts with a capital letter (`[page. 42]` is one).
        if self.bracket_depth > 0 && terminal == Terminal::Period && !self.starts_uppercase(next) {
            return false;
        }
        match terminal {
            Terminal::QuestionOrExclamation if prev.quote_closed => {
                !self.starts_lowercase(next) && !self.is_attribution(next, true)
            }
            Terminal::QuestionOrExclamation => {
                if self.starts_lowercase(next) {
                    self.lowercase_starts_sentence(next) || self.starts_bracket(next)
                } else {
                    !self.is_exclamation_name(prev, next)
                }
            }
            Terminal::Ellipsis if prev.bracketed_ellipsis => false,
            Terminal::Ellipsis if line_break => !self.starts_lowercase(next),
            // After an ellipsis of spaced full stops (`. . . I`), the style for words left out
            // of a quotation, the pronoun carries on the same sentence; after one written in one
            // token (`wait... I`, `so … I`) it starts the next.
            Terminal::Ellipsis => {
                self.starts_uppercase(next) && (prev.compact_ellipsis || !self.is_pronoun_i(next))
            }
            Terminal::Period if prev.quote_closed && self.is_attribution(next, false) => false,
            Terminal::Period => self.period_ends(prev, next, line_break),
        }
    }

    /// Whether a full stop after `prev`'s word ends the sentence before `next`.
    fn period_ends(&self, prev: &Previous, next: Token, line_break: bool) -> bool {
        let ordinary = || {
            !self.starts_lowercase(next)
                || self.lowercase_starts_sentence(next)
                || self.starts_bracket(next)
        };
        let ambiguous =
            || self.starts_with_starter(next) || scan::starts_with_double_quote(self.bytes, next);
        match prev.class {
            WordClass::Ordinary => {
                ordinary() || (!prev.quote_closed && self.pronoun_starts_sentence(next))
            }
            WordClass::NeverEnds => false,
            WordClass::Numbered if self.starts_number(next) => false,
            WordClass::Numbered => ordinary(),
            WordClass::Month if self.starts_number(next) => false,
            // A state before a ZIP code (`Washington, D.C. 20006`) is inside an address.
            WordClass::State if self.starts_digit(next) => false,
            WordClass::ClosesList => self.starts_capitalised(next) && !self.starts_digit(next),
            WordClass::Month | WordClass::Ambiguous | WordClass::State if line_break => ordinary(),
            WordClass::State if prev.follows_comma => self.starts_capitalised(next),
            WordClass::Month | WordClass::Ambiguous | WordClass::State => ambiguous(),
            WordClass::Trailing if line_break => ordinary(),
            WordClass::Trailing => {
                let word = scan::leading_word(self.bytes, next);
                if self.starts_lowercase(next) || word.is_empty() || words::follows_clock_time(word)
                {
                    false
                } else if self.starts_with_starter(next) {
                    true
                } else {
                    self.starts_capitalised(next) && !self.in_fronted_time_phrase()
                }
            }
        }
    }
}
