//! Who says so: quotations, attribution, and sources left unnamed.

use super::lexicon;
use super::numbers::is_weekday;
use super::tokens::{Token, before, lower_at, previous};

/// Double quotation marks of any style, or a single opening curly quote that is later closed:
/// an apostrophe ("Mexico’s", "don't") never opens a quotation. The first such mark.
pub fn quote_mark(text: &str) -> Option<&str> {
    if let Some(at) = first_double_quote(text) {
        let len = text[at..].chars().next().map_or(1, char::len_utf8);
        return Some(&text[at..at + len]);
    }
    // Most statements have no single opening quote: they are not read character by character.
    if !text.contains('‘') {
        return None;
    }
    let mut previous = ' ';
    for (i, c) in text.char_indices() {
        if c == '‘' && !previous.is_alphanumeric() {
            let rest = &text[i + c.len_utf8()..];
            let closes = rest.char_indices().any(|(j, d)| {
                d == '’' && !rest[j + d.len_utf8()..].starts_with(char::is_alphanumeric)
            });
            if closes {
                return Some(&text[i..i + c.len_utf8()]);
            }
            // Every later opening quote would look for the same closing one: stop here.
            return None;
        }
        previous = c;
    }
    None
}

/// Where the first double quotation mark of any style stands (`"“”„«»`). Read as bytes: each
/// mark starts with `"`, 0xC2 or 0xE2, found by `memchr3` (vectorised), and only a byte of
/// those is looked at more closely.
fn first_double_quote(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memchr3(b'"', 0xC2, 0xE2, &bytes[from..]) {
        let at = from + i;
        // A byte of those three always starts a character, so `at` is a boundary.
        if text[at..].starts_with(['“', '”', '"', '«', '»', '„']) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Speech and reporting verbs.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "saying",
    "told",
    "announced",
    "announces",
    "announcing",
    "confirmed",
    "confirms",
    "confirming",
    "stated",
    "added",
    "adding",
    "noted",
    "noting",
    "explained",
    "reported",
    "wrote",
    "writes",
    "testified",
    "declared",
    "insisted",
    "insisting",
    "acknowledged",
    "acknowledging",
    "emphasized",
    "emphasised",
    "emphasizing",
    "emphasising",
    "stressed",
    "stressing",
    "reiterated",
    "reaffirmed",
    "described",
    "claimed",
    "alleged",
    "warned",
    "warn",
    "warns",
    "argued",
    "argue",
    "argues",
    "denied",
    "denies",
    "admitted",
    "disclosed",
    "expressed",
    "responded",
    "urged",
    "citing",
    "quoted",
    "briefed",
    "asked",
    "cautioned",
    "estimated",
    "predicted",
    "recalled",
    "replied",
];

/// The other words the attribution rule starts from.
pub const ATTRIBUTION_CUES: &[&str] = &[
    "according",
    "statement",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "pointed",
    "say",
];

/// A speech or reporting verb ("said", "told", "confirmed", "warned"), "according to",
/// "in a statement", a spokesperson, or "say" used as a verb ("analysts say").
pub fn attribution_at(tokens: &[Token], i: usize) -> bool {
    let token = &tokens[i];
    if token.classes & (lexicon::SPEECH_VERB | lexicon::ATTRIBUTION_CUE) == 0 {
        return false;
    }
    let word = token.lower;
    token.classes & lexicon::SPEECH_VERB != 0
        || (word == "according" && lower_at(tokens, i + 1) == Some("to"))
        || (word == "statement" && before(tokens, i, 2).eq(["in", "a"]))
        || matches!(word, "spokesperson" | "spokesman" | "spokeswoman")
        || (word == "pointed" && lower_at(tokens, i + 1) == Some("out"))
        || (word == "say"
            && i > 0
            && !matches!(
                previous(tokens, i),
                Some(
                    "to" | "would"
                        | "will"
                        | "can"
                        | "could"
                        | "may"
                        | "might"
                        | "must"
                        | "should"
                        | "a"
                        | "not"
                        | "i"
                        | "you"
                        | "we"
                )
            ))
}

/// Unnamed sources: "officials"/"sources"/"insiders"/"aides"/"diplomats"/"outlets" that speak
/// ("officials said"), are cited ("according to Justice Department sources") or are qualified
/// as unnamed ("senior officials", "multiple reports") — unless a name follows the noun
/// ("official John Smith"); and the phrases of anonymity ("people familiar with", "on condition
/// of anonymity", "reportedly"). The word decides first; its context is read only for the few
/// words that can be such a source.
pub fn anonymous_source_at(tokens: &[Token], i: usize) -> bool {
    if tokens[i].classes & lexicon::ANONYMOUS_CUE == 0 {
        return false;
    }
    let word = tokens[i].lower;
    // "official John Smith": the noun introduces a name (no punctuation between them).
    let named_after = || {
        !tokens[i].punct_after
            && tokens.get(i + 1).is_some_and(|next| {
                next.is_capitalised() && !next.clause_start && !is_weekday(next.text)
            })
    };
    let cited = || {
        before(tokens, i, 6)
            .zip(before(tokens, i, 6).skip(1))
            .any(|pair| pair == ("according", "to"))
    };
    let qualified = || {
        tokens[i.saturating_sub(3)..i]
            .iter()
            .any(|t| t.classes & lexicon::ANONYMOUS_QUALIFIER != 0)
    };
    let speaks = || {
        tokens
            .iter()
            .skip(i + 1)
            .take(4)
            .any(|t| t.classes & lexicon::SPEECH_VERB != 0)
            || lower_at(tokens, i + 1).is_some_and(|w| matches!(w, "say" | "believe" | "suggest"))
    };
    match word {
        "official" | "officials" | "insider" | "insiders" | "aide" | "aides" | "diplomat"
        | "diplomats" | "outlets" => !named_after() && (speaks() || cited() || qualified()),
        "source" | "sources" => {
            !named_after()
                && !matches!(lower_at(tokens, i + 1), Some("of" | "code"))
                && !matches!(
                    previous(tokens, i),
                    Some(
                        "energy"
                            | "water"
                            | "revenue"
                            | "income"
                            | "power"
                            | "food"
                            | "renewable"
                            | "open"
                            | "primary"
                            | "heat"
                            | "light"
                    )
                )
        }
        "reports" => {
            qualified()
                || lower_at(tokens, i + 1)
                    .is_some_and(|w| matches!(w, "say" | "said" | "suggest" | "indicate"))
        }
        "familiar" => {
            lower_at(tokens, i + 1) == Some("with")
                && before(tokens, i, 3).any(|w| {
                    matches!(
                        w,
                        "person" | "people" | "sources" | "source" | "officials" | "someone"
                    )
                })
        }
        "anonymity" | "anonymously" | "reportedly" => true,
        // "asked not to be named", "declined to be named".
        "named" => {
            before(tokens, i, 3).eq(["not", "to", "be"])
                || before(tokens, i, 3).eq(["declined", "to", "be"])
        }
        // "not authorized to speak publicly".
        "authorized" | "authorised" => {
            previous(tokens, i) == Some("not") && lower_at(tokens, i + 1) == Some("to")
        }
        _ => false,
    }
}

/// What makes a source unnamed when it stands up to three words before it.
pub const ANONYMOUS_QUALIFIERS: &[&str] = &[
    "senior",
    "unnamed",
    "anonymous",
    "multiple",
    "several",
    "numerous",
    "knowledgeable",
    "informed",
    "media",
    "press",
    "news",
];

/// The words `anonymous_source_at` reads further: every arm of its `match` but the last.
pub const ANONYMOUS_CUES: &[&str] = &[
    "official",
    "officials",
    "insider",
    "insiders",
    "aide",
    "aides",
    "diplomat",
    "diplomats",
    "outlets",
    "source",
    "sources",
    "reports",
    "familiar",
    "anonymity",
    "anonymously",
    "reportedly",
    "named",
    "authorized",
    "authorised",
];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The search `quote_mark` made before it read bytes: the reference it must equal.
    fn reference(text: &str) -> Option<&str> {
        if let Some(at) = text.find(['“', '”', '"', '«', '»', '„']) {
            let len = text[at..].chars().next().map_or(1, char::len_utf8);
            return Some(&text[at..at + len]);
        }
        let mut previous = ' ';
        for (i, c) in text.char_indices() {
            if c == '‘' && !previous.is_alphanumeric() {
                let rest = &text[i + c.len_utf8()..];
                let closes = rest.char_indices().any(|(j, d)| {
                    d == '’' && !rest[j + d.len_utf8()..].starts_with(char::is_alphanumeric)
                });
                return closes.then(|| &text[i..i + c.len_utf8()]);
            }
            previous = c;
        }
        None
    }

    proptest! {
        #[test]
        fn the_first_quotation_mark_is_the_one_a_character_search_finds(
            text in "([a-z]{1,4}|[ .,'\"]|[“”„«»‘’‚‹›é€\u{a0}—]){0,30}",
        ) {
            prop_assert_eq!(
                quote_mark(&text).map(|m| m.as_ptr()),
                reference(&text).map(|m| m.as_ptr())
            );
        }
    }
}
