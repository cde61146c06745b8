//! Kinds: which sorts of checkable fact a statement carries. Plain word rules over one
//! tokenisation of the statement (see `docs/kinds.md` for each rule and the reason for it).
//! Nothing is compiled per call: the word lists are `match` arms and one lazily built gazetteer.

mod gazetteer;
mod tokens;

use crate::model::{Kind, KindSet};
use tokens::{Token, tokenise};

/// The kinds of one statement's text.
pub fn classify(text: &str) -> KindSet {
    let lower = text.to_ascii_lowercase();
    let tokens = tokenise(text, &lower);
    let places = place_mask(&tokens);
    let mut kinds = KindSet::EMPTY;
    let found = [
        (Kind::Quote, has_quote(text)),
        (Kind::Figure, has_figure(&tokens)),
        (Kind::Date, has_date(&tokens)),
        (Kind::Name, has_name(&tokens, &places)),
        (Kind::Place, places.iter().any(|p| *p)),
        (Kind::Attribution, has_attribution(&tokens)),
        (Kind::AnonymousSource, has_anonymous_source(&tokens)),
        (Kind::Superlative, has_superlative(&tokens)),
        (Kind::Opinion, has_opinion(&tokens)),
    ];
    for (kind, present) in found {
        if present {
            kinds.insert(kind);
        }
    }
    kinds
}

fn lower_at<'a>(tokens: &[Token<'a>], index: usize) -> Option<&'a str> {
    tokens.get(index).map(|t| t.lower)
}

fn previous<'a>(tokens: &[Token<'a>], index: usize) -> Option<&'a str> {
    index.checked_sub(1).and_then(|i| lower_at(tokens, i))
}

/// The lowercase words of the `n` tokens before `index`.
fn before<'a, 'b>(
    tokens: &'b [Token<'a>],
    index: usize,
    n: usize,
) -> impl Iterator<Item = &'a str> + 'b {
    tokens[index.saturating_sub(n)..index]
        .iter()
        .map(|t| t.lower)
}

/// The lowercase words of the `n` tokens after `index`.
fn after<'a, 'b>(
    tokens: &'b [Token<'a>],
    index: usize,
    n: usize,
) -> impl Iterator<Item = &'a str> + 'b {
    tokens.iter().skip(index + 1).take(n).map(|t| t.lower)
}

// ---------------------------------------------------------------------------------------------
// quote

/// Double quotation marks of any style, or a single opening curly quote that is later closed:
/// an apostrophe ("Mexico’s", "don't") never opens a quotation.
fn has_quote(text: &str) -> bool {
    if text.contains(['“', '”', '"', '«', '»', '„']) {
        return true;
    }
    let mut previous = ' ';
    for (i, c) in text.char_indices() {
        if c == '‘' && !previous.is_alphanumeric() {
            let rest = &text[i + c.len_utf8()..];
            let closes = rest.char_indices().any(|(j, d)| {
                d == '’' && !rest[j + d.len_utf8()..].starts_with(char::is_alphanumeric)
            });
            if closes {
                return true;
            }
        }
        previous = c;
    }
    false
}

// ---------------------------------------------------------------------------------------------
// figure and date share the reading of numbers

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

fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// A month name as a month: capitalised; the short forms and the ambiguous "May" and "March"
/// only with a day or year after them, or (for the full names) a preposition before.
fn is_month_at(tokens: &[Token], index: usize) -> bool {
    let token = &tokens[index];
    if !token.is_capitalised() || month_of(token.lower).is_none() {
        return false;
    }
    let number_follows = tokens
        .get(index + 1)
        .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()));
    match token.lower {
        "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov"
        | "dec" => number_follows,
        "may" | "march" => {
            number_follows
                || previous(tokens, index).is_some_and(|p| {
                    matches!(
                        p,
                        "in" | "since"
                            | "by"
                            | "until"
                            | "early"
                            | "late"
                            | "mid"
                            | "last"
                            | "next"
                            | "this"
                            | "of"
                            | "from"
                            | "through"
                            | "before"
                            | "after"
                            | "during"
                            | "on"
                    )
                })
        }
        _ => true,
    }
}

fn strip_currency(word: &str) -> &str {
    let word = word.trim_start_matches(['+', '-', '~', '−', '±']);
    for prefix in ["US$", "A$", "C$", "HK$", "R$", "$", "€", "£", "¥", "₹"] {
        if let Some(rest) = word.strip_prefix(prefix) {
            return rest;
        }
    }
    word
}

/// The leading digits-and-separators of a number ("1,200.5" of "1,200.5bn") and the rest.
fn split_number(word: &str) -> (&str, &str) {
    let end = word
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(word.len());
    (&word[..end], &word[end..])
}

fn is_year_number(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && word
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2100).contains(&y))
}

/// A four-digit number read as a year: after a word that introduces a year ("in", "since",
/// "the", a month), or followed by punctuation, the end, a capital or a function word.
/// "2000 troops" is a count; "in 2000" and "2026," are years.
fn is_year_at(tokens: &[Token], index: usize) -> bool {
    let token = &tokens[index];
    if !is_year_number(token.text) {
        return false;
    }
    let introduced = previous(tokens, index).is_some_and(|p| {
        month_of(p).is_some()
            || matches!(
                p,
                "in" | "since"
                    | "by"
                    | "until"
                    | "till"
                    | "of"
                    | "from"
                    | "to"
                    | "through"
                    | "before"
                    | "after"
                    | "during"
                    | "early"
                    | "late"
                    | "mid"
                    | "circa"
                    | "fiscal"
                    | "year"
                    | "between"
                    | "and"
                    | "or"
                    | "the"
                    | "spring"
                    | "summer"
                    | "autumn"
                    | "fall"
                    | "winter"
            )
    });
    let closes = token.punct_after
        || tokens.get(index + 1).is_none_or(|next| {
            next.is_capitalised()
                || matches!(
                    next.lower,
                    "and"
                        | "to"
                        | "or"
                        | "when"
                        | "as"
                        | "was"
                        | "were"
                        | "had"
                        | "has"
                        | "the"
                        | "a"
                        | "that"
                        | "which"
                        | "through"
                        | "until"
                        | "election"
                        | "budget"
                )
        });
    introduced || closes
}

fn is_clock_time(word: &str) -> bool {
    let Some((hours, minutes)) = word.split_once(':') else {
        return false;
    };
    (1..=2).contains(&hours.len())
        && hours.bytes().all(|b| b.is_ascii_digit())
        && minutes.len() >= 2
        && minutes.as_bytes()[..2].iter().all(u8::is_ascii_digit)
}

/// "2026-01-17", "17/01/2026", "1/17/26".
fn is_numeric_date(word: &str) -> bool {
    let parts: Vec<&str> = word.split(['-', '/']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        && parts.iter().any(|p| p.len() >= 2)
}

fn is_ordinal(word: &str) -> bool {
    let (digits, suffix) = split_number(word);
    !digits.is_empty() && matches!(suffix, "st" | "nd" | "rd" | "th")
}

/// "1990s", "90s".
fn is_decade(word: &str) -> bool {
    let (digits, suffix) = split_number(word.trim_start_matches(['\'', '’']));
    (digits.len() == 2 || digits.len() == 4) && digits.ends_with('0') && suffix == "s"
}

// ---------------------------------------------------------------------------------------------
// figure

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

/// A number that counts or measures: not a year, a day of the month, a clock time, a numeric
/// date, an ordinal, a decade, a code ("COVID-19", "F-35" start with letters) or the marker of
/// a numbered list ("1." opening the statement).
fn is_counting_number(tokens: &[Token], index: usize) -> bool {
    let token = &tokens[index];
    let bare = strip_currency(token.text);
    let has_currency = bare.len() < token.text.len();
    let (digits, rest) = split_number(bare);
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if is_clock_time(bare) || is_numeric_date(bare) || is_ordinal(bare) || is_decade(bare) {
        return false;
    }
    if !has_currency && is_year_at(tokens, index) {
        return false;
    }
    let month_before = index > 0 && is_month_at(tokens, index - 1);
    let month_after = tokens.len() > index + 1 && is_month_at(tokens, index + 1);
    if !has_currency && digits.len() <= 2 && (month_before || month_after) {
        return false;
    }
    if index == 0 && token.punct_after && digits.len() <= 2 && rest.is_empty() && tokens.len() > 1 {
        return false;
    }
    rest.is_empty()
        || rest.starts_with(['%', '-', '–'])
        || matches!(
            rest.to_ascii_lowercase().as_str(),
            "k" | "m" | "bn" | "b" | "mn" | "tn" | "x" | "pc" | "mm" | "cm" | "km" | "kg" | "mph"
        )
}

fn has_figure(tokens: &[Token]) -> bool {
    (0..tokens.len()).any(|i| {
        let token = &tokens[i];
        token.text.contains('%')
            || is_counting_number(tokens, i)
            || token.lower.split('-').any(is_number_word)
            || (token.lower == "cent" && previous(tokens, i) == Some("per"))
    })
}

// ---------------------------------------------------------------------------------------------
// date

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

/// A time unit used as a period: "last week", "over the past two decades", "months of talks",
/// "three years ago", "a 10-year plan".
fn is_period_at(tokens: &[Token], index: usize) -> bool {
    let token = &tokens[index];
    let unit = token.lower;
    if unit.contains('-') {
        let mut parts = unit.split('-');
        let (head, tail) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        return (is_time_unit(head) && matches!(tail, "long" | "old"))
            || (is_time_unit(tail)
                && (is_number_word(head) || head.starts_with(|c: char| c.is_ascii_digit())));
    }
    if !is_time_unit(unit) {
        return false;
    }
    let modified = index > 0
        && (is_period_modifier(tokens[index - 1].lower)
            || tokens[index - 1].starts_with_digit()
            || is_ordinal(tokens[index - 1].lower));
    let followed = matches!(
        lower_at(tokens, index + 1),
        Some("ago" | "later" | "earlier" | "long")
    );
    let plural_of =
        unit.ends_with('s') && !token.punct_after && lower_at(tokens, index + 1) == Some("of");
    modified || followed || plural_of
}

fn has_date(tokens: &[Token]) -> bool {
    (0..tokens.len()).any(|i| {
        let token = &tokens[i];
        is_weekday(token.text)
            || is_month_at(tokens, i)
            || is_year_at(tokens, i)
            || is_clock_time(token.text)
            || is_numeric_date(token.text)
            || is_decade(token.text)
            || is_period_at(tokens, i)
            || matches!(
                token.lower,
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
            || (matches!(token.lower, "am" | "pm") && i > 0 && tokens[i - 1].starts_with_digit())
            || (matches!(token.lower, "century" | "centuries") && i > 0)
    })
}

// ---------------------------------------------------------------------------------------------
// place

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
fn place_mask(tokens: &[Token]) -> Vec<bool> {
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

// ---------------------------------------------------------------------------------------------
// name

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
fn has_name(tokens: &[Token], places: &[bool]) -> bool {
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

// ---------------------------------------------------------------------------------------------
// attribution and anonymous sources

fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "saying"
            | "told"
            | "tells"
            | "telling"
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
    )
}

/// A speech or reporting verb ("said", "told", "confirmed", "warned"), "according to",
/// "in a statement", a spokesperson, or "say" used as a verb ("analysts say").
fn has_attribution(tokens: &[Token]) -> bool {
    (0..tokens.len()).any(|i| {
        let word = tokens[i].lower;
        is_speech_verb(word)
            || (word == "according" && lower_at(tokens, i + 1) == Some("to"))
            || (word == "statement" && before(tokens, i, 2).eq(["in", "a"]))
            || matches!(word, "spokesperson" | "spokesman" | "spokeswoman")
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
    })
}

/// Unnamed sources: "officials"/"sources"/"insiders"/"aides"/"diplomats"/"outlets" that speak
/// ("officials said"), are cited ("according to Justice Department sources") or are qualified
/// as unnamed ("senior officials", "multiple reports") — unless a name follows the noun
/// ("official John Smith"); and the phrases of anonymity ("people familiar with", "on condition
/// of anonymity", "reportedly").
fn has_anonymous_source(tokens: &[Token]) -> bool {
    (0..tokens.len()).any(|i| {
        let word = tokens[i].lower;
        // "official John Smith": the noun introduces a name (no punctuation between them).
        let named_after = !tokens[i].punct_after
            && tokens.get(i + 1).is_some_and(|next| {
                next.is_capitalised() && !next.clause_start && !is_weekday(next.text)
            });
        let cited = before(tokens, i, 6)
            .zip(before(tokens, i, 6).skip(1))
            .any(|pair| pair == ("according", "to"));
        let qualified = before(tokens, i, 3).any(|w| {
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
        });
        let speaks = after(tokens, i, 4).any(is_speech_verb)
            || lower_at(tokens, i + 1).is_some_and(|w| matches!(w, "say" | "believe" | "suggest"));
        match word {
            "official" | "officials" | "insider" | "insiders" | "aide" | "aides" | "diplomat"
            | "diplomats" | "outlets" => !named_after && (speaks || cited || qualified),
            "source" | "sources" => {
                !named_after
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
                qualified
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
            _ => false,
        }
    })
}

// ---------------------------------------------------------------------------------------------
// superlative

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
fn has_superlative(tokens: &[Token]) -> bool {
    (0..tokens.len()).any(|i| {
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
            _ => lowercase_written && (word.split('-').any(est) || word.starts_with("record-")),
        }
    })
}

// ---------------------------------------------------------------------------------------------
// opinion

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
            | "sensitive"
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

/// Characterisation and analysis: hedges and speculation ("likely", "could", "may"),
/// evaluative words ("significant", "complex", "powerful"), claims of (un)certainty ("is clear",
/// "remains uncertain"), the voices of a debate ("critics", "supporters", "analysts"), and
/// readings of events ("represents", "underscoring").
fn has_opinion(tokens: &[Token]) -> bool {
    (0..tokens.len()).any(|i| {
        let token = &tokens[i];
        is_opinion_word(token.lower)
            // Modal verbs of speculation and obligation, written in lower case ("May" is a month).
            || matches!(token.text, "could" | "might" | "may" | "should" | "must")
            || (token.lower == "clear"
                && matches!(
                    previous(tokens, i),
                    Some(
                        "is" | "are" | "was" | "were" | "remains" | "remain" | "seems" | "seem"
                            | "appears" | "became" | "becomes" | "become" | "be" | "not"
                    )
                ))
    })
}

#[cfg(test)]
mod tests;
