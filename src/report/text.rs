//! Text for a terminal: never a line over 80 characters (long words, URLs included, are broken),
//! continuation lines hang under their label, and ANSI colour only when asked for.

mod conversation;
mod layout;

use std::borrow::Cow;

use crate::model::{Change, Level, Statement, Status};

use layout::{Out, Word};

use super::{Report, Style, bylines_text, ids_text, source_text, spaced_edits};

const WIDTH: usize = 80;
/// Where values start after a header label ("Headline:   ").
const LABEL_WIDTH: usize = 12;
/// Where a statement's lines start under its "#id" line.
const STATEMENT_INDENT: &str = "    ";
/// Where values start after a statement's field label ("Assignee:  ").
const FIELD_WIDTH: usize = 11;
/// Where a finding's rule and message start, after its level.
const FINDING_INDENT: usize = 8;

const BOLD: &str = "\x1b[1m";
const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

pub(super) fn render(report: &Report, style: Style) -> String {
    let mut out = Out {
        text: String::new(),
        color: style.color,
    };
    header(&mut out, report);
    gate(&mut out, report);
    conversation::open_disputes(&mut out, report);
    summary(&mut out, report);
    statements(&mut out, report);
    changes(&mut out, report);
    since_check(&mut out, report);
    findings(&mut out, report);
    conversation::queries(&mut out, report);
    conversation::rulings(&mut out, report);
    out.text
}

fn header(out: &mut Out, report: &Report) {
    out.title("VERIFICATION REPORT");
    out.field("Article:", &report.article);
    if let Some(headline) = &report.headline {
        out.field("Headline:", headline);
    }
    let mut revision = format!("{} of {}", report.revision, report.latest_revision);
    if report.revision != report.latest_revision {
        revision.push_str(" (not the latest)");
    }
    out.field("Revision:", &revision);
    if !report.bylines.is_empty() {
        out.field("Byline:", &bylines_text(&report.bylines));
    }
    if let Some(published) = &report.published {
        out.field("Published:", &published.raw);
    }
    if let Some(desk) = &report.desk {
        out.field("Desk:", desk);
    }
    out.field("Checklist:", &report.checklist);
    let generated = match &report.generated_by {
        Some(by) => format!("{} by {by}", report.generated_at),
        None => report.generated_at.clone(),
    };
    out.field("Generated:", &generated);
    if let Some(chain) = &report.chain {
        out.field("History:", &chain.describe());
    }
}

fn gate(out: &mut Out, report: &Report) {
    out.blank();
    let gate = &report.gate;
    let (answer, paint) = if gate.ready {
        ("GATE: READY", "\x1b[1;32m")
    } else {
        ("GATE: BLOCKED", "\x1b[1;31m")
    };
    let reasons = match gate.reasons.len() {
        0 => String::new(),
        1 => " (1 reason)".to_string(),
        n => format!(" ({n} reasons)"),
    };
    let words = [Word::painted(answer, paint), Word::plain(&reasons)];
    out.line_of(&words);
    for reason in &gate.reasons {
        let mut words = words_of(&reason.message, None);
        // One word per id, so a long list wraps between ids, never inside one.
        let ids = format!("({})", ids_text(&reason.statements));
        if !reason.statements.is_empty() {
            words.extend(
                ids.split_whitespace()
                    .map(|id| Word::owned(id.to_string(), None)),
            );
        }
        out.wrap("  - ", "    ", &words);
    }
}

fn summary(out: &mut Out, report: &Report) {
    out.blank();
    let counts = &report.counts;
    let mut items: Vec<Word> = Status::ALL
        .iter()
        .filter(|status| counts.get(**status) > 0)
        .map(|status| {
            Word::owned(
                format!("{} {status},", counts.get(*status)),
                Some(status_paint(*status)),
            )
        })
        .collect();
    items.push(Word::owned(format!("{} stale;", counts.stale), None));
    items.push(Word::owned(format!("{} in all", counts.total), None));
    out.wrap(&label("Counts:"), &" ".repeat(LABEL_WIDTH), &items);

    let progress = &report.progress;
    let filled = (progress.percent / 5.0).round().clamp(0.0, 20.0) as usize;
    let bar = format!("[{}{}]", "#".repeat(filled), "-".repeat(20 - filled));
    let words = [
        Word::owned(bar, Some(GREEN)),
        Word::owned(format!("{:.1}%:", progress.percent), Some(BOLD)),
        Word::owned(
            format!(
                "{} of {} checkable statements verified",
                progress.verified, progress.checkable
            ),
            None,
        ),
    ];
    out.wrap(&label("Progress:"), &" ".repeat(LABEL_WIDTH), &words);

    if report.reviewers.is_empty() {
        out.field("Reviewers:", "none");
    }
    let handle_width = report
        .reviewers
        .iter()
        .map(|r| r.handle.chars().count())
        .max()
        .unwrap_or(0)
        .min(16);
    for (i, reviewer) in report.reviewers.iter().enumerate() {
        let first = if i == 0 {
            label("Reviewers:")
        } else {
            " ".repeat(LABEL_WIDTH)
        };
        let name = format!("{},", reviewer.name);
        let mut words = vec![Word::owned(
            format!("{:<handle_width$}", printable(&reviewer.handle)),
            Some(BOLD),
        )];
        words.extend(words_of(&name, None));
        words.push(Word::owned(format!("{}:", reviewer.role), None));
        words.push(Word::owned(format!("{} open", reviewer.open), None));
        out.wrap(&first, &" ".repeat(LABEL_WIDTH + handle_width + 1), &words);
    }
}

fn statements(out: &mut Out, report: &Report) {
    out.blank();
    out.title(&format!("STATEMENTS ({})", report.statements.len()));
    for (i, statement) in report.statements.iter().enumerate() {
        if i > 0 {
            out.blank();
        }
        one_statement(out, statement);
    }
}

fn one_statement(out: &mut Out, s: &Statement) {
    let mut head = vec![
        Word::owned(format!("#{} ", s.id), Some(BOLD)),
        Word::owned(status_label(s.status), Some(status_paint(s.status))),
    ];
    if s.stale {
        head.push(Word::painted(" STALE", "\x1b[1;33m"));
    }
    head.push(Word::owned(
        format!(
            " ({}, paragraph {}, sentence {})",
            s.element, s.paragraph, s.position
        ),
        Some(DIM),
    ));
    out.line_of(&head);
    out.wrap(STATEMENT_INDENT, STATEMENT_INDENT, &words_of(&s.text, None));

    let kinds: Vec<&str> = s.kinds.iter().map(|k| k.as_str()).collect();
    let kinds = if kinds.is_empty() {
        "none".to_string()
    } else {
        kinds.join(", ")
    };
    statement_field(out, "Kinds:", &kinds);
    statement_field(
        out,
        "Assignee:",
        s.assignee.as_deref().unwrap_or("unassigned"),
    );
    let checked = match (&s.checked_by, &s.checked_at) {
        (Some(by), Some(at)) => format!("{by}, {at}"),
        (Some(by), None) => by.clone(),
        (None, Some(at)) => at.clone(),
        (None, None) => "never".to_string(),
    };
    statement_field(out, "Checked:", &checked);
    for (i, source) in s.sources.iter().enumerate() {
        let label = if i == 0 { "Sources:" } else { "" };
        statement_field(out, label, &source_text(source));
    }
    if let Some(note) = &s.note {
        // A note's own line breaks are kept: reviewers write them as separate points.
        for (i, line) in note.lines().filter(|l| !l.trim().is_empty()).enumerate() {
            statement_field(out, if i == 0 { "Note:" } else { "" }, line);
        }
    }
    if !s.items.is_empty() {
        statement_field(out, "Items:", &s.items.join(", "));
    }
}

fn statement_field(out: &mut Out, label: &str, value: &str) {
    let first = format!("{STATEMENT_INDENT}{label:<FIELD_WIDTH$}");
    let indent = " ".repeat(STATEMENT_INDENT.len() + FIELD_WIDTH);
    out.wrap(&first, &indent, &words_of(value, None));
}

fn changes(out: &mut Out, report: &Report) {
    out.blank();
    let Some(diff) = &report.changes else {
        out.title("CHANGES: none, this is the first revision");
        return;
    };
    out.title(&format!("CHANGES SINCE REVISION {}", diff.from));
    let tally: Vec<Word> = Change::ALL
        .iter()
        .map(|change| Word::owned(format!("{} {change},", diff.count(*change)), None))
        .collect();
    let mut tally = tally;
    if let Some(last) = tally.last_mut() {
        last.text = Cow::Owned(last.text.trim_end_matches(',').to_string());
    }
    out.wrap("", "", &tally);
    for change in diff
        .changes
        .iter()
        .filter(|c| c.change != Change::Unchanged)
    {
        out.blank();
        let head = [
            Word::owned(format!("#{} ", change.id), Some(BOLD)),
            Word::owned(change.change.as_str().to_uppercase(), None),
        ];
        out.line_of(&head);
        let old = change.old_text.as_deref().unwrap_or("");
        let new = change.new_text.as_deref().unwrap_or("");
        match change.change {
            Change::Modified if !change.edits.is_empty() => {
                out.wrap(
                    STATEMENT_INDENT,
                    STATEMENT_INDENT,
                    &edit_words(&change.edits),
                );
            }
            Change::Modified => {
                out.wrap("  - ", STATEMENT_INDENT, &words_of(old, Some(RED)));
                out.wrap("  + ", STATEMENT_INDENT, &words_of(new, Some(GREEN)));
            }
            Change::Added => out.wrap("  + ", STATEMENT_INDENT, &words_of(new, Some(GREEN))),
            Change::Removed => out.wrap("  - ", STATEMENT_INDENT, &words_of(old, Some(RED))),
            Change::Moved | Change::Unchanged => {
                out.wrap(STATEMENT_INDENT, STATEMENT_INDENT, &words_of(new, None));
            }
        }
    }
}

/// The edits in the style of `git diff --word-diff`: `[-deleted-] {+inserted+}`, so the change
/// reads without colour; colour adds red and green.
fn edit_words(edits: &[crate::model::WordEdit]) -> Vec<Word<'static>> {
    let mut words = vec![];
    for (op, text) in spaced_edits(edits) {
        let (open, close, paint) = match op {
            crate::model::WordOp::Delete => ("[-", "-]", Some(RED)),
            crate::model::WordOp::Insert => ("{+", "+}", Some(GREEN)),
            crate::model::WordOp::Equal => ("", "", None),
        };
        let pieces: Vec<&str> = text.split_whitespace().collect();
        let last = pieces.len().saturating_sub(1);
        for (i, piece) in pieces.iter().enumerate() {
            let before = if i == 0 { open } else { "" };
            let after = if i == last { close } else { "" };
            words.push(Word::owned(
                format!("{before}{}{after}", printable(piece)),
                paint,
            ));
        }
    }
    words
}

/// The stale statements, each with the words changed since the check its status rests on.
fn since_check(out: &mut Out, report: &Report) {
    if report.since_check.is_empty() {
        return;
    }
    out.blank();
    out.title(&format!(
        "CHANGED SINCE THEIR LAST CHECK ({})",
        report.since_check.len()
    ));
    for since in &report.since_check {
        out.blank();
        let head = [
            Word::owned(format!("#{} ", since.id), Some(BOLD)),
            Word::owned(
                format!(
                    "checked in revision {} by {}",
                    since.checked_revision,
                    printable(&since.checked_by)
                ),
                None,
            ),
        ];
        out.line_of(&head);
        out.wrap(
            STATEMENT_INDENT,
            STATEMENT_INDENT,
            &edit_words(&since.edits),
        );
    }
}

fn findings(out: &mut Out, report: &Report) {
    out.blank();
    if report.findings.is_empty() {
        out.title("FINDINGS: none");
        return;
    }
    out.title(&format!("FINDINGS ({})", report.findings.len()));
    for finding in &report.findings {
        let level = finding.level.as_str().to_uppercase();
        let paint = match finding.level {
            Level::Error => RED,
            Level::Warning => "\x1b[33m",
            Level::Note => DIM,
        };
        let words = vec![
            Word::owned(format!("{level:<FINDING_INDENT$}"), Some(paint)),
            Word::owned(printable(&finding.rule).into_owned(), Some(BOLD)),
        ];
        out.line_of(&words);
        let indent = " ".repeat(FINDING_INDENT);
        let ids = format!("({})", ids_text(&finding.statements));
        let mut message = words_of(&finding.message, None);
        if !finding.statements.is_empty() {
            message.extend(
                ids.split_whitespace()
                    .map(|id| Word::owned(id.to_string(), None)),
            );
        }
        out.wrap(&indent, &indent, &message);
        if let Some(d) = &finding.dismissal {
            let said = format!("DISMISSED by {} ({}): {}", d.by, d.at, d.reason);
            out.wrap(&indent, &indent, &words_of(&said, Some(DIM)));
        }
    }
}

fn label(label: &str) -> String {
    format!("{label:<LABEL_WIDTH$}")
}

fn status_label(status: Status) -> String {
    status.as_str().to_uppercase()
}

fn status_paint(status: Status) -> &'static str {
    match status {
        Status::Unchecked => BOLD,
        Status::InProgress => "\x1b[36m",
        Status::Verified => "\x1b[1;32m",
        Status::Incorrect => "\x1b[1;31m",
        Status::Disputed => "\x1b[1;33m",
        Status::Unverifiable => "\x1b[1;35m",
        Status::Waived => DIM,
    }
}

/// Text from the article, a note or a source as words safe for a terminal.
fn words_of<'a>(text: &'a str, paint: Option<&'static str>) -> Vec<Word<'a>> {
    text.split_whitespace()
        .map(|word| Word {
            text: printable(word),
            paint,
        })
        .collect()
}

/// `text` without control characters or bidirectional overrides, which could move the cursor,
/// recolour the terminal or reorder what the editor sees.
fn printable(text: &str) -> Cow<'_, str> {
    let hidden = |c: char| c.is_control() || crate::model::hidden::is_hidden(c);
    if text.contains(hidden) {
        Cow::Owned(
            text.chars()
                .map(|c| if hidden(c) { '\u{fffd}' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
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
        report.statements[2].sources[0].citation =
            format!("{}{}", fixture::LONG_URL, "x".repeat(200));
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
}
