//! The sentence splitter: byte spans of the sentences of a paragraph or a whole text.
//!
//! One pass over the bytes, token by token (a token is a run of non-space characters), with one
//! decision between each pair of tokens. The rules, in the order they are tried (the reasons and
//! the measured accuracy are in `docs/splitter.md`):
//!
//! 1. A paragraph break (a blank line) always ends a sentence; a gap of only no-break spaces never
//!    does.
//! 2. Nothing ends inside a quotation or a parenthetical, so one that holds several sentences stays
//!    whole. Quotation marks are read by what stands beside them, not by glyph. A quotation still
//!    open at the end of its paragraph was a stray mark: the paragraph is read again without it.
//! 3. A sentence needs a word: a lone list marker (`1.`, `a.`, `•`) or run of dots never ends one.
//! 4. A line without terminal punctuation (a heading, a list item) ends at its line break, unless
//!    the next line carries on in lowercase (a wrapped line).
//! 5. `?` and `!` end a sentence unless a lowercase word follows (`"Why now?" she asked.`,
//!    `Yahoo! in`) or, after a closing quotation mark, an attribution (`"Why?" Smith asked.`).
//! 6. An ellipsis ends a sentence only before a capitalised word other than `I`.
//! 7. A full stop after an ordinary word ends a sentence unless a lowercase word follows. After a
//!    title (`Mr.`, `Sen.`) it never does; after `No.`, `Art.`, `Jan.` not before a number; after
//!    an acronym, initial or suffix (`U.S.`, `W.`, `Inc.`) only before a sentence-starting word
//!    (`He`, `The`, `But`...); after `a.m.`/`p.m.` before any capitalised word that is not a time
//!    zone, weekday or month, unless the clock time opens the sentence (`At 5 a.m. Mr. Smith`).
//!    At a line break the acronym and time rules fall back to the ordinary rule.
//! 8. Addresses (`press@state.gov`, `https://www.justice.gov/x.html`) and numbers (`$1.5`,
//!    `3.2%`) are single tokens, so their inner full stops are never candidates; a full stop glued
//!    between a word and a capitalised word (`world.Today`) is.

mod machine;
mod scan;
mod words;

#[cfg(test)]
mod golden_rules;
#[cfg(test)]
mod news_cases;
#[cfg(test)]
mod tests;

use crate::model::Span;

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
