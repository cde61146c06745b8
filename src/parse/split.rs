//! The sentence splitter: byte spans of the sentences of a paragraph or a whole text.
//!
//! One pass over the bytes, token by token (a token is a run of non-space characters), with one
//! decision between each pair of tokens. The rules, in the order they are tried (the reasons and
//! the measured accuracy are in `docs/splitter.md`):
//!
//! 1. A paragraph break (a blank line) always ends a sentence; a gap of only no-break spaces never
//!    does.
//! 2. Quotations and parentheticals are split like any text: a quotation of several sentences is
//!    several sentences, each told which quotation it lies in ([`Sentence::quotation`]), and the
//!    attribution tail (`," he said.`) stays with the sentence it closes. Quotation marks are read
//!    by what stands beside them, not by glyph, so a stray one can at worst mark its paragraph as
//!    quoted; it never makes a sentence run on.
//! 3. A sentence needs a word: a lone list marker (`1.`, `a.`, `•`) or run of dots never ends one.
//! 4. A line without terminal punctuation (a heading, a list item) ends at its line break, unless
//!    the next line carries on in lowercase (a wrapped line).
//! 5. `?` and `!` end a sentence unless a lowercase word follows (`"Why now?" she asked.`,
//!    `Yahoo! in`), or after a closing quotation mark an attribution (`"Why?" Smith asked.`,
//!    `"Wonderful!" Winston beams.`), or the `!` is inside a name (`Yahoo! Mail`).
//! 6. An ellipsis ends a sentence only before a capitalised word; before `I` only when it is glued
//!    to its word (`wait... I`), not spaced (`. . . I`).
//! 7. A full stop after an ordinary word ends a sentence unless a lowercase word follows. After a
//!    title (`Mr.`, `Sen.`) it never does; after `No.`, `Art.`, `Jan.` not before a number; after
//!    an acronym, initial or suffix (`U.S.`, `W.`, `Inc.`) only before a sentence-starting word
//!    (`He`, `The`, `But`...); after `a.m.`/`p.m.` before any capitalised word that is not a time
//!    zone, weekday or month, unless the clock time opens the sentence (`At 5 a.m. Mr. Smith`).
//!    At a line break the acronym and time rules fall back to the ordinary rule. After `etc.` any
//!    capitalised word starts a sentence; after a state, a ZIP code does not (`D.C. 20006`).
//!    A lowercase word starts one only on strong evidence: a camel-case brand (`iPhone`), a
//!    lowercase `i`, or a starter (`they`) after a sentence that also began in lowercase.
//! 8. Addresses (`press@state.gov`, `https://www.justice.gov/x.html`) and numbers (`$1.5`,
//!    `3.2%`) are single tokens, so their inner full stops are never candidates; a full stop glued
//!    between a word and a capitalised word (`world.Today`) is, unless a top-level domain follows
//!    it (`Newsfeed.Com`).
//! 9. A rule line (`___`, `---`) starts a new sentence: a wire story's sign-off is its own.

mod lists;
mod machine;
mod scan;
mod words;

#[cfg(test)]
mod golden_rules;
#[cfg(test)]
mod news_cases;
#[cfg(test)]
mod properties;
#[cfg(test)]
mod quality;
#[cfg(test)]
mod rule_cases;
#[cfg(test)]
mod tests;

use crate::model::Span;

/// One sentence: its byte span, and the quotation it lies in, if any.
///
/// Quotations are numbered from 0 in the order they open in the text; every sentence that holds
/// words of quotation `n` carries `Some(n)` (a sentence touching several carries the first). A
/// quotation still open at the end of its paragraph (unless the next paragraph reopens it, the
/// AP way) or after 400 tokens was a stray mark: only the sentence holding it keeps its number. So
/// the sentences of one quotation of several sentences share a number: lint and the kinds can
/// still see one quotation and one speaker, while each sentence is checked on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub quotation: Option<u32>,
}

/// Where the splitter writes its sentences: spans alone, or spans with their quotation.
pub(crate) trait Sink {
    fn push(&mut self, sentence: Sentence);
    /// How many sentences were pushed.
    fn count(&self) -> usize;
    /// A quotation that never closed was a stray mark: the sentences after the one holding it,
    /// from index `first + 1` on, are not inside it after all.
    fn unquote_after(&mut self, first: usize, quotation: u32);
}

impl Sink for Vec<Span> {
    fn push(&mut self, sentence: Sentence) {
        Vec::push(self, sentence.span);
    }

    fn count(&self) -> usize {
        self.len()
    }

    fn unquote_after(&mut self, _first: usize, _quotation: u32) {}
}

impl Sink for Vec<Sentence> {
    fn push(&mut self, sentence: Sentence) {
        Vec::push(self, sentence);
    }

    fn count(&self) -> usize {
        self.len()
    }

    fn unquote_after(&mut self, first: usize, quotation: u32) {
        for sentence in self.iter_mut().skip(first + 1) {
            if sentence.quotation == Some(quotation) {
                sentence.quotation = None;
            }
        }
    }
}

/// The sentences of `text` as byte spans into it: in order, trimmed of surrounding whitespace,
/// on character boundaries, and together covering every non-space byte exactly once.
///
/// ```
/// use factdesk::parse::split::sentences;
///
/// let text = "The U.S. Justice Department said Tuesday. \"Why now?\" she asked.";
/// let found: Vec<&str> = sentences(text).iter().map(|s| s.slice(text)).collect();
/// assert_eq!(found, ["The U.S. Justice Department said Tuesday.", "\"Why now?\" she asked."]);
/// ```
pub fn sentences(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    sentences_into(text, &mut spans);
    spans
}

/// Like [`sentences`], into a vector the caller reuses (it is cleared first): splitting many
/// paragraphs then allocates nothing once the vector has grown.
pub fn sentences_into(text: &str, out: &mut Vec<Span>) {
    out.clear();
    machine::Splitter::new(text, out).run();
}

/// Like [`sentences`], with each sentence's quotation (see [`Sentence`]).
///
/// ```
/// use factdesk::parse::split::split;
///
/// let text = "\"Cool clock. Want to bring it?\" he asked. It ticked.";
/// let found: Vec<(&str, Option<u32>)> =
///     split(text).iter().map(|s| (s.span.slice(text), s.quotation)).collect();
/// assert_eq!(
///     found,
///     [("\"Cool clock.", Some(0)), ("Want to bring it?\" he asked.", Some(0)), ("It ticked.", None)]
/// );
/// ```
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    machine::Splitter::new(text, &mut out).run();
    out
}
