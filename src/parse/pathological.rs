//! Inputs built to stall a parser: long runs of one punctuation mark, one enormous word, a flood
//! of quotation marks. Issue 11 found `tokenise` quadratic on runs of full stops (120 KB of dots
//! took 9 s). These tests go through the public entry points (`parse`, `kinds::classify`,
//! `lint::run`) so they hold whatever the rules look like inside; they assert the shape of the
//! output, never a time (`examples/bench` reports the times): on quadratic code they do not
//! finish.

use super::{Format, ParsedRevision, parse};
use crate::model::Kind;

/// 128 KiB: past the 120 KB that took 9 s in a release build when the tokeniser was quadratic,
/// small enough that a linear parse stays well under a second in a debug build.
const RUN: usize = 128 << 10;

fn punctuation_runs() -> Vec<(&'static str, String)> {
    let mut cases: Vec<(&'static str, String)> = [
        ("full stops", "."),
        ("commas", ","),
        ("exclamation marks", "!"),
        ("question marks", "?"),
        ("ellipses", "…"),
        ("closing brackets", ")"),
        ("opening brackets", "("),
        ("hyphens", "-"),
        ("apostrophes", "'"),
    ]
    .into_iter()
    .map(|(name, mark)| (name, mark.repeat(RUN / mark.len())))
    .collect();
    cases.push((
        "a word ending in full stops",
        format!("Word{}", ".".repeat(RUN)),
    ));
    cases.push(("initials without end", "A.".repeat(RUN / 2)));
    cases.push(("100,000 straight quotation marks", "\"".repeat(100_000)));
    cases.push(("100,000 curly quotation marks", "“”".repeat(50_000)));
    cases.push((
        "100,000 quotation marks around words",
        "“yes” ".repeat(50_000),
    ));
    cases
}

/// Spans in bounds, on character boundaries, in order and not overlapping; text non-empty.
fn assert_well_formed(name: &str, text: &str, parsed: &ParsedRevision) {
    let mut end = 0;
    for statement in &parsed.statements {
        let span = statement.span;
        assert!(
            span.start >= end && span.start < span.end && span.end <= text.len(),
            "{name}: span {span:?} out of order or bounds"
        );
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert!(!statement.text.trim().is_empty(), "{name}: empty statement");
        end = span.end;
    }
}

#[test]
fn pathological_inputs_parse_and_lint_into_well_formed_output() {
    for (name, text) in punctuation_runs() {
        for format in [Format::Text, Format::Markdown] {
            let parsed = parse(&text, format);
            assert_well_formed(name, &text, &parsed);
            let findings = crate::lint::run(&text, &parsed, &crate::lint::default_checks());
            for finding in findings {
                assert!(finding.span.is_none_or(|s| s.end <= text.len()), "{name}");
            }
        }
    }
}

#[test]
fn one_5_mb_word_is_one_statement() {
    let word = "a".repeat(5_000_000);
    let parsed = parse(&word, Format::Text);
    assert_eq!(parsed.statements.len(), 1);
    assert_eq!(parsed.statements[0].text.len(), word.len());
}

#[test]
fn kinds_of_punctuation_runs_are_computed_whole() {
    // A run of dots carries no checkable fact; a figure before a run of full stops is still
    // found: the tokeniser strips the run in one pass instead of rescanning per dot.
    assert!(super::kinds::classify(&".".repeat(RUN)).is_empty());
    let figure = format!("It cost $5 million in 2025{}", ".".repeat(RUN));
    assert!(super::kinds::classify(&figure).contains(Kind::Figure));
}
