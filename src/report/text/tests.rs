//! Tests of the text report: line widths, hanging labels, colour, hostile text, and the snapshots.

use super::*;
use crate::report::{Format, fixture, render};

fn strip_ansi(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn long_report() -> Report {
    let mut report = fixture::report();
    let long = "The operation, which officials described as unprecedented in scope, would \
                involve dozens of intelligence officers, several hundred Mexican marines and \
                an unknown number of contractors over a period of at least three years. "
        .repeat(3);
    report.statements[0].text = long.clone();
    report.statements[1].note = Some(long.clone());
    report.statements[2].sources[0].citation = format!("{}{}", fixture::LONG_URL, "x".repeat(200));
    report.headline = Some(long.clone());
    report.gate.reasons[0].message = long;
    report.reviewers[0].handle = "a-very-long-reviewer-handle-indeed".to_string();
    report
}

#[test]
fn no_line_is_longer_than_80_characters_with_or_without_colour() {
    for color in [false, true] {
        for report in [fixture::report(), long_report()] {
            let text = render(&report, Format::Text, Style { color });
            for line in text.lines() {
                let visible = strip_ansi(line);
                assert!(
                    visible.chars().count() <= WIDTH,
                    "{} chars: {visible}",
                    visible.chars().count()
                );
            }
        }
    }
}

#[test]
fn wrapping_loses_no_word_and_hangs_under_the_label() {
    let report = long_report();
    let text = render(&report, Format::Text, Style::default());
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    for word in report.statements[0].text.split_whitespace() {
        assert!(joined.contains(word), "{word}");
    }
    // The broken URL comes back whole when its pieces are put together again.
    let url = &report.statements[2].sources[0].citation;
    assert!(
        text.replace(&format!("\n{}", " ".repeat(15)), "")
            .contains(url.as_str())
    );
    let headline_lines: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("Headline:"))
        .take(3)
        .collect();
    assert!(headline_lines[1].starts_with(&" ".repeat(LABEL_WIDTH)));
    assert!(!headline_lines[1].starts_with(&" ".repeat(LABEL_WIDTH + 1)));
}

#[test]
fn colour_only_when_asked() {
    let report = fixture::report();
    let plain = render(&report, Format::Text, Style { color: false });
    let colored = render(&report, Format::Text, Style { color: true });
    assert!(!plain.contains('\x1b'));
    assert!(colored.contains("\x1b[1;31mGATE: BLOCKED\x1b[0m"));
    assert_eq!(strip_ansi(&colored), plain);
}

#[test]
fn control_characters_from_the_article_never_reach_the_terminal() {
    let mut report = fixture::report();
    report.statements[0].text = "Clear\x1b[2J screen \u{202e}reversed\x07".to_string();
    let text = render(&report, Format::Text, Style::default());
    assert!(!text.contains('\x1b') && !text.contains('\u{202e}') && !text.contains('\x07'));
    assert!(text.contains("Clear\u{fffd}[2J screen \u{fffd}reversed\u{fffd}"));
}

#[test]
fn shows_what_an_editor_needs_of_each_statement() {
    let text = render(&fixture::report(), Format::Text, Style::default());
    assert!(text.contains("GATE: BLOCKED (4 reasons)"));
    assert!(text.contains("#3 VERIFIED STALE (body, paragraph 4, sentence 1)"));
    assert!(text.contains("#2 INCORRECT"));
    assert!(text.contains("Checked:   bo, 2026-01-16T15:30:00Z"));
    assert!(text.contains("[-$2-] {+$2.5+} billion"), "{text}");
    assert!(text.contains("CHANGES SINCE REVISION 1"));
}

#[test]
fn snapshot() {
    insta::assert_snapshot!(render(&fixture::report(), Format::Text, Style::default()));
}

#[test]
fn snapshot_in_colour() {
    insta::assert_snapshot!(render(
        &fixture::report(),
        Format::Text,
        Style { color: true }
    ));
}
