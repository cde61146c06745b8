//! Byte-level scanning: whitespace gaps, tokens (maximal runs of non-space characters) and the
//! punctuation at their edges.
//!
//! Everything here reads bytes through one 256-entry class table; multibyte characters are only
//! decoded where one of the few non-ASCII marks we care about (curly quotes, the ellipsis, Unicode
//! spaces) can start, so the hot loop stays a table lookup per byte.

/// Byte classes, combined as bit flags.
pub(super) const SPACE: u8 = 1;
pub(super) const LETTER: u8 = 1 << 1;
pub(super) const DIGIT: u8 = 1 << 2;
pub(super) const DOT: u8 = 1 << 3;
/// `"`, brackets: anything that can open or close a protected region.
pub(super) const QUOTE_OR_BRACKET: u8 = 1 << 4;
/// `@` and `/`: the token is an e-mail address, URL or path, never split inside.
pub(super) const ADDRESS: u8 = 1 << 5;
pub(super) const NON_ASCII: u8 = 1 << 6;

static CLASS: [u8; 256] = build_class_table();

const fn build_class_table() -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = match c {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => SPACE,
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            b'0'..=b'9' => DIGIT,
            b'.' => DOT,
            b'"' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => QUOTE_OR_BRACKET,
            b'@' | b'/' => ADDRESS,
            0x80..=0xff => NON_ASCII,
            _ => 0,
        };
        b += 1;
    }
    table
}

/// One maximal run of non-space characters: `[start, end)` in bytes, with the classes of its
/// ASCII bytes or-ed together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Token {
    pub start: usize,
    pub end: usize,
    pub flags: u8,
}

impl Token {
    pub fn has(self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

/// The whitespace before a token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Gap {
    /// Line breaks in the gap; two or more make a paragraph break.
    pub newlines: u32,
    /// The gap is only no-break spaces: the writer asked for no break here.
    pub only_no_break: bool,
}

impl Gap {
    pub fn paragraph_break(self) -> bool {
        self.newlines >= 2
    }

    pub fn line_break(self) -> bool {
        self.newlines >= 1
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum UnicodeSpace {
    NotSpace,
    Plain,
    NoBreak,
    LineBreak,
    ParagraphBreak,
}

/// Whether the multibyte character at `i` is white space (`char::is_whitespace`), and which kind,
/// with its length in bytes. Only lead bytes C2, E1, E2 and E3 can start such a character.
fn unicode_space(bytes: &[u8], i: usize) -> (UnicodeSpace, usize) {
    let b1 = bytes.get(i + 1).copied().unwrap_or(0);
    let b2 = bytes.get(i + 2).copied().unwrap_or(0);
    match (bytes[i], b1, b2) {
        (0xc2, 0xa0, _) => (UnicodeSpace::NoBreak, 2),
        (0xc2, 0x85, _) => (UnicodeSpace::LineBreak, 2),
        (0xe1, 0x9a, 0x80) => (UnicodeSpace::Plain, 3),
        (0xe2, 0x80, 0x87) | (0xe2, 0x80, 0xaf) => (UnicodeSpace::NoBreak, 3),
        (0xe2, 0x80, 0x80..=0x8a) => (UnicodeSpace::Plain, 3),
        (0xe2, 0x80, 0xa8) => (UnicodeSpace::LineBreak, 3),
        (0xe2, 0x80, 0xa9) => (UnicodeSpace::ParagraphBreak, 3),
        (0xe2, 0x81, 0x9f) | (0xe3, 0x80, 0x80) => (UnicodeSpace::Plain, 3),
        _ => (UnicodeSpace::NotSpace, 0),
    }
}

/// Skips the whitespace at `i` and returns it with the token that follows, if any.
pub(super) fn next_token(bytes: &[u8], mut i: usize) -> (Gap, Option<Token>) {
    let mut gap = Gap::default();
    let mut seen_space = false;
    let mut only_no_break = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if CLASS[b as usize] & SPACE == 0 {
                break;
            }
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                gap.newlines += 1;
            }
            only_no_break = false;
            i += 1;
        } else {
            let (kind, len) = unicode_space(bytes, i);
            match kind {
                UnicodeSpace::NotSpace => break,
                UnicodeSpace::NoBreak => {}
                UnicodeSpace::Plain => only_no_break = false,
                UnicodeSpace::LineBreak => {
                    only_no_break = false;
                    gap.newlines += 1;
                }
                UnicodeSpace::ParagraphBreak => {
                    only_no_break = false;
                    gap.newlines += 2;
                }
            }
            i += len;
        }
        seen_space = true;
    }
    gap.only_no_break = seen_space && only_no_break;
    if i >= bytes.len() {
        return (gap, None);
    }
    let start = i;
    let mut flags = 0u8;
    while i < bytes.len() {
        let b = bytes[i];
        let class = CLASS[b as usize];
        if class & SPACE != 0 {
            break;
        }
        if class & NON_ASCII != 0 && unicode_space(bytes, i).0 != UnicodeSpace::NotSpace {
            break;
        }
        flags |= class;
        // A continuation byte never matches a space's lead byte, so stepping one byte at a time
        // still ends the token on a character boundary.
        i += 1;
    }
    (
        gap,
        Some(Token {
            start,
            end: i,
            flags,
        }),
    )
}

/// Closing marks that may follow a sentence's terminal punctuation: quotes, brackets, and the
/// Markdown emphasis marks `*` and `_`.
pub(super) struct Closers {
    /// Where the closers begin (the end of the token's core).
    pub core_end: usize,
    pub quote: bool,
    pub bracket: bool,
}

pub(super) fn strip_closers(bytes: &[u8], start: usize, end: usize) -> Closers {
    let mut closers = Closers {
        core_end: end,
        quote: false,
        bracket: false,
    };
    let mut i = end;
    while i > start {
        let b = bytes[i - 1];
        match b {
            b'"' | b'\'' => {
                closers.quote = true;
                i -= 1;
            }
            b')' | b']' | b'}' => {
                closers.bracket = true;
                i -= 1;
            }
            b'*' | b'_' => i -= 1,
            _ if i >= start + 3 && bytes[i - 3] == 0xe2 && bytes[i - 2] == 0x80 => {
                // ’ (99) ” (9d) › (ba), and the opening glyphs “ (9c) ‘ (98) that software
                // and writers put at the end of a quotation too (`decision.“`).
                match b {
                    0x99 | 0x9d | 0xba | 0x9c | 0x98 => {
                        closers.quote = true;
                        i -= 3;
                    }
                    _ => break,
                }
            }
            0xbb if i >= start + 2 && bytes[i - 2] == 0xc2 => {
                closers.quote = true;
                i -= 2;
            }
            _ => break,
        }
    }
    closers.core_end = i;
    closers
}

/// The sentence-ending punctuation at the end of a token's core.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Terminal {
    /// One full stop.
    Period,
    /// Two or more full stops, or `…`.
    Ellipsis,
    /// `?` or `!`, alone or with other marks (`?!`, `!!`, `...?`).
    QuestionOrExclamation,
}

/// Finds the run of terminal marks ending at `core_end`; returns its start and kind.
pub(super) fn terminal_run(
    bytes: &[u8],
    start: usize,
    core_end: usize,
) -> Option<(usize, Terminal)> {
    let mut i = core_end;
    let mut dots = 0u32;
    let mut question_or_exclamation = false;
    while i > start {
        match bytes[i - 1] {
            b'.' => {
                dots += 1;
                i -= 1;
            }
            b'?' | b'!' => {
                question_or_exclamation = true;
                i -= 1;
            }
            0xa6 if i >= start + 3 && bytes[i - 3] == 0xe2 && bytes[i - 2] == 0x80 => {
                dots += 3;
                i -= 3;
            }
            _ => break,
        }
    }
    if i == core_end {
        return None;
    }
    let kind = if question_or_exclamation {
        Terminal::QuestionOrExclamation
    } else if dots >= 2 {
        Terminal::Ellipsis
    } else {
        Terminal::Period
    };
    Some((i, kind))
}

/// Length in bytes of the opening mark at `i` (quote, bracket, inverted mark, emphasis), or 0.
pub(super) fn opener_len(bytes: &[u8], i: usize) -> usize {
    let b1 = bytes.get(i + 1).copied().unwrap_or(0);
    let b2 = bytes.get(i + 2).copied().unwrap_or(0);
    match (bytes[i], b1, b2) {
        (b'"' | b'\'' | b'(' | b'[' | b'{' | b'*' | b'_', _, _) => 1,
        // “ ‘ „ ‹
        (0xe2, 0x80, 0x9c | 0x98 | 0x9e | 0xb9) => 3,
        // « ¿ ¡
        (0xc2, 0xab | 0xbf | 0xa1, _) => 2,
        _ => 0,
    }
}

/// The first position of `[start, end)` after its opening marks.
pub(super) fn skip_openers(bytes: &[u8], mut start: usize, end: usize) -> usize {
    while start < end {
        let len = opener_len(bytes, start);
        if len == 0 {
            break;
        }
        start += len;
    }
    start.min(end)
}

/// Whether the token opens with a double quotation mark (`"`, `“`, `«`, `„`).
pub(super) fn starts_with_double_quote(bytes: &[u8], token: Token) -> bool {
    let b = &bytes[token.start..token.end];
    b.starts_with(b"\"")
        || b.starts_with("\u{201c}".as_bytes())
        || b.starts_with("\u{ab}".as_bytes())
        || b.starts_with("\u{201e}".as_bytes())
}

/// A token made only of full stops, ellipses and closing marks: part of a spaced ellipsis
/// (`. . .`).
pub(super) fn is_dots_only(bytes: &[u8], token: Token) -> bool {
    let closers = strip_closers(bytes, token.start, token.end);
    matches!(
        terminal_run(bytes, token.start, closers.core_end),
        Some((run_start, Terminal::Period | Terminal::Ellipsis)) if run_start == token.start
    )
}

/// A token made only of terminal and closing marks (`?`, `!`, `.”`).
pub(super) fn is_marks_only(bytes: &[u8], token: Token) -> bool {
    let closers = strip_closers(bytes, token.start, token.end);
    matches!(terminal_run(bytes, token.start, closers.core_end), Some((run_start, _)) if run_start == token.start)
}

/// A token made only of closing marks (a quote or bracket set off by a space).
pub(super) fn is_closers_only(bytes: &[u8], token: Token) -> bool {
    strip_closers(bytes, token.start, token.end).core_end == token.start
}

/// A token made only of double quotation marks (`"`, `”`, `«`, or `''` as tokenised copy writes
/// one): set off by spaces it may open a quotation as well as close one.
pub(super) fn is_double_quotes_only(bytes: &[u8], token: Token) -> bool {
    let text = &bytes[token.start..token.end];
    let text = std::str::from_utf8(text).unwrap_or("");
    text == "''"
        || (!text.is_empty()
            && text
                .chars()
                .all(|c| matches!(c, '"' | '“' | '”' | '„' | '«' | '»')))
}

/// A token of three or more `_`, `*` or `=`, or four or more `-`, alone: a rule line that sets
/// off what follows (the `___` before a wire story's sign-off). Two or three hyphens are a dash in
/// ASCII prose (`in more detail -- perhaps`), never a rule.
pub(super) fn is_rule_line(bytes: &[u8], token: Token) -> bool {
    let b = &bytes[token.start..token.end];
    let least = match b.first() {
        Some(b'_' | b'*' | b'=') => 3,
        Some(b'-') => 4,
        _ => return false,
    };
    b.len() >= least && b.iter().all(|&c| c == b[0])
}

/// The leading run of ASCII letters of the token after its openers (`It's` gives `It`).
pub(super) fn leading_word(bytes: &[u8], token: Token) -> &[u8] {
    let from = skip_openers(bytes, token.start, token.end);
    let mut to = from;
    while to < token.end && bytes[to].is_ascii_alphabetic() {
        to += 1;
    }
    &bytes[from..to]
}
