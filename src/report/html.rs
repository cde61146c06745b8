//! HTML: one self-contained page (inline CSS, no script, nothing fetched) that shows the
//! article's own text with every statement highlighted by status, then the statement table, the
//! changes and the findings. Drawn by the askama template `templates/report/report.html`, the
//! web desk's templates' sibling.
//!
//! Safety by construction: every expression of the template is escaped by the project's one
//! escaper (`super::escape`, named in `askama.toml`); the filters `t` and `breaks` escape first
//! and add only their own markup; the only thing printed `safe` is the page's own style sheet.
//! Links only come from [`crate::model::Source::link`] (http and https). A
//! Content-Security-Policy forbids scripts and network access should anything slip through.

use std::collections::HashSet;

use askama::Template;

use super::escape::filters;
use super::layout::{Paragraph, paragraphs};
use super::{Report, bylines_text, spaced_edits};
use crate::model::{Change, StatementId, Status};

const STYLE: &str = include_str!("templates/report.css");

/// A status chip of the summary: its count, and how many of those are stale.
struct Chip {
    status: &'static str,
    n: u32,
    stale: usize,
}

/// Deleted, inserted or kept words.
struct Piece {
    op: &'static str,
    text: String,
}

fn pieces(edits: &[crate::model::WordEdit]) -> Vec<Piece> {
    spaced_edits(edits)
        .into_iter()
        .map(|(op, text)| Piece {
            op: op.as_str(),
            text,
        })
        .collect()
}

/// A changed statement of the changes section.
struct ChangeRow {
    change: &'static str,
    id: StatementId,
    old_text: String,
    new_text: String,
    pieces: Vec<Piece>,
}

/// A stale statement with the words changed since its check.
struct SinceRow {
    id: StatementId,
    checked_revision: u32,
    checked_by: String,
    pieces: Vec<Piece>,
}

#[derive(Template)]
#[template(path = "report/report.html")]
struct Page<'a> {
    r: &'a Report,
    style: &'static str,
    headline: &'a str,
    metas: Vec<(&'static str, String)>,
    percent: String,
    stale_verified: usize,
    chips: Vec<Chip>,
    statuses: Vec<&'static str>,
    paragraphs: Vec<Paragraph<'a>>,
    /// The statements the report has a row for: ids link to it.
    known: HashSet<StatementId>,
    tally: Vec<(&'static str, usize)>,
    changes: Vec<ChangeRow>,
    since: Vec<SinceRow>,
    /// Whether any dispute waits for the editor's ruling (listed first, after the gate).
    open_disputes: bool,
}

pub(super) fn render(report: &Report) -> String {
    let stale_of = |status: Status| {
        report
            .statements
            .iter()
            .filter(|s| s.status == status && s.stale)
            .count()
    };
    let page = Page {
        open_disputes: report.disputes.iter().any(|d| d.is_open()),
        r: report,
        style: STYLE,
        headline: report.headline.as_deref().unwrap_or(&report.article),
        metas: metas(report),
        percent: format!("{:.1}%", report.progress.percent.clamp(0.0, 100.0)),
        stale_verified: stale_of(Status::Verified),
        chips: Status::ALL
            .iter()
            .map(|status| Chip {
                status: status.as_str(),
                n: report.counts.get(*status),
                stale: stale_of(*status),
            })
            .collect(),
        statuses: Status::ALL.iter().map(|s| s.as_str()).collect(),
        paragraphs: paragraphs(&report.text, &report.statements),
        known: report.statements.iter().map(|s| s.id).collect(),
        tally: report.changes.as_ref().map_or_else(Vec::new, |diff| {
            Change::ALL
                .iter()
                .map(|c| (c.as_str(), diff.count(*c)))
                .collect()
        }),
        changes: report.changes.as_ref().map_or_else(Vec::new, |diff| {
            diff.changes
                .iter()
                .filter(|c| c.change != Change::Unchanged)
                .map(|c| ChangeRow {
                    change: c.change.as_str(),
                    id: c.id,
                    old_text: c.old_text.clone().unwrap_or_default(),
                    new_text: c.new_text.clone().unwrap_or_default(),
                    pieces: match c.change {
                        Change::Modified => pieces(&c.edits),
                        _ => vec![],
                    },
                })
                .collect()
        }),
        since: report
            .since_check
            .iter()
            .map(|s| SinceRow {
                id: s.id,
                checked_revision: s.checked_revision,
                checked_by: s.checked_by.clone(),
                pieces: pieces(&s.edits),
            })
            .collect(),
    };
    page.render()
        .expect("the report template writes to a String, which cannot fail")
}

/// The masthead's facts: by, published, desk, checklist, when made, history.
fn metas(report: &Report) -> Vec<(&'static str, String)> {
    let mut metas = Vec::new();
    if !report.bylines.is_empty() {
        metas.push(("By", bylines_text(&report.bylines)));
    }
    if let Some(published) = &report.published {
        metas.push(("Published", published.raw.clone()));
    }
    if let Some(desk) = &report.desk {
        metas.push(("Desk", desk.clone()));
    }
    metas.push(("Checklist", report.checklist.clone()));
    metas.push((
        "Report made",
        match &report.generated_by {
            Some(by) => format!("{} by {by}", report.generated_at),
            None => report.generated_at.clone(),
        },
    ));
    if let Some(chain) = &report.chain {
        metas.push(("History", chain.describe()));
    }
    metas
}

#[cfg(test)]
mod tests;
