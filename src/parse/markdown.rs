//! Markdown -> blocks, through pulldown-cmark's offset iterator: each paragraph, heading, list
//! item and block-quote paragraph becomes a block whose plain text has the markup removed
//! (emphasis marks, link targets, `>` prefixes) and whose map leads back to the source bytes.
//! Code blocks, HTML blocks, images and front matter carry no statements and become no block; a
//! paragraph that shows an image is a caption block, its text the image's caption.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::raw::{MappedText, RawBlock, RawKind};
use crate::model::Span;

/// The block being filled, with the source offset where its element opened.
struct Open {
    kind: RawKind,
    start: usize,
    plain: MappedText,
    /// End of the last piece of text appended, in the source.
    last_end: usize,
}

#[derive(Default)]
struct Reader {
    blocks: Vec<RawBlock>,
    open: Option<Open>,
    quote_depth: u32,
    item_depth: u32,
    /// Inside a code block, HTML block, image or front matter: text there is not read.
    skip_depth: u32,
}

impl Reader {
    fn kind_here(&self) -> RawKind {
        if self.item_depth > 0 {
            RawKind::ListItem
        } else if self.quote_depth > 0 {
            RawKind::BlockQuote
        } else {
            RawKind::Paragraph
        }
    }

    fn open(&mut self, kind: RawKind, start: usize) {
        self.close(None);
        self.open = Some(Open {
            kind,
            start,
            plain: MappedText::default(),
            last_end: start,
        });
    }

    /// Closes the open block; `element_end` is the end of its element when it closed with it.
    fn close(&mut self, element_end: Option<usize>) {
        let Some(open) = self.open.take() else {
            return;
        };
        if open.plain.is_blank() {
            return;
        }
        let end = element_end.unwrap_or(open.last_end).max(open.last_end);
        self.blocks.push(RawBlock {
            kind: open.kind,
            span: Span::new(open.start, end),
            plain: open.plain,
        });
    }

    /// Appends text read from `range` of the source; `text` is what the parser made of it. Text
    /// that opens its range (or code inside its backticks) is a copy; anything else (an entity,
    /// an escape) stands for its whole range.
    fn append(&mut self, source: &str, text: &str, range: Range<usize>, is_code: bool) {
        if self.skip_depth > 0 {
            return;
        }
        if self.open.is_none() {
            // Text after a nested list inside an item continues as a block of its own.
            self.open(self.kind_here(), range.start);
        }
        let open = self.open.as_mut().expect("a block is open");
        let raw = &source[range.clone()];
        let copied_at = if raw.starts_with(text) {
            Some(0)
        } else if is_code {
            raw.find(text)
        } else {
            None
        };
        match copied_at {
            Some(at) => open.plain.push_verbatim(text, range.start + at),
            None => open
                .plain
                .push_replacement(text, Span::new(range.start, range.end)),
        }
        open.last_end = range.end;
    }

    /// A line break inside a paragraph reads as one space.
    fn append_break(&mut self, range: Range<usize>) {
        if let Some(open) = self.open.as_mut().filter(|_| self.skip_depth == 0) {
            open.plain
                .push_replacement(" ", Span::new(range.start, range.end));
        }
    }

    fn event(&mut self, source: &str, event: Event, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag, range),
            Event::Text(text) => self.append(source, &text, range, false),
            Event::Code(text) => self.append(source, &text, range, true),
            Event::SoftBreak | Event::HardBreak => self.append_break(range),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag, range: Range<usize>) {
        match tag {
            Tag::Heading { level, .. } => {
                self.open(RawKind::Heading(heading_level(level)), range.start)
            }
            Tag::Paragraph => {
                let continues_item = self
                    .open
                    .as_ref()
                    .is_some_and(|open| open.kind == RawKind::ListItem && open.plain.is_blank());
                if !continues_item {
                    self.open(self.kind_here(), range.start);
                }
            }
            Tag::Item => {
                self.item_depth += 1;
                self.open(RawKind::ListItem, range.start);
            }
            Tag::List(_) => self.close(None),
            Tag::BlockQuote(_) => {
                self.close(None);
                self.quote_depth += 1;
            }
            Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_) => {
                self.close(None);
                self.skip_depth += 1;
            }
            Tag::Image { .. } => {
                if let Some(open) = self.open.as_mut().filter(|o| o.kind == RawKind::Paragraph) {
                    open.kind = RawKind::Caption;
                }
                self.skip_depth += 1;
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd, range: Range<usize>) {
        match tag {
            TagEnd::Heading(_) | TagEnd::Paragraph => self.close(Some(range.end)),
            TagEnd::Item => {
                self.close(None);
                self.item_depth -= 1;
            }
            TagEnd::BlockQuote(_) => {
                self.close(None);
                self.quote_depth -= 1;
            }
            TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) | TagEnd::Image => {
                self.skip_depth -= 1;
            }
            _ => {}
        }
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The blocks of a Markdown revision, in order.
pub fn read(source: &str) -> Vec<RawBlock> {
    let mut reader = Reader::default();
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        reader.event(source, event, range);
    }
    reader.close(None);
    for block in &mut reader.blocks {
        let trimmed = block.span.slice(source).trim_end();
        block.span = Span::new(block.span.start, block.span.start + trimmed.len());
    }
    reader.blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_plain(source: &str) -> Vec<(RawKind, String)> {
        read(source)
            .into_iter()
            .map(|b| (b.kind, b.plain.text().to_string()))
            .collect()
    }

    #[test]
    fn markup_is_removed_from_plain_text() {
        let source = "# Big *News* Today\n\nThe **agency** said [the report](https://example.com/r) was `final`.\n";
        assert_eq!(
            read_plain(source),
            [
                (RawKind::Heading(1), "Big News Today".to_string()),
                (
                    RawKind::Paragraph,
                    "The agency said the report was final.".to_string()
                )
            ]
        );
    }

    #[test]
    fn lists_quotes_and_code() {
        let source = "Intro line.\n\n- First item.\n- Second item\n  - nested item\n\n> A quoted line\n> that wraps.\n\n```\nlet x = 1;\n```\n";
        assert_eq!(
            read_plain(source),
            [
                (RawKind::Paragraph, "Intro line.".to_string()),
                (RawKind::ListItem, "First item.".to_string()),
                (RawKind::ListItem, "Second item".to_string()),
                (RawKind::ListItem, "nested item".to_string()),
                (RawKind::BlockQuote, "A quoted line that wraps.".to_string()),
            ]
        );
    }

    #[test]
    fn a_paragraph_with_an_image_is_a_caption() {
        let source =
            "![The library](lib.jpg)\n*Mayor Ann Kerr opens the 40th library.*\n\nBody text.\n";
        assert_eq!(
            read_plain(source),
            [
                (
                    RawKind::Caption,
                    " Mayor Ann Kerr opens the 40th library.".to_string()
                ),
                (RawKind::Paragraph, "Body text.".to_string())
            ]
        );
    }

    #[test]
    fn front_matter_is_not_read() {
        let source = "---\ntitle: Draft\n---\n\nBody text.\n";
        assert_eq!(
            read_plain(source),
            [(RawKind::Paragraph, "Body text.".to_string())]
        );
    }

    #[test]
    fn block_spans_cover_their_source() {
        let source = "## Section\n\nSome *text* here.\n";
        let blocks = read(source);
        assert_eq!(blocks[0].span.slice(source), "## Section");
        assert_eq!(blocks[1].span.slice(source), "Some *text* here.");
    }
}
