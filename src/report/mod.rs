//! Rendering only: report data in, text / Markdown / HTML / JSON / CSV out.
//!
//! The caller (the command line) builds a [`Report`] from the database and decides whether the
//! terminal gets colour; [`render`] is a pure function of its arguments, so the same report always
//! renders to the same bytes. Every format shows the same data; `docs/report.md` describes them.

mod claimreview;
mod csv;
mod data;
pub mod escape;
mod html;
mod json;
pub mod layout;
mod markdown;
mod text;

#[cfg(test)]
pub(crate) mod fixture;
#[cfg(test)]
mod partial_tests;

use std::borrow::Cow;

pub use data::{ChainHead, Counts, Progress, Report, ReportFinding, ReviewerLoad, SCHEMA_VERSION};

use crate::model::{Byline, Source, StatementId, WordEdit, WordOp};

/// An output format of `report --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Json,
    Csv,
    /// schema.org ClaimReview JSON-LD for the rated statements.
    ClaimReview,
}

impl Format {
    pub const NAMES: &'static [&'static str] =
        &["text", "md", "html", "json", "csv", "claimreview"];

    /// The format's name, as `--format` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::ClaimReview => "claimreview",
        }
    }

    /// The format a file name's extension says (`r.html`, `r.md`), if it says one.
    pub fn from_extension(extension: &str) -> Option<Format> {
        match extension.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "json" => Some(Format::Json),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// A format name that is not one of [`Format::NAMES`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown report format '{0}' (expected one of: text, md, html, json, csv, claimreview)")]
pub struct UnknownFormat(pub String);

impl std::str::FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Format, UnknownFormat> {
        match s {
            "text" => Ok(Format::Text),
            "md" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            "claimreview" => Ok(Format::ClaimReview),
            _ => Err(UnknownFormat(s.to_string())),
        }
    }
}

/// How the text format may decorate its output. The caller decides from the terminal and
/// `NO_COLOR`; the other formats ignore it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Style {
    /// ANSI colour in the text format.
    pub color: bool,
}

/// Renders `report` in `format`. Pure: the same arguments always give the same bytes.
pub fn render(report: &Report, format: Format, style: Style) -> String {
    let report = in_order(report);
    match format {
        Format::Text => text::render(&report, style),
        Format::Markdown => markdown::render(&report),
        Format::Html => html::render(&report),
        Format::Json => json::render(&report),
        Format::Csv => csv::render(&report),
        Format::ClaimReview => claimreview::render(&report),
    }
}

/// The report with its lists in their documented order. The caller sorts them already; this is a
/// cheap guard (a copy is made only when something is out of order) so that no renderer depends
/// on the caller's diligence.
fn in_order(report: &Report) -> Cow<'_, Report> {
    let statement_key = |s: &crate::model::Statement| (s.paragraph, s.position);
    let statements_sorted = report.statements.is_sorted_by_key(statement_key);
    let reviewers_sorted = report.reviewers.is_sorted_by(|a, b| a.handle <= b.handle);
    // Errors first, then warnings, then notes; the caller's order (article order) within a level.
    let findings_sorted = report.findings.is_sorted_by(|a, b| a.level >= b.level);
    if statements_sorted && reviewers_sorted && findings_sorted {
        return Cow::Borrowed(report);
    }
    let mut sorted = report.clone();
    sorted.statements.sort_by_key(statement_key);
    sorted.reviewers.sort_by(|a, b| a.handle.cmp(&b.handle));
    sorted.findings.sort_by_key(|f| std::cmp::Reverse(f.level));
    Cow::Owned(sorted)
}

/// "Jennifer Hodges (Political Editor) and Art Fletcher".
fn bylines_text(bylines: &[Byline]) -> String {
    let names: Vec<String> = bylines
        .iter()
        .map(|b| match &b.role {
            Some(role) => format!("{} ({role})", b.name),
            None => b.name.clone(),
        })
        .collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A source as one line of text: its kind, its citation, and who was contacted when the
/// citation does not already say so.
fn source_text(source: &Source) -> String {
    let mut text = format!("{}: {}", source.kind, source.citation);
    let unsaid = |extra: &Option<String>| {
        extra
            .clone()
            .filter(|extra| !source.citation.contains(extra.as_str()))
    };
    if let Some(contact) = unsaid(&source.contact) {
        text.push_str(&format!("; contact: {contact}"));
    }
    if let Some(on) = unsaid(&source.contacted_on) {
        text.push_str(&format!("; contacted {on}"));
    }
    text
}

/// "#3, #7".
fn ids_text(ids: &[StatementId]) -> String {
    ids.iter()
        .map(|id| format!("#{id}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The word edits as (op, text) pieces ready to show one after the other. Edits may or may not
/// carry their own whitespace; a space is put between two pieces that would otherwise run
/// together, so "the" + "old" reads "the old" either way.
pub(crate) fn spaced_edits(edits: &[WordEdit]) -> Vec<(WordOp, String)> {
    let mut pieces: Vec<(WordOp, String)> = Vec::with_capacity(edits.len());
    for edit in edits {
        if edit.text.is_empty() {
            continue;
        }
        let needs_space = pieces.last().is_some_and(|(_, previous)| {
            !previous.ends_with(char::is_whitespace) && !edit.text.starts_with(char::is_whitespace)
        });
        if needs_space {
            pieces.push((WordOp::Equal, " ".to_string()));
        }
        pieces.push((edit.op, edit.text.clone()));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceKind;

    #[test]
    fn format_names_round_trip_and_unknown_ones_are_refused() {
        for name in Format::NAMES {
            assert!(name.parse::<Format>().is_ok(), "{name}");
        }
        assert_eq!("md".parse::<Format>(), Ok(Format::Markdown));
        let err = "pdf".parse::<Format>().unwrap_err();
        assert!(
            err.to_string().contains("text, md, html, json, csv"),
            "{err}"
        );
    }

    #[test]
    fn every_format_renders_the_same_report_to_the_same_bytes() {
        let report = fixture::report();
        for name in Format::NAMES {
            let format: Format = name.parse().unwrap();
            for color in [false, true] {
                let style = Style { color };
                assert_eq!(
                    render(&report, format, style),
                    render(&report.clone(), format, style),
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn reports_differing_only_in_generation_time_differ_only_there() {
        let first = fixture::report();
        let mut second = fixture::report();
        second.generated_at = "2026-02-01T08:15:00Z".to_string();
        for name in Format::NAMES {
            let format: Format = name.parse().unwrap();
            let a = render(&first, format, Style::default());
            let b = render(&second, format, Style::default());
            // CSV has one row a statement and no room for when it was made; ClaimReview
            // describes the verdicts (dated by their checks), not the report.
            if !matches!(format, Format::Csv | Format::ClaimReview) {
                assert_ne!(a, b, "{name} does not show the generation time");
            }
            assert_eq!(
                a.replace(&first.generated_at, "<time>"),
                b.replace(&second.generated_at, "<time>"),
                "{name}"
            );
        }
    }

    #[test]
    fn out_of_order_lists_are_put_in_order() {
        let report = fixture::report();
        let mut shuffled = report.clone();
        shuffled.statements.reverse();
        shuffled.reviewers.reverse();
        shuffled.findings.reverse();
        assert_ne!(shuffled, report);
        for name in Format::NAMES {
            let format: Format = name.parse().unwrap();
            assert_eq!(
                render(&shuffled, format, Style::default()),
                render(&report, format, Style::default()),
                "{name}"
            );
        }
    }

    #[test]
    fn a_ready_first_revision_says_so_in_every_format() {
        let mut report = fixture::report();
        report.revision = 1;
        report.latest_revision = 1;
        report.gate.ready = true;
        report.gate.reasons.clear();
        report.changes = None;
        report.findings.clear();
        report.reviewers.clear();
        let text = render(&report, Format::Text, Style::default());
        assert!(text.contains("GATE: READY\n"), "{text}");
        assert!(text.contains("CHANGES: none, this is the first revision"));
        assert!(text.contains("FINDINGS: none"));
        let markdown = render(&report, Format::Markdown, Style::default());
        assert!(markdown.contains("## Gate: READY\n\nNothing holds this revision."));
        assert!(markdown.contains("None: this is the first revision."));
        let html = render(&report, Format::Html, Style::default());
        assert!(html.contains("<section class=\"gate ready\""));
        assert!(html.contains("None: this is the first revision."));
        let json: serde_json::Value =
            serde_json::from_str(&render(&report, Format::Json, Style::default())).unwrap();
        assert_eq!(json["gate"]["ready"], true);
        assert!(json["changes"].is_null());
    }

    #[test]
    fn edits_are_spaced_only_where_words_would_run_together() {
        let edit = |op, text: &str| WordEdit {
            op,
            text: text.to_string(),
        };
        let bare = spaced_edits(&[
            edit(WordOp::Equal, "cost"),
            edit(WordOp::Delete, "$2"),
            edit(WordOp::Insert, "$3"),
        ]);
        let joined: String = bare.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(joined, "cost $2 $3");
        let spaced = spaced_edits(&[edit(WordOp::Equal, "cost "), edit(WordOp::Delete, "$2")]);
        assert_eq!(spaced.len(), 2);
    }

    #[test]
    fn sources_name_the_contact_only_when_the_citation_does_not() {
        let talk = Source::parse_short("interview:Ana Ruiz, DOJ, 2026-01-16").unwrap();
        assert_eq!(source_text(&talk), "interview: Ana Ruiz, DOJ, 2026-01-16");
        let call = Source {
            kind: SourceKind::Interview,
            citation: "phone call".to_string(),
            contact: Some("Ana Ruiz".to_string()),
            contacted_on: Some("2026-01-16".to_string()),
            confidential: None,
        };
        assert_eq!(
            source_text(&call),
            "interview: phone call; contact: Ana Ruiz; contacted 2026-01-16"
        );
    }
}
