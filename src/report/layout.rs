//! The article's text cut into paragraphs and pieces, each piece plain text or a piece of one
//! statement: what the HTML report and the web desk's article page both draw, so the two show
//! the same highlighting from the same rule.

use crate::model::{Span, Statement};

/// One non-blank line of the article: a paragraph, as the articles come.
pub struct Paragraph<'a> {
    /// No statement touches it (a byline, a dateline, a label): shown plain.
    pub plain: bool,
    pub pieces: Vec<Piece<'a>>,
}

/// A run of text, inside one statement or outside all.
pub struct Piece<'a> {
    pub text: &'a str,
    pub mark: Option<Mark<'a>>,
}

/// The statement a piece belongs to.
pub struct Mark<'a> {
    pub statement: &'a Statement,
    /// The statement starts in this piece: the anchor goes here.
    pub first: bool,
    /// The statement ends in this piece: its label follows it.
    pub last: bool,
}

/// The text's paragraphs with every drawable statement marked. A statement across a line break
/// is marked on both lines and labelled once, at its end.
pub fn paragraphs<'a>(text: &'a str, statements: &'a [Statement]) -> Vec<Paragraph<'a>> {
    let spans = drawable_spans(text, statements);
    let mut next = 0;
    let mut out = Vec::new();
    for (start, end) in lines(text) {
        let plain = !spans
            .get(next)
            .is_some_and(|(span, _)| span.start < end && span.end > start);
        let mut pieces = Vec::new();
        let mut at = start;
        while let Some((span, statement)) = spans.get(next) {
            if span.start >= end {
                break;
            }
            let from = span.start.max(start);
            let to = span.end.min(end);
            if at < from {
                pieces.push(Piece {
                    text: &text[at..from],
                    mark: None,
                });
            }
            let last = span.end <= end;
            pieces.push(Piece {
                text: &text[from..to],
                mark: Some(Mark {
                    statement,
                    first: span.start >= start,
                    last,
                }),
            });
            at = to;
            if !last {
                break; // continues on the next line
            }
            next += 1;
        }
        if at < end {
            pieces.push(Piece {
                text: &text[at..end],
                mark: None,
            });
        }
        out.push(Paragraph { plain, pieces });
    }
    out
}

/// Statements whose spans can be drawn: inside the text, on character boundaries, and not
/// overlapping one drawn before. Others are left out of the article view (never a panic); they
/// still have their row in the table.
fn drawable_spans<'a>(text: &str, statements: &'a [Statement]) -> Vec<(Span, &'a Statement)> {
    let mut spans: Vec<(Span, &Statement)> = statements
        .iter()
        .filter(|s| {
            let Span { start, end } = s.span;
            start < end
                && end <= text.len()
                && text.is_char_boundary(start)
                && text.is_char_boundary(end)
        })
        .map(|s| (s.span, s))
        .collect();
    spans.sort_by_key(|(span, _)| span.start);
    let mut drawn_to = 0;
    spans.retain(|(span, _)| {
        let free = span.start >= drawn_to;
        if free {
            drawn_to = span.end;
        }
        free
    });
    spans
}

/// The byte ranges of the text's non-blank lines, without their line endings.
fn lines(text: &str) -> Vec<(usize, usize)> {
    let mut lines = vec![];
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if !content.trim().is_empty() {
            lines.push((start, start + content.len()));
        }
        start += line.len();
    }
    lines
}
