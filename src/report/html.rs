//! HTML: one self-contained page (inline CSS, no script, nothing fetched) that shows the
//! article's own text with every statement highlighted by status, then the statement table, the
//! changes and the findings.
//!
//! Safety by construction: [`Page::raw`] takes only `&'static str`, so the page's own markup is
//! the only thing that can reach it unescaped; every string from the report goes through
//! [`Page::text`] (escaped), and links only come from [`Source::link`] (http and https).
//! A Content-Security-Policy forbids scripts and network access should anything slip through.

mod changes;
mod page;

use crate::model::{Source, Span, Statement, Status};

use super::{Report, bylines_text};

use changes::{changes, findings, since_check, statement_links};
use page::Page;

const STYLE: &str = include_str!("templates/report.css");

pub(super) fn render(report: &Report) -> String {
    let mut page = Page {
        out: String::with_capacity(report.text.len() * 3 + 16 * 1024),
    };
    page.raw(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"factdesk\">\n<title>Verification report: ",
    );
    page.plain(&report.article);
    page.raw(", revision ");
    page.num(report.revision);
    page.raw("</title>\n<style>\n");
    page.raw(STYLE);
    page.raw("</style>\n</head>\n<body>\n");
    masthead(&mut page, report);
    gate(&mut page, report);
    summary(&mut page, report);
    article(&mut page, report);
    statements(&mut page, report);
    changes(&mut page, report);
    since_check(&mut page, report);
    findings(&mut page, report);
    page.raw("<footer>Generated ");
    page.text(&report.generated_at);
    if let Some(by) = &report.generated_by {
        page.raw(" by ");
        page.text(by);
    }
    page.raw(" with factdesk &middot; report schema ");
    page.num(report.schema_version);
    page.raw("</footer>\n</body>\n</html>\n");
    page.out
}

fn masthead(page: &mut Page, report: &Report) {
    page.raw("<header class=\"masthead\">\n<p class=\"kicker\">Verification report &middot; ");
    page.text(&report.article);
    page.raw(" &middot; revision ");
    page.num(report.revision);
    page.raw(" of ");
    page.num(report.latest_revision);
    if report.revision != report.latest_revision {
        page.raw(" (not the latest)");
    }
    page.raw("</p>\n<h1>");
    page.text(report.headline.as_deref().unwrap_or(&report.article));
    page.raw("</h1>\n<dl class=\"meta\">\n");
    if !report.bylines.is_empty() {
        meta(page, "By", &bylines_text(&report.bylines));
    }
    if let Some(published) = &report.published {
        meta(page, "Published", &published.raw);
    }
    if let Some(desk) = &report.desk {
        meta(page, "Desk", desk);
    }
    meta(page, "Checklist", &report.checklist);
    let generated = match &report.generated_by {
        Some(by) => format!("{} by {by}", report.generated_at),
        None => report.generated_at.clone(),
    };
    meta(page, "Report made", &generated);
    if let Some(chain) = &report.chain {
        meta(page, "History", &chain.describe());
    }
    page.raw("</dl>\n</header>\n");
}

fn meta(page: &mut Page, name: &'static str, value: &str) {
    page.raw("<div><dt>");
    page.raw(name);
    page.raw("</dt><dd>");
    page.text(value);
    page.raw("</dd></div>\n");
}

fn gate(page: &mut Page, report: &Report) {
    let gate = &report.gate;
    if gate.ready {
        page.raw(
            "<section class=\"gate ready\" aria-label=\"Publication gate\">\n\
             <p class=\"verdict\"><span class=\"word\">READY</span> \
             <span class=\"say\">Cleared for publication",
        );
    } else {
        page.raw(
            "<section class=\"gate blocked\" aria-label=\"Publication gate\">\n\
             <p class=\"verdict\"><span class=\"word\">BLOCKED</span> \
             <span class=\"say\">Not ready to publish",
        );
    }
    match gate.reasons.len() {
        0 => {}
        1 => page.raw(": 1 reason"),
        n => {
            page.raw(": ");
            page.num(n as u64);
            page.raw(" reasons");
        }
    }
    page.raw("</span></p>\n");
    if !gate.reasons.is_empty() {
        page.raw("<ul>\n");
        for reason in &gate.reasons {
            page.raw("<li>");
            page.text(&reason.message);
            if !reason.statements.is_empty() {
                page.raw(" <span class=\"ids\">");
                statement_links(page, report, &reason.statements);
                page.raw("</span>");
            }
            page.raw(" <code>");
            page.text(&reason.code);
            page.raw("</code></li>\n");
        }
        page.raw("</ul>\n");
    }
    page.raw("</section>\n");
}

fn summary(page: &mut Page, report: &Report) {
    let progress = &report.progress;
    page.raw("<section class=\"summary\">\n<div class=\"progress\">\n<p class=\"percent\">");
    page.percent(progress.percent);
    page.raw("<small>verified</small></p>\n<div class=\"bar\" role=\"img\" aria-label=\"");
    page.percent(progress.percent);
    page.raw(" verified\"><span style=\"width:");
    page.percent(progress.percent);
    page.raw("\"></span></div>\n<p>");
    page.num(progress.verified);
    page.raw(" of ");
    page.num(progress.checkable);
    page.raw(" checkable statements verified on their current words (waived ones are not counted");
    // The verified chip counts every statement whose latest check says verified; progress only
    // those whose words have not changed since. Say the difference instead of leaving two
    // numbers that disagree.
    let stale_of = |status: Status| {
        report
            .statements
            .iter()
            .filter(|s| s.status == status && s.stale)
            .count() as u64
    };
    let stale_verified = stale_of(Status::Verified);
    if stale_verified > 0 {
        page.raw("; ");
        page.num(stale_verified);
        page.raw(" verified before their words changed are stale and not counted");
    }
    page.raw(")</p>\n");

    let counts = &report.counts;
    page.raw("<ul class=\"counts\">\n");
    for status in Status::ALL {
        let n = counts.get(*status);
        page.raw("<li class=\"chip st-");
        page.raw(status.as_str());
        if n == 0 {
            page.raw(" zero");
        }
        page.raw("\"><b>");
        page.num(n);
        page.raw("</b> ");
        page.raw(status.as_str());
        let stale = stale_of(*status);
        if stale > 0 {
            page.raw(" <small>(");
            page.num(stale);
            page.raw(" stale)</small>");
        }
        page.raw("</li>\n");
    }
    page.raw("<li class=\"chip stale-chip");
    if counts.stale == 0 {
        page.raw(" zero");
    }
    page.raw("\"><b>");
    page.num(counts.stale);
    page.raw("</b> stale</li>\n<li class=\"chip total\"><b>");
    page.num(counts.total);
    page.raw("</b> in all</li>\n</ul>\n</div>\n");

    page.raw("<table class=\"reviewers\">\n<caption>Reviewers and their open load</caption>\n");
    page.raw("<thead><tr><th>Reviewer</th><th>Role</th><th class=\"n\">Open</th></tr></thead>\n<tbody>\n");
    if report.reviewers.is_empty() {
        page.raw("<tr><td colspan=\"3\">No reviewers.</td></tr>\n");
    }
    for reviewer in &report.reviewers {
        page.raw("<tr><td>");
        page.text(&reviewer.name);
        page.raw(" <span class=\"handle\">@");
        page.text(&reviewer.handle);
        page.raw("</span></td><td>");
        page.raw(reviewer.role.as_str());
        page.raw("</td><td class=\"n\">");
        page.num(reviewer.open);
        page.raw("</td></tr>\n");
    }
    page.raw("</tbody>\n</table>\n</section>\n");
}

fn article(page: &mut Page, report: &Report) {
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
fn tag(page: &mut Page, statement: &Statement) {
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

/// The byte ranges of the text's non-blank lines, without their line endings: one paragraph
/// each, as the articles come.
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

fn statements(page: &mut Page, report: &Report) {
    page.raw("<section class=\"statements\">\n<h2>Statements (");
    page.num(report.statements.len() as u64);
    page.raw(
        ")</h2>\n<table>\n<thead><tr><th class=\"n\">#</th><th>Status</th>\
         <th>Statement</th><th>Who</th><th>Sources and note</th></tr></thead>\n<tbody>\n",
    );
    for s in &report.statements {
        page.raw("<tr id=\"s");
        page.num(s.id);
        page.raw("\"><td class=\"n\"><a href=\"#t");
        page.num(s.id);
        page.raw("\">");
        page.num(s.id);
        page.raw("</a></td><td class=\"status\"><span class=\"badge st-");
        page.raw(s.status.as_str());
        page.raw("\">");
        page.raw(s.status.as_str());
        page.raw("</span>");
        if s.stale {
            page.raw(" <span class=\"badge stale\">STALE</span>");
        }
        page.raw("</td><td class=\"quote\">");
        page.text(&s.text);
        page.raw("<div class=\"where\">");
        page.raw(s.element.as_str());
        page.raw(" · paragraph ");
        page.num(s.paragraph);
        page.raw(", sentence ");
        page.num(s.position);
        for kind in s.kinds.iter() {
            page.raw(" <span class=\"kind\">");
            page.raw(kind.as_str());
            page.raw("</span>");
        }
        page.raw("</div></td><td class=\"who\"><div><span class=\"label\">Assignee</span> ");
        match &s.assignee {
            Some(who) => page.text(who),
            None => page.raw("<span class=\"none\">none</span>"),
        }
        page.raw("</div><div><span class=\"label\">Checked</span> ");
        match (&s.checked_by, &s.checked_at) {
            (None, None) => page.raw("<span class=\"none\">never</span>"),
            (by, at) => {
                if let Some(by) = by {
                    page.text(by);
                }
                if let Some(at) = at {
                    page.raw("<div class=\"when\">");
                    page.text(at);
                    page.raw("</div>");
                }
            }
        }
        page.raw("</div>");
        page.raw("</td><td class=\"sources\">");
        if !s.sources.is_empty() {
            page.raw("<ul>");
            for source in &s.sources {
                page.raw("<li>");
                source_item(page, source);
                page.raw("</li>");
            }
            page.raw("</ul>");
        }
        if let Some(note) = &s.note {
            page.raw("<p class=\"note\"><b>Note:</b> ");
            page.text_with_breaks(note);
            page.raw("</p>");
        }
        if !s.items.is_empty() {
            page.raw("<p class=\"note\"><b>Checklist:</b> ");
            page.text(&s.items.join(", "));
            page.raw("</p>");
        }
        page.raw("</td></tr>\n");
    }
    page.raw("</tbody>\n</table>\n</section>\n");
}

fn source_item(page: &mut Page, source: &Source) {
    page.raw("<span class=\"source-kind\">");
    page.text(source.kind.as_str());
    page.raw("</span> ");
    match source.link() {
        Some(url) => {
            page.raw("<a class=\"citation\" href=\"");
            page.plain(url);
            page.raw("\" rel=\"noopener noreferrer\">");
            page.text(url);
            page.raw("</a>");
        }
        None => {
            page.raw("<span class=\"citation\">");
            page.text(&source.citation);
            page.raw("</span>");
        }
    }
    let unsaid = |extra: &Option<String>| {
        extra
            .clone()
            .filter(|extra| !source.citation.contains(extra.as_str()))
    };
    if let Some(contact) = unsaid(&source.contact) {
        page.raw("; contact: ");
        page.text(&contact);
    }
    if let Some(on) = unsaid(&source.contacted_on) {
        page.raw("; contacted ");
        page.text(&on);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Format, Style, fixture, render};

    fn html() -> String {
        render(&fixture::report(), Format::Html, Style::default())
    }

    /// Every `href` value in the page.
    fn hrefs(html: &str) -> Vec<String> {
        html.split("href=\"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap_or("").to_string())
            .collect()
    }

    #[test]
    fn hostile_article_text_and_citations_are_inert() {
        let html = html();
        let lower = html.to_lowercase();
        assert!(!lower.contains("<script"), "a script element");
        assert!(!lower.contains("<img"), "an image element");
        assert!(!lower.contains("onerror="), "an event handler");
        for href in hrefs(&html) {
            let href = href.trim().to_lowercase();
            assert!(
                href.starts_with('#')
                    || href.starts_with("https://")
                    || href.starts_with("http://"),
                "{href}"
            );
            assert!(!href.contains("javascript:"), "{href}");
        }
        // The hostile words are still there for the editor to read, as text.
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&lt;img src&#61;x onerror&#61;alert(2)&gt;"));
        assert!(html.contains("<span class=\"citation\">javascript:alert(document.cookie)</span>"));
    }

    #[test]
    fn only_web_citations_become_links_and_they_do_not_leak_the_referrer() {
        let html = html();
        let external: Vec<String> = hrefs(&html)
            .into_iter()
            .filter(|h| !h.starts_with('#'))
            .collect();
        assert_eq!(external.len(), 1, "{external:?}");
        assert!(html.contains("rel=\"noopener noreferrer\">https://www.justice.gov/"));
    }

    #[test]
    fn nothing_is_fetched_and_nothing_runs() {
        let html = html();
        assert!(html.contains("default-src 'none'"));
        for needle in ["src=\"", "<link", "@import", "url(", "<iframe", "<object"] {
            assert!(!html.contains(needle), "{needle}");
        }
    }

    #[test]
    fn every_statement_is_marked_in_the_text_with_a_visible_label() {
        let report = fixture::report();
        let html = render(&report, Format::Html, Style::default());
        for s in &report.statements {
            assert!(
                html.contains(&format!("id=\"t{}\"", s.id)),
                "mark of #{}",
                s.id
            );
            assert!(
                html.contains(&format!("href=\"#s{}\">[#{} {}", s.id, s.id, s.status)),
                "label of #{}",
                s.id
            );
        }
        assert!(html.contains("[#3 verified &middot; <span class=\"stale-word\">STALE</span>]"));
        // Text outside statements (the headline line) is shown, plain.
        assert!(html.contains("<p class=\"plain\">CIA To Join Mexican Raids &lt;script&gt;"));
    }

    #[test]
    fn the_article_text_comes_back_when_the_markup_is_taken_away() {
        let report = fixture::report();
        let html = render(&report, Format::Html, Style::default());
        let start = html.find("<div class=\"text\">").unwrap();
        let end = start + html[start..].find("</div>").unwrap();
        let mut shown = String::new();
        let mut in_tag = false;
        let mut in_label = false;
        for c in html[start..end].chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                '[' if !in_tag => in_label = true,
                ']' if !in_tag && in_label => in_label = false,
                c if !in_tag && !in_label => shown.push(c),
                _ => {}
            }
        }
        let shown = shown
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#61;", "=")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
        let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(words(&shown), words(&report.text));
    }

    #[test]
    fn bad_spans_are_skipped_never_a_panic() {
        let mut report = fixture::report();
        report.statements[3].span = Span::new(
            report.statements[3].span.start + 8,
            report.statements[3].span.end,
        ); // inside the multibyte ’
        report.statements[4].span = Span::new(10_000, 10_010);
        report.statements[1].span = report.statements[0].span; // overlaps #1
        let html = render(&report, Format::Html, Style::default());
        assert!(html.contains("id=\"t1\"") && html.contains("id=\"t3\""));
        for id in [2, 4, 5] {
            assert!(!html.contains(&format!("id=\"t{id}\"")), "#{id}");
            assert!(html.contains(&format!("id=\"s{id}\"")), "row of #{id}");
        }
    }

    #[test]
    fn a_statement_across_a_line_break_is_marked_on_both_lines_and_labelled_once() {
        let mut report = fixture::report();
        report.text = "First half\nsecond half.\n".to_string();
        report.statements.truncate(1);
        report.statements[0].span = Span::new(0, report.text.len() - 1);
        let html = render(&report, Format::Html, Style::default());
        assert_eq!(html.matches("<mark class=\"st st-verified\"").count(), 2);
        assert_eq!(html.matches("[#1 verified]").count(), 1);
        assert!(html.contains("second half.</mark><a class=\"tag"));
    }

    #[test]
    fn word_edits_show_as_deletions_and_insertions() {
        let html = html();
        assert!(
            html.contains("would cost <del>$2</del> <ins>$2.5</ins> billion"),
            "{html}"
        );
        assert!(html.contains("<del>The plan was first reported in &lt;b&gt;December"));
    }

    #[test]
    fn snapshot() {
        // The style sheet is left out: the snapshot is about what the page says.
        insta::assert_snapshot!(html().replace(STYLE, "/* templates/report.css */\n"));
    }
}
