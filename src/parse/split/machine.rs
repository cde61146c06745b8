//! The splitter's single pass: tokens in order, one boundary decision between each pair.
//!
//! State is a handful of counters (quotation depth and number, the current sentence's start and
//! size, the list being read). Quotation marks never hold a boundary back: a quotation of several
//! sentences is several sentences, as annotators draw them, each told which quotation it belongs
//! to. So a stray or oddly spaced mark can no longer make a statement run on; at worst it marks
//! the rest of its paragraph as quoted. The pass never goes back: each byte is read once, plus a
//! bounded look-ahead of a few tokens at some decisions.

mod decide;
mod lookahead;
mod quotes;
mod read;

use std::cell::Cell;

use super::lists::ListMarker;
use super::scan::{self, Terminal, Token};
use super::words::WordClass;
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
}
