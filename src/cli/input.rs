//! Reading an article file for `split`, `ingest` and `revise`: the options that say how to read
//! it (`--format`, `--encoding`, `--lang`) and the one function that turns a path into a draft.

use std::path::Path;

use super::{Failure, values};
use crate::desk::{Draft, MAX_INPUT_BYTES};
use crate::import::{Declared, import};
use crate::lang::Language;
use crate::parse::Format;

/// How to read the article files.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct InputArgs {
    /// How to read the input. By default from the file's extension
    /// (.md, .html/.htm, .docx), else from the bytes (a ZIP is a Word document, a text opening
    /// with <!DOCTYPE html> is a web page), else plain text. Needed for standard input in
    /// Markdown.
    #[arg(long, value_name = "FORMAT", value_parser = values::input_format())]
    pub format: Option<Format>,
    /// The text's encoding when it is not UTF-8 (UTF-8 and UTF-16 with a byte-order mark are
    /// recognised): a WHATWG label such as windows-1252, latin1, iso-8859-15, utf-16le.
    #[arg(long, value_name = "NAME", value_parser = values::encoding)]
    pub encoding: Option<String>,
    /// The article's language (its code, or its name in English). Detected from the text by default.
    #[arg(long, value_name = "LANG", value_parser = values::language())]
    pub lang: Option<Language>,
}

/// A file read and checked: the text to read statements from, how to read it, where it came
/// from, and the original file when the text was extracted from it.
pub struct ReadDraft {
    pub text: String,
    pub format: Format,
    pub file_name: Option<String>,
    pub original: Option<Vec<u8>>,
    pub language: Option<Language>,
}

impl ReadDraft {
    pub fn draft(&self) -> Draft<'_> {
        Draft {
            text: &self.text,
            format: self.format,
            file_name: self.file_name.as_deref(),
            original: self.original.as_deref(),
            language: self.language,
        }
    }
}

/// Reads an article file (or standard input for `-`), refusing what is not an article.
pub fn read_draft(path: &Path, how: &InputArgs) -> Result<ReadDraft, Failure> {
    let stdin = path == Path::new("-");
    let origin = if stdin {
        "standard input".to_string()
    } else {
        path.display().to_string()
    };
    // Devices and pipes are refused and the limit counts the bytes read (crate::bounded).
    let bytes = crate::bounded::read_limited(path, MAX_INPUT_BYTES, "one article")?;
    let file_name = (!stdin)
        .then(|| path.file_name().map(|n| n.to_string_lossy().into_owned()))
        .flatten();
    let declared = Declared {
        format: how.format,
        encoding: how.encoding.as_deref(),
    };
    let imported = import(bytes, file_name.as_deref(), declared, &origin)?;
    Ok(ReadDraft {
        text: imported.text,
        format: imported.format,
        file_name,
        original: imported.original,
        language: how.lang,
    })
}
