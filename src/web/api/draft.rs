//! A draft sent to the API, read the way the command line reads a file: JSON
//! `{"slug", "text", "format"}` or a multipart form with the file (any format `import` reads:
//! text, Markdown, a web page, a Word document), its size limited as the command line limits it.

use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{StatusCode, header};

use crate::desk::{Draft, MAX_INPUT_BYTES};
use crate::import::{Declared, import};
use crate::parse::Format;
use crate::web::WebError;

/// What came with the draft besides its text.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftFields {
    pub slug: Option<String>,
    /// Plain text of the draft (JSON only; a multipart form sends a file).
    pub text: Option<String>,
    /// `text`, `md`, `html` or `docx`; by default from the file name, else from the bytes.
    pub format: Option<String>,
    /// The text's encoding when it is not UTF-8 (multipart files only).
    pub encoding: Option<String>,
    /// A built-in checklist name (ingest only).
    pub checklist: Option<String>,
    /// The desk (section) the article belongs to (ingest only).
    pub desk: Option<String>,
    /// The writer's handle (ingest only).
    pub writer: Option<String>,
    /// The revision this draft was made from (revise only): refused with 409 if it is no
    /// longer the latest.
    pub base: Option<u32>,
    /// Multipart forms carry it for the CSRF check; not used here.
    pub csrf: Option<String>,
}

/// A draft read and checked, owning its text.
pub struct ReceivedDraft {
    pub fields: DraftFields,
    pub text: String,
    pub format: Format,
    pub file_name: Option<String>,
    pub original: Option<Vec<u8>>,
}

impl ReceivedDraft {
    pub fn draft(&self) -> Draft<'_> {
        Draft {
            text: &self.text,
            format: self.format,
            file_name: self.file_name.as_deref(),
            original: self.original.as_deref(),
            language: None,
        }
    }
}

fn too_large() -> WebError {
    WebError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        format!("the draft is larger than {MAX_INPUT_BYTES} bytes"),
        "an article may be at most 5 MiB",
    )
}

/// Reads a JSON or multipart request into a draft.
pub async fn receive(request: Request) -> Result<ReceivedDraft, WebError> {
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let (fields, bytes, file_name) = if content_type.starts_with("multipart/form-data") {
        multipart(request).await?
    } else if content_type.starts_with("application/json") {
        let body = axum::body::to_bytes(request.into_body(), usize::MAX)
            .await
            .map_err(|_| too_large())?;
        let mut fields: DraftFields = super::json::parse(&body)?;
        let text = fields.text.take().ok_or_else(|| {
            WebError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "the draft has no text",
                "send {\"slug\", \"text\", \"format\"}, or the file as multipart/form-data",
            )
        })?;
        (fields, text.into_bytes(), None)
    } else {
        return Err(WebError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("a draft cannot be sent as '{content_type}'"),
            "send application/json {\"slug\", \"text\", \"format\"} or multipart/form-data with a `file`",
        ));
    };
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(too_large());
    }
    let format = match fields.format.as_deref() {
        None | Some("") => None,
        Some(name) => Some(Format::from_name(name).ok_or_else(|| {
            WebError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("unknown format '{name}'"),
                format!("format is one of {}", Format::NAMES.join(", ")),
            )
        })?),
    };
    let declared = Declared {
        format,
        encoding: fields.encoding.as_deref().filter(|e| !e.is_empty()),
    };
    let origin = file_name.clone().unwrap_or_else(|| "the draft".into());
    let imported = import(bytes, file_name.as_deref(), declared, &origin).map_err(|e| {
        WebError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            e.to_string(),
            "send the article's text: UTF-8 (or name its encoding), Markdown, a web page or a Word document",
        )
    })?;
    Ok(ReceivedDraft {
        fields,
        text: imported.text,
        format: imported.format,
        file_name,
        original: imported.original,
    })
}

/// A multipart form: the `file` part and the fields beside it.
async fn multipart(request: Request) -> Result<(DraftFields, Vec<u8>, Option<String>), WebError> {
    let bad = |e: String| {
        WebError::bad_request(
            format!("the multipart form cannot be read: {e}"),
            "send the draft as the form's `file` field",
        )
    };
    let mut form = Multipart::from_request(request, &())
        .await
        .map_err(|e| bad(e.body_text()))?;
    let mut fields = DraftFields::default();
    let mut file: Option<(Vec<u8>, Option<String>)> = None;
    while let Some(field) = form.next_field().await.map_err(|e| bad(e.body_text()))? {
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            let file_name = field.file_name().map(str::to_string);
            let bytes = field.bytes().await.map_err(|e| bad(e.body_text()))?;
            if bytes.len() as u64 > MAX_INPUT_BYTES {
                return Err(too_large());
            }
            file = Some((bytes.to_vec(), file_name));
            continue;
        }
        let value = field.text().await.map_err(|e| bad(e.body_text()))?;
        let slot = match name.as_str() {
            "slug" => &mut fields.slug,
            "format" => &mut fields.format,
            "encoding" => &mut fields.encoding,
            "checklist" => &mut fields.checklist,
            "desk" => &mut fields.desk,
            "writer" => &mut fields.writer,
            "csrf" => &mut fields.csrf,
            "base" => {
                fields.base = Some(value.trim().parse().map_err(|_| {
                    WebError::bad_request(
                        format!("base '{value}' is not a revision number"),
                        "base is the revision the draft was made from, e.g. 2",
                    )
                })?);
                continue;
            }
            other => {
                return Err(WebError::bad_request(
                    format!("unknown form field '{other}'"),
                    "the fields are file, slug, format, encoding, checklist, desk, writer, base",
                ));
            }
        };
        *slot = Some(value).filter(|v| !v.trim().is_empty());
    }
    let (bytes, file_name) = file.ok_or_else(|| {
        WebError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "the form has no `file`",
            "attach the draft as the form's `file` field",
        )
    })?;
    Ok((fields, bytes, file_name))
}
