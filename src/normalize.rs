//! The one definition of "the same words": what may differ between two texts for a verification
//! to carry over. Only whitespace and typographic variants; never a letter, digit or mark of
//! punctuation that changes meaning.
//!
//! A text is read as a sequence of tokens: a word or number (a maximal run of letters, digits
//! and combining marks) or one mark of punctuation. Whitespace only separates tokens, so where
//! it stands between two tokens does not matter ("starkare ." = "starkare.", "Barn-,äldre-" =
//! "Barn-, äldre-"), while splitting or joining a word does ("ab" ≠ "a b"). Typographic variants
//! of one mark (curly and straight quotes, dash styles) are one token.
//!
//! `find.rs`: where some words stand in a text, under the same equivalence.

mod find;

pub use find::find_words;

/// The canonical spelling of `text`'s tokens: two texts say the same words exactly when their
/// canonical spellings are equal. Words and numbers are separated by one space when they follow
/// each other; punctuation is written without spaces around it. The spelling is unambiguous:
/// word tokens are maximal runs, so the sequence of tokens can be read back from it.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Whether the last token written was a word or number (so a following one needs a space).
    let mut after_word = false;
    let mut in_word = false;
    let mut rest = text;
    while let Some(&byte) = rest.as_bytes().first() {
        // ASCII, most of any text, a byte at a time and a word at a time: an ASCII letter or
        // digit is a word character, and no ASCII character is a typographic variant.
        if byte.is_ascii() {
            let word = rest
                .bytes()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(rest.len());
            if word > 0 {
                if !in_word && after_word {
                    out.push(' ');
                }
                out.push_str(&rest[..word]);
                in_word = true;
                after_word = true;
                rest = &rest[word..];
                continue;
            }
            in_word = false;
            // The ASCII white space of `char::is_whitespace`: tab to carriage return, space.
            if !matches!(byte, b'\t'..=b'\r' | b' ') {
                out.push(char::from(byte));
                after_word = false;
            }
            rest = &rest[1..];
            continue;
        }
        let Some(c) = rest.chars().next() else {
            break;
        };
        rest = &rest[c.len_utf8()..];
        if is_word_char(c) {
            if !in_word && after_word {
                out.push(' ');
            }
            out.push(c);
            in_word = true;
            after_word = true;
            continue;
        }
        in_word = false;
        if c.is_whitespace() {
            continue;
        }
        let mapped = typographic_variant(c);
        if let Some(mapped) = mapped {
            if !mapped.is_empty() {
                out.push_str(mapped);
                after_word = false;
            }
            continue;
        }
        out.push(c);
        after_word = false;
    }
    out
}

/// A letter, digit or combining mark: part of a word or number token.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The one spelling of a typographic variant: curly quotes and primes to straight quotes, dashes
/// (en, em, figure, minus, non-breaking hyphen) to `-`, the ellipsis character to `...`; soft
/// hyphens and zero-width characters to nothing. `None` for any other character.
fn typographic_variant(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => "-",
        '\u{2026}' => "...",
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => "",
        _ => return None,
    })
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
    fn spacing_around_punctuation_is_not_a_change() {
        assert!(same_words("Det blir starkare .", "Det blir starkare."));
        assert!(same_words("–Ingen kommentar.", "– Ingen kommentar."));
        assert!(same_words("Barn-,äldre- och", "Barn-, äldre- och"));
        assert!(same_words("“ We ’re here . ”", "“We’re here.”"));
        assert!(same_words("( 3 %)", "(3%)"));
    }

    #[test]
    fn changed_words_digits_and_marks_are_not() {
        assert!(!same_words("It rose 3.2%.", "It rose 3.3%."));
        assert!(!same_words("He did confirm it.", "He did not confirm it."));
        assert!(!same_words("It rose.", "It rose!"));
        assert!(!same_words("ab", "a b"));
        assert!(!same_words("3 000 jobs", "3000 jobs"));
        assert!(!same_words("Kerr said", "Kerr, said"));
        assert!(!same_words("cafe\u{301}", "cafe"));
    }

    #[test]
    fn the_canonical_spelling_keeps_words_apart_and_marks_tight() {
        assert_eq!(normalize("  Barn- , äldre  -vård "), "Barn-,äldre-vård");
        assert_eq!(normalize("It  rose\t3.2 %"), "It rose 3.2%");
    }

    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        /// Text with words, numbers, punctuation, typographic variants and odd spacing.
        fn text() -> impl Strategy<Value = String> {
            proptest::collection::vec(
                prop_oneof![
                    "[a-zA-Zåäöé]{1,6}",
                    "[0-9]{1,4}",
                    "[ .,;:!?'\"()%$-]",
                    Just("—".to_string()),
                    Just("’".to_string()),
                    Just("\u{00A0}".to_string()),
                    Just("  ".to_string()),
                ],
                1..30,
            )
            .prop_map(|parts| parts.concat())
        }

        proptest! {
            /// Replacing, inserting or deleting one letter or digit is never "the same words".
            #[test]
            fn a_changed_letter_or_digit_is_never_the_same_words(
                original in text(),
                at in any::<proptest::sample::Index>(),
                replacement in "[a-zA-Z0-9 .,]",
                edit in 0..3u8,
            ) {
                let chars: Vec<char> = original.chars().collect();
                let word_chars: Vec<usize> = (0..chars.len()).filter(|&i| chars[i].is_alphanumeric()).collect();
                prop_assume!(!word_chars.is_empty());
                let i = word_chars[at.index(word_chars.len())];
                let mut changed = chars.clone();
                match edit {
                    // Replace the letter or digit by anything else.
                    0 => {
                        let new = replacement.chars().next().unwrap();
                        prop_assume!(new != chars[i]);
                        changed[i] = new;
                    }
                    // Delete it.
                    1 => {
                        changed.remove(i);
                    }
                    // Insert a letter or digit beside it.
                    _ => {
                        let new = replacement.chars().next().unwrap();
                        prop_assume!(new.is_alphanumeric());
                        changed.insert(i, new);
                    }
                }
                let changed: String = changed.into_iter().collect();
                prop_assert!(!same_words(&original, &changed), "{original:?} ~ {changed:?}");
            }

            /// Moving whitespace around punctuation keeps the words.
            #[test]
            fn spacing_beside_punctuation_is_the_same_words(original in text()) {
                let spaced: String = original
                    .chars()
                    .flat_map(|c| {
                        if c.is_alphanumeric() || c.is_whitespace() {
                            vec![c]
                        } else {
                            vec![' ', c, ' ']
                        }
                    })
                    .collect();
                prop_assert!(same_words(&original, &spaced), "{original:?} !~ {spaced:?}");
            }
        }
    }
}

/// `normalize` reads ASCII a word at a time; this is the character loop it replaced, kept as
/// the reference it must equal on any text.
#[cfg(test)]
mod fast_path {
    use super::*;
    use proptest::prelude::*;

    fn reference(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let (mut after_word, mut in_word) = (false, false);
        for c in text.chars() {
            if is_word_char(c) {
                if !in_word && after_word {
                    out.push(' ');
                }
                out.push(c);
                (in_word, after_word) = (true, true);
                continue;
            }
            in_word = false;
            if c.is_whitespace() {
                continue;
            }
            match typographic_variant(c) {
                Some("") => {}
                Some(mapped) => {
                    out.push_str(mapped);
                    after_word = false;
                }
                None => {
                    out.push(c);
                    after_word = false;
                }
            }
        }
        out
    }

    #[test]
    fn every_ascii_character_is_read_as_the_character_loop_reads_it() {
        for byte in 0u8..128 {
            let c = char::from(byte);
            for text in [format!("a{c}b"), format!("{c}"), format!("1 {c} é{c}2")] {
                assert_eq!(normalize(&text), reference(&text), "{text:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn the_same_spelling_as_the_character_loop(
            text in "([a-zA-Z0-9]{1,5}|[\\x00-\\x7f]|[åéß’“—…\u{301}\u{a0}\u{ad}\u{85}]| ){0,40}",
        ) {
            prop_assert_eq!(normalize(&text), reference(&text));
        }

        #[test]
        fn the_same_spelling_as_the_character_loop_on_any_text(text in any::<String>()) {
            prop_assert_eq!(normalize(&text), reference(&text));
        }
    }
}
