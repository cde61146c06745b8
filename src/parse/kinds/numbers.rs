//! Figures and dates: how numbers, number words, month and weekday names, clock times and
//! periods are read. A four-digit number is a year or a count depending on the words around it,
//! so both kinds share this reading.

use super::lexicon;
use super::tokens::{Token, lower_at, previous};
use crate::lang::lower::Lower;

/// Months' names and abbreviations, lower case.
pub const MONTH_WORDS: &[&str] = &[
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sep",
    "sept",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
];

pub fn month_of(word: &str) -> Option<u32> {
    if !lexicon::is(word, lexicon::MONTH) {
        return None;
    }
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

/// The weekdays in lower case, for the lexicon: the rules compare the word as written.
pub const WEEKDAYS_LOWER: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

pub fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// A month name as a month: capitalised; the short forms and the ambiguous "May" and "March"
/// only with a day or year after them, or (for the full names) a preposition before.
fn is_month_at(tokens: &[Token], index: usize) -> bool {
    let token = &tokens[index];
    if token.classes & lexicon::MONTH == 0 || !token.is_capitalised() {
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
    // Read without collecting the parts: this runs for every word.
    let mut parts = 0;
    let mut long_part = false;
    for part in word.split(['-', '/']) {
        parts += 1;
        if parts > 3
            || part.is_empty()
            || part.len() > 4
            || !part.bytes().all(|b| b.is_ascii_digit())
        {
            return false;
        }
        long_part |= part.len() >= 2;
    }
    parts == 3 && long_part
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

/// Numbers in words, multipliers and shares.
pub const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "trillions",
    "dozen",
    "dozens",
    "half",
    "thirds",
    "twice",
    "doubled",
    "tripled",
    "quadrupled",
    "halved",
    "percent",
    "percentage",
];

pub fn is_number_word(word: &str) -> bool {
    lexicon::is(word, lexicon::NUMBER_WORD)
}

/// A number that counts or measures: not a year, a day of the month, a clock time, a numeric
/// date, an ordinal, a decade, a code ("COVID-19", "F-35" start with letters) or the marker of
/// a numbered list ("1." opening the statement).
fn is_counting_number(tokens: &[Token], index: usize) -> bool {
    let token = &tokens[index];
    if !token.has_digit {
        return false;
    }
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
        || Lower::ascii(rest).is_some_and(|rest| {
            matches!(
                rest.as_str(),
                "k" | "m"
                    | "bn"
                    | "b"
                    | "mn"
                    | "tn"
                    | "x"
                    | "pc"
                    | "mm"
                    | "cm"
                    | "km"
                    | "kg"
                    | "mph"
            )
        })
}

/// A figure at word `i`: a `%`, a counting number, a number word (or a hyphenated part of
/// one: "two-thirds"), "per cent".
pub fn figure_at(tokens: &[Token], i: usize) -> bool {
    let token = &tokens[i];
    (!token.plain && token.text.contains('%'))
        || is_counting_number(tokens, i)
        || token.classes & lexicon::NUMBER_WORD != 0
        || (!token.plain && token.lower.contains('-') && token.lower.split('-').any(is_number_word))
        || (token.lower == "cent" && previous(tokens, i) == Some("per"))
}

/// Units of time.
pub const TIME_UNITS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "fortnight",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "hour",
    "hours",
    "quarter",
    "spring",
    "summer",
    "autumn",
    "winter",
];

fn is_time_unit(word: &str) -> bool {
    lexicon::is(word, lexicon::TIME_UNIT)
}

/// What makes a time unit a period before it ("last week"), besides the number words.
pub const PERIOD_MODIFIERS: &[&str] = &[
    "past",
    "last",
    "next",
    "this",
    "coming",
    "recent",
    "previous",
    "following",
    "several",
    "few",
    "many",
    "a",
    "each",
    "every",
    "per",
    "earlier",
    "later",
    "same",
    "first",
    "second",
    "third",
    "fourth",
    "final",
];

/// A time unit used as a period: "last week", "over the past two decades", "months of talks",
/// "three years ago", "a 10-year plan".
fn is_period_at(tokens: &[Token], index: usize) -> bool {
    let token = &tokens[index];
    let unit = token.lower;
    if !token.plain && unit.contains('-') {
        let mut parts = unit.split('-');
        let (head, tail) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        return (is_time_unit(head) && matches!(tail, "long" | "old"))
            || (is_time_unit(tail)
                && (is_number_word(head) || head.starts_with(|c: char| c.is_ascii_digit())));
    }
    if token.classes & lexicon::TIME_UNIT == 0 {
        return false;
    }
    let modified = index > 0
        && (tokens[index - 1].classes & (lexicon::PERIOD_MODIFIER | lexicon::NUMBER_WORD) != 0
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

/// Words that are a time on their own.
pub const DATE_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "ago",
    "a.m.",
    "p.m.",
    "noon",
    "midnight",
];

/// A date, a time or a period at word `i`.
pub fn date_at(tokens: &[Token], i: usize) -> bool {
    {
        let token = &tokens[i];
        (token.classes & lexicon::WEEKDAY != 0 && is_weekday(token.text))
            || is_month_at(tokens, i)
            // Each of these four reads digits: a word without one is none of them.
            || (token.has_digit
                && (is_year_at(tokens, i)
                    || is_clock_time(token.text)
                    || is_numeric_date(token.text)
                    || is_decade(token.text)))
            || is_period_at(tokens, i)
            || token.classes & lexicon::DATE_WORD != 0
            || (matches!(token.lower, "am" | "pm") && i > 0 && tokens[i - 1].starts_with_digit())
            || (matches!(token.lower, "century" | "centuries") && i > 0)
            // The present as a time reference: "at present", "to date", "currently".
            || token.lower == "currently"
            || (token.lower == "present" && previous(tokens, i) == Some("at"))
            || (token.lower == "date"
                && previous(tokens, i) == Some("to")
                && i >= 2
                && tokens[i - 2].lower != "up")
    }
}
