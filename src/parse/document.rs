//! Article structure: which block is the headline, the metadata line, a heading, the editor's
//! note or body, and the statements of the body. The format readers ([`text`](super::text),
//! [`markdown`](super::markdown)) say what the blocks are; the rules here say what they mean,
//! the same for both formats. See `docs/parsing.md`.

use super::raw::{RawBlock, RawKind};
use super::{Block, BlockRole, Format, ParsedRevision, ParsedStatement, kinds, markdown};
use super::{dateline, labels, metadata, shape, split, text};
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

/// How many body paragraphs may stand before the metadata line or the dateline: one, for a
/// standfirst (the summary a CMS puts under the headline, before the byline).
const TOP_BODY_PARAGRAPHS: u32 = 2;

/// The state carried from block to block while reading down the article.
#[derive(Default)]
struct Reader {
    metadata: Metadata,
    /// Body paragraphs read so far.
    body_paragraphs: u32,
    /// The top of the article (where metadata lines and the dateline stand) is over: a heading,
    /// list or quotation came, the dateline was found, or enough body paragraphs were read.
    past_top: bool,
    /// The previous block was an editor's note label standing alone.
    note_pending: bool,
}

impl Reader {
    fn in_top(&self) -> bool {
        !self.past_top && self.body_paragraphs < TOP_BODY_PARAGRAPHS
    }

    fn read_block(&mut self, index: usize, blocks: &[RawBlock]) -> Reading {
        let raw = &blocks[index];
        let line = raw.plain.text().trim();
        let number = index as u32 + 1;
        if raw.kind == RawKind::Paragraph {
            return self.read_paragraph(index, blocks);
        }
        if raw.kind == RawKind::Heading(1) && self.metadata.headline.is_none() {
            self.metadata.headline = Some(line.to_string());
            return Reading::structure(BlockRole::Headline);
        }
        self.past_top = true;
        match raw.kind {
            RawKind::ListItem => Reading::body(BlockRole::ListItem, 0),
            RawKind::BlockQuote => Reading::body(BlockRole::BlockQuote, 0),
            _ => {
                self.push_heading(line, number);
                Reading::structure(BlockRole::Heading)
            }
        }
    }

    fn read_paragraph(&mut self, index: usize, blocks: &[RawBlock]) -> Reading {
        let plain = blocks[index].plain.text();
        let line = plain.trim();
        if std::mem::take(&mut self.note_pending) {
            self.metadata.editors_notes.push(line.to_string());
            return Reading::body(BlockRole::EditorsNote, 0);
        }
        if let Some(at) = labels::editors_note(plain) {
            let note = plain[at..].trim();
            if note.is_empty() {
                self.note_pending = true;
                return Reading::structure(BlockRole::EditorsNoteLabel);
            }
            self.metadata.editors_notes.push(note.to_string());
            return Reading::body(BlockRole::EditorsNote, at);
        }
        if index == 0 && is_headline(line, blocks.get(1)) {
            self.metadata.headline = Some(line.to_string());
            return Reading::structure(BlockRole::Headline);
        }
        if self.in_top() {
            if let Some(found) = metadata::read_metadata_line(line) {
                self.merge(found);
                return Reading::structure(BlockRole::Metadata);
            }
        }
        if labels::is_credit_line(line) {
            return Reading::structure(BlockRole::Metadata);
        }
        // A heading introduces what follows it: the last block is never one.
        if index + 1 < blocks.len() && shape::looks_like_heading(line) {
            self.past_top = true;
            self.push_heading(line, index as u32 + 1);
            return Reading::structure(BlockRole::Heading);
        }
        let mut from = 0;
        if self.in_top() {
            if let Some((dateline, at)) = dateline::dateline(plain) {
                self.metadata.dateline = Some(dateline.to_string());
                self.past_top = true;
                from = at;
            }
        }
        self.body_paragraphs += 1;
        Reading::body(BlockRole::Body, from)
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

/// A first block is the headline when another block follows and it reads like one (and not
/// like a metadata line): Title Case, or headline-sized when a metadata line follows it.
fn is_headline(line: &str, next: Option<&RawBlock>) -> bool {
    let Some(next) = next else {
        return false;
    };
    if metadata::read_metadata_line(line).is_some() {
        return false;
    }
    shape::looks_like_headline(line)
        || (shape::is_headline_sized(line)
            && metadata::read_metadata_line(next.plain.text().trim()).is_some())
}

/// The statements of one body block: its sentences from plain offset `from` on, with spans
/// mapped back to the revision text. The block's line breaks were judged soft when it was read
/// (a hard-wrapped paragraph), so the splitter sees them as spaces: same bytes, same offsets.
fn statements_of(
    raw: &RawBlock,
    number: u32,
    from: usize,
) -> impl Iterator<Item = ParsedStatement> {
    let plain = raw.plain.text();
    let flat = plain[from..].replace(['\n', '\r'], " ");
    split::sentences(&flat)
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
