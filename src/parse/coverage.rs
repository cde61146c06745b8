//! The coverage invariant: every non-whitespace byte of a revision's text lies inside a
//! statement's span or a named part's. Nothing on the page escapes the desk: what is not checked
//! as a statement is still named, stored, and its changes reported.

use super::ParsedRevision;
use crate::model::Span;

/// The stretches of `text` outside every span of `covered`, trimmed of whitespace: one per gap
/// between covered spans that holds anything but whitespace. Spans may come in any order and
/// overlap.
pub fn uncovered(text: &str, covered: impl IntoIterator<Item = Span>) -> Vec<Span> {
    let mut spans: Vec<Span> = covered.into_iter().collect();
    spans.sort_unstable();
    let mut gaps = Vec::new();
    let mut cursor = 0;
    for span in spans.into_iter().chain([Span::new(text.len(), text.len())]) {
        if span.start > cursor {
            let gap = &text[cursor..span.start];
            let lead = gap.len() - gap.trim_start().len();
            let trimmed = gap.trim();
            if !trimmed.is_empty() {
                gaps.push(Span::new(cursor + lead, cursor + lead + trimmed.len()));
            }
        }
        cursor = cursor.max(span.end);
    }
    gaps
}

/// The stretches of `text` that `parsed` leaves outside every statement and part: empty when the
/// invariant holds.
pub fn unaccounted(text: &str, parsed: &ParsedRevision) -> Vec<Span> {
    let statements = parsed.statements.iter().map(|s| s.span);
    let parts = parsed.parts.iter().map(|p| p.span);
    uncovered(text, statements.chain(parts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_are_trimmed_and_whitespace_is_no_gap() {
        let text = "- Alpha beta.  **  Gamma.\n\n";
        let gaps = uncovered(text, [Span::new(2, 13), Span::new(19, 25)]);
        let texts: Vec<&str> = gaps.iter().map(|g| g.slice(text)).collect();
        assert_eq!(texts, ["-", "**"]);
        assert_eq!(uncovered("  \n\t", []), []);
        assert_eq!(uncovered("ab", [Span::new(0, 2), Span::new(0, 1)]), []);
    }

    #[test]
    fn a_rule_line_is_a_separator_not_a_statement() {
        use super::super::{Format, parse};
        use crate::model::PartKind;
        let text = "Stocks fell 3% on Monday.\n\n___\n\n* * *\n\nMarley Jay can be reached at jay@example.org.\n";
        let parsed = parse(text, Format::Text);
        let statements: Vec<&str> = parsed.statements.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            statements,
            [
                "Stocks fell 3% on Monday.",
                "Marley Jay can be reached at jay@example.org."
            ]
        );
        let separators: Vec<&str> = parsed
            .parts
            .iter()
            .filter(|p| p.kind == PartKind::Separator)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(separators, ["___", "* * *"]);
        assert_eq!(unaccounted(text, &parsed), []);
    }

    mod properties {
        use super::super::super::{Format, ParsedRevision, parse};
        use super::super::unaccounted;
        use crate::model::PartKind;
        use proptest::prelude::*;

        /// One line of an article in any of the shapes the parser tells apart.
        fn line() -> impl Strategy<Value = String> {
            let word = "[A-Za-z][a-z]{0,7}|[A-Z]{2,4}|[0-9]{1,4}|\\$[0-9]\\.[0-9] (million|billion)|[0-9]{1,2}%";
            let words = proptest::collection::vec(word, 1..9).prop_map(|w| w.join(" "));
            let mark = "[.!?;:,]?|\\.\\.\\.|…| \\.| ,";
            let lead = prop_oneof![
                Just(""),
                Just("- "),
                Just("* "),
                Just("• "),
                Just("1. "),
                Just("12) "),
                Just("## "),
                Just("# "),
                Just("> "),
                Just("  "),
                Just("Photo: "),
                Just("Editor's note: "),
                Just("By "),
                Just("WASHINGTON — "),
                Just("Parks: "),
                Just("(Reporting by "),
            ];
            let wrap = prop_oneof![
                Just(("", "")),
                Just(("\"", "\"")),
                Just(("“", "”")),
                Just(("“ ", " ”")),
                Just(("(", ")")),
                Just(("*", "*")),
                Just(("**", "**")),
                Just(("[", "](https://example.com/a.b)")),
                Just(("`", "`")),
                Just(("<b>", "</b>")),
            ];
            (
                lead,
                wrap,
                words,
                mark,
                proptest::collection::vec("[A-Za-z0-9 .]{0,12}", 0..3),
            )
                .prop_map(|(lead, (open, close), words, mark, tail)| {
                    format!("{lead}{open}{words}{mark}{close} {}", tail.join(". "))
                })
        }

        /// Lines joined by single or double line breaks, CRLF, or a Markdown fence or rule.
        fn article() -> impl Strategy<Value = String> {
            let gap = prop_oneof![
                Just("\n"),
                Just("\n\n"),
                Just("\r\n"),
                Just("\n\n\n"),
                Just("\n\n```\ncode 42\n```\n\n"),
                Just("\n\n---\n\n"),
                Just("\n\n<div>3 boxes</div>\n\n"),
            ];
            proptest::collection::vec((line(), gap), 1..14).prop_map(|lines| {
                lines
                    .into_iter()
                    .map(|(line, gap)| format!("{line}{gap}"))
                    .collect()
            })
        }

        fn assert_covered(text: &str, format: Format) -> ParsedRevision {
            let parsed = parse(text, format);
            assert_eq!(unaccounted(text, &parsed), [], "in {text:?}");
            for part in &parsed.parts {
                assert_eq!(part.span.slice(text), part.text);
                // What is not a statement carries no figure, unless it is a date, byline,
                // dateline, credit, marker or Markdown syntax: labels are pure labels.
                if matches!(
                    part.kind,
                    PartKind::SectionHeading | PartKind::CaptionLabel | PartKind::EditorsNoteLabel
                ) {
                    assert!(!part.text.chars().any(|c| c.is_ascii_digit()), "{part:?}");
                }
                if format == Format::Text {
                    assert_ne!(part.kind, PartKind::Markup, "{part:?} in {text:?}");
                }
            }
            parsed
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(500))]

            #[test]
            fn every_byte_of_generated_plain_text_is_accounted_for(text in article()) {
                assert_covered(&text, Format::Text);
            }

            #[test]
            fn every_byte_of_generated_markdown_is_accounted_for(text in article()) {
                assert_covered(&text, Format::Markdown);
            }

            /// Any characters at all, including control characters, lone carriage returns and
            /// marks that are neither letters nor punctuation.
            #[test]
            fn every_byte_of_arbitrary_text_is_accounted_for(
                text in "(\\PC|[\r\n\t\u{a0}\u{2028}\u{85}\u{200b}*#>_`\\[\\]()!-]){0,200}"
            ) {
                assert_covered(&text, Format::Text);
                assert_covered(&text, Format::Markdown);
            }
        }

        /// Every text file under seeds/, read as its extension says.
        #[test]
        fn every_byte_of_every_seed_is_accounted_for() {
            let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")];
            let mut read = 0;
            while let Some(dir) = dirs.pop() {
                for entry in std::fs::read_dir(&dir).unwrap() {
                    let path = entry.unwrap().path();
                    if path.is_dir() {
                        dirs.push(path);
                        continue;
                    }
                    // Seeds are read as factdesk reads files (a web page or Word draft through
                    // its extracted text); bad-input fixtures are refused before parsing.
                    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                    let bytes = std::fs::read(&path).unwrap();
                    let declared = crate::import::Declared::default();
                    let Ok(imported) =
                        crate::import::import(bytes, name.as_deref(), declared, "seed")
                    else {
                        continue;
                    };
                    assert_covered(&imported.text, imported.format);
                    read += 1;
                }
            }
            assert!(read >= 5, "only {read} seeds read");
        }
    }
}
