//! A block as a format reader found it, before the document rules give it a role: its plain text
//! (what a reader sees) and the map from that text back to the bytes of the source.
//!
//! Plain text keeps its blocks verbatim, so the map is one piece. Markdown drops markup (emphasis
//! marks, link targets, `>` prefixes), so its plain text is stitched from pieces of the source and
//! the map has one segment per piece.

use crate::model::Span;

/// What the format itself says a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawKind {
    Paragraph,
    /// A Markdown heading, with its level (1 for `#`).
    Heading(u8),
    ListItem,
    BlockQuote,
    /// A paragraph that shows an image: its text is the image's caption.
    Caption,
}

/// One piece of plain text and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    /// Start of the piece in the plain text.
    plain: usize,
    /// Length of the piece in the plain text.
    len: usize,
    /// The source bytes it stands for.
    source: Span,
    /// True when the piece is a byte-for-byte copy of `source` (so offsets inside it map one to
    /// one); false for a replacement (an entity, a line break read as a space).
    verbatim: bool,
}

/// A block's plain text with its map back into the source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MappedText {
    text: String,
    segments: Vec<Segment>,
}

impl MappedText {
    /// A block whose plain text is exactly `source[span]`.
    pub fn verbatim(source: &str, span: Span) -> MappedText {
        let mut mapped = MappedText::default();
        mapped.push_verbatim(span.slice(source), span.start);
        mapped
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Appends `piece`, copied from the source at `source_start`.
    pub fn push_verbatim(&mut self, piece: &str, source_start: usize) {
        if piece.is_empty() {
            return;
        }
        self.segments.push(Segment {
            plain: self.text.len(),
            len: piece.len(),
            source: Span::new(source_start, source_start + piece.len()),
            verbatim: true,
        });
        self.text.push_str(piece);
    }

    /// Appends `piece`, which stands for the source bytes `source` without copying them.
    pub fn push_replacement(&mut self, piece: &str, source: Span) {
        if piece.is_empty() {
            return;
        }
        self.segments.push(Segment {
            plain: self.text.len(),
            len: piece.len(),
            source,
            verbatim: false,
        });
        self.text.push_str(piece);
    }

    /// The source bytes covered by the plain-text range `plain`: from the source position of its
    /// first byte to the source position just after its last byte.
    pub fn source_span(&self, plain: Span) -> Span {
        if plain.is_empty() || self.segments.is_empty() {
            let at = self.source_start(plain.start.min(self.text.len().saturating_sub(1)));
            return Span::new(at, at);
        }
        Span::new(
            self.source_start(plain.start),
            self.source_end(plain.end - 1),
        )
    }

    fn segment_at(&self, plain_offset: usize) -> &Segment {
        let index = self
            .segments
            .partition_point(|segment| segment.plain + segment.len <= plain_offset);
        &self.segments[index.min(self.segments.len() - 1)]
    }

    /// Where the plain byte at `plain_offset` starts in the source.
    fn source_start(&self, plain_offset: usize) -> usize {
        let segment = self.segment_at(plain_offset);
        if segment.verbatim {
            segment.source.start + (plain_offset - segment.plain).min(segment.len)
        } else {
            segment.source.start
        }
    }

    /// Where the plain byte at `plain_offset` ends in the source (exclusive).
    fn source_end(&self, plain_offset: usize) -> usize {
        let segment = self.segment_at(plain_offset);
        if segment.verbatim {
            segment.source.start + (plain_offset - segment.plain + 1).min(segment.len)
        } else {
            segment.source.end
        }
    }
}

/// A block as read: what the format says it is, its source span and its plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawBlock {
    pub kind: RawKind,
    pub span: Span,
    pub plain: MappedText,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbatim_text_maps_one_to_one() {
        let source = "xx Hello world.";
        let mapped = MappedText::verbatim(source, Span::new(3, source.len()));
        assert_eq!(mapped.text(), "Hello world.");
        let span = mapped.source_span(Span::new(6, 12));
        assert_eq!(span.slice(source), "world.");
    }

    #[test]
    fn stitched_text_maps_each_piece_back() {
        // "*Hi* [there](u) &amp; you" read as "Hi there & you".
        let source = "*Hi* [there](u) &amp; you";
        let mut mapped = MappedText::default();
        mapped.push_verbatim("Hi", 1);
        mapped.push_verbatim(" ", 4);
        mapped.push_verbatim("there", 6);
        mapped.push_verbatim(" ", 15);
        mapped.push_replacement("&", Span::new(16, 21));
        mapped.push_verbatim(" you", 21);
        assert_eq!(mapped.text(), "Hi there & you");
        assert_eq!(
            mapped.source_span(Span::new(0, 8)).slice(source),
            "Hi* [there"
        );
        assert_eq!(mapped.source_span(Span::new(9, 10)).slice(source), "&amp;");
        assert_eq!(
            mapped.source_span(Span::new(3, 14)).slice(source),
            "there](u) &amp; you"
        );
    }
}
