//! HTML: one self-contained page (inline CSS, no script, nothing fetched) that shows the
//! article's own text with every statement highlighted by status, then the statement table, the
//! changes and the findings.
//!
//! Safety by construction: [`Page::raw`] takes only `&'static str`, so the page's own markup is
//! the only thing that can reach it unescaped; every string from the report goes through
//! [`Page::text`] (escaped), and links only come from [`Source::link`] (http and https).
//! A Content-Security-Policy forbids scripts and network access should anything slip through.

mod article;
mod changes;
mod page;
mod statements;

use crate::model::Status;

use super::{Report, bylines_text};

use article::article;
use changes::{changes, findings, since_check, statement_links};
use page::Page;
use statements::statements;

const STYLE: &str = include_str!("templates/report.css");

pub(super) fn render(report: &Report) -> String {
    let mut page = Page {
        out: String::with_capacity(report.text.len() * 3 + 16 * 1024),
    };
    page.raw(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"factdesk\">\n<title>Verification report: ",
    );
    page.plain(&report.article);
    page.raw(", revision ");
    page.num(report.revision);
    page.raw("</title>\n<style>\n");
    page.raw(STYLE);
    page.raw("</style>\n</head>\n<body>\n");
    masthead(&mut page, report);
    gate(&mut page, report);
    summary(&mut page, report);
    article(&mut page, report);
    statements(&mut page, report);
    changes(&mut page, report);
    since_check(&mut page, report);
    findings(&mut page, report);
    page.raw("<footer>Generated ");
    page.text(&report.generated_at);
    if let Some(by) = &report.generated_by {
        page.raw(" by ");
        page.text(by);
    }
    page.raw(" with factdesk &middot; report schema ");
    page.num(report.schema_version);
    page.raw("</footer>\n</body>\n</html>\n");
    page.out
}

fn masthead(page: &mut Page, report: &Report) {
    page.raw("<header class=\"masthead\">\n<p class=\"kicker\">Verification report &middot; ");
    page.text(&report.article);
    page.raw(" &middot; revision ");
    page.num(report.revision);
    page.raw(" of ");
    page.num(report.latest_revision);
    if report.revision != report.latest_revision {
        page.raw(" (not the latest)");
    }
    page.raw("</p>\n<h1>");
    page.text(report.headline.as_deref().unwrap_or(&report.article));
    page.raw("</h1>\n<dl class=\"meta\">\n");
    if !report.bylines.is_empty() {
        meta(page, "By", &bylines_text(&report.bylines));
    }
    if let Some(published) = &report.published {
        meta(page, "Published", &published.raw);
    }
    if let Some(desk) = &report.desk {
        meta(page, "Desk", desk);
    }
    meta(page, "Checklist", &report.checklist);
    let generated = match &report.generated_by {
        Some(by) => format!("{} by {by}", report.generated_at),
        None => report.generated_at.clone(),
    };
    meta(page, "Report made", &generated);
    if let Some(chain) = &report.chain {
        meta(page, "History", &chain.describe());
    }
    page.raw("</dl>\n</header>\n");
}

fn meta(page: &mut Page, name: &'static str, value: &str) {
    page.raw("<div><dt>");
    page.raw(name);
    page.raw("</dt><dd>");
    page.text(value);
    page.raw("</dd></div>\n");
}

fn gate(page: &mut Page, report: &Report) {
    let gate = &report.gate;
    if gate.ready {
        page.raw(
            "<section class=\"gate ready\" aria-label=\"Publication gate\">\n\
             <p class=\"verdict\"><span class=\"word\">READY</span> \
             <span class=\"say\">Cleared for publication",
        );
    } else {
        page.raw(
            "<section class=\"gate blocked\" aria-label=\"Publication gate\">\n\
             <p class=\"verdict\"><span class=\"word\">BLOCKED</span> \
             <span class=\"say\">Not ready to publish",
        );
    }
    match gate.reasons.len() {
        0 => {}
        1 => page.raw(": 1 reason"),
        n => {
            page.raw(": ");
            page.num(n as u64);
            page.raw(" reasons");
        }
    }
    page.raw("</span></p>\n");
    if !gate.reasons.is_empty() {
        page.raw("<ul>\n");
        for reason in &gate.reasons {
            page.raw("<li>");
            page.text(&reason.message);
            if !reason.statements.is_empty() {
                page.raw(" <span class=\"ids\">");
                statement_links(page, report, &reason.statements);
                page.raw("</span>");
            }
            page.raw(" <code>");
            page.text(&reason.code);
            page.raw("</code></li>\n");
        }
        page.raw("</ul>\n");
    }
    page.raw("</section>\n");
}

fn summary(page: &mut Page, report: &Report) {
    let progress = &report.progress;
    page.raw("<section class=\"summary\">\n<div class=\"progress\">\n<p class=\"percent\">");
    page.percent(progress.percent);
    page.raw("<small>verified</small></p>\n<div class=\"bar\" role=\"img\" aria-label=\"");
    page.percent(progress.percent);
    page.raw(" verified\"><span style=\"width:");
    page.percent(progress.percent);
    page.raw("\"></span></div>\n<p>");
    page.num(progress.verified);
    page.raw(" of ");
    page.num(progress.checkable);
    page.raw(" checkable statements verified on their current words (waived ones are not counted");
    // The verified chip counts every statement whose latest check says verified; progress only
    // those whose words have not changed since. Say the difference instead of leaving two
    // numbers that disagree.
    let stale_of = |status: Status| {
        report
            .statements
            .iter()
            .filter(|s| s.status == status && s.stale)
            .count() as u64
    };
    let stale_verified = stale_of(Status::Verified);
    if stale_verified > 0 {
        page.raw("; ");
        page.num(stale_verified);
        page.raw(" verified before their words changed are stale and not counted");
    }
    page.raw(")</p>\n");

    let counts = &report.counts;
    page.raw("<ul class=\"counts\">\n");
    for status in Status::ALL {
        let n = counts.get(*status);
        page.raw("<li class=\"chip st-");
        page.raw(status.as_str());
        if n == 0 {
            page.raw(" zero");
        }
        page.raw("\"><b>");
        page.num(n);
        page.raw("</b> ");
        page.raw(status.as_str());
        let stale = stale_of(*status);
        if stale > 0 {
            page.raw(" <small>(");
            page.num(stale);
            page.raw(" stale)</small>");
        }
        page.raw("</li>\n");
    }
    page.raw("<li class=\"chip stale-chip");
    if counts.stale == 0 {
        page.raw(" zero");
    }
    page.raw("\"><b>");
    page.num(counts.stale);
    page.raw("</b> stale</li>\n<li class=\"chip total\"><b>");
    page.num(counts.total);
    page.raw("</b> in all</li>\n</ul>\n</div>\n");

    page.raw("<table class=\"reviewers\">\n<caption>Reviewers and their open load</caption>\n");
    page.raw("<thead><tr><th>Reviewer</th><th>Role</th><th class=\"n\">Open</th></tr></thead>\n<tbody>\n");
    if report.reviewers.is_empty() {
        page.raw("<tr><td colspan=\"3\">No reviewers.</td></tr>\n");
    }
    for reviewer in &report.reviewers {
        page.raw("<tr><td>");
        page.text(&reviewer.name);
        page.raw(" <span class=\"handle\">@");
        page.text(&reviewer.handle);
        page.raw("</span></td><td>");
        page.raw(reviewer.role.as_str());
        page.raw("</td><td class=\"n\">");
        page.num(reviewer.open);
        page.raw("</td></tr>\n");
    }
    page.raw("</tbody>\n</table>\n</section>\n");
}

#[cfg(test)]
mod tests;
