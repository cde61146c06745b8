//! Article structure: which block is the headline, the metadata line, a heading, the editor's
//! note or body, and the statements of the body. The format readers ([`text`](super::text),
//! [`markdown`](super::markdown)) say what the blocks are; the rules here say what they mean,
//! the same for both formats. See `docs/parsing.md`.

use super::raw::{RawBlock, RawKind};
use super::{Block, BlockRole, Format, ParsedRevision, ParsedStatement, kinds, markdown};
use super::{metadata, shape, split, text};
use crate::model::{Heading, Metadata, Span};

/// What the rules decided about one block: its role, and where in its plain text the statements
/// begin (`None` when it holds none).
struct Reading {
    role: BlockRole,
    statements_from: Option<usize>,
}

impl Reading {
    fn structure(role: BlockRole) -> Reading {
        Reading {
            role,
            statements_from: None,
        }
    }

    fn body(role: BlockRole, from: usize) -> Reading {
        Reading {
            role,
            statements_from: Some(from),
        }
    }
}

/// The state carried from block to block while reading down the article.
#[derive(Default)]
struct Reader {
    metadata: Metadata,
    /// Body text has begun: metadata lines are no longer expected.
    body_seen: bool,
    /// The first body paragraph has been looked at for a dateline.
    dateline_checked: bool,
    /// The previous block was an editor's note label standing alone.
    note_pending: bool,
}

impl Reader {
    fn read_block(&mut self, index: usize, blocks: &[RawBlock]) -> Reading {
        let raw = &blocks[index];
        let plain = raw.plain.text();
        let line = plain.trim();
        let number = index as u32 + 1;
        let reading = match raw.kind {
            RawKind::Heading(1) if self.metadata.headline.is_none() => {
                self.metadata.headline = Some(line.to_string());
                return Reading::structure(BlockRole::Headline);
            }
            RawKind::Heading(_) => {
                self.push_heading(line, number);
                Reading::structure(BlockRole::Heading)
            }
            RawKind::ListItem => Reading::body(BlockRole::ListItem, 0),
            RawKind::BlockQuote => Reading::body(BlockRole::BlockQuote, 0),
            RawKind::Paragraph => return self.read_paragraph(index, blocks),
        };
        self.body_seen = true;
        reading
    }

    fn read_paragraph(&mut self, index: usize, blocks: &[RawBlock]) -> Reading {
        let plain = blocks[index].plain.text();
        let line = plain.trim();
        if std::mem::take(&mut self.note_pending) {
            self.metadata.editors_notes.push(line.to_string());
            return Reading::body(BlockRole::EditorsNote, 0);
        }
        if let Some(at) = metadata::editors_note(plain) {
            let note = plain[at..].trim();
            if note.is_empty() {
                self.note_pending = true;
                return Reading::structure(BlockRole::EditorsNoteLabel);
            }
            self.metadata.editors_notes.push(note.to_string());
            return Reading::body(BlockRole::EditorsNote, at);
        }
        if !self.body_seen {
            if let Some(found) = metadata::read_metadata_line(line) {
                self.merge(found);
                return Reading::structure(BlockRole::Metadata);
            }
            if index == 0 && self.is_headline(line, blocks.get(1)) {
                self.metadata.headline = Some(line.to_string());
                return Reading::structure(BlockRole::Headline);
            }
        }
        self.body_seen = true;
        if shape::looks_like_heading(line) {
            self.push_heading(line, index as u32 + 1);
            return Reading::structure(BlockRole::Heading);
        }
        let mut from = 0;
        if !std::mem::replace(&mut self.dateline_checked, true) {
            if let Some((dateline, at)) = metadata::dateline(plain) {
                self.metadata.dateline = Some(dateline.to_string());
                from = at;
            }
        }
        Reading::body(BlockRole::Body, from)
    }

    /// A first block is the headline when another block follows and it reads like one: Title
    /// Case, or headline-sized when a metadata line follows it.
    fn is_headline(&self, line: &str, next: Option<&RawBlock>) -> bool {
        let Some(next) = next else {
            return false;
        };
        shape::looks_like_headline(line)
            || (shape::is_headline_sized(line)
                && metadata::read_metadata_line(next.plain.text().trim()).is_some())
    }

    fn push_heading(&mut self, line: &str, number: u32) {
        self.metadata.headings.push(Heading {
            text: shape::heading_text(line).to_string(),
            paragraph: number,
        });
    }

    fn merge(&mut self, found: metadata::MetadataLine) {
        let metadata = &mut self.metadata;
        if metadata.published.is_none() {
            metadata.published = found.published;
        }
        if metadata.reading_time.is_none() {
            metadata.reading_time = found.reading_time;
        }
        if metadata.outlet.is_none() {
            metadata.outlet = found.outlet;
        }
        metadata.bylines.extend(found.bylines);
    }
}

/// The statements of one body block: its sentences from plain offset `from` on, with spans
/// mapped back to the revision text.
fn statements_of(
    raw: &RawBlock,
    number: u32,
    from: usize,
) -> impl Iterator<Item = ParsedStatement> {
    let plain = raw.plain.text();
    split::sentences(&plain[from..])
        .into_iter()
        .enumerate()
        .map(move |(i, sentence)| {
            let in_plain: Span = sentence.shift(from);
            let text = in_plain.slice(plain).to_string();
            ParsedStatement {
                kinds: kinds::classify(&text),
                text,
                span: raw.plain.source_span(in_plain),
                paragraph: number,
                position: i as u32 + 1,
            }
        })
}

pub fn parse(text: &str, format: Format) -> ParsedRevision {
    let raw_blocks = match format {
        Format::Text => text::read(text),
        Format::Markdown => markdown::read(text),
    };
    let mut reader = Reader::default();
    reader.metadata.format = match format {
        Format::Text => "text",
        Format::Markdown => "markdown",
    }
    .to_string();
    let mut blocks = Vec::with_capacity(raw_blocks.len());
    let mut statements = Vec::new();
    for (index, raw) in raw_blocks.iter().enumerate() {
        let number = index as u32 + 1;
        let reading = reader.read_block(index, &raw_blocks);
        blocks.push(Block {
            number,
            role: reading.role,
            span: raw.span,
        });
        if let Some(from) = reading.statements_from {
            statements.extend(statements_of(raw, number, from));
        }
    }
    ParsedRevision {
        metadata: reader.metadata,
        blocks,
        statements,
    }
}

#[cfg(test)]
mod tests;
