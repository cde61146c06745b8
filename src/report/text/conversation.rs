//! The conversation around the checks in the text report: open disputes (right after the
//! gate, for the editor's call), queries to the writer and the editor's rulings.

use super::super::{Report, source_text};
use super::layout::Out;
use super::{BOLD, DIM, FINDING_INDENT, RED, words_of};

/// The conversation with the writer: each query, its answers and whether it is resolved.
pub(super) fn queries(out: &mut Out, report: &Report) {
    if report.queries.is_empty() {
        return;
    }
    out.blank();
    let unresolved = report.queries.iter().filter(|q| q.is_unresolved()).count();
    out.title(&format!(
        "QUERIES TO THE WRITER ({}, {unresolved} not resolved)",
        report.queries.len()
    ));
    let indent = " ".repeat(FINDING_INDENT);
    for query in &report.queries {
        let head = format!(
            "Q{} #{} {} — {} asked {} ({}): {}",
            query.id,
            query.statement,
            query.state.as_str().to_uppercase(),
            query.asked_by,
            query.writer,
            crate::model::time::rfc3339(&query.asked_at),
            query.text
        );
        let paint = query.is_unresolved().then_some(RED);
        out.wrap("", &indent, &words_of(&head, paint));
        for answer in &query.answers {
            let mut said = format!(
                "{} answered ({}): {}",
                answer.by,
                crate::model::time::rfc3339(&answer.at),
                answer.text
            );
            if let Some(source) = &answer.source {
                said.push_str(&format!(" [source: {}]", source_text(source)));
            }
            out.wrap(&indent, &indent, &words_of(&said, None));
        }
        if let (Some(by), Some(at)) = (&query.resolved_by, &query.resolved_at) {
            let said = format!("resolved by {by} ({})", crate::model::time::rfc3339(at));
            out.wrap(&indent, &indent, &words_of(&said, Some(DIM)));
        }
    }
}

/// The disputes waiting for the editor's call, first thing after the gate: each statement, and
/// the disputed check's note and sources.
pub(super) fn open_disputes(out: &mut Out, report: &Report) {
    let open: Vec<_> = report.disputes.iter().filter(|d| d.is_open()).collect();
    if open.is_empty() {
        return;
    }
    out.blank();
    out.title(&format!(
        "OPEN DISPUTES, FOR THE EDITOR'S RULING ({})",
        open.len()
    ));
    let indent = " ".repeat(FINDING_INDENT);
    for dispute in open {
        let head = format!("#{} {}", dispute.statement, dispute.text);
        out.wrap("", &indent, &words_of(&head, Some(RED)));
        let check = &dispute.check;
        let mut said = format!(
            "disputed by {} ({})",
            check.checked_by,
            crate::model::time::rfc3339(&check.checked_at)
        );
        if let Some(note) = &check.note {
            said.push_str(&format!(": {note}"));
        }
        out.wrap(&indent, &indent, &words_of(&said, None));
        for source in &check.sources {
            let line = format!("source: {}", source_text(source));
            out.wrap(&indent, &indent, &words_of(&line, None));
        }
    }
}

/// Every ruling made on the article, with who and why.
pub(super) fn rulings(out: &mut Out, report: &Report) {
    if report.rulings.is_empty() {
        return;
    }
    out.blank();
    out.title(&format!("RULINGS ({})", report.rulings.len()));
    let indent = " ".repeat(FINDING_INDENT);
    for ruling in &report.rulings {
        let decision = match &ruling.wording {
            Some(wording) => format!(
                "{} to \"{wording}\"",
                ruling.decision.as_str().to_uppercase()
            ),
            None => ruling.decision.as_str().to_uppercase(),
        };
        let head = format!(
            "#{} {decision} — {} ({})",
            ruling.statement,
            ruling.ruled_by,
            crate::model::time::rfc3339(&ruling.ruled_at)
        );
        out.wrap("", &indent, &words_of(&head, Some(BOLD)));
        out.wrap(
            &indent,
            &indent,
            &words_of(&format!("was: {}", ruling.text), None),
        );
        out.wrap(
            &indent,
            &indent,
            &words_of(&format!("why: {}", ruling.reason), None),
        );
    }
}
