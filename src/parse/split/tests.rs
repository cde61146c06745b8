//! Tests of the sentence splitter, case by case.

use super::golden_rules::GOLDEN_RULES;
use super::news_cases;
use super::rule_cases;
use super::{sentences, sentences_into, split as split_quoted};
use crate::model::Span;

/// Splits `input`, checks the spans are well formed, and returns the sentences as text.
fn split(input: &str) -> Vec<&str> {
    let spans = sentences(input);
    assert_well_formed(input, &spans);
    spans.iter().map(|s| s.slice(input)).collect()
}

/// The one helper the tables run through.
fn check(input: &str, expected: &[&str]) {
    assert_eq!(split(input), expected, "input: {input:?}");
}

/// Spans are in order, on character boundaries, trimmed, and cover every non-space character
/// exactly once.
pub(super) fn assert_well_formed(text: &str, spans: &[Span]) {
    let mut covered_to = 0;
    for span in spans {
        let piece = text
            .get(span.start..span.end)
            .unwrap_or_else(|| panic!("{span:?} is not on char boundaries of {text:?}"));
        assert!(!piece.is_empty(), "empty span {span:?} in {text:?}");
        assert_eq!(
            piece.trim(),
            piece,
            "span {span:?} is not trimmed in {text:?}"
        );
        assert!(
            span.start >= covered_to,
            "span {span:?} overlaps or is out of order in {text:?}"
        );
        let between = &text[covered_to..span.start];
        assert!(
            between.trim().is_empty(),
            "{between:?} before {span:?} is left out of {text:?}"
        );
        covered_to = span.end;
    }
    let rest = &text[covered_to..];
    assert!(
        rest.trim().is_empty(),
        "{rest:?} at the end is left out of {text:?}"
    );
}

/// Compares with runs of whitespace collapsed: a byte span cannot remove a line break, and two
/// Golden Rules (40, 41) expect the split text with its errant line break joined.
fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn golden_rule_passes(input: &str, expected: &[&str]) -> bool {
    let found: Vec<String> = split(input).into_iter().map(collapse_whitespace).collect();
    found == expected
}

#[test]
fn news_cases() {
    assert!(
        news_cases::cases().len() >= 80,
        "{} cases",
        news_cases::cases().len()
    );
    for (input, expected) in news_cases::cases() {
        check(input, expected);
    }
}

/// Every table of `rule_cases`, each case through the same comparison as `check`.
#[test]
fn every_rule_table() {
    for (rule, cases) in rule_cases::ALL {
        assert!(!cases.is_empty(), "{rule}");
        for (input, expected) in *cases {
            assert_eq!(&split(input), expected, "rule: {rule}, input: {input:?}");
        }
    }
}

/// Each sentence knows its quotation: those of one quotation share a number, others have none.
#[test]
fn sentences_carry_their_quotation() {
    let cases: &[(&str, &[Option<u32>])] = &[
        (
            "\"Cool clock. Want to bring it?\" he asked. It ticked.",
            &[Some(0), Some(0), None],
        ),
        (
            "He called it \"bad.\" She agreed. \"No. Never,\" he said.",
            &[Some(0), None, Some(1), Some(1)],
        ),
        ("No quotes here. None at all.", &[None, None]),
        // A stray opening mark keeps its own sentence's number only.
        (
            "He said \"we will see. Officials declined. Talks resume.\n\nNext paragraph.",
            &[Some(0), None, None, None],
        ),
        (
            "Talks resume. He said \"we will see. Officials declined.",
            &[None, Some(0), None],
        ),
        // A quotation over two paragraphs, the AP way: reopened, not closed.
        (
            "\"We came here to work.\n\n\"We will stay,\" she said.",
            &[Some(0), Some(1)],
        ),
    ];
    for (input, expected) in cases {
        let found: Vec<Option<u32>> = split_quoted(input).iter().map(|s| s.quotation).collect();
        assert_eq!(&found, expected, "input: {input:?}");
        let spans: Vec<Span> = split_quoted(input).iter().map(|s| s.span).collect();
        assert_eq!(spans, sentences(input), "input: {input:?}");
    }
}

#[test]
fn golden_rules() {
    assert_eq!(GOLDEN_RULES.len(), 52);
    let failed: Vec<String> = GOLDEN_RULES
        .iter()
        .filter(|rule| !golden_rule_passes(rule.input, rule.expected))
        .map(|rule| format!("#{} {}: {:?}", rule.number, rule.name, split(rule.input)))
        .collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn cases_split_the_same_inside_a_whole_text() {
    let mut text = String::new();
    let mut expected = Vec::new();
    for (input, sentences) in news_cases::cases() {
        text.push_str(input);
        text.push_str("\n\n");
        expected.extend(sentences.iter().map(|s| s.to_string()));
    }
    let found: Vec<String> = split(&text).into_iter().map(str::to_string).collect();
    assert_eq!(found, expected);
}

#[test]
fn empty_and_blank_text_have_no_sentences() {
    check("", &[]);
    check(" \n\t\u{a0}\n ", &[]);
}

#[test]
fn spans_keep_their_offsets_in_the_whole_text() {
    let text = "  Lead.  \n\n Second one?  ";
    assert_eq!(sentences(text), [Span::new(2, 7), Span::new(12, 23)]);
}

#[test]
fn paragraph_breaks_end_sentences_even_after_an_abbreviation() {
    check(
        "It moved to the U.S.\n\nGovernment officials agreed.",
        &["It moved to the U.S.", "Government officials agreed."],
    );
    check(
        "Talks were led by Sen.\n\nJohn Smith.",
        &["Talks were led by Sen.", "John Smith."],
    );
}

#[test]
fn paragraph_separator_and_line_separator_characters() {
    check(
        "Vote\u{2029}Count continues.",
        &["Vote", "Count continues."],
    );
    check(
        "Results\u{2028}Turnout was 61%.",
        &["Results", "Turnout was 61%."],
    );
}

#[test]
fn reusing_the_output_vector_gives_the_same_spans() {
    let mut out = vec![Span::new(0, 1); 3];
    for (input, _) in news_cases::cases() {
        sentences_into(input, &mut out);
        assert_eq!(out, sentences(input), "input: {input:?}");
    }
}

#[test]
fn every_span_of_a_multibyte_text_slices_on_char_boundaries() {
    let text = "«Ça suffit !» a lancé Zoë Ménard, 42 ans… Puis elle est partie.\u{a0}“Why?”\u{202f}asked \
                Åsa Öberg — the Riksdag’s spokeswoman. Наталья Петрова said “no.” 東京で会議。 \
                The fee: ¥1.5\u{a0}billion (≈ €9.3\u{a0}m). Smile 😀. Next — “quoted… ” “Trailing.”\n\n\
                • Ítem one\n• Ítem two…\n— Ångström, Ph.D. “Done!” ⁃ End";
    let spans = sentences(text);
    assert_well_formed(text, &spans);
    assert!(spans.len() >= 8, "{:?}", split(text));
    for span in &spans {
        let piece = span.slice(text);
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert!(!piece.starts_with(char::is_whitespace) && !piece.ends_with(char::is_whitespace));
    }
    // Every suffix starting on a char boundary is also split cleanly (quotes cut in half, a span
    // ending mid-ellipsis, a leading no-break space).
    for (at, _) in text.char_indices() {
        assert_well_formed(&text[at..], &sentences(&text[at..]));
    }
}

#[test]
fn the_sample_article_splits_the_same_whole_or_line_by_line() {
    let article = include_str!("../../../seeds/cia-mexico-2026-01-17.txt");
    let whole: Vec<&str> = split(article);
    let mut by_line = Vec::new();
    for line in article.lines() {
        by_line.extend(split(line));
    }
    assert_eq!(whole, by_line);
    assert!(whole.contains(&"Scope Of CIA Involvement;"));
    assert!(whole.contains(
        &"Mexican forces would remain in full control of tactical decisions and execution."
    ));
    assert!(whole.contains(&"U.S. involvement would be limited to intelligence collection, analysis, and operational coordination."));
}

/// A deterministic generator of awkward texts: fragments with stray quotes, brackets, dots and
/// Unicode spaces glued in random order. No expectations beyond well-formed spans; this guards the
/// resume logic and the byte arithmetic.
#[test]
fn random_fragment_soup_always_gives_well_formed_spans() {
    const FRAGMENTS: &[&str] = &[
        "U.S.",
        " ",
        "\u{a0}",
        "\n",
        "\n\n",
        "\"",
        "“",
        "”",
        "(",
        ")",
        "[...]",
        ". . .",
        "…",
        "?",
        "!",
        ".",
        "Mr.",
        "a.m.",
        "3.2%",
        "$1.5",
        "https://x.gov/a.b.",
        "é",
        "Sen",
        "1.",
        "•",
        "-",
        "\u{2029}",
        "'",
        "word",
        "The",
        "I",
        "said",
        "’",
        "«",
        "»",
        "\r\n",
        "No.",
        "5",
        "e.g.",
        "Jan.",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let len = (next() % 40) as usize;
        let text: String = (0..len)
            .map(|_| FRAGMENTS[(next() % FRAGMENTS.len() as u64) as usize])
            .collect();
        assert_well_formed(&text, &sentences(&text));
    }
}
