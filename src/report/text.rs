//! Text for a terminal: never a line over 80 characters (long words, URLs included, are broken),
//! continuation lines hang under their label, and ANSI colour only when asked for.

mod changes;
mod conversation;
mod layout;

use std::borrow::Cow;

use crate::model::time::rfc3339;
use crate::model::{Statement, Status};

use changes::{changes, findings, since_check};
use layout::{Out, Word};

use super::{Report, Style, bylines_text, ids_text, source_text};

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
    if let Some(day) = s.expired_on() {
        head.push(Word::owned(format!(" EXPIRED {day}"), Some("\x1b[1;35m")));
    }
    head.push(Word::owned(
        format!(
            " ({}, paragraph {}, sentence {})",
            s.element, s.paragraph, s.position
        ),
        Some(DIM),
    ));
    out.line_of(&head);
    out.wrap(
        STATEMENT_INDENT,
        STATEMENT_INDENT,
        &words_of(&bracket_excepted(s), None),
    );

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
        (Some(by), Some(at)) => format!("{by}, {}", rfc3339(at)),
        (Some(by), None) => by.clone(),
        (None, Some(at)) => rfc3339(at),
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
    if !s.excepted.is_empty() {
        let parts: Vec<String> = s.excepted.iter().map(|w| format!("\"{w}\"")).collect();
        statement_field(
            out,
            "Except:",
            &format!("{} (not verified)", parts.join(", ")),
        );
    }
}

/// The statement's words with the parts its partly-verified check does not cover in `⟦…⟧`, as
/// `show` marks them.
pub(super) fn bracket_excepted(s: &Statement) -> String {
    super::layout::excepted_runs(&s.text, &s.excepted)
        .into_iter()
        .map(|run| match run.excepted {
            true => format!("⟦{}⟧", run.text),
            false => run.text.to_string(),
        })
        .collect()
}

fn statement_field(out: &mut Out, label: &str, value: &str) {
    let first = format!("{STATEMENT_INDENT}{label:<FIELD_WIDTH$}");
    let indent = " ".repeat(STATEMENT_INDENT.len() + FIELD_WIDTH);
    out.wrap(&first, &indent, &words_of(value, None));
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
        Status::PartlyVerified => "\x1b[33m",
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
mod tests;
