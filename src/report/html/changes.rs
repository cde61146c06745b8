//! The report's closing sections: statement-level changes with their word edits, the words
//! changed since each statement's last check, and the findings.

use super::page::Page;
use crate::model::{Change, StatementChange, StatementId, WordOp};
use crate::report::{Report, spaced_edits};

pub(super) fn changes(page: &mut Page, report: &Report) {
    page.raw("<section class=\"changes\">\n");
    let Some(diff) = &report.changes else {
        page.raw("<h2>Changes</h2>\n<p>None: this is the first revision.</p>\n</section>\n");
        return;
    };
    page.raw("<h2>Changes since revision ");
    page.num(diff.from);
    page.raw("</h2>\n<p class=\"tally\">");
    for (i, change) in Change::ALL.iter().enumerate() {
        if i > 0 {
            page.raw(" &middot; ");
        }
        page.raw("<span class=\"change ch-");
        page.raw(change.as_str());
        page.raw("\">");
        page.num(diff.count(*change) as u64);
        page.raw(" ");
        page.raw(change.as_str());
        page.raw("</span>");
    }
    page.raw("</p>\n");
    let shown: Vec<&StatementChange> = diff
        .changes
        .iter()
        .filter(|c| c.change != Change::Unchanged)
        .collect();
    if shown.is_empty() {
        page.raw("<p>Every statement is unchanged.</p>\n");
    } else {
        page.raw("<ul class=\"change-list\">\n");
    }
    for change in &shown {
        page.raw("<li class=\"row-");
        page.raw(change.change.as_str());
        page.raw("\"><span class=\"change-label ch-");
        page.raw(change.change.as_str());
        page.raw("\">");
        page.raw(change.change.as_str());
        page.raw("</span> ");
        statement_links(page, report, &[change.id]);
        page.raw(" <span class=\"words\">");
        let old = change.old_text.as_deref().unwrap_or("");
        let new = change.new_text.as_deref().unwrap_or("");
        match change.change {
            Change::Modified if !change.edits.is_empty() => edits_html(page, &change.edits),
            Change::Modified => {
                page.raw("<del>");
                page.text(old);
                page.raw("</del> <ins>");
                page.text(new);
                page.raw("</ins>");
            }
            Change::Added => {
                page.raw("<ins>");
                page.text(new);
                page.raw("</ins>");
            }
            Change::Removed => {
                page.raw("<del>");
                page.text(old);
                page.raw("</del>");
            }
            Change::Moved | Change::Unchanged => page.text(new),
        }
        page.raw("</span></li>\n");
    }
    if !shown.is_empty() {
        page.raw("</ul>\n");
    }
    page.raw("</section>\n");
}

/// Deleted words in `<del>`, inserted ones in `<ins>`.
pub(super) fn edits_html(page: &mut Page, edits: &[crate::model::WordEdit]) {
    for (op, text) in spaced_edits(edits) {
        match op {
            WordOp::Delete => page.raw("<del>"),
            WordOp::Insert => page.raw("<ins>"),
            WordOp::Equal => {}
        }
        page.text(&text);
        match op {
            WordOp::Delete => page.raw("</del>"),
            WordOp::Insert => page.raw("</ins>"),
            WordOp::Equal => {}
        }
    }
}

/// The stale statements, each with the words changed since the check its status rests on.
pub(super) fn since_check(page: &mut Page, report: &Report) {
    if report.since_check.is_empty() {
        return;
    }
    page.raw("<section class=\"since-check\">\n<h2>Changed since their last check (");
    page.num(report.since_check.len() as u64);
    page.raw(")</h2>\n<ul class=\"change-list\">\n");
    for since in &report.since_check {
        page.raw(
            "<li class=\"row-modified\"><span class=\"change-label ch-modified\">stale</span> ",
        );
        statement_links(page, report, &[since.id]);
        page.raw(" <span class=\"checked\">checked in revision ");
        page.num(since.checked_revision);
        page.raw(" by ");
        page.text(&since.checked_by);
        page.raw("</span> <span class=\"words\">");
        edits_html(page, &since.edits);
        page.raw("</span></li>\n");
    }
    page.raw("</ul>\n</section>\n");
}

pub(super) fn findings(page: &mut Page, report: &Report) {
    page.raw("<section class=\"findings\">\n<h2>Findings of the automatic checks</h2>\n");
    if report.findings.is_empty() {
        page.raw("<p>None.</p>\n</section>\n");
        return;
    }
    page.raw("<ul>\n");
    for finding in &report.findings {
        page.raw("<li><span class=\"level lv-");
        page.raw(finding.level.as_str());
        page.raw("\">");
        page.raw(finding.level.as_str());
        page.raw("</span> <code>");
        page.text(&finding.rule);
        page.raw("</code> ");
        page.text(&finding.message);
        if !finding.statements.is_empty() {
            page.raw(" <span class=\"ids\">");
            statement_links(page, report, &finding.statements);
            page.raw("</span>");
        }
        if let Some(d) = &finding.dismissal {
            page.raw(" <span class=\"dismissed\">dismissed by ");
            page.text(&d.by);
            page.raw(" (");
            page.text(&d.at);
            page.raw("): ");
            page.text(&d.reason);
            page.raw("</span>");
        }
        page.raw("</li>\n");
    }
    page.raw("</ul>\n</section>\n");
}

/// "#3, #7", each a link to its row when the report has it.
pub(super) fn statement_links(page: &mut Page, report: &Report, ids: &[StatementId]) {
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            page.raw(", ");
        }
        if report.statements.iter().any(|s| s.id == *id) {
            page.raw("<a href=\"#s");
            page.num(*id);
            page.raw("\">#");
            page.num(*id);
            page.raw("</a>");
        } else {
            page.raw("#");
            page.num(*id);
        }
    }
}
