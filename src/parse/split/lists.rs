//! List markers: which tokens mark a list item (`1.`, `(a)`, `•`), and which marker continues the
//! same list, so that an inline list (`1. The first item 2. The second`) splits at each item.

/// How a list item is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ListStyle {
    /// `1.`
    NumberDot,
    /// `1.)`
    NumberDotParen,
    /// `1)`
    NumberParen,
    /// `(1)`
    ParenNumber,
    /// `a.`
    LetterDot,
    /// `a)`
    LetterParen,
    /// `(a)`
    ParenLetter,
    /// A bullet character, alone or glued to the item (`•`, `⁃9.`).
    Bullet(char),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ListMarker {
    pub style: ListStyle,
    /// 1 for `1.` and `a.`; 0 for bullets.
    pub ordinal: u32,
}

impl ListMarker {
    /// Whether `next` is the marker of the following item of the same list, as it may appear
    /// inline (`1. The first item 2. The second item`). Dashes and asterisks are not followed
    /// inline: mid-line they are punctuation.
    pub fn continued_by(self, next: ListMarker) -> bool {
        match (self.style, next.style) {
            (ListStyle::Bullet(a), ListStyle::Bullet(b)) => a == b && inline_bullet(a),
            (a, b) => a == b && next.ordinal == self.ordinal + 1,
        }
    }

    /// Whether a token with this marker and nothing else carries no words of its own.
    pub fn is_letter(self) -> bool {
        matches!(
            self.style,
            ListStyle::LetterDot | ListStyle::LetterParen | ListStyle::ParenLetter
        )
    }
}

fn inline_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '▪' | '◦' | '‣' | '●' | '■' | '►' | '▸')
}

/// The list marker a token is, if it is one: a bullet (standalone, or glued for the round
/// bullets), or a number of up to three digits or one lowercase letter with `.`, `)`, `.)` or
/// in `( )`.
pub(super) fn list_marker(token: &str) -> Option<ListMarker> {
    let mut chars = token.chars();
    let first = chars.next()?;
    if inline_bullet(first)
        || (matches!(first, '-' | '*' | '–' | '—') && token.len() == first.len_utf8())
    {
        return Some(ListMarker {
            style: ListStyle::Bullet(first),
            ordinal: 0,
        });
    }
    let bytes = token.as_bytes();
    let (parenthesised, body) = match bytes.strip_prefix(b"(") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let digits = body.iter().take_while(|b| b.is_ascii_digit()).count();
    let (ordinal, is_number, suffix) = if (1..=3).contains(&digits) {
        let n = body[..digits]
            .iter()
            .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
        (n, true, &body[digits..])
    } else if body.first().is_some_and(u8::is_ascii_lowercase) {
        (u32::from(body[0] - b'a') + 1, false, &body[1..])
    } else {
        return None;
    };
    let style = match (parenthesised, suffix, is_number) {
        (true, b")", true) => ListStyle::ParenNumber,
        (true, b")", false) => ListStyle::ParenLetter,
        (false, b".", true) => ListStyle::NumberDot,
        (false, b".)", true) => ListStyle::NumberDotParen,
        (false, b")", true) => ListStyle::NumberParen,
        (false, b".", false) => ListStyle::LetterDot,
        (false, b")", false) => ListStyle::LetterParen,
        _ => return None,
    };
    Some(ListMarker { style, ordinal })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_markers_and_their_successors() {
        let one = list_marker("1.").unwrap();
        assert!(one.continued_by(list_marker("2.").unwrap()));
        assert!(!one.continued_by(list_marker("3.").unwrap()));
        assert!(!one.continued_by(list_marker("2)").unwrap()));
        let a = list_marker("a.").unwrap();
        assert!(a.is_letter() && a.continued_by(list_marker("b.").unwrap()));
        assert!(list_marker("(iv)").is_none());
        assert!(list_marker("1,000.").is_none());
        assert!(list_marker("A.").is_none());
        let dash = list_marker("-").unwrap();
        assert!(!dash.continued_by(dash), "a mid-line dash is punctuation");
        let bullet = list_marker("⁃9.").unwrap();
        assert!(bullet.continued_by(list_marker("⁃10.").unwrap()));
    }
}
