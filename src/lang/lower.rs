//! A word in lower case on the stack, for looking it up in a word list: the rules ask about
//! every word of a text ("is it a month?"), and a `String` per question (`str::to_lowercase`)
//! cost more than the answer: half of `split` on 3 MB of dotted initials went to allocating and
//! freeing them.

/// The longest lower-cased word kept on the stack. Every word of the data files' lists is
/// shorter (tested), so a word whose lower case is longer matches none of them.
pub const MAX: usize = 48;

/// `word` in lower case, exactly as `str::to_lowercase` writes it, held on the stack.
#[derive(Clone, Copy)]
pub struct Lower {
    bytes: [u8; MAX],
    len: usize,
}

impl Lower {
    /// `word` in lower case, or `None` when that is longer than [`MAX`] bytes (then it is no
    /// listed word).
    pub fn of(word: &str) -> Option<Lower> {
        let mut out = Lower {
            bytes: [0; MAX],
            len: 0,
        };
        if word.is_ascii() {
            if word.len() > MAX {
                return None;
            }
            for (to, from) in out.bytes.iter_mut().zip(word.bytes()) {
                *to = from.to_ascii_lowercase();
            }
            out.len = word.len();
            return Some(out);
        }
        // A capital sigma lowers by its place in the word (final ς or σ), which
        // `char::to_lowercase` does not know: such words, rare in these languages, take the
        // standard library's way.
        if word.contains('Σ') {
            return out.push(&word.to_lowercase()).then_some(out);
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            if !out.push(c.encode_utf8(&mut [0; 4])) {
                return None;
            }
        }
        Some(out)
    }

    /// `word` with its ASCII letters lowered and every other character kept, exactly as
    /// `str::to_ascii_lowercase` writes it, or `None` when it is longer than [`MAX`] bytes.
    pub fn ascii(word: &str) -> Option<Lower> {
        let mut out = Lower {
            bytes: [0; MAX],
            len: 0,
        };
        out.push(word).then(|| {
            out.bytes[..out.len].make_ascii_lowercase();
            out
        })
    }

    fn push(&mut self, piece: &str) -> bool {
        let end = self.len + piece.len();
        if end > MAX {
            return false;
        }
        self.bytes[self.len..end].copy_from_slice(piece.as_bytes());
        self.len = end;
        true
    }

    pub fn as_str(&self) -> &str {
        // Only whole UTF-8 characters are ever written in.
        std::str::from_utf8(&self.bytes[..self.len]).expect("whole characters")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn words_are_lowered_as_the_standard_library_lowers_them() {
        for word in [
            "MARZO",
            "März",
            "ΟΔΟΣ",
            "Σ",
            "İstanbul",
            "KELVIN",
            "ÅÄÖ",
            "",
        ] {
            assert_eq!(
                Lower::of(word).unwrap().as_str(),
                word.to_lowercase(),
                "{word}"
            );
        }
    }

    #[test]
    fn a_word_longer_than_the_buffer_is_none() {
        assert!(Lower::of(&"a".repeat(MAX)).is_some());
        assert!(Lower::of(&"a".repeat(MAX + 1)).is_none());
        // "İ" lowers to three bytes: the length that counts is the lowered one.
        assert!(Lower::of(&"İ".repeat(MAX / 3 + 1)).is_none());
    }

    proptest! {
        #[test]
        fn ascii_is_to_ascii_lowercase_or_longer_than_max(word in "\\PC{0,40}") {
            match Lower::ascii(&word) {
                Some(lower) => prop_assert_eq!(lower.as_str(), word.to_ascii_lowercase()),
                None => prop_assert!(word.len() > MAX),
            }
        }

        #[test]
        fn lower_is_to_lowercase_or_longer_than_max(word in "\\PC{0,40}") {
            let expected = word.to_lowercase();
            match Lower::of(&word) {
                Some(lower) => prop_assert_eq!(lower.as_str(), expected),
                None => prop_assert!(expected.len() > MAX),
            }
        }
    }
}
