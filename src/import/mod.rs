//! What a desk is sent -> article text. Bytes are decoded ([`decode`]); a web page ([`html`]) or
//! a Word document ([`docx`]) is turned into the *extracted text*: CommonMark that the Markdown
//! reader gives each element its role from (`#` headline, `##` subheads, `-` list items, `>`
//! quotations), and that statement spans point into. The original file is kept verbatim beside
//! it. See `docs/parsing.md` ("Formats and encodings").
//!
//! Pure: bytes in, text out. The caller reads files and refuses what is too large.

mod decode;
pub mod docx;
mod error;
pub mod html;
mod markdown_out;

use crate::parse::Format;

pub use error::{ENCODING_EXAMPLES, ImportError, ImportProblem};

/// Whether `label` names an encoding the importer can read (a WHATWG label, as `--encoding`
/// takes): a front end checks the word before it reads any file.
pub fn is_known_encoding(label: &str) -> bool {
    encoding_rs::Encoding::for_label(label.trim().as_bytes()).is_some()
}

/// What the user said about the input (`--format`, `--encoding`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Declared<'a> {
    pub format: Option<Format>,
    /// An encoding label for text formats: `windows-1252`, `latin1`, `utf-16le`…
    pub encoding: Option<&'a str>,
}

/// An article as received and as it will be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The text statements are read from: the file's own text for plain text and Markdown, the
    /// extracted text for HTML and Word.
    pub text: String,
    pub format: Format,
    /// The file as received, when the text is extracted from it (HTML, Word).
    pub original: Option<Vec<u8>>,
}

/// A ZIP archive's first bytes: a `.docx` is one.
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// An old binary Office file's first bytes (a `.doc`).
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Reads `bytes` as an article. The format is the declared one, else the file name's extension
/// (`.md`, `.html`/`.htm`, `.docx`), else what the bytes show (a ZIP is a Word document, a text
/// opening with `<!DOCTYPE html` or `<html` is a web page), else plain text.
pub fn import(
    bytes: Vec<u8>,
    file_name: Option<&str>,
    declared: Declared<'_>,
    origin: &str,
) -> Result<Imported, ImportError> {
    let named = file_name.and_then(Format::from_file_name);
    let format = declared.format.or(named);
    if format == Some(Format::Docx) || (format.is_none() && bytes.starts_with(ZIP_MAGIC)) {
        if declared.encoding.is_some() {
            return Err(ImportError::new(origin, ImportProblem::EncodingForDocx));
        }
        let text =
            docx::extract(&bytes).map_err(|e| ImportError::new(origin, ImportProblem::Docx(e)))?;
        return finish(text, Format::Docx, Some(bytes), origin);
    }
    if bytes.starts_with(OLE_MAGIC) {
        return Err(ImportError::new(origin, ImportProblem::OldOffice));
    }
    // A saved page that is not UTF-8 names its encoding in a <meta> tag, as browsers read it.
    let page_charset = match (declared.encoding, format) {
        (None, Some(Format::Html) | None) if std::str::from_utf8(&bytes).is_err() => {
            html::declared_charset(&bytes)
        }
        _ => None,
    };
    let decoded = decode::decode(
        &bytes,
        declared.encoding.or(page_charset.as_deref()),
        origin,
    )?;
    let format = format.unwrap_or_else(|| sniff(&decoded));
    match format {
        Format::Html => {
            let text = html::extract(&decoded);
            finish(text, Format::Html, Some(bytes), origin)
        }
        _ => finish(decoded, format, None, origin),
    }
}

/// A format the bytes themselves show, for standard input and names without a telling extension.
fn sniff(text: &str) -> Format {
    let head: String = text
        .trim_start()
        .chars()
        .take(20)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        Format::Html
    } else {
        Format::Text
    }
}

fn finish(
    text: String,
    format: Format,
    original: Option<Vec<u8>>,
    origin: &str,
) -> Result<Imported, ImportError> {
    if text.trim().is_empty() {
        let what = match format {
            Format::Html => {
                "the page holds no article text (nothing left once navigation, scripts and other page furniture are set aside)"
            }
            Format::Docx => "the Word document holds no text",
            _ => "the file is empty (nothing but whitespace)",
        };
        return Err(ImportError::new(origin, ImportProblem::Empty { what }));
    }
    Ok(Imported {
        text,
        format,
        original,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(bytes: &[u8], name: Option<&str>) -> Result<Imported, ImportError> {
        import(bytes.to_vec(), name, Declared::default(), "input")
    }

    #[test]
    fn plain_text_keeps_its_bytes_and_no_original() {
        let imported = plain(b"\xEF\xBB\xBFHeadline\n\nBody.\n", Some("a.txt")).unwrap();
        assert_eq!(imported.text, "Headline\n\nBody.\n");
        assert_eq!(imported.format, Format::Text);
        assert_eq!(imported.original, None);
    }

    #[test]
    fn the_format_comes_from_the_declaration_then_the_name_then_the_bytes() {
        let md = b"# Title\n\nBody.\n";
        assert_eq!(plain(md, Some("a.md")).unwrap().format, Format::Markdown);
        assert_eq!(plain(md, None).unwrap().format, Format::Text);
        let declared = Declared {
            format: Some(Format::Markdown),
            encoding: None,
        };
        let stdin = import(md.to_vec(), None, declared, "standard input").unwrap();
        assert_eq!(stdin.format, Format::Markdown);
        let page = b"<!DOCTYPE html><html><body><p>Body text here.</p></body></html>";
        let sniffed = plain(page, None).unwrap();
        assert_eq!(sniffed.format, Format::Html);
        assert_eq!(sniffed.original.as_deref(), Some(&page[..]));
    }

    #[test]
    fn a_page_that_is_not_utf8_is_read_in_the_charset_it_declares() {
        let page = b"<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'></head><body><h1>Caf\xE9 Prices Rise</h1><p>The \x93caf\xE9 tax\x94 rose to \xA33 on Monday, the council said.</p></body></html>";
        let imported = plain(page, Some("page.htm")).unwrap();
        assert!(
            imported.text.contains("“café tax” rose to £3"),
            "{}",
            imported.text
        );
        assert_eq!(imported.original.as_deref(), Some(&page[..]));
        // The same bytes as plain text say nothing of their encoding and are refused.
        assert!(matches!(
            plain(page, Some("page.txt")).unwrap_err().problem,
            ImportProblem::NotUtf8 { .. }
        ));
    }

    #[test]
    fn empty_inputs_say_what_was_empty() {
        assert!(
            plain(b" \n\t\n", None)
                .unwrap_err()
                .to_string()
                .contains("empty")
        );
        let page = b"<html><body><nav><a href=/>Home</a></nav><script>x()</script></body></html>";
        let err = plain(page, Some("p.html")).unwrap_err().to_string();
        assert!(err.contains("no article text"), "{err}");
    }

    #[test]
    fn a_zip_that_is_not_a_word_document_is_refused_clearly() {
        let err = plain(b"PK\x03\x04garbage", Some("draft.docx"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("input: "), "{err}");
        assert!(err.contains("Word"), "{err}");
    }
}
