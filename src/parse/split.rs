//! The sentence splitter: byte spans of the sentences of one paragraph.

use crate::model::Span;

/// The sentences of `text` as byte spans into it, trimmed of surrounding whitespace, in order.
pub fn sentences(text: &str) -> Vec<Span> {
    // Placeholder boundary rule (". " followed by a capital), replaced by the real splitter.
    let mut spans = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    for i in 0..bytes.len() {
        if matches!(bytes[i], b'.' | b'?' | b'!') && bytes.get(i + 1) == Some(&b' ') {
            push_trimmed(text, start, i + 1, &mut spans);
            start = i + 1;
        }
    }
    push_trimmed(text, start, text.len(), &mut spans);
    spans
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}
