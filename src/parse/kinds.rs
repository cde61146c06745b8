//! Kinds: which sorts of checkable fact a statement carries. Plain word rules over one
//! tokenisation of the statement; `docs/kinds.md` gives each rule and the reason for it.
//! Nothing is compiled per call: the word lists are `match` arms and the gazetteer is built once.

mod entities;
mod gazetteer;
mod judgement;
pub(crate) mod numbers;
mod sources;
mod tokens;

use crate::model::{Kind, KindSet};

/// The kinds of one statement's text.
pub fn classify(text: &str) -> KindSet {
    let lower = text.to_ascii_lowercase();
    let tokens = tokens::tokenise(text, &lower);
    let places = entities::place_mask(&tokens);
    let found = [
        (Kind::Quote, sources::has_quote(text)),
        (Kind::Figure, numbers::has_figure(&tokens)),
        (Kind::Date, numbers::has_date(&tokens)),
        (Kind::Name, entities::has_name(&tokens, &places)),
        (Kind::Place, places.contains(&true)),
        (Kind::Attribution, sources::has_attribution(&tokens)),
        (
            Kind::AnonymousSource,
            sources::has_anonymous_source(&tokens),
        ),
        (Kind::Superlative, judgement::has_superlative(&tokens)),
        (Kind::Opinion, judgement::has_opinion(&tokens)),
    ];
    found
        .into_iter()
        .filter_map(|(kind, present)| present.then_some(kind))
        .collect()
}

#[cfg(test)]
mod tests;
