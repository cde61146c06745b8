//! Claims of rank and claims of judgement: superlatives and opinion.

use super::lexicon;
use super::tokens::{Token, before, lower_at, previous};

/// Words ending in "-est" that are not superlatives.
pub const FALSE_SUPERLATIVES: &[&str] = &[
    "interest",
    "disinterest",
    "honest",
    "dishonest",
    "protest",
    "arrest",
    "forest",
    "contest",
    "harvest",
    "suggest",
    "digest",
    "invest",
    "divest",
    "ingest",
    "manifest",
    "modest",
    "immodest",
    "earnest",
    "conquest",
    "priest",
    "detest",
    "attest",
    "inquest",
    "southwest",
    "northwest",
    "midwest",
    "latest",
    "unrest",
    "behest",
    "bequest",
    "request",
    "tempest",
    "congest",
    "molest",
    "infest",
    "incest",
    "armrest",
];

fn is_false_superlative(word: &str) -> bool {
    lexicon::is(word, lexicon::FALSE_SUPERLATIVE)
}

/// Record, first, only, best/worst, most/least, "-est" adjectives (not "interest", "honest",
/// "west": the list above), unprecedented, all-time, never before.
pub fn superlative_at(tokens: &[Token], i: usize) -> bool {
    {
        let token = &tokens[i];
        let word = token.lower;
        // Only a listed word or one with "est" or "record-" in it can be a superlative.
        let has_est = has_est(word);
        if token.classes & lexicon::SUPERLATIVE_CUE == 0 && !has_est && !word.starts_with("record-")
        {
            return false;
        }
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
                            || next.classes & lexicon::NUMBER_WORD != 0
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
                    && ((has_est && word.split('-').any(est)) || word.starts_with("record-"))
            }
        }
    }
}

/// Whether `word` has "est" in it: three bytes compared in place, where `str::contains` would
/// first prepare a substring search, for every word of every statement.
fn has_est(word: &str) -> bool {
    word.as_bytes().windows(3).any(|w| w == b"est")
}

/// Hedges, evaluative words, the voices of a debate, readings of events.
pub const OPINION_WORDS: &[&str] = &[
    "likely",
    "unlikely",
    "probably",
    "possibly",
    "perhaps",
    "apparently",
    "seemingly",
    "arguably",
    "presumably",
    "appears",
    "seems",
    "suggests",
    "significant",
    "significantly",
    "crucial",
    "essential",
    "vital",
    "important",
    "importantly",
    "complex",
    "controversial",
    "dramatic",
    "dramatically",
    "alarming",
    "troubling",
    "remarkable",
    "historic",
    "devastating",
    "devastate",
    "dire",
    "sweeping",
    "aggressive",
    "cautious",
    "cautiously",
    "increasingly",
    "heightened",
    "mounting",
    "powerful",
    "reputable",
    "uncertain",
    "uncertainty",
    "unclear",
    "doubtful",
    "obvious",
    "obviously",
    "evident",
    "clearly",
    "undeniably",
    "critics",
    "supporters",
    "observers",
    "analysts",
    "experts",
    "skeptics",
    "sceptics",
    "underscoring",
    "underscores",
    "underscored",
    "represents",
];

/// Verbs of belief: with a first-person subject ("I think", "we believe") they state a view.
pub const BELIEF_VERBS: &[&str] = &[
    "think", "believe", "feel", "doubt", "suspect", "reckon", "guess", "suppose",
];

/// Judgements of quality: after a form of "be" ("the plan is bad") they characterise.
pub const VERDICT_WORDS: &[&str] = &[
    "bad",
    "good",
    "terrible",
    "awful",
    "excellent",
    "wonderful",
    "great",
    "poor",
    "wrong",
    "right",
    "misguided",
    "foolish",
    "unfair",
    "unwise",
    "reckless",
    "disastrous",
    "shameful",
    "ridiculous",
    "absurd",
];

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
    let classes = token.classes;
    if classes & OPINION_CUES == 0 {
        return false;
    }
    classes & lexicon::OPINION_WORD != 0
        // Modal verbs of speculation and obligation, written in lower case ("May" is a month).
        || (classes & lexicon::MODAL != 0 && token.text == token.lower)
        || (token.lower == "clear" && after_be())
        || (classes & lexicon::VERDICT_WORD != 0 && after_be())
        || (classes & lexicon::BELIEF_VERB != 0
            && matches!(previous(tokens, i), Some("i" | "we" | "personally")))
        || (matches!(token.lower, "view" | "opinion")
            && before(tokens, i, 2).eq(["in", "my"]) | before(tokens, i, 2).eq(["in", "our"]))
}

/// Modal verbs of speculation and obligation.
pub const MODALS: &[&str] = &["could", "might", "may", "should", "must"];

/// The words `opinion_at` starts from besides its lists.
pub const OPINION_CUE_WORDS: &[&str] = &["clear", "view", "opinion"];

/// Every word `opinion_at` can say yes to is in one of these classes.
const OPINION_CUES: lexicon::Classes = lexicon::OPINION_WORD
    | lexicon::MODAL
    | lexicon::VERDICT_WORD
    | lexicon::BELIEF_VERB
    | lexicon::OPINION_CUE;

/// The words the superlative rule reads whatever their shape (the arms of its `match`).
pub const SUPERLATIVE_CUES: &[&str] = &[
    "best",
    "worst",
    "unprecedented",
    "all-time",
    "first-ever",
    "largest-ever",
    "first",
    "most",
    "least",
    "only",
    "record",
    "before",
];
