//! Characters that change how text is displayed without being seen (issue 11): controls (ESC,
//! BEL, ...) and the bidirectional marks, embeddings, overrides and isolates. A reviewer named
//! with U+202E reads reversed; a link to `…/\u{202e}lmth.exe` displays as `…/exe.html`. Every
//! output shows them visibly instead of obeying them.

/// A control other than line break and tab, or an invisible direction control.
pub fn is_hidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// A letter written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, ...): next to it,
/// neutral characters (digits, punctuation) can move in display, so the string needs isolating.
pub fn is_right_to_left(c: char) -> bool {
    matches!(
        c,
        '\u{0590}'..='\u{08ff}'
            | '\u{fb1d}'..='\u{fdff}'
            | '\u{fe70}'..='\u{feff}'
            | '\u{10800}'..='\u{10fff}'
            | '\u{1e800}'..='\u{1efff}'
    )
}

/// The visible name of a hidden character: `<U+202E>`.
pub fn visible_name(c: char) -> String {
    format!("<U+{:04X}>", c as u32)
}
