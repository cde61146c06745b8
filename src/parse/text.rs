//! Plain text -> blocks. Blank lines separate chunks. A line opening with a list marker ("- ",
//! "1. ") is a list item of its own, and a line opening with a dash ("– Ingen kommentar") a
//! paragraph of its own, each with the lines that carry it on (indented, or in lowercase). The rest of a chunk
//! is either one paragraph per line (as newsroom exports often are) or one paragraph hard-wrapped
//! over several lines; which one is decided by how its lines end.

use super::raw::{MappedText, RawBlock, RawKind};
use super::{metadata, shape};
use crate::model::Span;

/// The non-blank lines of `text`, trimmed, grouped into chunks separated by blank lines.
fn chunks(text: &str) -> Vec<Vec<Span>> {
    let mut chunks = Vec::new();
    let mut current = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if !current.is_empty() {
                chunks.push(std::mem::take(&mut current));
            }
        } else {
            let start = offset + (line.len() - line.trim_start().len());
            current.push(Span::new(start, start + trimmed.len()));
        }
        offset += line.len();
    }
    if !current.is_empty() {
        chunks.push(current);
    }
    chunks
}

/// A chunk is one paragraph per line when at least half of its lines (the last aside) end the
/// way a paragraph ends; hard-wrapped prose mostly breaks its lines mid-sentence.
fn one_paragraph_per_line(text: &str, lines: &[Span]) -> bool {
    let inner = &lines[..lines.len() - 1];
    let ending = inner
        .iter()
        .filter(|line| shape::ends_like_paragraph(line.slice(text)))
        .count();
    ending * 2 >= inner.len()
}

/// In hard-wrapped prose, a line still stands alone when it is a headline, heading or metadata
/// line (title-like, or read as metadata), and a line indented in the source opens a paragraph.
fn stands_alone(line: &str) -> bool {
    (shape::is_title_like(line) && shape::word_count(line) <= 20)
        || metadata::read_metadata_line(line).is_some()
}

fn is_indented(text: &str, line: Span) -> bool {
    let line_start = text[..line.start].rfind('\n').map_or(0, |i| i + 1);
    line.start > line_start
}

fn paragraph(text: &str, span: Span) -> RawBlock {
    RawBlock {
        kind: RawKind::Paragraph,
        span,
        plain: MappedText::verbatim(text, span),
    }
}

/// A list item: the whole lines as its span, the text after the marker as its plain text.
fn list_item(text: &str, span: Span, marker_len: usize) -> RawBlock {
    RawBlock {
        kind: RawKind::ListItem,
        span,
        plain: MappedText::verbatim(text, Span::new(span.start + marker_len, span.end)),
    }
}

/// How a line opens a block of its own inside a chunk: a list item with a marker of this many
/// bytes, or a line opening with a dash (dialogue, or a dashed bullet), which keeps its dash.
#[derive(Clone, Copy)]
enum Opener {
    Item(usize),
    Dash,
}

fn opener(line: &str) -> Option<Opener> {
    if let Some(marker) = shape::list_marker(line) {
        return Some(Opener::Item(marker));
    }
    // A dash before a capital or a digit opens something; before a lowercase word it carries
    // a wrapped sentence on ("He said\n— and then left.").
    let rest = line.strip_prefix(['–', '—'])?;
    rest.trim_start()
        .starts_with(|c: char| c.is_uppercase() || c.is_numeric())
        .then_some(Opener::Dash)
}

/// The blocks of a plain-text revision, in order.
pub fn read(text: &str) -> Vec<RawBlock> {
    let mut blocks = Vec::new();
    for chunk in chunks(text) {
        let mut rest: &[Span] = &chunk;
        while !rest.is_empty() {
            let Some(opened) = opener(rest[0].slice(text)) else {
                // Prose up to the next list item or dashed line.
                let prose = rest
                    .iter()
                    .position(|line| opener(line.slice(text)).is_some())
                    .unwrap_or(rest.len());
                read_prose(text, &rest[..prose], &mut blocks);
                rest = &rest[prose..];
                continue;
            };
            // It runs on over the lines that carry it on: indented, or opening in lowercase (a
            // wrapped line).
            let wrapped = rest[1..]
                .iter()
                .take_while(|line| {
                    let words = line.slice(text);
                    opener(words).is_none()
                        && (is_indented(text, **line) || words.starts_with(char::is_lowercase))
                })
                .count();
            let span = Span::new(rest[0].start, rest[wrapped].end);
            blocks.push(match opened {
                Opener::Item(marker_len) => list_item(text, span, marker_len),
                Opener::Dash => paragraph(text, span),
            });
            rest = &rest[1 + wrapped..];
        }
    }
    blocks
}

/// The paragraphs of a run of lines with no list item among them.
fn read_prose(text: &str, lines: &[Span], blocks: &mut Vec<RawBlock>) {
    if one_paragraph_per_line(text, lines) {
        blocks.extend(lines.iter().map(|line| paragraph(text, *line)));
        return;
    }
    let mut start: Option<Span> = None;
    for (i, line) in lines.iter().enumerate() {
        let alone = stands_alone(line.slice(text));
        if let Some(open) = start.filter(|_| alone || is_indented(text, *line)) {
            blocks.push(paragraph(text, Span::new(open.start, lines[i - 1].end)));
            start = None;
        }
        if alone {
            blocks.push(paragraph(text, *line));
        } else {
            start.get_or_insert(*line);
        }
    }
    if let Some(open) = start {
        blocks.push(paragraph(
            text,
            Span::new(open.start, lines.last().unwrap().end),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block_texts(text: &str) -> Vec<&str> {
        read(text).iter().map(|b| b.span.slice(text)).collect()
    }

    #[test]
    fn one_paragraph_per_line_without_blank_lines() {
        let text = "A Headline Here\nFirst paragraph.\nSecond paragraph;\nThird one.\n";
        assert_eq!(
            block_texts(text),
            [
                "A Headline Here",
                "First paragraph.",
                "Second paragraph;",
                "Third one."
            ]
        );
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "Markets Slide on Rate Fears\n\nStocks fell on Tuesday as investors\nweighed the chance of another\nrate rise.\n\n  The dollar rose against the\nyen.\n";
        assert_eq!(
            block_texts(text),
            [
                "Markets Slide on Rate Fears",
                "Stocks fell on Tuesday as investors\nweighed the chance of another\nrate rise.",
                "The dollar rose against the\nyen."
            ]
        );
    }

    #[test]
    fn headline_and_byline_stand_alone_in_a_wrapped_chunk() {
        let text = "Markets Slide on Rate Fears\nBy Jane Doe, Markets Editor\nStocks fell on Tuesday as investors\nweighed the chance of another\nrate rise.\n";
        assert_eq!(
            block_texts(text),
            [
                "Markets Slide on Rate Fears",
                "By Jane Doe, Markets Editor",
                "Stocks fell on Tuesday as investors\nweighed the chance of another\nrate rise."
            ]
        );
    }

    #[test]
    fn list_items_stand_alone_with_their_wrapped_lines() {
        let text = "Budget highlights:\n- Police get 12 more officers\n- Libraries lose $2 million\n  over two years\n1. Parks: 40 new trees\nThe council voted 7-2.\n";
        let blocks = read(text);
        let read: Vec<(RawKind, &str, &str)> = blocks
            .iter()
            .map(|b| (b.kind, b.span.slice(text), b.plain.text()))
            .collect();
        assert_eq!(
            read,
            [
                (
                    RawKind::Paragraph,
                    "Budget highlights:",
                    "Budget highlights:"
                ),
                (
                    RawKind::ListItem,
                    "- Police get 12 more officers",
                    "Police get 12 more officers"
                ),
                (
                    RawKind::ListItem,
                    "- Libraries lose $2 million\n  over two years",
                    "Libraries lose $2 million\n  over two years"
                ),
                (
                    RawKind::ListItem,
                    "1. Parks: 40 new trees",
                    "Parks: 40 new trees"
                ),
                (
                    RawKind::Paragraph,
                    "The council voted 7-2.",
                    "The council voted 7-2."
                ),
            ]
        );
    }

    #[test]
    fn dashed_lines_stand_alone_and_keep_their_dash() {
        let text =
            "– Ingen kommentar, säger\nhon.\n–Vi ses i morgon.\n— Police get 12 more officers\n";
        assert_eq!(
            block_texts(text),
            [
                "– Ingen kommentar, säger\nhon.",
                "–Vi ses i morgon.",
                "— Police get 12 more officers"
            ]
        );
        let wrapped = "The mayor said the plan\n— and the budget with it —\nwould pass.\n";
        assert_eq!(block_texts(wrapped), [wrapped.trim_end()]);
    }

    #[test]
    fn indented_lines_open_paragraphs_and_crlf_is_trimmed() {
        let text = "The first paragraph runs\nover two lines.\r\n    The second is indented\nand wraps too.\r\n";
        assert_eq!(
            block_texts(text),
            [
                "The first paragraph runs\nover two lines.",
                "The second is indented\nand wraps too."
            ]
        );
    }
}
