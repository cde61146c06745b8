//! The kind rules' word lists as one table: every listed lower-case word maps to the set of
//! lists it is on ([`Classes`]), so a token is looked up once, when it is tokenised, and every
//! rule after that tests a bit instead of matching its list again. The table is an FxHash map
//! built once from the lists, which stay beside the rules that use them.

use std::sync::LazyLock;

use super::words::FxHashMap;
use super::{entities, judgement, numbers, sources};

/// The lists a word is on, one bit each.
pub type Classes = u32;

/// A speech or reporting verb: "said", "told", "warned".
pub const SPEECH_VERB: Classes = 1;
/// A word the attribution rule starts from (besides the speech verbs).
pub const ATTRIBUTION_CUE: Classes = 1 << 1;
/// A noun or phrase word that can make an unnamed source: "officials", "sources", "reportedly".
pub const ANONYMOUS_CUE: Classes = 1 << 2;
/// What makes a source unnamed when it stands before it: "senior", "multiple".
pub const ANONYMOUS_QUALIFIER: Classes = 1 << 3;
/// A word the superlative rule reads whatever its shape: "best", "first", "record".
pub const SUPERLATIVE_CUE: Classes = 1 << 4;
/// A word ending in "-est" that is no superlative: "interest", "honest".
pub const FALSE_SUPERLATIVE: Classes = 1 << 5;
/// A hedge or an evaluative word: "likely", "significant", "critics".
pub const OPINION_WORD: Classes = 1 << 6;
/// A verb of belief: "think", "believe".
pub const BELIEF_VERB: Classes = 1 << 7;
/// A judgement of quality: "bad", "misguided".
pub const VERDICT_WORD: Classes = 1 << 8;
/// A modal verb of speculation or obligation: "could", "must".
pub const MODAL: Classes = 1 << 9;
/// A number word: "two", "million", "percent".
pub const NUMBER_WORD: Classes = 1 << 10;
/// A month's name or abbreviation: "january", "sept".
pub const MONTH: Classes = 1 << 11;
/// A unit of time: "week", "decades".
pub const TIME_UNIT: Classes = 1 << 12;
/// What makes a time unit a period before it (besides numbers): "last", "past".
pub const PERIOD_MODIFIER: Classes = 1 << 13;
/// A word that is a time on its own: "today", "a.m.".
pub const DATE_WORD: Classes = 1 << 14;
/// A function word: "the", "of", "although".
pub const FUNCTION_WORD: Classes = 1 << 15;
/// An institution after "in": "congress", "ministry".
pub const INSTITUTION: Classes = 1 << 16;
/// A weekday's name in lower case: "monday" (the rules compare the written word too).
pub const WEEKDAY: Classes = 1 << 17;
/// The other words the opinion rule starts from: "clear", "view", "opinion".
pub const OPINION_CUE: Classes = 1 << 18;

/// Every list and its class.
fn lists() -> [(Classes, &'static [&'static str]); 19] {
    [
        (SPEECH_VERB, sources::SPEECH_VERBS),
        (ATTRIBUTION_CUE, sources::ATTRIBUTION_CUES),
        (ANONYMOUS_CUE, sources::ANONYMOUS_CUES),
        (ANONYMOUS_QUALIFIER, sources::ANONYMOUS_QUALIFIERS),
        (SUPERLATIVE_CUE, judgement::SUPERLATIVE_CUES),
        (FALSE_SUPERLATIVE, judgement::FALSE_SUPERLATIVES),
        (OPINION_WORD, judgement::OPINION_WORDS),
        (BELIEF_VERB, judgement::BELIEF_VERBS),
        (VERDICT_WORD, judgement::VERDICT_WORDS),
        (MODAL, judgement::MODALS),
        (NUMBER_WORD, numbers::NUMBER_WORDS),
        (MONTH, numbers::MONTH_WORDS),
        (TIME_UNIT, numbers::TIME_UNITS),
        (PERIOD_MODIFIER, numbers::PERIOD_MODIFIERS),
        (DATE_WORD, numbers::DATE_WORDS),
        (FUNCTION_WORD, entities::FUNCTION_WORDS),
        (INSTITUTION, entities::INSTITUTION_WORDS),
        (WEEKDAY, numbers::WEEKDAYS_LOWER),
        (OPINION_CUE, judgement::OPINION_CUE_WORDS),
    ]
}

static TABLE: LazyLock<FxHashMap<&'static str, Classes>> = LazyLock::new(|| {
    let mut table: FxHashMap<&'static str, Classes> = FxHashMap::default();
    for (class, words) in lists() {
        for word in words {
            *table.entry(word).or_default() |= class;
        }
    }
    table
});

/// The lists `word` (exactly as given: the lists are lower case) is on; 0 for most words.
pub fn classes(word: &str) -> Classes {
    // No listed word is longer than this: longer words skip the hash.
    if word.len() > LONGEST {
        return 0;
    }
    TABLE.get(word).copied().unwrap_or(0)
}

/// The length of the longest listed word ("underscoring", "acknowledging", "spokesperson").
const LONGEST: usize = 16;

/// Whether `word` is on a list of `class`.
pub fn is(word: &str, class: Classes) -> bool {
    classes(word) & class != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_listed_word_is_longer_than_the_bound_nor_has_a_capital() {
        for (_, words) in lists() {
            for word in words {
                assert!(word.len() <= LONGEST, "{word}");
                assert_eq!(*word, word.to_ascii_lowercase(), "{word}");
            }
        }
    }

    #[test]
    fn a_word_on_two_lists_has_both_classes() {
        assert!(is("said", SPEECH_VERB));
        assert!(is("first", SUPERLATIVE_CUE) && is("first", PERIOD_MODIFIER));
        assert!(is("may", MODAL) && is("may", MONTH));
        assert_eq!(classes("harbour"), 0);
        assert_eq!(classes("Said"), 0);
    }
}
