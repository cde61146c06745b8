//! Names and places: the gazetteer, the "in <Capitalised>" pattern, and capitalised words
//! that are neither.

use super::gazetteer;
use super::numbers::{is_weekday, month_of};
use super::tokens::{Token, previous};

/// Words that follow "in"/"from" with a capital but are institutions, not places.
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

/// Which tokens name a place: the gazetteer (single words, either half of "U.S.-Mexico", and
/// multi-word entries such as "Mexico City"), and a capitalised word after "in", "from",
/// "across", "near", "throughout", "inside", "outside" or "into" that is not a month, a weekday,
/// an acronym, an institution or a possessive.
pub fn place_mask(tokens: &[Token]) -> Vec<bool> {
    let mut mask = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        if let Some(len) = gazetteer::multi_word_place(|k| tokens.get(i + k).map(|t| t.text)) {
            mask[i..i + len].iter_mut().for_each(|m| *m = true);
            i += len;
            continue;
        }
        let token = &tokens[i];
        let gazetteer_word = gazetteer::is_place_word(token.text)
            || (token.text.contains('-')
                && token
                    .text
                    .split('-')
                    .all(|part| gazetteer::is_place_word(part) || part.is_empty()));
        let after_preposition = matches!(
            previous(tokens, i),
            Some("in" | "from" | "across" | "near" | "throughout" | "inside" | "outside" | "into")
        ) && token.is_capitalised()
            && !token.clause_start
            && !token.possessive
            && !token.is_acronym()
            && !is_weekday(token.text)
            && month_of(token.lower).is_none()
            && !is_institution_word(token.lower)
            && !is_function_word(token.lower)
            && !tokens
                .get(i + 1)
                .is_some_and(|next| next.is_capitalised() && !next.clause_start);
        mask[i] = gazetteer_word || after_preposition;
        i += 1;
    }
    mask
}

/// Capitalised words that are not names: the pronoun, calendar words, compass adjectives.
fn is_capitalised_non_name(token: &Token) -> bool {
    month_of(token.lower).is_some()
        || is_weekday(token.text)
        || matches!(
            token.text,
            "I" | "Western" | "Eastern" | "Northern" | "Southern" | "Internet" | "Editor"
        )
}

/// Capital-letter words that are not organisations: time zones, clock marks, numerals.
fn is_non_name_acronym(word: &str) -> bool {
    matches!(
        word,
        "AM" | "PM"
            | "ET"
            | "EST"
            | "EDT"
            | "CT"
            | "PT"
            | "PST"
            | "PDT"
            | "GMT"
            | "UTC"
            | "BST"
            | "OK"
            | "TV"
            | "II"
            | "III"
            | "IV"
            | "VI"
            | "VII"
            | "VIII"
            | "IX"
            | "XI"
            | "XII"
    )
}

/// People, organisations and titles: an acronym (CIA, DEA, FBI); a capitalised word inside the
/// sentence that is not a place, demonym, month, weekday or "I" ("Sheinbaum", "Department");
/// or, at the start of the sentence, a capitalised word that is not a function word followed by
/// another such word ("Justice Department officials", "President Claudia Sheinbaum").
pub fn has_name(tokens: &[Token], places: &[bool]) -> bool {
    let alphabetic = tokens
        .iter()
        .filter(|t| t.text.chars().any(char::is_alphabetic))
        .count();
    let capitals = tokens.iter().filter(|t| t.is_acronym()).count();
    let shouting = alphabetic >= 3 && capitals * 2 >= alphabetic;
    let name_like = |i: usize| {
        let token = &tokens[i];
        token.is_capitalised()
            && !places[i]
            && !is_capitalised_non_name(token)
            && !is_function_word(token.lower)
    };
    (0..tokens.len()).any(|i| {
        let token = &tokens[i];
        if places[i] {
            return false;
        }
        if token.is_acronym() {
            return !shouting && !is_non_name_acronym(token.text);
        }
        if !name_like(i) {
            return false;
        }
        !token.clause_start
            || (i + 1 < tokens.len() && !tokens[i + 1].clause_start && name_like(i + 1))
    })
}
