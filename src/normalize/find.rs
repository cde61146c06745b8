//! Where some words stand in a text, under the same equivalence as [`super::same_words`]: a
//! checker who types `Mexico's` names the `Mexico’s` of the article, and `14` never names the
//! `14` inside `2014` (words are matched whole, as tokens).

use std::ops::Range;

/// One token of a text: its canonical spelling and the bytes it came from.
struct Token<'a> {
    spelling: &'a str,
    bytes: Range<usize>,
}

/// The tokens of `text` as [`super::normalize`] reads them: maximal runs of word characters,
/// and single marks of punctuation in their one typographic spelling (an ellipsis is three
/// full stops, each spanning the ellipsis). Whitespace and invisible characters are no token.
fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out: Vec<Token<'_>> = Vec::new();
    let mut word_start: Option<usize> = None;
    for (at, c) in text.char_indices() {
        if super::is_word_char(c) {
            word_start.get_or_insert(at);
            continue;
        }
        if let Some(start) = word_start.take() {
            out.push(Token {
                spelling: &text[start..at],
                bytes: start..at,
            });
        }
        if c.is_whitespace() {
            continue;
        }
        let bytes = at..at + c.len_utf8();
        match super::typographic_variant(c) {
            Some(mapped) => out.extend((0..mapped.len()).map(|i| Token {
                spelling: &mapped[i..i + 1],
                bytes: bytes.clone(),
            })),
            None => out.push(Token {
                spelling: &text[bytes.clone()],
                bytes,
            }),
        }
    }
    if let Some(start) = word_start {
        out.push(Token {
            spelling: &text[start..],
            bytes: start..text.len(),
        });
    }
    out
}

/// Every place `words` stand in `text`, as byte ranges of `text`, first to last, never
/// overlapping. Empty when `words` has no token or does not occur.
pub fn find_words(text: &str, words: &str) -> Vec<Range<usize>> {
    let needle = tokens(words);
    if needle.is_empty() {
        return Vec::new();
    }
    let hay = tokens(text);
    let mut found = Vec::new();
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        let window = &hay[i..i + needle.len()];
        if window
            .iter()
            .zip(&needle)
            .all(|(h, n)| h.spelling == n.spelling)
        {
            let bytes = window[0].bytes.start..window[needle.len() - 1].bytes.end;
            // The stops of one ellipsis share its bytes: a place is never found twice.
            if found
                .last()
                .is_none_or(|last: &Range<usize>| last.end <= bytes.start)
            {
                found.push(bytes);
            }
            i += needle.len();
        } else {
            i += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(text: &'a str, words: &str) -> Vec<&'a str> {
        find_words(text, words)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn words_are_found_whole_with_typographic_variants_folded() {
        let text = "Mexico’s council — currently 14 members — met in 2014.";
        assert_eq!(found(text, "Mexico's"), ["Mexico’s"]);
        assert_eq!(
            found(text, "currently 14  members"),
            ["currently 14 members"]
        );
        assert_eq!(found(text, "- currently"), ["— currently"]);
        assert_eq!(found(text, "14"), ["14"], "not the 14 of 2014");
        assert!(found(text, "Mex").is_empty(), "a part of a word is no word");
        assert!(found(text, "15 members").is_empty());
        assert!(found(text, " \u{200B} ").is_empty(), "no token, no place");
    }

    #[test]
    fn every_occurrence_is_found_and_an_ellipsis_is_three_stops() {
        assert_eq!(found("14 then 14 again", "14"), ["14", "14"]);
        assert_eq!(found("Wait… no.", "Wait..."), ["Wait…"]);
        assert_eq!(found("Wait… no.", "."), ["…", "."]);
    }
}
