//! The article's text cut into paragraphs and pieces, each piece plain text or a piece of one
//! statement: what the HTML report and the web desk's article page both draw, so the two show
//! the same highlighting from the same rule.

use std::ops::Range;

use crate::model::{Span, Statement};
use crate::normalize::find_words;

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
    /// Words a partly-verified statement's latest check does not cover: drawn apart.
    pub excepted: bool,
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
                    excepted: false,
                });
            }
            let last = span.end <= end;
            let cuts = cut_excepted(from..to, &excepted_in(text, *span, statement));
            let count = cuts.len();
            for (i, (range, excepted)) in cuts.into_iter().enumerate() {
                pieces.push(Piece {
                    text: &text[range],
                    mark: Some(Mark {
                        statement,
                        first: i == 0 && span.start >= start,
                        last: i + 1 == count && last,
                    }),
                    excepted,
                });
            }
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
                excepted: false,
            });
        }
        out.push(Paragraph { plain, pieces });
    }
    out
}

/// Where the words a statement's partly-verified check excepts stand in the text, as byte
/// ranges of `text`, in order and apart.
fn excepted_in(text: &str, span: Span, statement: &Statement) -> Vec<Range<usize>> {
    let Some(words) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    excepted_ranges(words, &statement.excepted)
        .into_iter()
        .map(|r| r.start + span.start..r.end + span.start)
        .collect()
}

/// A run of one statement's words, inside an excepted part or not.
#[derive(Debug, PartialEq, Eq)]
pub struct Run<'a> {
    pub text: &'a str,
    pub excepted: bool,
}

/// `words` cut into runs, each with whether it is one of the excepted `parts` (a partly-verified
/// check's): what every view of one statement draws. One run when nothing is excepted.
pub fn excepted_runs<'a>(words: &'a str, parts: &[String]) -> Vec<Run<'a>> {
    cut_excepted(0..words.len(), &excepted_ranges(words, parts))
        .into_iter()
        .map(|(range, excepted)| Run {
            text: &words[range],
            excepted,
        })
        .collect()
}

/// Where the `parts` stand in `words` (every place of each), merged where they touch, in order.
fn excepted_ranges(words: &str, parts: &[String]) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = parts
        .iter()
        .flat_map(|part| find_words(words, part))
        .collect();
    ranges.sort_by_key(|r| r.start);
    let mut apart: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match apart.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => apart.push(range),
        }
    }
    apart
}

/// `piece` cut where the `excepted` ranges begin and end: each run with whether it is excepted.
/// Never empty: a piece with no excepted words is one run.
fn cut_excepted(piece: Range<usize>, excepted: &[Range<usize>]) -> Vec<(Range<usize>, bool)> {
    let mut runs = Vec::new();
    let mut at = piece.start;
    for range in excepted {
        let from = range.start.max(at);
        let to = range.end.min(piece.end);
        if from >= to {
            continue;
        }
        if at < from {
            runs.push((at..from, false));
        }
        runs.push((from..to, true));
        at = to;
    }
    if at < piece.end || runs.is_empty() {
        runs.push((at..piece.end, false));
    }
    runs
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn excepted_words_are_cut_out_of_their_statement_wherever_they_stand() {
        let runs = |words: &'static str, parts: &[&str]| -> Vec<(&'static str, bool)> {
            let parts: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
            excepted_runs(words, &parts)
                .into_iter()
                .map(|r| (r.text, r.excepted))
                .collect()
        };
        let runs_of = runs(
            "In Mexico’s council, 14 members met; 14 members left.",
            &["14 members", "Mexico's"],
        );
        assert_eq!(
            runs_of,
            [
                ("In ", false),
                ("Mexico’s", true),
                (" council, ", false),
                ("14 members", true),
                (" met; ", false),
                ("14 members", true),
                (" left.", false),
            ]
        );
        assert_eq!(runs("Nothing here.", &[]), [("Nothing here.", false)]);
        assert_eq!(
            runs("14 members", &["14", "14 members"]),
            [("14 members", true)]
        );
    }

    #[test]
    fn the_article_layout_marks_the_excepted_pieces_of_a_statement() {
        let text = "The council has 14 members. It met.\n";
        let mut partial = fixture::statement(1, crate::model::Status::PartlyVerified, false);
        partial.span = Span::new(0, 27);
        partial.text = text[..27].to_string();
        partial.excepted = vec!["14 members".into()];
        let statements = [partial];
        let layout = paragraphs(text, &statements);
        let pieces: Vec<(&str, bool, bool, bool)> = layout[0]
            .pieces
            .iter()
            .map(|p| {
                let mark = p.mark.as_ref();
                (
                    p.text,
                    p.excepted,
                    mark.is_some_and(|m| m.first),
                    mark.is_some_and(|m| m.last),
                )
            })
            .collect();
        assert_eq!(
            pieces,
            [
                ("The council has ", false, true, false),
                ("14 members", true, false, false),
                (".", false, false, true),
                (" It met.", false, false, false),
            ]
        );
    }
}
