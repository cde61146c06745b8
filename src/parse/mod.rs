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
mod raw;
mod shape;
pub mod split;
mod text;

#[cfg(test)]
pub(crate) mod pathological;

use serde::Serialize;

use crate::model::{Element, KindSet, Metadata, Part, Span};

/// How a file's text is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
}

impl Format {
    /// `.md` and `.markdown` files are Markdown; everything else is plain text.
    pub fn from_path(path: &std::path::Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
        {
            Some(ext) if ext == "md" || ext == "markdown" => Format::Markdown,
            _ => Format::Text,
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

/// Parses a revision's full text.
pub fn parse(text: &str, format: Format) -> ParsedRevision {
    document::parse(text, format)
}
