//! Article structure: paragraphs, headline, metadata line, dateline, headings, editor's note.

use super::{Block, BlockRole, Format, ParsedRevision, ParsedStatement, kinds, split};
use crate::model::{Metadata, Span};

pub fn parse(text: &str, format: Format) -> ParsedRevision {
    let mut metadata = Metadata {
        format: match format {
            Format::Text => "text",
            Format::Markdown => "markdown",
        }
        .to_string(),
        ..Metadata::default()
    };
    metadata.headline = None;
    let mut blocks = Vec::new();
    let mut statements = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let number = blocks.len() as u32 + 1;
            let start = offset + (line.len() - line.trim_start().len());
            let span = Span::new(start, start + trimmed.len());
            blocks.push(Block {
                number,
                role: BlockRole::Body,
                span,
            });
            for (i, s) in split::sentences(trimmed).into_iter().enumerate() {
                let span = s.shift(start);
                statements.push(ParsedStatement {
                    text: span.slice(text).to_string(),
                    span,
                    paragraph: number,
                    position: i as u32 + 1,
                    kinds: kinds::classify(span.slice(text)),
                });
            }
        }
        offset += line.len();
    }
    ParsedRevision {
        metadata,
        blocks,
        statements,
    }
}
