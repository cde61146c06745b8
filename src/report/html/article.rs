//! The article view: the article's own text, line by line, with every statement highlighted by
//! status and labelled with a link to its row.

use super::page::Page;
use crate::model::{Span, Statement, Status};
use crate::report::Report;

pub(super) fn article(page: &mut Page, report: &Report) {
    page.raw(
        "<section class=\"article\">\n<h2>The article, statement by statement</h2>\n\
         <p class=\"legend\">Each statement is highlighted and labelled with its number and \
         status:",
    );
    for status in Status::ALL {
        page.raw(" <span class=\"tag st-");
        page.raw(status.as_str());
        page.raw("\">[");
        page.raw(status.as_str());
        page.raw("]</span>");
    }
    page.raw(
        ". <span class=\"tag stale\">[STALE]</span> means its words changed after its last \
         check. Text outside statements (bylines, publication lines, datelines, labels) is shown plain.</p>\n\
         <div class=\"text\">\n",
    );
    let spans = drawable_spans(&report.text, &report.statements);
    let mut next = 0;
    for (start, end) in lines(&report.text) {
        let touches = spans
            .get(next)
            .is_some_and(|(span, _)| span.start < end && span.end > start);
        page.raw(if touches {
            "<p>"
        } else {
            "<p class=\"plain\">"
        });
        let mut at = start;
        while let Some((span, statement)) = spans.get(next) {
            if span.start >= end {
                break;
            }
            let from = span.start.max(start);
            let to = span.end.min(end);
            page.text(&report.text[at..from]);
            page.raw("<mark class=\"st st-");
            page.raw(statement.status.as_str());
            if statement.stale {
                page.raw(" stale");
            }
            page.raw("\"");
            if span.start >= start {
                page.raw(" id=\"t");
                page.num(statement.id);
                page.raw("\"");
            }
            page.raw(">");
            page.text(&report.text[from..to]);
            page.raw("</mark>");
            at = to;
            if span.end > end {
                break; // continues on the next line
            }
            tag(page, statement);
            next += 1;
        }
        page.text(&report.text[at..end]);
        page.raw("</p>\n");
    }
    page.raw("</div>\n</section>\n");
}

/// The visible label after a statement: "[#3 verified · STALE]", a link to its row.
pub(super) fn tag(page: &mut Page, statement: &Statement) {
    page.raw("<a class=\"tag st-");
    page.raw(statement.status.as_str());
    page.raw("\" href=\"#s");
    page.num(statement.id);
    page.raw("\">[#");
    page.num(statement.id);
    page.raw(" ");
    page.raw(statement.status.as_str());
    if statement.stale {
        page.raw(" &middot; <span class=\"stale-word\">STALE</span>");
    }
    page.raw("]</a>");
}

/// Statements whose spans can be drawn: inside the text, on character boundaries, and not
/// overlapping one drawn before. Others are left out of the article view (never a panic); they
/// still have their row in the table.
pub(super) fn drawable_spans<'a>(
    text: &str,
    statements: &'a [Statement],
) -> Vec<(Span, &'a Statement)> {
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

/// The byte ranges of the text's non-blank lines, without their line endings: one paragraph
/// each, as the articles come.
pub(super) fn lines(text: &str) -> Vec<(usize, usize)> {
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
