//! Why some bytes are not an article, as data: the origin (a path, "standard input") and the
//! problem with the values it is about. The messages say what is wrong and what to do with the
//! file; a front end adds how to declare an encoding on it (the command line's `--encoding`).

/// Why some bytes are not an article, and where they came from.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}: {problem}")]
pub struct ImportError {
    pub origin: String,
    pub problem: ImportProblem,
}

impl ImportError {
    pub(super) fn new(origin: &str, problem: ImportProblem) -> ImportError {
        ImportError {
            origin: origin.to_string(),
            problem,
        }
    }
}

/// The WHATWG labels named when an encoding is unknown.
pub const ENCODING_EXAMPLES: &str =
    "utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1, iso-8859-15, macintosh";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportProblem {
    /// Bytes that are not valid UTF-8, with no encoding declared.
    #[error("not valid UTF-8 (byte 0x{byte:02X} at offset {offset}); save the file as UTF-8")]
    NotUtf8 { byte: u8, offset: usize },
    /// NUL bytes in undeclared bytes: a binary file, or UTF-16 without a byte-order mark.
    #[error(
        "looks like a binary file (a NUL byte at offset {offset}); give the article as text, Markdown, HTML or a Word .docx"
    )]
    NulByte { offset: usize },
    /// A NUL character in decoded text.
    #[error(
        "looks like a binary file (a NUL character at offset {offset} of the text); give the article as text, Markdown, HTML or a Word .docx"
    )]
    NulCharacter { offset: usize },
    /// A declared encoding label that names no encoding.
    #[error(
        "'{label}' is not an encoding factdesk knows; use a WHATWG label such as {ENCODING_EXAMPLES}"
    )]
    UnknownEncoding { label: String },
    /// Bytes not valid in the encoding declared (or named by the page).
    #[error("not valid {encoding} (at or after byte {offset})")]
    NotInEncoding {
        encoding: &'static str,
        offset: usize,
    },
    #[error(
        "{encoding} text with an odd number of bytes (the last one at offset {offset}); the file is cut short"
    )]
    OddUtf16 {
        encoding: &'static str,
        offset: usize,
    },
    #[error(
        "not valid {encoding} (an unpaired surrogate at offset {offset}); save the file again as UTF-8 or UTF-16"
    )]
    UnpairedSurrogate {
        encoding: &'static str,
        offset: usize,
    },
    /// An encoding declared for a Word document, which names its own.
    #[error("an encoding is for text files; a Word document names its own encoding")]
    EncodingForDocx,
    #[error(
        "an old binary Word (.doc) or Office file; save it as .docx (Word document) and try again"
    )]
    OldOffice,
    #[error("{0}")]
    Docx(super::docx::DocxError),
    /// Nothing left to check: `what` says what was empty.
    #[error("{what}; nothing to check")]
    Empty { what: &'static str },
}
