//! Plain text -> blocks. Blank lines separate chunks. A chunk of several lines is either one
//! paragraph per line (as newsroom exports often are) or one paragraph hard-wrapped over several
//! lines; which one is decided by how its lines end.

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

/// The blocks of a plain-text revision, in order.
pub fn read(text: &str) -> Vec<RawBlock> {
    let mut blocks = Vec::new();
    for lines in chunks(text) {
        if one_paragraph_per_line(text, &lines) {
            blocks.extend(lines.iter().map(|line| paragraph(text, *line)));
            continue;
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
    blocks
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
