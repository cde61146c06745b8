//! A Word document (`.docx`) -> extracted text. A `.docx` is a ZIP archive of XML parts (read with
//! `zip` and `quick-xml`): `word/document.xml` holds the body, `word/styles.xml` names the styles
//! (so a German "Überschrift1" is still "heading 1"), `word/footnotes.xml` the footnotes, which
//! follow the body. Tracked deletions and comments are not text; tracked insertions are.

mod xml;

use std::io::{Cursor, Read};

use super::markdown_out::MarkdownOut;
use xml::{Block, BlockKind};

/// The most any one XML part may unpack to: far above a long feature, low enough that a
/// compressed "bomb" is refused instead of filling memory.
const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

/// Why a file is not a readable Word document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct DocxError(String);

/// The extracted text of a Word document.
pub fn extract(bytes: &[u8]) -> Result<String, DocxError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        DocxError(format!(
            "not a Word document (not a readable ZIP archive: {e}); save it from Word as .docx"
        ))
    })?;
    let document = part(&mut archive, "word/document.xml")?.ok_or_else(|| {
        DocxError(
            "a ZIP archive but not a Word document (it has no word/document.xml); save it from Word as .docx"
                .into(),
        )
    })?;
    let styles = match part(&mut archive, "word/styles.xml")? {
        Some(styles) => xml::style_names(&styles).map_err(bad_xml("word/styles.xml"))?,
        None => Default::default(),
    };
    let body = xml::blocks(&document, &styles).map_err(bad_xml("word/document.xml"))?;
    let footnotes = match part(&mut archive, "word/footnotes.xml")? {
        Some(notes) => xml::blocks(&notes, &styles).map_err(bad_xml("word/footnotes.xml"))?,
        None => Vec::new(),
    };
    Ok(write(&body, &footnotes))
}

fn bad_xml(part: &'static str) -> impl Fn(quick_xml::Error) -> DocxError {
    move |e| {
        DocxError(format!(
            "the Word document's {part} is not well-formed XML ({e}); open and save it again in Word"
        ))
    }
}

/// One XML part's text, or `None` when the archive has no such part.
fn part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, DocxError> {
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(DocxError(format!("cannot unpack {name}: {e}"))),
    };
    let mut text = String::new();
    file.take(MAX_PART_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| DocxError(format!("cannot read {name} as UTF-8 XML: {e}")))?;
    if text.len() as u64 > MAX_PART_BYTES {
        return Err(DocxError(format!(
            "{name} unpacks to more than {} MiB; this is not an article",
            MAX_PART_BYTES / 1024 / 1024
        )));
    }
    Ok(Some(text))
}

/// The body's blocks, then the footnotes'. With a Title, Heading 1 is a subhead (`##`); without
/// one, Heading 1 is the headline.
fn write(body: &[Block], footnotes: &[Block]) -> String {
    let has_title = body.iter().any(|b| b.kind == BlockKind::Title);
    let mut out = MarkdownOut::default();
    for block in body.iter().chain(footnotes) {
        match block.kind {
            BlockKind::Title => out.heading(1, &block.text),
            BlockKind::Heading(level) => {
                out.heading(if has_title { level + 1 } else { level }, &block.text)
            }
            BlockKind::ListItem | BlockKind::TableRow => out.list_item(&block.text),
            BlockKind::Quote => out.quote(&block.text),
            BlockKind::Caption => out.caption(&block.text),
            BlockKind::Paragraph => out.paragraph(&block.text),
        }
    }
    out.finish()
}

#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;
