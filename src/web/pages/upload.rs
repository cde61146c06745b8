//! `GET /upload` and `POST /upload`: a draft from a file, as a new article (ingest) or a new
//! revision (revise), read exactly as the command line reads one (`crate::import`: text,
//! Markdown, a web page or a Word document, the encodings it knows, the 5 MiB limit).

use askama::Template;

use super::error::PageError;
use super::view::Chrome;
use crate::checklist::Loaded;
use crate::desk::{Desk, Draft, IngestRequest, MAX_INPUT_BYTES, slug_from_file_name};
use crate::import::{Declared, import};
use crate::lang::Language;
use crate::model::StatementId;
use crate::parse::Format;

#[derive(Template)]
#[template(path = "web/upload.html")]
pub struct UploadPage {
    pub chrome: Chrome,
    pub error: Option<String>,
    pub slug: String,
    pub slugs: Vec<String>,
    pub checklists: &'static [&'static str],
    pub formats: &'static [&'static str],
    pub languages: Vec<&'static str>,
}

pub fn render(
    desk: &Desk,
    chrome: Chrome,
    slug: &str,
    error: Option<String>,
) -> Result<String, PageError> {
    Ok(UploadPage {
        chrome,
        error,
        slug: slug.to_string(),
        slugs: desk.articles()?.into_iter().map(|a| a.slug).collect(),
        checklists: crate::checklist::builtin_names(),
        formats: Format::NAMES,
        languages: Language::ALL.iter().map(|l| l.code()).collect(),
    }
    .render()?)
}

/// The posted form: every field as text but the file.
#[derive(Debug, Default)]
pub struct Upload {
    /// `ingest` or `revise`.
    pub mode: String,
    pub slug: String,
    pub desk: String,
    /// The piece's writer (a reviewer with the writer role), for a new article.
    pub writer: String,
    pub checklist: String,
    pub format: String,
    pub encoding: String,
    pub lang: String,
    pub file_name: Option<String>,
    pub bytes: Vec<u8>,
}

impl Upload {
    /// Takes one multipart field's text value by name; unknown names are ignored.
    pub fn set(&mut self, name: &str, value: String) {
        let field = match name {
            "mode" => &mut self.mode,
            "slug" => &mut self.slug,
            "desk" => &mut self.desk,
            "writer" => &mut self.writer,
            "checklist" => &mut self.checklist,
            "format" => &mut self.format,
            "encoding" => &mut self.encoding,
            "lang" => &mut self.lang,
            _ => return,
        };
        *field = value.trim().to_string();
    }
}

/// What an upload did.
pub struct Uploaded {
    /// Where to go: the article's page.
    pub to: String,
    pub slug: String,
    pub revision: u32,
    /// A new revision (else a new article).
    pub revised: bool,
    /// The checked statements whose words changed (back in their queues).
    pub stale: Vec<StatementId>,
}

/// Reads the file and stores it as a new article or revision.
pub fn apply(desk: &Desk, upload: Upload) -> Result<Uploaded, PageError> {
    if upload.bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(PageError::new(
            axum::http::StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "the file is larger than {} MiB: send one article at a time",
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
        ));
    }
    let origin = upload
        .file_name
        .clone()
        .unwrap_or_else(|| "the uploaded file".into());
    let format = match upload.format.as_str() {
        "" => None,
        name => Some(Format::from_name(name).ok_or_else(|| {
            PageError::bad_request(format!(
                "unknown format '{name}' (expected one of: {})",
                Format::NAMES.join(", ")
            ))
        })?),
    };
    let language = match upload.lang.as_str() {
        "" => None,
        code => Some(
            Language::from_name(code)
                .ok_or_else(|| PageError::bad_request(format!("unknown language '{code}'")))?,
        ),
    };
    let declared = Declared {
        format,
        encoding: Some(upload.encoding.as_str()).filter(|e| !e.is_empty()),
    };
    if upload.bytes.is_empty() && upload.file_name.as_deref().is_none_or(str::is_empty) {
        return Err(PageError::bad_request("choose a file to upload"));
    }
    let imported = import(upload.bytes, upload.file_name.as_deref(), declared, &origin)
        .map_err(|e| PageError::bad_request(e.to_string()))?;
    let draft = Draft {
        text: &imported.text,
        format: imported.format,
        file_name: upload.file_name.as_deref(),
        original: imported.original.as_deref(),
        language,
    };
    match upload.mode.as_str() {
        "revise" => {
            if upload.slug.is_empty() {
                return Err(PageError::bad_request(
                    "name the article to revise: give its slug",
                ));
            }
            let outcome = desk.revise(&upload.slug, &draft)?;
            Ok(Uploaded {
                to: format!(
                    "/articles/{}?said=revised&n={}",
                    outcome.article,
                    outcome.stale.len()
                ),
                stale: outcome.stale.iter().map(|s| s.id).collect(),
                revision: outcome.revision,
                revised: true,
                slug: outcome.article,
            })
        }
        "ingest" => {
            let slug = match upload.slug.as_str() {
                "" => slug_from_file_name(upload.file_name.as_deref().unwrap_or("")),
                slug => slug.to_string(),
            };
            crate::desk::validate_slug(&slug)?;
            let name = Some(upload.checklist.as_str())
                .filter(|c| !c.is_empty())
                .unwrap_or(crate::checklist::DEFAULT_NAME);
            let checklist = Loaded::builtin(name).ok_or_else(|| {
                PageError::bad_request(format!(
                    "unknown checklist '{name}' (built in: {})",
                    crate::checklist::builtin_names().join(", ")
                ))
            })?;
            let outcome = desk.ingest(&IngestRequest {
                slug: &slug,
                desk: Some(upload.desk.as_str()).filter(|d| !d.is_empty()),
                writer: Some(upload.writer.as_str()).filter(|w| !w.is_empty()),
                checklist: &checklist,
                draft,
            })?;
            Ok(Uploaded {
                to: format!("/articles/{}?said=ingested", outcome.article),
                revision: outcome.revision,
                revised: false,
                slug: outcome.article,
                stale: vec![],
            })
        }
        other => Err(PageError::bad_request(format!(
            "'{other}' is neither a new article nor a new revision: choose one"
        ))),
    }
}
