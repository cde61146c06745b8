//! Markdown for e-mail and wikis (GitHub-flavoured tables): readable as plain text, and every
//! piece of article text, note, source or name escaped so it stays text when rendered.

use std::fmt::Write;

use crate::model::time::rfc3339;
use crate::model::{Change, Source, Status};

use super::{Report, bylines_text, ids_text, source_text, spaced_edits};

pub(super) fn render(report: &Report) -> String {
    let mut out = String::new();
    header(&mut out, report);
    gate(&mut out, report);
    open_disputes(&mut out, report);
    counts(&mut out, report);
    reviewers(&mut out, report);
    statements(&mut out, report);
    changes(&mut out, report);
    since_check(&mut out, report);
    findings(&mut out, report);
    queries(&mut out, report);
    rulings(&mut out, report);
    out
}

/// The disputes waiting for the editor's call, right after the gate.
fn open_disputes(out: &mut String, report: &Report) {
    let open: Vec<_> = report.disputes.iter().filter(|d| d.is_open()).collect();
    if open.is_empty() {
        return;
    }
    out.push_str("\n## Open disputes, for the editor's ruling\n\n");
    for dispute in open {
        let check = &dispute.check;
        let _ = write!(
            out,
            "- **#{}** {} (disputed by {}, {})",
            dispute.statement,
            md(&dispute.text),
            md(&check.checked_by),
            md(&rfc3339(&check.checked_at))
        );
        if let Some(note) = &check.note {
            let _ = write!(out, ": {}", md(note));
        }
        for source in &check.sources {
            let _ = write!(out, "\n  - source: {}", source_cell(source));
        }
        out.push('\n');
    }
}

/// Every ruling made on the article, with who and why.
fn rulings(out: &mut String, report: &Report) {
    if report.rulings.is_empty() {
        return;
    }
    out.push_str("\n## Rulings\n\n");
    for ruling in &report.rulings {
        let _ = write!(out, "- **#{}** {}", ruling.statement, ruling.decision);
        if let Some(wording) = &ruling.wording {
            let _ = write!(out, " to “{}”", md(wording));
        }
        let _ = writeln!(
            out,
            " by {} ({}): {} (was: {})",
            md(&ruling.ruled_by),
            md(&rfc3339(&ruling.ruled_at)),
            md(&ruling.reason),
            md(&ruling.text)
        );
    }
}

/// The conversation with the writer, left out when there was none.
fn queries(out: &mut String, report: &Report) {
    if report.queries.is_empty() {
        return;
    }
    out.push_str("\n## Queries to the writer\n\n");
    for query in &report.queries {
        let _ = write!(
            out,
            "- **Q{}** on #{} ({}): {} asked {} ({}): {}",
            query.id,
            query.statement,
            query.state,
            md(&query.asked_by),
            md(&query.writer),
            md(&rfc3339(&query.asked_at)),
            md(&query.text)
        );
        for answer in &query.answers {
            let _ = write!(
                out,
                "\n  - {} answered ({}): {}",
                md(&answer.by),
                md(&rfc3339(&answer.at)),
                md(&answer.text)
            );
            if let Some(source) = &answer.source {
                let _ = write!(out, " (source: {})", source_cell(source));
            }
        }
        if let (Some(by), Some(at)) = (&query.resolved_by, &query.resolved_at) {
            let _ = write!(out, "\n  - *resolved by {} ({})*", md(by), md(&rfc3339(at)));
        }
        out.push('\n');
    }
}

fn header(out: &mut String, report: &Report) {
    let _ = writeln!(out, "# Verification report: {}\n", md(&report.article));
    if let Some(headline) = &report.headline {
        let _ = writeln!(out, "**{}**\n", md(headline));
    }
    let mut rows: Vec<(&str, String)> = vec![("Article", md(&report.article))];
    let mut revision = format!("{} of {}", report.revision, report.latest_revision);
    if report.revision != report.latest_revision {
        revision.push_str(" (not the latest)");
    }
    rows.push(("Revision", revision));
    if !report.bylines.is_empty() {
        rows.push(("Byline", cell(&bylines_text(&report.bylines))));
    }
    if let Some(published) = &report.published {
        rows.push(("Published", cell(&published.raw)));
    }
    if let Some(desk) = &report.desk {
        rows.push(("Desk", cell(desk)));
    }
    rows.push(("Checklist", cell(&report.checklist)));
    let generated = match &report.generated_by {
        Some(by) => format!("{} by {}", cell(&report.generated_at), cell(by)),
        None => cell(&report.generated_at),
    };
    rows.push(("Generated", generated));
    if let Some(chain) = &report.chain {
        rows.push(("History", cell(&chain.describe())));
    }
    rows.push(("Gate", gate_answer(report)));
    let progress = &report.progress;
    rows.push((
        "Progress",
        format!(
            "{:.1}% ({} of {} checkable statements verified)",
            progress.percent, progress.verified, progress.checkable
        ),
    ));
    out.push_str("| | |\n| --- | --- |\n");
    for (name, value) in rows {
        let _ = writeln!(out, "| {name} | {value} |");
    }
}

fn gate_answer(report: &Report) -> String {
    if report.gate.ready {
        "**READY**".to_string()
    } else {
        match report.gate.reasons.len() {
            1 => "**BLOCKED** (1 reason)".to_string(),
            n => format!("**BLOCKED** ({n} reasons)"),
        }
    }
}

fn gate(out: &mut String, report: &Report) {
    let answer = if report.gate.ready {
        "READY"
    } else {
        "BLOCKED"
    };
    let _ = writeln!(out, "\n## Gate: {answer}\n");
    if report.gate.reasons.is_empty() {
        out.push_str("Nothing holds this revision.\n");
    }
    for reason in &report.gate.reasons {
        let _ = write!(out, "- {}", md(&reason.message));
        if !reason.statements.is_empty() {
            let _ = write!(out, " ({})", ids_text(&reason.statements));
        }
        let _ = writeln!(out, " `{}`", reason.code.replace('`', "'"));
    }
}

fn counts(out: &mut String, report: &Report) {
    out.push_str("\n## Counts\n\n|");
    for status in Status::ALL {
        let _ = write!(out, " {status} |");
    }
    out.push_str(" stale | total |\n|");
    out.push_str(&" ---: |".repeat(Status::ALL.len() + 2));
    out.push_str("\n|");
    for status in Status::ALL {
        let _ = write!(out, " {} |", report.counts.get(*status));
    }
    let _ = writeln!(out, " {} | {} |", report.counts.stale, report.counts.total);
}

fn reviewers(out: &mut String, report: &Report) {
    out.push_str("\n## Reviewers\n\n");
    if report.reviewers.is_empty() {
        out.push_str("None.\n");
        return;
    }
    out.push_str("| Handle | Name | Role | Open |\n| --- | --- | --- | ---: |\n");
    for r in &report.reviewers {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            cell(&r.handle),
            cell(&r.name),
            r.role,
            r.open
        );
    }
}

fn statements(out: &mut String, report: &Report) {
    let _ = writeln!(out, "\n## Statements ({})\n", report.statements.len());
    out.push_str(
        "| # | Status | Element | Statement | Kinds | Assignee | Checked | Sources | Note |\n\
         | ---: | --- | --- | --- | --- | --- | --- | --- | --- |\n",
    );
    for s in &report.statements {
        let mut status = s.status.as_str().to_string();
        if s.stale {
            status.push_str(" · **STALE**");
        }
        if let Some(day) = s.expired_on() {
            status.push_str(&format!(" · **EXPIRED {day}**"));
        }
        let kinds: Vec<&str> = s.kinds.iter().map(|k| k.as_str()).collect();
        let checked = match (&s.checked_by, &s.checked_at) {
            (Some(by), Some(at)) => format!("{}, {}", cell(by), cell(&rfc3339(at))),
            (Some(by), None) => cell(by),
            (None, Some(at)) => cell(&rfc3339(at)),
            (None, None) => String::new(),
        };
        let sources: Vec<String> = s.sources.iter().map(source_cell).collect();
        let _ = writeln!(
            out,
            "| {} | {status} | {} | {} | {} | {} | {checked} | {} | {} |",
            s.id,
            s.element,
            excepted_cell(s),
            kinds.join(", "),
            cell(s.assignee.as_deref().unwrap_or("")),
            sources.join("<br>"),
            cell(&note_with_items(s)),
        );
    }
}

/// A source in a cell: http and https citations as autolinks, everything else as escaped text.
fn source_cell(source: &Source) -> String {
    let linkable = source.link().filter(|url| {
        !url.contains(|c: char| c.is_whitespace() || c.is_control() || "<>|\\".contains(c))
    });
    match linkable {
        Some(url) => {
            let rest = source_text(source);
            let rest = rest
                .strip_prefix(&format!("{}: {url}", source.kind))
                .unwrap_or("");
            format!("{}: <{url}>{}", source.kind, cell(rest))
        }
        None => cell(&source_text(source)),
    }
}

fn changes(out: &mut String, report: &Report) {
    let Some(diff) = &report.changes else {
        out.push_str("\n## Changes\n\nNone: this is the first revision.\n");
        return;
    };
    let _ = writeln!(out, "\n## Changes since revision {}\n", diff.from);
    let tally: Vec<String> = Change::ALL
        .iter()
        .map(|change| format!("{} {change}", diff.count(*change)))
        .collect();
    let _ = writeln!(out, "{}.\n", tally.join(", "));
    for change in diff
        .changes
        .iter()
        .filter(|c| c.change != Change::Unchanged)
    {
        let old = change.old_text.as_deref().unwrap_or("");
        let new = change.new_text.as_deref().unwrap_or("");
        let text = match change.change {
            Change::Modified if !change.edits.is_empty() => edits_md(&change.edits),
            Change::Modified => format!("~~{}~~ {}", md(old.trim()), md(new)),
            Change::Removed => format!("~~{}~~", md(old.trim())),
            _ => md(new),
        };
        let _ = writeln!(out, "- **#{} {}:** {text}", change.id, change.change);
    }
}

/// Deleted words struck through, inserted words in bold; whitespace kept outside the marks so
/// that Markdown sees them.
fn edits_md(edits: &[crate::model::WordEdit]) -> String {
    let mut text = String::new();
    for (op, piece) in spaced_edits(edits) {
        let mark = match op {
            crate::model::WordOp::Delete => "~~",
            crate::model::WordOp::Insert => "**",
            crate::model::WordOp::Equal => "",
        };
        let trimmed = piece.trim();
        if mark.is_empty() || trimmed.is_empty() {
            text.push_str(&md(&piece));
            continue;
        }
        let leading = &piece[..piece.len() - piece.trim_start().len()];
        let trailing = &piece[piece.trim_end().len()..];
        let _ = write!(text, "{leading}{mark}{}{mark}{trailing}", md(trimmed));
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The stale statements, each with the words changed since the check its status rests on.
fn since_check(out: &mut String, report: &Report) {
    if report.since_check.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n## Changed since their last check ({})\n",
        report.since_check.len()
    );
    for since in &report.since_check {
        let _ = writeln!(
            out,
            "- **#{}** (checked in revision {} by {}): {}",
            since.id,
            since.checked_revision,
            md(&since.checked_by),
            edits_md(&since.edits)
        );
    }
}

fn findings(out: &mut String, report: &Report) {
    out.push_str("\n## Findings\n\n");
    if report.findings.is_empty() {
        out.push_str("None.\n");
        return;
    }
    for finding in &report.findings {
        let _ = write!(
            out,
            "- **{}** `{}`: {}",
            finding.level,
            finding.rule.replace('`', "'"),
            md(&finding.message)
        );
        if !finding.statements.is_empty() {
            let _ = write!(out, " ({})", ids_text(&finding.statements));
        }
        if let Some(d) = &finding.dismissal {
            let _ = write!(
                out,
                " *Dismissed by {} ({}): {}*",
                md(&d.by),
                md(&rfc3339(&d.at)),
                md(&d.reason)
            );
        }
        out.push('\n');
    }
}

/// Text as Markdown that shows exactly that text: characters Markdown (or HTML inside it) would
/// read as markup are backslash-escaped, and line breaks become spaces.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // `$` too: GitHub and GitLab read `$...$` as mathematics.
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' => out.push(' '),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Text for a table cell: escaped, with its line breaks kept as `<br>`.
fn cell(text: &str) -> String {
    text.trim().lines().map(md).collect::<Vec<_>>().join("<br>")
}

/// The statement's words, the parts a partly-verified check does not cover in bold brackets.
fn excepted_cell(s: &crate::model::Statement) -> String {
    // Each run escaped as a cell is, but untrimmed: the spaces between runs are the words'.
    let part = |text: &str| text.lines().map(md).collect::<Vec<_>>().join("<br>");
    let marked: String = super::layout::excepted_runs(&s.text, &s.excepted)
        .into_iter()
        .map(|run| match run.excepted {
            true => format!("**⟦{}⟧**", part(run.text)),
            false => part(run.text),
        })
        .collect();
    marked.trim().to_string()
}

/// The note, followed by the checklist items the reviewer ticked.
fn note_with_items(s: &crate::model::Statement) -> String {
    let note = s.note.as_deref().unwrap_or("");
    match (note.is_empty(), s.items.is_empty()) {
        (_, true) => note.to_string(),
        (true, false) => format!("items: {}", s.items.join(", ")),
        (false, false) => format!("{note} (items: {})", s.items.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Format, Style, fixture, render};

    #[test]
    fn cells_keep_their_pipes_and_line_breaks_inside_the_cell() {
        let report = fixture::report();
        let markdown = render(&report, Format::Markdown, Style::default());
        let row = markdown
            .lines()
            .find(|line| line.starts_with("| 2 |"))
            .expect("row of statement 2");
        assert!(
            row.contains(r#""We are prepared" \| not "ready".<br>Ask the writer"#),
            "{row}"
        );
        // Nine columns: ten unescaped pipes.
        let unescaped = row.replace("\\|", "").matches('|').count();
        assert_eq!(unescaped, 10, "{row}");
    }

    #[test]
    fn article_markup_stays_text_and_only_web_citations_link() {
        let markdown = render(&fixture::report(), Format::Markdown, Style::default());
        // The only unescaped angle brackets are our own line breaks and web autolinks.
        let ours = markdown
            .replace("\\<", "")
            .replace("<br>", "")
            .replace(&format!("<{}>", fixture::LONG_URL), "");
        assert!(!ours.contains('<'), "{ours}");
        assert!(markdown.contains(r"\<script\>alert(1)\</script\>"));
        assert!(markdown.contains(&format!("<{}>", fixture::LONG_URL)));
        assert!(markdown.contains("web: javascript:alert(document.cookie)"));
        assert!(!markdown.contains("<javascript:"));
        assert!(!markdown.contains("](javascript:"));
    }

    #[test]
    fn word_edits_strike_the_old_words_and_embolden_the_new() {
        let markdown = render(&fixture::report(), Format::Markdown, Style::default());
        assert!(
            markdown.contains(r"would cost ~~\$2~~ **\$2.5** billion over"),
            "{markdown}"
        );
    }

    #[test]
    fn escaping_leaves_plain_words_alone() {
        assert_eq!(
            md("Mexico’s 2.5 billion (p. 12)"),
            "Mexico’s 2.5 billion (p. 12)"
        );
        assert_eq!(md("$2 or $3"), r"\$2 or \$3");
        assert_eq!(md("a|b\nc"), r"a\|b c");
        assert_eq!(cell("a|b\nc"), r"a\|b<br>c");
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(
            &fixture::report(),
            Format::Markdown,
            Style::default()
        ));
    }
}
