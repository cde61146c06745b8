//! Claims of rank and claims of judgement: superlatives and opinion.

use super::numbers::is_number_word;
use super::tokens::{Token, before, lower_at, previous};

/// Words ending in "-est" that are not superlatives.
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

/// Record, first, only, best/worst, most/least, "-est" adjectives (not "interest", "honest",
/// "west": the list above), unprecedented, all-time, never before.
pub fn superlative_at(tokens: &[Token], i: usize) -> bool {
    {
        let token = &tokens[i];
        let word = token.lower;
        let determiner_before = matches!(
            previous(tokens, i),
            Some("the" | "its" | "his" | "her" | "their" | "our" | "my" | "your")
        );
        let est = |part: &str| {
            part.len() >= 6
                && part.ends_with("est")
                && part.chars().all(|c| c.is_ascii_lowercase())
                && !is_false_superlative(part)
        };
        let lowercase_written = !token.is_capitalised() || token.clause_start;
        match word {
            "best" | "worst" | "unprecedented" | "all-time" | "first-ever" | "largest-ever" => true,
            "first" => previous(tokens, i) != Some("at") && lower_at(tokens, i + 1) != Some("of"),
            "most" | "least" => determiner_before,
            "only" => {
                determiner_before
                    || tokens.get(i + 1).is_some_and(|next| {
                        next.starts_with_digit()
                            || is_number_word(next.lower)
                            || next.lower == "one"
                    })
            }
            "record" => {
                let idiom = previous(tokens, i) == Some("the")
                    && i >= 2
                    && matches!(tokens[i - 2].lower, "on" | "off" | "for" | "into" | "in");
                let a_kind_of_record = matches!(
                    previous(tokens, i),
                    Some(
                        "track"
                            | "criminal"
                            | "public"
                            | "voting"
                            | "court"
                            | "medical"
                            | "police"
                            | "service"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                    )
                );
                !idiom && !a_kind_of_record && lower_at(tokens, i + 1) != Some("of")
            }
            "before" => previous(tokens, i) == Some("never"),
            _ => {
                lowercase_written
                    && ((word.contains("est") && word.split('-').any(est))
                        || word.starts_with("record-"))
            }
        }
    }
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

/// Verbs of belief: with a first-person subject ("I think", "we believe") they state a view.
fn is_belief_verb(word: &str) -> bool {
    matches!(
        word,
        "think" | "believe" | "feel" | "doubt" | "suspect" | "reckon" | "guess" | "suppose"
    )
}

/// Judgements of quality: after a form of "be" ("the plan is bad") they characterise.
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

/// Characterisation and analysis: hedges and speculation ("likely", "could", "may"),
/// evaluative words ("significant", "complex", "powerful"), claims of (un)certainty ("is clear",
/// "remains uncertain"), the voices of a debate ("critics", "supporters", "analysts"), readings
/// of events ("represents", "underscoring"), a view in the first person ("I think", "we
/// believe", "in my view") and a verdict after a form of "be" ("the plan is bad").
pub fn opinion_at(tokens: &[Token], i: usize) -> bool {
    let token = &tokens[i];
    let after_be = || {
        matches!(
            previous(tokens, i),
            Some(
                "is" | "are"
                    | "was"
                    | "were"
                    | "remains"
                    | "remain"
                    | "seems"
                    | "seem"
                    | "appears"
                    | "became"
                    | "becomes"
                    | "become"
                    | "be"
                    | "not"
            )
        )
    };
    is_opinion_word(token.lower)
        // Modal verbs of speculation and obligation, written in lower case ("May" is a month).
        || matches!(token.text, "could" | "might" | "may" | "should" | "must")
        || (token.lower == "clear" && after_be())
        || (is_verdict_word(token.lower) && after_be())
        || (is_belief_verb(token.lower)
            && matches!(previous(tokens, i), Some("i" | "we" | "personally")))
        || (matches!(token.lower, "view" | "opinion")
            && before(tokens, i, 2).eq(["in", "my"]) | before(tokens, i, 2).eq(["in", "our"]))
}
