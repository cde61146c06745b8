//! Hand-built revisions for the rules' tests, so they do not depend on the parser's details:
//! each paragraph is given as its statements.

use super::Hit;
use super::text::Doc;
use crate::model::{Element, KindSet, Metadata, Published, Span};
use crate::parse::{Block, BlockRole, ParsedRevision, ParsedStatement};

/// A revision whose paragraphs are the given statements, joined by a space, paragraphs separated
/// by a blank line; metadata empty.
pub(crate) fn article(paragraphs: &[&[&str]]) -> (String, ParsedRevision) {
    let mut text = String::new();
    let mut blocks = Vec::new();
    let mut statements = Vec::new();
    for (p, sentences) in paragraphs.iter().enumerate() {
        if p > 0 {
            text.push_str("\n\n");
        }
        let block_start = text.len();
        for (i, sentence) in sentences.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(sentence);
            statements.push(ParsedStatement {
                text: sentence.to_string(),
                span: Span::new(start, text.len()),
                paragraph: p as u32 + 1,
                position: i as u32 + 1,
                kinds: KindSet::EMPTY,
                element: Element::Body,
                reasons: None,
            });
        }
        blocks.push(Block {
            number: p as u32 + 1,
            role: BlockRole::Body,
            span: Span::new(block_start, text.len()),
        });
    }
    let parsed = ParsedRevision {
        metadata: Metadata {
            format: "text".to_string(),
            ..Metadata::default()
        },
        blocks,
        statements,
        parts: Vec::new(),
    };
    (text, parsed)
}

/// The same, published on `date` (ISO), with a date line `raw` and its stated `weekday`.
pub(crate) fn published_article(
    raw: &str,
    date: Option<&str>,
    weekday: Option<&str>,
    paragraphs: &[&[&str]],
) -> (String, ParsedRevision) {
    let (text, mut parsed) = article(paragraphs);
    parsed.metadata.published = Some(Published {
        raw: raw.to_string(),
        date: date.map(str::to_string),
        weekday: weekday.map(str::to_string),
        time: None,
    });
    (text, parsed)
}

/// What `find` reports on a revision of the given paragraphs.
pub(crate) fn hits(find: fn(&Doc<'_>) -> Vec<Hit>, paragraphs: &[&[&str]]) -> Vec<Hit> {
    let (text, parsed) = article(paragraphs);
    find(&Doc::new(&text, &parsed))
}

/// What `find` reports on one paragraph of one statement per sentence given.
pub(crate) fn hits_in(find: fn(&Doc<'_>) -> Vec<Hit>, sentences: &[&str]) -> Vec<Hit> {
    hits(find, &[sentences])
}

/// Text made of `vocabulary`'s words (as listed, upper case or capitalised) and other words,
/// joined by spaces, hyphens, punctuation and quotation marks: what a rule's fast path is held
/// to its reference on.
pub(crate) fn sentence(
    vocabulary: Vec<String>,
) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let word = prop_oneof![
        4 => (0..vocabulary.len(), 0..3u8).prop_map(move |(i, case)| {
            let w = &vocabulary[i];
            match case {
                0 => w.clone(),
                1 => w.to_uppercase(),
                _ => {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect())
                        .unwrap_or_default()
                }
            }
        }),
        1 => "[0-9]{1,4}([.,][0-9]{1,3})?",
        1 => "[A-Za-zéñ’']{1,9}",
        1 => "\\PC{1,4}",
    ];
    let separator = prop_oneof![
        6 => Just(" "),
        1 => Just("-"),
        1 => Just(", "),
        1 => Just(". "),
        1 => Just(": "),
        1 => Just(" “"),
        1 => Just("” "),
        1 => Just(" \""),
        1 => Just(" $"),
        1 => Just("’s "),
    ];
    prop::collection::vec((word, separator), 0..14)
        .prop_map(|pieces| pieces.iter().flat_map(|(w, s)| [w.as_str(), *s]).collect())
}
