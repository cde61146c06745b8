//! The publication decision: ready, or blocked with every reason a desk must clear first.

use crate::checklist::{Checklist, GatePolicy};
use crate::model::{Gate, GateReason, RevisionFinding, Statement, StatementId, Status};

/// The publication decision for one revision, from its statements and findings.
pub fn gate(statements: &[Statement], findings: &[RevisionFinding], checklist: &Checklist) -> Gate {
    let policy: &GatePolicy = &checklist.gate;
    let mut reasons = Vec::new();
    // A partly-verified statement holds the article whatever the checklist says: part of what
    // would be published is not verified. An editor's waiver (a newer check) releases it.
    for status in Status::ALL
        .iter()
        .filter(|s| policy.blocking_statuses.contains(s) || **s == Status::PartlyVerified)
    {
        let ids: Vec<StatementId> = statements
            .iter()
            .filter(|s| s.status == *status)
            .map(|s| s.id)
            .collect();
        if !ids.is_empty() {
            reasons.push(GateReason {
                code: format!("status:{status}"),
                message: format!("{} statement(s) {}", ids.len(), status_phrase(*status)),
                statements: ids,
            });
        }
    }
    if policy.block_stale {
        let ids: Vec<StatementId> = statements
            .iter()
            .filter(|s| s.stale)
            .map(|s| s.id)
            .collect();
        if !ids.is_empty() {
            reasons.push(GateReason {
                code: "stale".into(),
                message: format!(
                    "{} statement(s) changed after their last check: check them again",
                    ids.len()
                ),
                statements: ids,
            });
        }
    }
    if policy.verified_needs_source {
        let ids: Vec<StatementId> = statements
            .iter()
            .filter(|s| s.status == Status::Verified && s.sources.is_empty())
            .map(|s| s.id)
            .collect();
        if !ids.is_empty() {
            reasons.push(GateReason {
                code: "verified-without-source".into(),
                message: format!("{} verified statement(s) name no source", ids.len()),
                statements: ids,
            });
        }
    }
    if policy.verified_needs_source {
        // A confidential source counts once its editor has attested it (workflow/confidential.rs).
        let ids = super::awaiting_attestation(statements);
        if !ids.is_empty() {
            reasons.push(GateReason {
                code: "confidential-unattested".into(),
                message: format!(
                    "{} verified statement(s) rest on a confidential source its editor has not attested yet",
                    ids.len()
                ),
                statements: ids,
            });
        }
    }
    if policy.require_items {
        let ids: Vec<StatementId> = statements
            .iter()
            .filter(|s| s.status == Status::Verified)
            .filter(|s| {
                checklist
                    .items_for(s.kinds)
                    .iter()
                    .any(|item| item.required && !s.items.contains(&item.id))
            })
            .map(|s| s.id)
            .collect();
        if !ids.is_empty() {
            reasons.push(GateReason {
                code: "missing-items".into(),
                message: format!(
                    "{} verified statement(s) lack required checklist items",
                    ids.len()
                ),
                statements: ids,
            });
        }
    }
    // A finding an editor dismissed (on these very words) no longer holds the article.
    for finding in findings
        .iter()
        .filter(|f| policy.blocking_levels.contains(&f.level) && f.dismissal.is_none())
    {
        reasons.push(GateReason {
            code: format!("finding:{}", finding.rule),
            message: format!("{} finding: {}", finding.level, finding.message),
            statements: finding.statements.clone(),
        });
    }
    Gate {
        ready: reasons.is_empty(),
        reasons,
        next_lapse_at: None,
    }
}

fn status_phrase(status: Status) -> &'static str {
    match status {
        Status::Unchecked => "not checked yet",
        Status::InProgress => "still being checked",
        Status::Verified => "verified",
        Status::PartlyVerified => {
            "verified except a named part: verify that part too, or have an editor waive it"
        }
        Status::Incorrect => "found incorrect: correct the copy or the check",
        Status::Disputed => "disputed: sources conflict",
        Status::Unverifiable => "unverifiable: no source confirms them",
        Status::Waived => "waived",
    }
}

/// Below this share of a revision's visible characters inside statements, the split has
/// missed the text (issue 11: a Markdown export whose paragraphs were `<p>` HTML parsed to no
/// statement, and `gate` said READY). Headlines, bylines and labels are a small part of any
/// real piece, far under four fifths of it.
pub const MIN_COVERAGE: f64 = 0.2;

/// A revision with no statement, or whose statements cover almost none of its text, cannot be
/// ready: nothing, or almost nothing, of what will be published has been checked.
pub fn coverage_reason(text: &str, spans: &[crate::model::Span]) -> Option<GateReason> {
    let visible = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
    let total = visible(text);
    if spans.is_empty() {
        return Some(GateReason {
            code: "no-statements".into(),
            message: format!(
                "the revision has no statement to check ({total} visible characters were read as none): check the file's format"
            ),
            statements: Vec::new(),
        });
    }
    let covered: usize = spans
        .iter()
        .filter_map(|s| text.get(s.start..s.end))
        .map(visible)
        .sum();
    let share = covered as f64 / total.max(1) as f64;
    (share < MIN_COVERAGE).then(|| GateReason {
        code: "low-coverage".into(),
        message: format!(
            "the statements cover {:.0}% of the revision's text: most of it was not read as statements; check the file's format",
            share * 100.0
        ),
        statements: Vec::new(),
    })
}

#[cfg(test)]
mod coverage_tests {
    use super::*;
    use crate::parse::{Format, parse};

    fn statements_of(text: &str, format: Format) -> Vec<crate::model::Span> {
        parse(text, format)
            .statements
            .into_iter()
            .map(|s| s.span)
            .collect()
    }

    #[test]
    fn a_revision_of_no_statement_or_almost_none_is_held() {
        let html =
            "<p>The mayor said the budget grew 4% last year.</p>\n\n<p>Critics disagree.</p>\n";
        let none = coverage_reason(html, &[]).unwrap();
        assert_eq!(none.code, "no-statements");
        let body = "The mayor said the budget grew 4% last year. Critics disagree.";
        let one = statements_of(body, Format::Text);
        let padded = format!(
            "{body}\n\n{}",
            "<div class=\"x\">hidden copy</div>\n".repeat(40)
        );
        assert_eq!(coverage_reason(&padded, &one).unwrap().code, "low-coverage");
        assert_eq!(coverage_reason(body, &one), None);
    }

    #[test]
    fn the_seeds_are_covered() {
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        for entry in std::fs::read_dir(seeds).unwrap().flatten() {
            let path = entry.path();
            // Plain text and Markdown; web pages and Word files are read through extraction.
            let name = path.display().to_string();
            let format = match Format::from_file_name(&name) {
                Some(Format::Html | Format::Docx) => continue,
                other => other.unwrap_or(Format::Text),
            };
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let statements = statements_of(&text, format);
            assert_eq!(
                coverage_reason(&text, &statements),
                None,
                "{}",
                path.display()
            );
        }
    }
}
