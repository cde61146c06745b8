//! Names and places: the gazetteer, the "in <Capitalised>" pattern, and capitalised words
//! that are neither.

use super::gazetteer;
use super::lexicon;
use super::numbers::{is_weekday, month_of};
use super::tokens::{Token, previous};

/// Words that follow "in"/"from" with a capital but are institutions, not places.
pub const INSTITUTION_WORDS: &[&str] = &[
    "congress",
    "parliament",
    "senate",
    "house",
    "court",
    "office",
    "department",
    "ministry",
    "cabinet",
    "council",
    "committee",
    "agency",
    "government",
    "administration",
    "army",
    "navy",
    "police",
    "bureau",
    "church",
    "parliament's",
    "reuters",
    "english",
    "spanish",
    "french",
];

fn is_institution_word(word: &str) -> bool {
    lexicon::is(word, lexicon::INSTITUTION)
}

/// Articles, pronouns, prepositions, conjunctions and the like.
pub const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "in",
    "on",
    "at",
    "of",
    "for",
    "with",
    "by",
    "from",
    "to",
    "and",
    "but",
    "or",
    "if",
    "as",
    "when",
    "while",
    "after",
    "before",
    "despite",
    "although",
    "because",
    "since",
    "what",
    "whether",
    "who",
    "which",
    "there",
    "here",
    "both",
    "all",
    "no",
    "not",
    "some",
    "any",
    "each",
    "every",
    "over",
    "under",
    "during",
    "among",
    "according",
    "once",
    "then",
    "so",
    "yet",
    "still",
    "also",
    "instead",
];

fn is_function_word(word: &str) -> bool {
    lexicon::is(word, lexicon::FUNCTION_WORD)
}

/// Which tokens name a place: the gazetteer (single words, either half of "U.S.-Mexico", and
/// multi-word entries such as "Mexico City"), and a capitalised word after "in", "from",
/// "across", "near", "throughout", "inside", "outside" or "into" that is not a month, a weekday,
/// an acronym, an institution or a possessive.
pub fn place_mask(tokens: &[Token]) -> Vec<bool> {
    let mut mask = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        // Every gazetteer entry and every place after a preposition starts with a capital:
        // most words need no lookup at all.
        if !tokens[i].text.starts_with(char::is_uppercase) {
            i += 1;
            continue;
        }
        if let Some(len) = gazetteer::multi_word_place(|k| tokens.get(i + k).map(|t| t.text)) {
            mask[i..i + len].iter_mut().for_each(|m| *m = true);
            i += len;
            continue;
        }
        let token = &tokens[i];
        // "U.S.-Mexico": every part a place; a bare dash ("-" marking a list item) is none.
        let gazetteer_word = gazetteer::is_place_word(token.text)
            || (!token.plain
                && token.text.contains('-')
                && token.text.split('-').any(|part| !part.is_empty())
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

/// What the name rule needs to know of the whole statement, computed once.
pub struct NameContext {
    /// Most words are in capitals (a headline or a shouted line): capitals say nothing.
    shouting: bool,
}

impl NameContext {
    pub fn of(tokens: &[Token]) -> NameContext {
        let alphabetic = tokens
            .iter()
            .filter(|t| t.text.chars().any(char::is_alphabetic))
            .count();
        let capitals = tokens.iter().filter(|t| t.is_acronym()).count();
        NameContext {
            shouting: alphabetic >= 3 && capitals * 2 >= alphabetic,
        }
    }
}

/// "A.M.", "F.B.I.": single letters with full stops, read as the acronym of their letters.
fn dotted_initials(text: &str) -> Option<String> {
    let dotted = text.len() >= 4
        && text.ends_with('.')
        && text
            .split_terminator('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase));
    // The letters are collected only for such a word, not for every capitalised one.
    dotted.then(|| text.chars().filter(|c| *c != '.').collect())
}

/// Whether word `i` opens the sentence or a clause, counting what comes before it only if it
/// holds a letter or digit: after a list marker ("-", "•", "*") the first word still opens it.
fn opens_clause(tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    loop {
        if tokens[j].clause_start {
            return true;
        }
        if j == 0 || tokens[j - 1].text.chars().any(char::is_alphanumeric) {
            return false;
        }
        j -= 1;
    }
}

/// Suffixes of common nouns that open sentences without an article ("Inflation rose",
/// "Spending fell", "Unemployment rose"): such a word is not taken for a name.
const COMMON_NOUN_SUFFIXES: &[&str] = &[
    "tion", "sion", "ment", "ing", "ity", "ance", "ence", "ness", "ism", "ship", "age", "ure",
];

/// A verb of action in the past tense or the third person present, lower case: "sold", "said",
/// "sells", "announced". Not a copula ("is", "was") nor the verbs of quantities ("rose",
/// "fell"), whose subjects are mostly common nouns ("Water is scarce", "Crime fell").
fn is_finite_verb(token: &Token) -> bool {
    let word = token.text;
    if !word.chars().all(|c| c.is_ascii_lowercase()) || word.len() < 3 {
        return false;
    }
    (word.ends_with("ed") && word.len() > 4)
        || matches!(
            word,
            "sold"
                | "said"
                | "told"
                | "made"
                | "won"
                | "lost"
                | "took"
                | "gave"
                | "bought"
                | "paid"
                | "built"
                | "sent"
                | "spent"
                | "kept"
                | "left"
                | "led"
                | "met"
                | "hit"
                | "cut"
                | "set"
                | "put"
                | "saw"
                | "got"
                | "began"
                | "became"
                | "brought"
                | "thought"
                | "wrote"
                | "ran"
                | "sells"
                | "says"
                | "makes"
                | "plans"
                | "wants"
                | "owns"
                | "employs"
                | "reported"
        )
}

/// A capitalised word that opens the sentence as the subject of a verb ("Apple sold 3 million
/// phones", "Microsoft said"): in news copy a singular common noun would need an article there
/// ("The company sold"), so the word is a name. Plurals ("Taxes rise", "Officials said") and
/// nouns with a common-noun ending ("Inflation rose") are not taken.
fn names_the_subject(tokens: &[Token], i: usize) -> bool {
    let token = &tokens[i];
    let word = token.lower;
    !token.punct_after
        && !token.possessive
        && word.len() >= 3
        && !word.ends_with('s')
        && !word.ends_with("ly")
        && !COMMON_NOUN_SUFFIXES.iter().any(|s| word.ends_with(s))
        && !matches!(
            word,
            "today"
                | "yesterday"
                | "tomorrow"
                | "tonight"
                | "everyone"
                | "everybody"
                | "nobody"
                | "someone"
                | "somebody"
                | "anyone"
                | "nothing"
                | "something"
                | "everything"
                | "one"
                | "none"
                | "many"
                | "few"
                | "most"
                | "police"
                | "people"
                | "staff"
        )
        && tokens.get(i + 1).is_some_and(is_finite_verb)
}

/// People, organisations and titles at word `i`: an acronym (CIA, DEA, FBI, F.B.I.); a
/// capitalised word inside the sentence that is not a place, demonym, month, weekday or "I"
/// ("Sheinbaum", "Department"); or, at the start of the sentence, a capitalised word that is not
/// a function word followed by another such word ("Justice Department officials", "President
/// Claudia Sheinbaum") or by a verb it is the subject of ("Apple sold").
pub fn name_at(tokens: &[Token], places: &[bool], context: &NameContext, i: usize) -> bool {
    let token = &tokens[i];
    if places[i] || !token.text.starts_with(char::is_uppercase) {
        return false;
    }
    let name_like = |i: usize| {
        let token = &tokens[i];
        token.is_capitalised()
            && !places[i]
            && !is_capitalised_non_name(token)
            && !is_function_word(token.lower)
    };
    if let Some(letters) = dotted_initials(token.text) {
        return !context.shouting && !is_non_name_acronym(&letters);
    }
    if token.is_acronym() {
        return !context.shouting && !is_non_name_acronym(token.text);
    }
    if !name_like(i) {
        return false;
    }
    !opens_clause(tokens, i)
        || (i + 1 < tokens.len() && !tokens[i + 1].clause_start && name_like(i + 1))
        || names_the_subject(tokens, i)
}
