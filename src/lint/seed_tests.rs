//! The sample article read as an editor would (issue 6, point 5): what lint must flag in it and
//! what it must leave alone. The article is split here by lines and naive sentence ends, so the
//! expectations do not depend on the parser; docs/lint.md lists the same expectations for the
//! real parser.

use super::testing::published_article;
use super::{default_checks, run};
use crate::model::Finding;

const SEED: &str = include_str!("../../seeds/cia-mexico-2026-01-17.txt");

/// Each line a paragraph; a sentence ends at ". " before a capital, except after a lone
/// initial ("U.S. officials").
fn paragraphs() -> Vec<Vec<String>> {
    SEED.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let mut sentences = Vec::new();
            let mut start = 0;
            let bytes = line.as_bytes();
            for i in 1..bytes.len().saturating_sub(2) {
                let initial = (i >= 2 && bytes[i - 2] == b'.') || i == 1;
                if bytes[i] == b'.'
                    && bytes[i + 1] == b' '
                    && bytes[i + 2].is_ascii_uppercase()
                    && !initial
                {
                    sentences.push(line[start..=i].trim().to_string());
                    start = i + 1;
                }
            }
            sentences.push(line[start..].trim().to_string());
            sentences
        })
        .collect()
}

fn seed_findings() -> (Vec<String>, Vec<Finding>) {
    let owned = paragraphs();
    let borrowed: Vec<Vec<&str>> = owned
        .iter()
        .map(|p| p.iter().map(String::as_str).collect())
        .collect();
    let slices: Vec<&[&str]> = borrowed.iter().map(Vec::as_slice).collect();
    let (text, parsed) = published_article(
        "Saturday, January 17, 2026, 7:30 A.M. ET",
        Some("2026-01-17"),
        Some("Saturday"),
        &slices,
    );
    let findings = run(&text, &parsed, &default_checks());
    let statements = parsed.statements.into_iter().map(|s| s.text).collect();
    (statements, findings)
}

fn flagged_statements(rule: &str) -> Vec<String> {
    let (statements, findings) = seed_findings();
    findings
        .iter()
        .filter(|f| f.rule == rule)
        .flat_map(|f| f.statements.iter().map(|&i| statements[i].clone()))
        .collect()
}

#[test]
fn the_record_overdose_deaths_need_a_source() {
    let flagged = flagged_statements("superlative-needs-source");
    assert_eq!(flagged.len(), 1, "{flagged:#?}");
    assert!(flagged[0].contains("record overdose deaths"));
}

#[test]
fn the_dea_is_never_spelt_out_but_the_cia_is_defined_and_the_fbi_well_known() {
    let (_, findings) = seed_findings();
    let acronyms: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.rule == "acronym-before-definition")
        .collect();
    assert_eq!(acronyms.len(), 1, "{acronyms:#?}");
    assert!(acronyms[0].message.starts_with("'DEA' is never spelt out"));
}

#[test]
fn every_unnamed_source_is_put_before_the_editor() {
    let flagged = flagged_statements("anonymous-sourcing");
    for expected in [
        "according to senior Justice Department officials and multiple verified reports",
        "U.S. officials emphasized",
        "According to Justice Department sources",
        "Senior U.S. officials described",
        "U.S. officials have increasingly expressed",
        "American officials have pressed",
        "Justice Department officials reiterated",
        "Mexican officials have expressed",
        "Critics warn",
        "Supporters argue",
        "reporting from multiple reputable news organizations",
        "Department of Justice sources",
    ] {
        assert!(
            flagged.iter().any(|s| s.contains(expected)),
            "'{expected}' not flagged; flagged: {flagged:#?}"
        );
    }
    // Named or non-sourcing statements stay out.
    assert!(
        !flagged
            .iter()
            .any(|s| s.contains("President Claudia Sheinbaum"))
    );
}

#[test]
fn the_dates_names_quotes_and_numbers_are_clean() {
    let (_, findings) = seed_findings();
    for rule in [
        "weekday-mismatch",
        "date-after-publication",
        "name-variants",
        "unbalanced-quotes",
        "unbalanced-parens",
        "quote-without-speaker",
        "quantity-mismatch",
    ] {
        let wrong: Vec<&Finding> = findings.iter().filter(|f| f.rule == rule).collect();
        assert!(wrong.is_empty(), "{rule}: {wrong:#?}");
    }
}

#[test]
fn a_wrong_weekday_in_the_seed_would_be_caught() {
    // The same article with its date line changed: the check is live on this text.
    let text = SEED.replacen("Saturday, January 17", "Friday, January 17", 1);
    let paragraphs: Vec<Vec<&str>> = text.lines().map(|l| vec![l]).collect();
    let slices: Vec<&[&str]> = paragraphs.iter().map(Vec::as_slice).collect();
    let (joined, parsed) = super::testing::article(&slices);
    let findings = run(&joined, &parsed, &default_checks());
    assert!(findings.iter().any(|f| f.rule == "weekday-mismatch"));
}

#[test]
fn every_span_points_inside_the_text_on_character_boundaries() {
    let (text, parsed) = super::testing::article(&[
        &[
            "“Unclosed curly quote, nobody said.",
            "Mexico’s (DEA) record [sic.",
        ],
        &["Closed” twice” and «guillemets."],
    ]);
    let findings = run(&text, &parsed, &default_checks());
    assert!(findings.len() >= 4, "{findings:#?}");
    for finding in findings {
        let span = finding.span.expect("these rules point at a place");
        assert!(text.get(span.start..span.end).is_some(), "{finding:?}");
    }
}
