//! `GET /articles/{slug}/report`: the HTML report inside the desk, and a download of every
//! format; `GET /articles/{slug}/report/download?format=…` the report itself, rendered by
//! `crate::report` exactly as `factdesk report --format …` writes it.

use askama::Template;

use super::error::PageError;
use super::view::Chrome;
use crate::desk::Desk;
use crate::report::{Format, Style};

#[derive(Template)]
#[template(path = "web/report.html")]
pub struct ReportPage {
    pub chrome: Chrome,
    pub slug: String,
    pub formats: Vec<(&'static str, &'static str)>,
}

pub fn render(desk: &Desk, chrome: Chrome, slug: &str) -> Result<String, PageError> {
    // Refuses an unknown slug here rather than in the frame.
    desk.revision_view(slug, None)?;
    let formats = Format::NAMES
        .iter()
        .map(|name| {
            let label = match *name {
                "text" => "Plain text (.txt)",
                "md" => "Markdown (.md)",
                "html" => "Web page (.html)",
                "json" => "JSON (.json)",
                _ => "Spreadsheet (.csv)",
            };
            (*name, label)
        })
        .collect();
    Ok(ReportPage {
        chrome,
        slug: slug.to_string(),
        formats,
    }
    .render()?)
}

/// A rendered report: its bytes, its media type and the file name it is saved under.
pub struct Download {
    pub body: String,
    pub content_type: &'static str,
    pub file_name: String,
}

pub fn download(desk: &Desk, slug: &str, format: &str) -> Result<Download, PageError> {
    let format: Format = format
        .parse()
        .map_err(|e: crate::report::UnknownFormat| PageError::bad_request(e.to_string()))?;
    let report = desk.report(slug, None)?;
    let (content_type, extension) = match format {
        Format::Text => ("text/plain; charset=utf-8", "txt"),
        Format::Markdown => ("text/markdown; charset=utf-8", "md"),
        Format::Html => ("text/html; charset=utf-8", "html"),
        Format::Json => ("application/json", "json"),
        Format::Csv => ("text/csv; charset=utf-8", "csv"),
        Format::ClaimReview => ("application/ld+json", "jsonld"),
    };
    Ok(Download {
        body: crate::report::render(&report, format, Style::default()),
        content_type,
        file_name: format!("{}-r{}-report.{extension}", report.article, report.revision),
    })
}
