//! Tests of the HTML report: inert hostile text, links, the article view, and the snapshot.

use super::*;
use crate::model::Span;
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
            href.starts_with('#') || href.starts_with("https://") || href.starts_with("http://"),
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
