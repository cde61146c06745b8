//! Dates written in prose: "Saturday, January 17, 2026", "Jan. 17", "17 January 2026",
//! "2026-01-17", with the weekday written before them, if any. Shared by the date rules.

use chrono::{Datelike, NaiveDate, Weekday};

use super::text::{Word, words};
use crate::lang::Language;

/// One date found in a text. Offsets are bytes into that text; `start` includes the weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateMention {
    pub start: usize,
    pub end: usize,
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
    pub weekday: Option<Weekday>,
}

impl DateMention {
    /// The calendar date. Without a year, the one nearest to `published` (a story published in
    /// January that says "December 30" means last December); without either, none.
    pub fn resolve(&self, published: Option<NaiveDate>) -> Option<NaiveDate> {
        match (self.year, published) {
            (Some(year), _) => NaiveDate::from_ymd_opt(year, self.month, self.day),
            (None, Some(published)) => (published.year() - 1..=published.year() + 1)
                .filter_map(|year| NaiveDate::from_ymd_opt(year, self.month, self.day))
                .min_by_key(|date| (*date - published).num_days().abs()),
            (None, None) => None,
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("Monday", Weekday::Mon),
    ("Tuesday", Weekday::Tue),
    ("Wednesday", Weekday::Wed),
    ("Thursday", Weekday::Thu),
    ("Friday", Weekday::Fri),
    ("Saturday", Weekday::Sat),
    ("Sunday", Weekday::Sun),
];

/// The English name of a weekday.
pub(crate) fn weekday_name(weekday: Weekday) -> &'static str {
    WEEKDAYS
        .iter()
        .find(|(_, w)| *w == weekday)
        .map(|(name, _)| *name)
        .unwrap_or("?")
}

const WEEKDAY_ABBREVIATIONS: [(&str, Weekday); 10] = [
    ("Mon", Weekday::Mon),
    ("Tue", Weekday::Tue),
    ("Tues", Weekday::Tue),
    ("Wed", Weekday::Wed),
    ("Thu", Weekday::Thu),
    ("Thurs", Weekday::Thu),
    ("Fri", Weekday::Fri),
    ("Sat", Weekday::Sat),
    ("Sun", Weekday::Sun),
    ("Thur", Weekday::Thu),
];

const MONTH_ABBREVIATIONS: [(&str, u32); 12] = [
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sep", 9),
    ("Sept", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];

/// The dates of `text` in `language`: its own forms ("el lunes 13 de marzo de 2026",
/// "Dienstag, 3. März 2026", read with its data file's words) besides the English and ISO ones
/// every language's copy may carry.
pub(crate) fn find_in(text: &str, language: Language) -> Vec<DateMention> {
    find_in_words(text, &words(text), language)
}

/// [`find_in`] given the words of `text` (a statement's, tokenised once for every rule).
pub(crate) fn find_in_words(
    text: &str,
    words: &[Word<'_>],
    language: Language,
) -> Vec<DateMention> {
    let mut found = find_words(text, words);
    if language == Language::English {
        return found;
    }
    for date in crate::lang::dates::find(text, language.words()) {
        if found
            .iter()
            .any(|f| f.start < date.end && date.start < f.end)
        {
            continue;
        }
        found.push(DateMention {
            start: date.start,
            end: date.end,
            year: date.year,
            month: date.month,
            day: date.day,
            weekday: date.weekday.and_then(|d| Weekday::try_from(d as u8).ok()),
        });
    }
    found.sort_by_key(|d| d.start);
    found
}

/// A weekday written in `language` ("Viernes", "tisdagen") or in English.
pub(crate) fn parse_weekday_in(word: &str, language: Language) -> Option<Weekday> {
    parse_weekday(word).or_else(|| {
        language
            .words()
            .weekday(word)
            .and_then(|d| Weekday::try_from(d as u8).ok())
    })
}

/// A weekday written in full ("Saturday") or abbreviated ("Sat", "Thurs").
pub(crate) fn parse_weekday(word: &str) -> Option<Weekday> {
    WEEKDAYS
        .iter()
        .chain(WEEKDAY_ABBREVIATIONS.iter())
        .find(|(name, _)| *name == word)
        .map(|(_, weekday)| *weekday)
}

/// A month written in full ("January") or abbreviated ("Jan", "Sept"), capitalised.
fn parse_month(word: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|name| *name == word)
        .map(|i| i as u32 + 1)
        .or_else(|| {
            MONTH_ABBREVIATIONS
                .iter()
                .find(|(name, _)| *name == word)
                .map(|(_, month)| *month)
        })
}

fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
}

/// True when only the given characters (and spaces) separate two words.
fn joined_by(text: &str, left: &Word<'_>, right: &Word<'_>, allowed: &str) -> bool {
    text[left.end..right.start]
        .chars()
        .all(|c| c == ' ' || c == '\u{a0}' || allowed.contains(c))
}

/// Every date in `text`, in order.
pub(crate) fn find(text: &str) -> Vec<DateMention> {
    find_words(text, &words(text))
}

/// Every date in `text`, given its words, in order.
pub(crate) fn find_words(text: &str, words: &[Word<'_>]) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match date_at(text, words, i) {
            Some((mention, next)) => {
                out.push(with_weekday(text, words, i, mention));
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// A date starting at word `i` (without its weekday), and the index of the word after it.
fn date_at(text: &str, words: &[Word<'_>], i: usize) -> Option<(DateMention, usize)> {
    let w = &words[i];
    // A date opens with a month (capitalised), a day or a year: most words are let go here,
    // before the lists of months are read.
    if !w
        .text
        .starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        return None;
    }
    let mention = |end: usize, year, month, day| DateMention {
        start: w.start,
        end,
        year,
        month,
        day,
        weekday: None,
    };
    // January 17, 2026 / Jan. 17 / Jan 17th 2026
    if let Some(month) = parse_month(w.text) {
        let day_word = words.get(i + 1)?;
        let day = day_number(day_word.text)?;
        if !joined_by(text, w, day_word, ".") {
            return None;
        }
        return Some(match year_after(text, words, i + 1) {
            Some(year) => (mention(words[i + 2].end, Some(year), month, day), i + 3),
            None => (mention(day_word.end, None, month, day), i + 2),
        });
    }
    // 17 January 2026
    if let Some(day) = day_number(w.text) {
        let month_word = words.get(i + 1)?;
        let month = parse_month(month_word.text)?;
        if !joined_by(text, w, month_word, "") {
            return None;
        }
        return Some(match year_after(text, words, i + 1) {
            Some(year) => (mention(words[i + 2].end, Some(year), month, day), i + 3),
            None => (mention(month_word.end, None, month, day), i + 2),
        });
    }
    // 2026-01-17
    let year = year_number(w.text)?;
    let (m, d) = (words.get(i + 1)?, words.get(i + 2)?);
    let iso = m.text.len() == 2
        && d.text.len() == 2
        && &text[w.end..m.start] == "-"
        && &text[m.end..d.start] == "-";
    if !iso {
        return None;
    }
    let (month, day) = (m.text.parse().ok()?, d.text.parse().ok()?);
    Some((mention(d.end, Some(year), month, day), i + 3))
}

/// The year written right after word `i` ("17, 2026" or "January 2026"), if any.
fn year_after(text: &str, words: &[Word<'_>], i: usize) -> Option<i32> {
    let year_word = words.get(i + 1)?;
    let year = year_number(year_word.text)?;
    joined_by(text, &words[i], year_word, ",").then_some(year)
}

/// Extends a date to the weekday written just before it ("Saturday, January 17").
fn with_weekday(text: &str, words: &[Word<'_>], i: usize, mut mention: DateMention) -> DateMention {
    if i == 0 {
        return mention;
    }
    let before = &words[i - 1];
    if let Some(weekday) = parse_weekday(before.text) {
        if joined_by(text, before, &words[i], ".,") {
            mention.start = before.start;
            mention.weekday = Some(weekday);
        }
    }
    mention
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn reads_the_common_written_forms() {
        let text = "Saturday, January 17, 2026; Jan. 16; 17 January 2026 and 2026-01-15, Sat. Jan 17th 2026.";
        let found = find(text);
        let got: Vec<(Option<i32>, u32, u32, Option<Weekday>)> = found
            .iter()
            .map(|m| (m.year, m.month, m.day, m.weekday))
            .collect();
        assert_eq!(
            got,
            [
                (Some(2026), 1, 17, Some(Weekday::Sat)),
                (None, 1, 16, None),
                (Some(2026), 1, 17, None),
                (Some(2026), 1, 15, None),
                (Some(2026), 1, 17, Some(Weekday::Sat)),
            ]
        );
        assert_eq!(
            &text[found[0].start..found[0].end],
            "Saturday, January 17, 2026"
        );
    }

    #[test]
    fn ignores_words_that_only_look_like_dates() {
        assert!(find("May 2026 was wet; they may 5 times; Marchers came in 2026.").is_empty());
        assert!(find("He scored 17 points in 2026-27.").is_empty());
    }

    #[test]
    fn yearless_dates_take_the_year_nearest_publication() {
        let december = find("on December 30").remove(0);
        assert_eq!(
            december.resolve(Some(ymd(2026, 1, 17))),
            Some(ymd(2025, 12, 30))
        );
        let february = find("on February 2").remove(0);
        assert_eq!(
            february.resolve(Some(ymd(2026, 1, 17))),
            Some(ymd(2026, 2, 2))
        );
        assert_eq!(february.resolve(None), None);
    }
}
