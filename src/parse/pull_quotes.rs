//! Pull quotes: a quotation set apart from the body that repeats words the body already says.
//! That repetition is what makes one (a quotation standing alone with words of its own is an
//! ordinary quote paragraph), so it is the rule: a block quote, or a paragraph that is wholly
//! one quotation, whose words (at least four) occur elsewhere in the text.

use super::{Block, BlockRole, ParsedStatement};
use crate::model::Element;
use crate::normalize::normalize;

const QUOTE_MARKS: &[char] = &['"', '“', '”', '„', '«', '»', '\'', '‘', '’'];

/// The words of a candidate block without its quotation marks, when it is one.
fn quotation(block: &Block, source: &str) -> Option<String> {
    let written = block.span.slice(source).trim();
    let wholly_quoted = written.starts_with(['"', '“', '„', '«'])
        && written
            .trim_end_matches(['.', ' '])
            .ends_with(['"', '”', '»']);
    if block.role != BlockRole::BlockQuote && !(block.role == BlockRole::Body && wholly_quoted) {
        return None;
    }
    let inner = written
        .trim_start_matches(['>', ' '])
        .trim_matches(|c: char| QUOTE_MARKS.contains(&c) || c.is_whitespace() || c == '.');
    (inner.split_whitespace().count() >= 4).then(|| normalize(inner))
}

/// Marks the statements of every pull quote with [`Element::PullQuote`].
pub fn mark(source: &str, blocks: &[Block], statements: &mut [ParsedStatement]) {
    let candidates: Vec<(u32, String)> = blocks
        .iter()
        .filter_map(|block| quotation(block, source).map(|words| (block.number, words)))
        .collect();
    if candidates.is_empty() {
        return;
    }
    // The whole text in its canonical spelling: a candidate's words occur there once in the
    // candidate itself, so twice means elsewhere too.
    let whole = normalize(source);
    let repeated = occur_twice(&whole, candidates.iter().map(|(_, words)| words.as_str()));
    for ((number, _), repeated) in candidates.iter().zip(repeated) {
        if !repeated {
            continue;
        }
        for statement in statements.iter_mut().filter(|s| s.paragraph == *number) {
            statement.element = Element::PullQuote;
        }
    }
}

/// For each of `needles`, whether `haystack` holds it twice without the two overlapping (as
/// `haystack.matches(needle).nth(1)` finds). memchr's `memmem` searches a long text several
/// times as fast as `str::matches` (one vectorised pass per needle, and there are few).
fn occur_twice<'a>(haystack: &str, needles: impl Iterator<Item = &'a str>) -> Vec<bool> {
    let haystack = haystack.as_bytes();
    needles
        .map(|needle| {
            let finder = memchr::memmem::Finder::new(needle.as_bytes());
            // The second search starts where the first match ends (one byte on, for an empty
            // needle, which matches everywhere).
            finder.find(haystack).is_some_and(|first| {
                haystack
                    .get(first + needle.len().max(1)..)
                    .is_some_and(|rest| finder.find(rest).is_some())
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::model::Element;
    use crate::parse::document::tests::elements_of;
    use crate::parse::{Format, parse};

    #[test]
    fn a_quotation_repeating_the_body_is_a_pull_quote() {
        let text = "The mayor spoke for an hour. \"We will rebuild every library in this city,\" she said.\n\n\"We will rebuild every library in this city.\"\n\n\"Nobody will be left behind this winter,\" said the chief.\n";
        let parsed = parse(text, Format::Text);
        assert_eq!(
            elements_of(&parsed),
            [
                (Element::Body, "The mayor spoke for an hour."),
                (
                    Element::Body,
                    "\"We will rebuild every library in this city,\" she said."
                ),
                (
                    Element::PullQuote,
                    "\"We will rebuild every library in this city.\""
                ),
                (
                    Element::Body,
                    "\"Nobody will be left behind this winter,\" said the chief."
                ),
            ]
        );
    }

    #[test]
    fn a_markdown_block_quote_repeating_the_body_is_a_pull_quote() {
        let text = "# Rebuild Plan Passes\n\nThe mayor said the city would rebuild 12 libraries by 2028.\n\n> rebuild 12 libraries by 2028\n\n> A new quotation said only here.\n";
        let parsed = parse(text, Format::Markdown);
        let pull: Vec<&str> = parsed
            .statements
            .iter()
            .filter(|s| s.element == Element::PullQuote)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(pull, ["rebuild 12 libraries by 2028"]);
    }
}

#[cfg(test)]
mod search_tests {
    use super::occur_twice;
    use proptest::prelude::*;

    proptest! {
        /// One pass for every needle finds what `str::matches` finds for each: two matches
        /// that do not overlap ("a a a" holds "a a" once, not twice).
        #[test]
        fn every_needle_is_found_twice_exactly_when_str_matches_finds_it_twice(
            haystack in "[ab ]{0,40}",
            needles in proptest::collection::vec("[ab ]{0,5}", 1..6),
        ) {
            let found = occur_twice(&haystack, needles.iter().map(String::as_str));
            let expected: Vec<bool> = needles
                .iter()
                .map(|n| haystack.matches(n.as_str()).nth(1).is_some())
                .collect();
            prop_assert_eq!(found, expected);
        }
    }
}
