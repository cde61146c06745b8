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
    // The whole text in its canonical spelling, made once and only when a candidate needs it:
    // a candidate's words occur there once in the candidate itself, so twice means elsewhere too.
    let mut whole: Option<String> = None;
    for block in blocks {
        let Some(words) = quotation(block, source) else {
            continue;
        };
        let whole = whole.get_or_insert_with(|| normalize(source));
        if whole.matches(words.as_str()).nth(1).is_none() {
            continue;
        }
        for statement in statements
            .iter_mut()
            .filter(|s| s.paragraph == block.number)
        {
            statement.element = Element::PullQuote;
        }
    }
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
