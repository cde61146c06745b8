//! File -> revision: the text as received becomes its metadata and its checkable statements.
//!
//! [`split`] finds sentence boundaries; [`kinds`] says what sort of fact a sentence carries;
//! [`document`] recognises the structure of an article (headline, metadata line, dateline,
//! headings, editor's note, paragraphs), for plain text and Markdown.

pub mod coverage;
mod dateline;
pub mod document;
pub mod kinds;
mod labels;
mod markdown;
mod metadata;
mod pull_quotes;
mod raw;
mod shape;
pub mod split;
mod text;

#[cfg(test)]
pub(crate) mod pathological;

use serde::Serialize;

use crate::lang::Language;
use crate::model::{Element, KindSet, Metadata, Part, Span};

/// How a file's text is to be read. For `Html` and `Docx` the text is the extracted text
/// (CommonMark written by [`crate::import`]), read by the Markdown reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Docx,
}

impl Format {
    /// The names `--format` accepts, and the one each format is stored under.
    pub const NAMES: &'static [&'static str] = &["text", "md", "html", "docx"];

    /// `text`, `md` (or `markdown`), `html`, `docx`.
    pub fn from_name(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "text" | "txt" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }

    /// The format a file name's extension tells, if it tells one: `.md`/`.markdown`,
    /// `.html`/`.htm`, `.docx`, `.txt`/`.text`.
    pub fn from_file_name(name: &str) -> Option<Format> {
        let (_, ext) = name.rsplit_once('.')?;
        Format::from_name(ext)
    }

    /// Whether the text is read by the Markdown reader: Markdown itself, and the extracted text
    /// of a web page or a Word document.
    pub fn reads_as_markdown(self) -> bool {
        self != Format::Text
    }

    /// As stored in a revision's metadata: `text`, `markdown`, `html`, `docx`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }
}

/// What a paragraph (block) of the revision is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockRole {
    Headline,
    /// The line with date, time, reading time, byline and outlet.
    Metadata,
    Heading,
    /// The standfirst between the headline and the metadata line.
    Deck,
    /// A paragraph opened by a caption label ("Photo:").
    Caption,
    Body,
    ListItem,
    BlockQuote,
    /// The label of an editor's note ("Editor's Note:") when it stands on its own line.
    EditorsNoteLabel,
    EditorsNote,
}

/// One paragraph-level block of the revision, numbered from 1 in the order of the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    pub number: u32,
    pub role: BlockRole,
    pub span: Span,
}

/// One checkable statement as parsed, before it has an id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParsedStatement {
    /// The statement as a reader sees it: for plain text exactly the spanned text; for Markdown
    /// with the markup (emphasis marks, link targets) removed.
    pub text: String,
    /// Byte range into the revision text.
    pub span: Span,
    /// The 1-based number of the block it stands in.
    pub paragraph: u32,
    /// 1-based position within its paragraph.
    pub position: u32,
    pub kinds: KindSet,
    /// Where it stands on the page: headline, body, list item...
    pub element: Element,
    /// The words that triggered each kind, when the parse was asked for them
    /// ([`parse_explained`]): found in the same pass that found the kinds, kept as ranges of
    /// `text`.
    #[serde(skip)]
    pub reasons: Option<kinds::Reasons>,
}

/// A revision's text understood: its metadata, its blocks, its statements and the named parts
/// that are not statements, each in article order. Every non-whitespace byte of the text lies in
/// a statement's span or a part's ([`coverage`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParsedRevision {
    pub metadata: Metadata,
    pub blocks: Vec<Block>,
    pub statements: Vec<ParsedStatement>,
    pub parts: Vec<Part>,
}

/// Parses a revision's full text, in the language it is detected to be in.
pub fn parse(text: &str, format: Format) -> ParsedRevision {
    parse_in(text, format, None)
}

/// Parses a revision's full text in `language`, or in the one detected when `None`.
pub fn parse_in(text: &str, format: Format, language: Option<Language>) -> ParsedRevision {
    parse_with(text, format, language, false)
}

/// [`parse_in`], with each statement's kind reasons (`ParsedStatement::reasons`) found in the
/// same pass over its words as its kinds: what `split --json` shows.
pub fn parse_explained(text: &str, format: Format, language: Option<Language>) -> ParsedRevision {
    parse_with(text, format, language, true)
}

fn parse_with(
    text: &str,
    format: Format,
    language: Option<Language>,
    explain: bool,
) -> ParsedRevision {
    let language = language.unwrap_or_else(|| crate::lang::detect(text));
    let mut parsed = document::parse_with(text, format, language, explain);
    parsed.metadata.language = Some(language.code().to_string());
    parsed
}
