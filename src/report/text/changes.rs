//! The report's closing sections in text: statement-level changes with their word edits in the
//! style of `git diff --word-diff`, the words changed since each statement's last check, and the
//! findings.

use std::borrow::Cow;

use super::layout::{Out, Word};
use super::{BOLD, DIM, FINDING_INDENT, GREEN, RED, STATEMENT_INDENT, printable, words_of};
use crate::model::{Change, Level};
use crate::report::{Report, ids_text, spaced_edits};

pub(super) fn changes(out: &mut Out, report: &Report) {
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
pub(super) fn edit_words(edits: &[crate::model::WordEdit]) -> Vec<Word<'static>> {
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
pub(super) fn since_check(out: &mut Out, report: &Report) {
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

pub(super) fn findings(out: &mut Out, report: &Report) {
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
            let said = format!(
                "DISMISSED by {} ({}): {}",
                d.by,
                crate::model::time::rfc3339(&d.at),
                d.reason
            );
            out.wrap(&indent, &indent, &words_of(&said, Some(DIM)));
        }
    }
}
