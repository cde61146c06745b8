//! The lexicon agrees with the rules it replaced: the word lists were `match` arms in each
//! rule, copied here unchanged as the reference, and every class must say yes to exactly the
//! words its old `match` said yes to, in any case and with any neighbour letters.

use proptest::prelude::*;

use super::lexicon::{self, Classes};
use super::{entities, judgement, numbers, sources};

/// A class, its name, and the old rule it replaces.
type Pair = (Classes, &'static str, fn(&str) -> bool);

/// Each class with the old rule it replaces.
fn pairs() -> Vec<Pair> {
    vec![
        (lexicon::SPEECH_VERB, "speech verb", is_speech_verb),
        (
            lexicon::FALSE_SUPERLATIVE,
            "false superlative",
            is_false_superlative,
        ),
        (lexicon::OPINION_WORD, "opinion word", is_opinion_word),
        (lexicon::BELIEF_VERB, "belief verb", is_belief_verb),
        (lexicon::VERDICT_WORD, "verdict word", is_verdict_word),
        (lexicon::MONTH, "month", |w| month_of(w).is_some()),
        (lexicon::NUMBER_WORD, "number word", is_number_word),
        (lexicon::TIME_UNIT, "time unit", is_time_unit),
        (
            lexicon::PERIOD_MODIFIER | lexicon::NUMBER_WORD,
            "period modifier",
            is_period_modifier,
        ),
        (lexicon::INSTITUTION, "institution", is_institution_word),
        (lexicon::FUNCTION_WORD, "function word", is_function_word),
        (lexicon::MODAL, "modal", |w| {
            matches!(w, "could" | "might" | "may" | "should" | "must")
        }),
        (lexicon::DATE_WORD, "date word", |w| {
            matches!(
                w,
                "today"
                    | "yesterday"
                    | "tomorrow"
                    | "tonight"
                    | "ago"
                    | "a.m."
                    | "p.m."
                    | "noon"
                    | "midnight"
            )
        }),
        (lexicon::ANONYMOUS_QUALIFIER, "anonymous qualifier", |w| {
            matches!(
                w,
                "senior"
                    | "unnamed"
                    | "anonymous"
                    | "multiple"
                    | "several"
                    | "numerous"
                    | "knowledgeable"
                    | "informed"
                    | "media"
                    | "press"
                    | "news"
            )
        }),
    ]
}

/// Every word of every list of the lexicon.
fn listed() -> Vec<&'static str> {
    [
        sources::SPEECH_VERBS,
        sources::ATTRIBUTION_CUES,
        sources::ANONYMOUS_CUES,
        sources::ANONYMOUS_QUALIFIERS,
        judgement::SUPERLATIVE_CUES,
        judgement::FALSE_SUPERLATIVES,
        judgement::OPINION_WORDS,
        judgement::BELIEF_VERBS,
        judgement::VERDICT_WORDS,
        judgement::MODALS,
        judgement::OPINION_CUE_WORDS,
        numbers::NUMBER_WORDS,
        numbers::MONTH_WORDS,
        numbers::TIME_UNITS,
        numbers::PERIOD_MODIFIERS,
        numbers::DATE_WORDS,
        numbers::WEEKDAYS_LOWER,
        entities::FUNCTION_WORDS,
        entities::INSTITUTION_WORDS,
    ]
    .concat()
}

fn agree(word: &str) -> Result<(), TestCaseError> {
    for (class, name, old) in pairs() {
        prop_assert_eq!(lexicon::is(word, class), old(word), "{} {:?}", name, word);
    }
    Ok(())
}

#[test]
fn every_listed_word_agrees() {
    for word in listed() {
        agree(word).unwrap();
    }
}

proptest! {
    #[test]
    fn listed_words_in_any_case_and_with_neighbours_agree(
        pick in any::<prop::sample::Index>(),
        case in 0..4u8,
        mask in any::<u32>(),
        before in "[a-z'.-]{0,2}",
        after in "[a-z'.-]{0,2}",
    ) {
        let words = listed();
        let word = words[pick.index(words.len())];
        let cased: String = match case {
            0 => word.to_string(),
            1 => word.to_ascii_uppercase(),
            2 => word[..1].to_ascii_uppercase() + &word[1..],
            _ => word
                .chars()
                .enumerate()
                .map(|(i, c)| if mask >> (i % 32) & 1 == 1 { c.to_ascii_uppercase() } else { c })
                .collect(),
        };
        agree(&cased)?;
        agree(&format!("{before}{word}{after}"))?;
    }

    #[test]
    fn any_short_word_agrees(word in "[a-zA-Z'.-]{0,17}") {
        agree(&word)?;
    }
}

// The old rules, as they were.

fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "saying"
            | "told"
            | "announced"
            | "announces"
            | "announcing"
            | "confirmed"
            | "confirms"
            | "confirming"
            | "stated"
            | "added"
            | "adding"
            | "noted"
            | "noting"
            | "explained"
            | "reported"
            | "wrote"
            | "writes"
            | "testified"
            | "declared"
            | "insisted"
            | "insisting"
            | "acknowledged"
            | "acknowledging"
            | "emphasized"
            | "emphasised"
            | "emphasizing"
            | "emphasising"
            | "stressed"
            | "stressing"
            | "reiterated"
            | "reaffirmed"
            | "described"
            | "claimed"
            | "alleged"
            | "warned"
            | "warn"
            | "warns"
            | "argued"
            | "argue"
            | "argues"
            | "denied"
            | "denies"
            | "admitted"
            | "disclosed"
            | "expressed"
            | "responded"
            | "urged"
            | "citing"
            | "quoted"
            | "briefed"
            | "asked"
            | "cautioned"
            | "estimated"
            | "predicted"
            | "recalled"
            | "replied"
    )
}

fn is_false_superlative(word: &str) -> bool {
    matches!(
        word,
        "interest"
            | "disinterest"
            | "honest"
            | "dishonest"
            | "protest"
            | "arrest"
            | "forest"
            | "contest"
            | "harvest"
            | "suggest"
            | "digest"
            | "invest"
            | "divest"
            | "ingest"
            | "manifest"
            | "modest"
            | "immodest"
            | "earnest"
            | "conquest"
            | "priest"
            | "detest"
            | "attest"
            | "inquest"
            | "southwest"
            | "northwest"
            | "midwest"
            | "latest"
            | "unrest"
            | "behest"
            | "bequest"
            | "request"
            | "tempest"
            | "congest"
            | "molest"
            | "infest"
            | "incest"
            | "armrest"
    )
}

fn is_opinion_word(word: &str) -> bool {
    matches!(
        word,
        "likely"
            | "unlikely"
            | "probably"
            | "possibly"
            | "perhaps"
            | "apparently"
            | "seemingly"
            | "arguably"
            | "presumably"
            | "appears"
            | "seems"
            | "suggests"
            | "significant"
            | "significantly"
            | "crucial"
            | "essential"
            | "vital"
            | "important"
            | "importantly"
            | "complex"
            | "controversial"
            | "dramatic"
            | "dramatically"
            | "alarming"
            | "troubling"
            | "remarkable"
            | "historic"
            | "devastating"
            | "devastate"
            | "dire"
            | "sweeping"
            | "aggressive"
            | "cautious"
            | "cautiously"
            | "increasingly"
            | "heightened"
            | "mounting"
            | "powerful"
            | "reputable"
            | "uncertain"
            | "uncertainty"
            | "unclear"
            | "doubtful"
            | "obvious"
            | "obviously"
            | "evident"
            | "clearly"
            | "undeniably"
            | "critics"
            | "supporters"
            | "observers"
            | "analysts"
            | "experts"
            | "skeptics"
            | "sceptics"
            | "underscoring"
            | "underscores"
            | "underscored"
            | "represents"
    )
}

fn is_belief_verb(word: &str) -> bool {
    matches!(
        word,
        "think" | "believe" | "feel" | "doubt" | "suspect" | "reckon" | "guess" | "suppose"
    )
}

fn is_verdict_word(word: &str) -> bool {
    matches!(
        word,
        "bad"
            | "good"
            | "terrible"
            | "awful"
            | "excellent"
            | "wonderful"
            | "great"
            | "poor"
            | "wrong"
            | "right"
            | "misguided"
            | "foolish"
            | "unfair"
            | "unwise"
            | "reckless"
            | "disastrous"
            | "shameful"
            | "ridiculous"
            | "absurd"
    )
}

fn month_of(word: &str) -> Option<u32> {
    let month = match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(month)
}

fn is_number_word(word: &str) -> bool {
    matches!(
        word,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "hundred"
            | "hundreds"
            | "thousand"
            | "thousands"
            | "million"
            | "millions"
            | "billion"
            | "billions"
            | "trillion"
            | "trillions"
            | "dozen"
            | "dozens"
            | "half"
            | "thirds"
            | "twice"
            | "doubled"
            | "tripled"
            | "quadrupled"
            | "halved"
            | "percent"
            | "percentage"
    )
}

fn is_time_unit(word: &str) -> bool {
    matches!(
        word,
        "day"
            | "days"
            | "week"
            | "weeks"
            | "weekend"
            | "fortnight"
            | "month"
            | "months"
            | "year"
            | "years"
            | "decade"
            | "decades"
            | "century"
            | "centuries"
            | "hour"
            | "hours"
            | "quarter"
            | "spring"
            | "summer"
            | "autumn"
            | "winter"
    )
}

fn is_period_modifier(word: &str) -> bool {
    matches!(
        word,
        "past"
            | "last"
            | "next"
            | "this"
            | "coming"
            | "recent"
            | "previous"
            | "following"
            | "several"
            | "few"
            | "many"
            | "a"
            | "each"
            | "every"
            | "per"
            | "earlier"
            | "later"
            | "same"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "final"
    ) || is_number_word(word)
}

fn is_institution_word(word: &str) -> bool {
    matches!(
        word,
        "congress"
            | "parliament"
            | "senate"
            | "house"
            | "court"
            | "office"
            | "department"
            | "ministry"
            | "cabinet"
            | "council"
            | "committee"
            | "agency"
            | "government"
            | "administration"
            | "army"
            | "navy"
            | "police"
            | "bureau"
            | "church"
            | "parliament's"
            | "reuters"
            | "english"
            | "spanish"
            | "french"
    )
}

fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "their"
            | "our"
            | "in"
            | "on"
            | "at"
            | "of"
            | "for"
            | "with"
            | "by"
            | "from"
            | "to"
            | "and"
            | "but"
            | "or"
            | "if"
            | "as"
            | "when"
            | "while"
            | "after"
            | "before"
            | "despite"
            | "although"
            | "because"
            | "since"
            | "what"
            | "whether"
            | "who"
            | "which"
            | "there"
            | "here"
            | "both"
            | "all"
            | "no"
            | "not"
            | "some"
            | "any"
            | "each"
            | "every"
            | "over"
            | "under"
            | "during"
            | "among"
            | "according"
            | "once"
            | "then"
            | "so"
            | "yet"
            | "still"
            | "also"
            | "instead"
    )
}
