//! acronym-before-definition: an acronym the reader meets before it is spelt out ("the DEA ...
//! later Drug Enforcement Administration (DEA)"), one never spelt out, or one spelt out two
//! ways. A definition is "Full Name (ACR)" or "ACR (Full Name)". Well-known acronyms need no
//! definition (the list below, documented in docs/lint.md).

use std::collections::{BTreeMap, HashSet};

use super::Hit;
use super::text::{Doc, Lowered, Sentence, Word, lower, strip_possessive};
use crate::lang::Language;
use crate::model::Span;
use crate::parse::kinds::words::FxBuild;

/// Small words a spelt-out name may contain without giving a letter to its acronym.
const MINOR: &[&str] = &[
    "of", "and", "for", "the", "on", "in", "to", "de", "del", "la", "y",
];

/// Where a word stands in the article: statement index, then byte offset.
type Position = (usize, usize);

#[derive(Default)]
struct Acronym {
    first_use: Option<(Position, Span)>,
    definitions: Vec<(Position, Span, String)>,
    statements: Vec<usize>,
}

/// Words the article also writes in ordinary case ("Sevilla" beside "SEVILLA"): names, not
/// acronyms, when it writes them in capitals.
fn written_in_ordinary_case(doc: &Doc<'_>) -> HashSet<Lowered, FxBuild> {
    let headline = doc.metadata.headline.as_deref().unwrap_or_default();
    // The statements' words as tokenised once for every rule; only the headline anew.
    let headline_words = super::text::words(headline);
    doc.sentences
        .iter()
        .flat_map(|s| &s.words)
        .chain(&headline_words)
        .filter(|w| w.is_capitalised())
        .map(|w| lower(w.text))
        .collect()
}

pub(crate) fn find(doc: &Doc<'_>) -> Vec<Hit> {
    let language = Language::of_code(doc.metadata.language.as_deref());
    // Acronyms a general reader knows need no definition: English's list, read in every
    // language, and the article's language's own. Dotted forms (U.S., D.C.) are single letters to
    // the scanner and never checked.
    let known_everywhere = &Language::English.words().well_known_acronyms;
    let known_here = &language.words().well_known_acronyms;
    // Built at the first acronym that needs it: many articles have none left to check by then.
    let names = std::cell::OnceCell::new();
    let mut acronyms: BTreeMap<String, Acronym> = BTreeMap::new();
    for sentence in &doc.sentences {
        if is_shouting(sentence.text) {
            continue;
        }
        let words = sentence.words_after_dateline();
        for (i, word) in words.iter().enumerate() {
            let Some(acronym) = acronym_of(word) else {
                continue;
            };
            if known_everywhere.iter().any(|k| k == acronym)
                || known_here.iter().any(|k| k == acronym)
                || crate::parse::kinds::is_place_name(acronym)
                || names
                    .get_or_init(|| written_in_ordinary_case(doc))
                    .contains(lower(acronym).as_str())
            {
                continue;
            }
            let entry = acronyms.entry(acronym.to_string()).or_default();
            if entry.statements.last() != Some(&sentence.index) {
                entry.statements.push(sentence.index);
            }
            let position = (sentence.index, word.start);
            let span = sentence.span_of(word.start, word.end);
            match definition(sentence, words, i, acronym) {
                Some(expansion) => entry.definitions.push((position, span, expansion)),
                None => {
                    entry.first_use.get_or_insert((position, span));
                }
            }
        }
    }

    let mut hits = Vec::new();
    for (acronym, found) in acronyms {
        let first_definition = found.definitions.first();
        match (found.first_use, first_definition) {
            (Some((_, span)), None) => hits.push(Hit {
                statements: found.statements.clone(),
                span: Some(span),
                message: format!(
                    "'{acronym}' is never spelt out: give the full name at first use, e.g. 'Full Name ({acronym})'"
                ),
            }),
            (Some((used, span)), Some((defined, _, expansion))) if used < *defined => {
                hits.push(Hit {
                    statements: found.statements.clone(),
                    span: Some(span),
                    message: format!(
                        "'{acronym}' is used before it is spelt out as '{expansion}': move the full name to the first use"
                    ),
                })
            }
            _ => {}
        }
        if let Some((_, span, other)) = found.definitions.iter().find(|(_, _, e)| {
            first_definition.is_some_and(|(_, _, first)| !e.eq_ignore_ascii_case(first))
        }) {
            hits.push(Hit {
                statements: found.statements.clone(),
                span: Some(*span),
                message: format!(
                    "'{acronym}' is spelt out two ways: '{}' and '{other}'",
                    first_definition.map(|d| d.2.as_str()).unwrap_or_default()
                ),
            });
        }
    }
    hits
}

/// The acronym a word is, if it is one: "CIA", "CIA’s", "NGOs" (plural) -> "NGO".
fn acronym_of<'a>(word: &Word<'a>) -> Option<&'a str> {
    let bare = strip_possessive(word.text);
    let bare = match bare.strip_suffix('s') {
        Some(stem) if stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()) => stem,
        _ => bare,
    };
    let letters = bare.chars().filter(char::is_ascii_uppercase).count();
    let is_acronym = (2..=7).contains(&bare.len())
        && letters >= 2
        && bare.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && bare
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let roman_numeral = bare.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    (is_acronym && !roman_numeral).then_some(bare)
}

/// A sentence mostly in capitals (a headline or a shouted line) is not read for acronyms.
fn is_shouting(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let upper = text.chars().filter(|c| c.is_uppercase()).count();
    letters >= 12 && upper * 10 > letters * 6
}

/// The spelt-out name when word `i` (the acronym) is being defined here: "Full Name (ACR)" or
/// "ACR (Full Name)".
fn definition(
    sentence: &Sentence<'_>,
    words: &[Word<'_>],
    i: usize,
    acronym: &str,
) -> Option<String> {
    let word = &words[i];
    let text = sentence.text;
    let in_parens = text[..word.start].trim_end().ends_with('(')
        && text[word.end..].trim_start().starts_with(')');
    if in_parens {
        let open = text[..word.start].trim_end().len() - 1;
        let before = words[..i].iter().rposition(|w| w.end <= open)?;
        return expansion_ending_at(text, words, 0, before, acronym);
    }
    let after = text[word.end..].trim_start();
    if after.starts_with('(') {
        let close = word.end + text[word.end..].find(')')?;
        let inside = words.iter().rposition(|w| w.end <= close)?;
        if inside > i {
            return expansion_ending_at(text, words, i + 1, inside, acronym);
        }
    }
    None
}

/// The words ending at word `last` (and not before word `floor`) whose initials spell
/// `acronym`, small words such as "of" allowed between them. When the initials do not match
/// ("Mexican Navy (SEMAR)"), the run of capitalised words ending there is taken as the name.
fn expansion_ending_at(
    text: &str,
    words: &[Word<'_>],
    floor: usize,
    last: usize,
    acronym: &str,
) -> Option<String> {
    let starts_upper = |w: &Word<'_>| w.text.chars().next().is_some_and(char::is_uppercase);
    let mut letters = acronym.chars().rev().peekable();
    let mut first = last;
    let mut j = last;
    loop {
        let w = &words[j];
        let initial = w.text.chars().next().map(|c| c.to_ascii_uppercase());
        if initial == letters.peek().copied() {
            letters.next();
            first = j;
        } else if !MINOR.contains(&w.text) {
            break;
        }
        if letters.peek().is_none() || j == floor {
            break;
        }
        j -= 1;
    }
    if letters.peek().is_some() {
        if !starts_upper(&words[last]) {
            return None;
        }
        first = last;
        while first > floor
            && last - first < 5
            && (starts_upper(&words[first - 1]) || MINOR.contains(&words[first - 1].text))
        {
            first -= 1;
        }
        while MINOR.contains(&words[first].text) {
            first += 1;
        }
    }
    Some(text[words[first].start..words[last].end].to_string())
}

#[cfg(test)]
mod tests {
    use super::super::testing::hits_in;
    use super::*;

    #[test]
    fn flags_an_acronym_used_before_its_definition() {
        let hits = hits_in(
            find,
            &[
                "Agents of the DEA joined the raid.",
                "The Drug Enforcement Administration (DEA) declined to comment.",
            ],
        );
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert!(
            hits[0]
                .message
                .contains("used before it is spelt out as 'Drug Enforcement Administration'")
        );
        assert_eq!(hits[0].statements, [0, 1]);
    }

    #[test]
    fn flags_an_acronym_never_spelt_out() {
        let hits = hits_in(find, &["The CIA, DEA and FBI worked with vetted units."]);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert!(hits[0].message.starts_with("'DEA' is never spelt out"));
    }

    #[test]
    fn flags_an_acronym_spelt_out_two_ways() {
        let hits = hits_in(
            find,
            &[
                "The Department of Homeland Security (DHS) said so.",
                "Later the Division of Homeland Safety (DHS) denied it.",
            ],
        );
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert!(hits[0].message.contains("spelt out two ways"));
        assert!(
            hits[0]
                .message
                .contains("'Department of Homeland Security'")
        );
    }

    #[test]
    fn defined_first_or_well_known_acronyms_are_fine() {
        let sentences = [
            "Central Intelligence Agency (CIA) personnel will assist.",
            "The Drug Enforcement Administration (DEA) and the FBI agreed; the DEA's agents left.",
            "SEMAR (Mexican Navy) units and the Mexican Navy (SEMAR) again.",
            "The U.S. and NATO met at 7:30 A.M. ET in World War II museums.",
        ];
        assert!(
            hits_in(find, &sentences).is_empty(),
            "{:?}",
            hits_in(find, &sentences)
        );
    }

    #[test]
    fn datelines_and_shouted_headlines_are_not_read() {
        let sentences = [
            "MEXICO CITY — Officials met.",
            "BREAKING NEWS: CARTEL LEADER CAUGHT IN SINALOA",
        ];
        assert!(hits_in(find, &sentences).is_empty());
    }

    #[test]
    fn plural_and_possessive_acronyms_are_the_same_acronym() {
        let sentences = [
            "Two NGOs spoke.",
            "A non-governmental organisation (NGO) left.",
        ];
        let hits = hits_in(find, &sentences);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert!(
            hits[0]
                .message
                .contains("before it is spelt out as 'non-governmental organisation'")
        );
    }
}
