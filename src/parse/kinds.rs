//! Kinds: which sorts of checkable fact a statement carries, and why. Plain word rules over one
//! tokenisation of the statement; `docs/kinds.md` gives each rule and the reason for it.
//! Nothing is compiled per call: the word lists are `match` arms or [`words::WordSet`]s built
//! once, and every rule is a test of one word in its context, so one pass over the words
//! decides every kind.

mod entities;
mod gazetteer;
mod judgement;
mod lexicon;
pub(crate) mod numbers;
mod reasons;
mod sources;
mod tokens;
pub(crate) mod words;

use crate::model::{Kind, KindReasons, KindSet};
pub use reasons::{Reasons, ReasonsInText};
use tokens::Token;

/// The kinds of one statement's text.
pub fn classify(text: &str) -> KindSet {
    scan(text, ALL_KINDS, None)
}

/// Every kind: what `classify` and `explain` look for.
const ALL_KINDS: KindSet = KindSet::ALL;

/// The kinds of one statement's text, each with its reasons: the words, as written, that
/// triggered its rule (each once, in order of appearance).
pub fn explain(text: &str) -> KindReasons {
    reasons(text).to_map(text)
}

/// [`explain`] as byte ranges of `text`: what the parse keeps, with no string per word.
pub fn reasons(text: &str) -> Reasons {
    reasons_only(text, ALL_KINDS)
}

/// The reasons for the kinds of `wanted` only: the rules of other kinds are not run.
pub fn reasons_only(text: &str, wanted: KindSet) -> Reasons {
    let mut reasons = Reasons::default();
    scan(
        text,
        wanted,
        Some(&mut |kind, word| reasons.note(text, kind, word)),
    );
    reasons
}

/// The reasons for `kinds`, the kinds stored for `text` when it was ingested: a kind the rules
/// of this version no longer find keeps no words, and one they find now but was not stored is
/// left out, so the reasons never claim a kind the statement does not carry.
pub fn explain_kinds(text: &str, kinds: KindSet) -> KindReasons {
    reasons_only(text, kinds).to_map(text)
}

/// Hears each kind's triggering words (slices of the statement's text).
type Listener<'a> = &'a mut dyn FnMut(Kind, &str);

/// A rule of one word in its context.
type Rule = fn(&[Token], usize) -> bool;

const RULES: [(Kind, Rule); 6] = [
    (Kind::Figure, numbers::figure_at),
    (Kind::Date, numbers::date_at),
    (Kind::Attribution, sources::attribution_at),
    (Kind::AnonymousSource, sources::anonymous_source_at),
    (Kind::Superlative, judgement::superlative_at),
    (Kind::Opinion, judgement::opinion_at),
];

/// The kinds of `wanted` in one pass over the words. With a listener, every triggering word is
/// heard; without one, a kind's rule is no longer tried once the kind is found.
fn scan(text: &str, wanted: KindSet, mut listener: Option<Listener<'_>>) -> KindSet {
    let lower = text.to_ascii_lowercase();
    let tokens = tokens::tokenise(text, &lower);
    // Names are never places, so the name rule needs the place mask too.
    let places = if wanted.contains(Kind::Place) || wanted.contains(Kind::Name) {
        entities::place_mask(&tokens)
    } else {
        vec![false; tokens.len()]
    };
    let context = entities::NameContext::of(&tokens);
    let every = listener.is_some();
    let mut kinds = KindSet::EMPTY;
    let mut note = |kinds: &mut KindSet, kind: Kind, word: &str| {
        kinds.insert(kind);
        if let Some(listener) = listener.as_mut() {
            listener(kind, word);
        }
    };
    if wanted.contains(Kind::Quote)
        && let Some(mark) = sources::quote_mark(text)
    {
        note(&mut kinds, Kind::Quote, mark);
    }
    let mut i = 0;
    while wanted.contains(Kind::Place) && i < tokens.len() {
        if !places[i] {
            i += 1;
            continue;
        }
        // A place is the whole run of words the gazetteer matched ("Mexico City").
        let end = (i..tokens.len())
            .find(|&j| !places[j])
            .unwrap_or(tokens.len());
        note(&mut kinds, Kind::Place, run_text(text, &tokens[i..end]));
        i = end;
    }
    // The rules still to try for each word: a rule leaves once its kind is found (unless
    // every word is wanted).
    let rules: Vec<(Kind, Rule)> = RULES
        .into_iter()
        .filter(|(kind, _)| wanted.contains(*kind))
        .collect();
    for i in 0..tokens.len() {
        for (kind, rule) in &rules {
            if (every || !kinds.contains(*kind)) && rule(&tokens, i) {
                note(&mut kinds, *kind, tokens[i].text);
            }
        }
        if wanted.contains(Kind::Name)
            && (every || !kinds.contains(Kind::Name))
            && entities::name_at(&tokens, &places, &context, i)
        {
            note(&mut kinds, Kind::Name, tokens[i].text);
        }
    }
    kinds
}

/// The text of a run of tokens as written, from the first word's start to the last one's end.
fn run_text<'a>(text: &'a str, run: &[Token<'_>]) -> &'a str {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return "";
    };
    let start = offset_in(text, first.text);
    let end = offset_in(text, last.text) + last.text.len();
    &text[start..end]
}

/// Where `word` (a slice of `text`) starts in `text`.
fn offset_in(text: &str, word: &str) -> usize {
    word.as_ptr() as usize - text.as_ptr() as usize
}

/// Whether `word`, in any case, is a one-word place of the gazetteer ("MADRID", "Madrid"): a
/// place written in capitals is not an acronym.
pub fn is_place_name(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let title: String = first
        .to_uppercase()
        .chain(chars.flat_map(char::to_lowercase))
        .collect();
    gazetteer::is_place_word(&title)
}

#[cfg(test)]
mod lexicon_tests;
#[cfg(test)]
mod tests;
