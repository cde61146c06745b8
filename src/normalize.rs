//! The one definition of "the same words": what may differ between two texts for a verification
//! to carry over. Only whitespace and typographic variants; never a letter, digit or mark of
//! punctuation that changes meaning.

/// Folds whitespace runs (including non-breaking and other Unicode spaces) to one ASCII space,
/// trims the ends, and maps typographic variants to one spelling: curly quotes and primes to
/// straight quotes, dashes (en, em, figure, minus, non-breaking hyphen) to `-`, the ellipsis
/// character to `...`, soft hyphens and zero-width characters to nothing.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        let mapped: &str = match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => "'",
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
            | '\u{00BB}' => "\"",
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
            | '\u{2212}' => "-",
            '\u{2026}' => "...",
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => "",
            c if c.is_whitespace() => {
                pending_space = !out.is_empty();
                continue;
            }
            _ => {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(c);
                continue;
            }
        };
        if mapped.is_empty() {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push_str(mapped);
    }
    out
}

/// True when `a` and `b` say the same words: a check made on one covers the other.
pub fn same_words(a: &str, b: &str) -> bool {
    a == b || normalize(a) == normalize(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typographic_variants_are_the_same_words() {
        assert!(same_words(
            "Mexico’s “leadership” — 2026",
            "Mexico's \"leadership\" - 2026"
        ));
        assert!(same_words("a\u{00A0}b  c\n", " a b c"));
        assert!(same_words("wait…", "wait..."));
    }

    #[test]
    fn changed_words_digits_and_marks_are_not() {
        assert!(!same_words("It rose 3.2%.", "It rose 3.3%."));
        assert!(!same_words("He did confirm it.", "He did not confirm it."));
        assert!(!same_words("It rose.", "It rose!"));
        assert!(!same_words("ab", "a b"));
    }
}
