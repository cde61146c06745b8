//! The metadata line: the publication date (with weekday and time as written), the reading time,
//! the bylines with their roles and the outlet, as a newsroom export puts them under the headline.
//! Also the word-level reading of dates that [`dateline`](super::dateline) shares.

use crate::lang::Language;
use crate::lang::lower::Lower;
use chrono::NaiveDate;

use crate::model::{Byline, Published};

/// What one metadata line says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MetadataLine {
    pub published: Option<Published>,
    pub reading_time: Option<String>,
    pub bylines: Vec<Byline>,
    pub outlet: Option<String>,
}

/// A word of a line with its byte offset.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    pub at: usize,
    pub text: &'a str,
}

impl Word<'_> {
    /// The word without trailing commas and full stops ("2026," -> "2026").
    pub fn bare(&self) -> &str {
        self.text.trim_end_matches([',', '.', ';', ':'])
    }

    pub fn end(&self) -> usize {
        self.at + self.text.len()
    }

    pub fn bare_end(&self) -> usize {
        self.at + self.bare().len()
    }
}

pub fn words(line: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(Word {
                    at: s,
                    text: &line[s..i],
                });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word {
            at: s,
            text: &line[s..],
        });
    }
    out
}

pub fn month_number(word: &str) -> Option<u32> {
    // Lowered on the stack: a word too long for it is no month.
    let lower = Lower::ascii(word.trim_end_matches([',', '.']))?;
    super::kinds::numbers::month_of(lower.as_str())
}

fn is_weekday(word: &str) -> bool {
    let Some(lower) = Lower::ascii(word.trim_end_matches([',', '.'])) else {
        return false;
    };
    matches!(
        lower.as_str(),
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "tues"
            | "wed"
            | "thu"
            | "thurs"
            | "fri"
            | "sat"
            | "sun"
    )
}

pub fn day_number(word: &str) -> Option<u32> {
    let bare = word.trim_end_matches([',', '.']);
    let digits = bare.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &bare[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(word: &str) -> Option<i32> {
    let bare = word.trim_end_matches([',', '.']);
    (bare.len() == 4 && bare.bytes().all(|b| b.is_ascii_digit()))
        .then(|| bare.parse().ok())
        .flatten()
}

fn iso_date(word: &str) -> Option<NaiveDate> {
    // "%Y-%m-%d" needs two hyphens: a word without them is let go before chrono reads it.
    memchr::memchr_iter(b'-', word.as_bytes()).nth(1)?;
    NaiveDate::parse_from_str(word.trim_end_matches([',', '.']), "%Y-%m-%d").ok()
}

/// "7:30", "7:30am", "19:05," — the hour and minutes of a clock time, with anything glued on.
fn clock_prefix(word: &str) -> Option<&str> {
    let (hour, rest) = word.split_once(':')?;
    let minutes: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let ok = (1..=2).contains(&hour.len())
        && hour.bytes().all(|b| b.is_ascii_digit())
        && minutes.len() == 2;
    ok.then(|| &rest[2..])
}

fn is_meridiem(word: &str) -> bool {
    let letters: String = word
        .trim_end_matches(',')
        .chars()
        .filter(|c| *c != '.')
        .collect();
    letters.eq_ignore_ascii_case("am") || letters.eq_ignore_ascii_case("pm")
}

fn is_time_zone(word: &str) -> bool {
    matches!(
        word.trim_end_matches([',', '.']),
        "ET" | "EST"
            | "EDT"
            | "CT"
            | "CST"
            | "CDT"
            | "MT"
            | "MST"
            | "MDT"
            | "PT"
            | "PST"
            | "PDT"
            | "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
            | "IST"
            | "JST"
            | "AEST"
            | "AEDT"
    )
}

/// The time written after a date ("7:30 A.M. ET"): its extent in the line, from `words[index]`.
fn time_at(words: &[Word], index: usize) -> Option<(usize, usize)> {
    let mut index = index;
    // Allow "at 7:30" and "- 7:30" between the date and the time.
    if words
        .get(index)
        .is_some_and(|w| matches!(w.text, "at" | "-" | "—" | "|"))
    {
        index += 1;
    }
    let first = words.get(index)?;
    let glued = clock_prefix(first.bare())?;
    let start = first.at;
    let mut end = first.bare_end();
    if !glued.is_empty() && !is_meridiem(glued) {
        return None;
    }
    let mut next = index + 1;
    if glued.is_empty() && words.get(next).is_some_and(|w| is_meridiem(w.text)) {
        let meridiem = words[next].text.trim_end_matches(',');
        // "A.M." keeps its full stops; "AM." at a sentence end does not.
        end = words[next].at
            + if meridiem.matches('.').count() >= 2 {
                meridiem.len()
            } else {
                meridiem.trim_end_matches('.').len()
            };
        next += 1;
    }
    if let Some(zone) = words.get(next).filter(|w| is_time_zone(w.text)) {
        end = zone.bare_end();
    }
    Some((start, end))
}

/// The date written from word `i` ("2026-05-12", "May 12, 2026", "12 May 2026"), the index of
/// the word after it and where it ends. Each test stops at its first word that fails: most words
/// of a line are no month and no day, and their neighbours are not read.
fn date_at(words: &[Word<'_>], i: usize) -> Option<(NaiveDate, usize, usize)> {
    let word = &words[i];
    if let Some(date) = iso_date(word.text) {
        Some((date, i + 1, word.bare_end()))
    } else if let Some(month) = month_number(word.text)
        && let Some(day) = words.get(i + 1).and_then(|w| day_number(w.text))
        && let Some(year) = words.get(i + 2).and_then(|w| year_number(w.text))
    {
        NaiveDate::from_ymd_opt(year, month, day).map(|d| (d, i + 3, words[i + 2].bare_end()))
    } else if let Some(day) = day_number(word.text)
        && let Some(month) = words.get(i + 1).and_then(|w| month_number(w.text))
        && let Some(year) = words.get(i + 2).and_then(|w| year_number(w.text))
    {
        NaiveDate::from_ymd_opt(year, month, day).map(|d| (d, i + 3, words[i + 2].bare_end()))
    } else {
        None
    }
}

/// A publication date (with weekday and time when written) anywhere in `line`, and where it
/// stands in the line.
pub fn find_published(line: &str) -> Option<(usize, usize, Published)> {
    let words = words(line);
    for (i, word) in words.iter().enumerate() {
        let Some((date, after, date_end)) = date_at(&words, i) else {
            continue;
        };
        let weekday = (i > 0 && is_weekday(words[i - 1].text)).then(|| words[i - 1]);
        let start = weekday.map_or(word.at, |w| w.at);
        let time = time_at(&words, after);
        let end = time.map_or(date_end, |(_, end)| end);
        return Some((
            start,
            end,
            Published {
                raw: line[start..end].to_string(),
                date: Some(date.format("%Y-%m-%d").to_string()),
                weekday: weekday.map(|w| w.bare().to_string()),
                time: time.map(|(s, e)| line[s..e].to_string()),
            },
        ));
    }
    None
}

/// A publication date as `language` writes it ("lunes 13 de marzo de 2026", "3. März 2026"),
/// with its year; English dates are [`find_published`]'s.
fn find_published_in(line: &str, language: Language) -> Option<(usize, usize, Published)> {
    if language == Language::English {
        return None;
    }
    let found = crate::lang::dates::find(line, language.words())
        .into_iter()
        .find(|d| d.year.is_some())?;
    let date = NaiveDate::from_ymd_opt(found.year?, found.month, found.day)?;
    let raw = &line[found.start..found.end];
    Some((
        found.start,
        found.end,
        Published {
            raw: raw.to_string(),
            date: Some(date.format("%Y-%m-%d").to_string()),
            weekday: found
                .weekday
                .and_then(|_| raw.split([' ', ',']).next())
                .map(str::to_string),
            time: None,
        },
    ))
}

/// "4 Minute Read", "5 min read", "3-minute read", as written.
fn find_reading_time(line: &str) -> Option<(usize, usize)> {
    let words = words(line);
    for (i, word) in words.iter().enumerate() {
        let bare = word.bare();
        let (number, unit_glued) = match bare.split_once('-') {
            Some((n, unit)) => (n, Some(unit)),
            None => (bare, None),
        };
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let is_unit = |w: &str| {
            Lower::ascii(w)
                .is_some_and(|w| matches!(w.as_str(), "minute" | "minutes" | "min" | "mins"))
        };
        let read_index = match unit_glued {
            Some(unit) if is_unit(unit) => i + 1,
            None if words.get(i + 1).is_some_and(|w| is_unit(w.bare())) => i + 2,
            _ => continue,
        };
        if let Some(read) = words
            .get(read_index)
            .filter(|w| w.bare().eq_ignore_ascii_case("read"))
        {
            return Some((word.at, read.bare_end()));
        }
    }
    None
}

/// Where a byline ("By Jane Doe, Staff Writer", "Por María Núñez") starts: the language's
/// byline word opening the line or following a separator, then a capitalised name.
fn find_byline_start(line: &str, language: Language) -> Option<usize> {
    let words = words(line);
    for (i, word) in words.iter().enumerate() {
        if !language.words().is_byline_word(word.text) {
            continue;
        }
        let after_separator = i == 0
            || words[i - 1].text.ends_with([',', '.', '|', ':'])
            || matches!(words[i - 1].text, "|" | "·" | "•" | "-" | "—" | "–");
        let named = words
            .get(i + 1)
            .and_then(|w| w.text.chars().next())
            .is_some_and(char::is_uppercase);
        if after_separator && named {
            return Some(words[i + 1].at);
        }
    }
    None
}

/// "Jennifer Hodges, Political Editor & Art Fletcher, Executive Editor" -> two bylines.
fn split_bylines(text: &str) -> Vec<Byline> {
    text.split([';', '&'])
        .flat_map(|part| part.split(" and "))
        .filter_map(|part| {
            let part = part.trim().trim_end_matches([',', '.']).trim();
            let (name, role) = match part.split_once(',') {
                Some((name, role)) => (name.trim(), Some(role.trim())),
                None => (part, None),
            };
            name.chars().next().filter(|c| c.is_uppercase())?;
            Some(Byline {
                name: name.to_string(),
                role: role.filter(|r| !r.is_empty()).map(str::to_string),
            })
        })
        .collect()
}

fn strip_separators(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '|' | ':' | '·'))
}

/// Reads a metadata line: the date line, reading time, bylines and outlet. `None` unless the
/// line opens with one of them (or a "Published"/"Updated" label), or is short and unpunctuated
/// and holds one: a sentence that merely mentions a date is not a metadata line.
pub fn read_metadata_line(line: &str) -> Option<MetadataLine> {
    read_metadata_line_in(line, Language::English)
}

/// [`read_metadata_line`] with `language`'s byline words, publication labels and dates.
pub fn read_metadata_line_in(line: &str, language: Language) -> Option<MetadataLine> {
    let line = line.trim();
    if line.contains('\n') {
        return None;
    }
    let published = find_published(line).or_else(|| find_published_in(line, language));
    let reading = find_reading_time(line);
    let byline_start = find_byline_start(line, language);
    if published.is_none() && reading.is_none() && byline_start.is_none() {
        return None;
    }
    let opening = line
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_end_matches([',', ':']);
    let opens_with_signal = published.as_ref().is_some_and(|(s, _, _)| *s == 0)
        || reading.is_some_and(|(s, _)| s == 0)
        || byline_start.is_some_and(|s| language.words().is_byline_word(line[..s].trim()))
        || matches!(opening, "Published" | "Updated" | "Posted")
        || language
            .words()
            .published_words
            .iter()
            .any(|w| w == opening);
    if ends_like_a_sentence(line) {
        return None;
    }
    // Without an opening signal, a short line is metadata only when its first item stands after
    // a separator ("The Northmere Ledger · May 12, 2026"), not after a word of a sentence
    // ("Council votes on March 3, 2026" is a claim, and a statement).
    let first_item = [
        published.as_ref().map(|(s, _, _)| *s),
        reading.map(|(s, _)| s),
        byline_start,
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(0);
    let lead = line[..first_item].trim_end();
    let after_separator = lead.is_empty()
        || lead.ends_with(['·', '|', ',', '—', '–', '-', '/', '•', ':'])
        || matches!(lead.rsplit(' ').next(), Some("By" | "BY"));
    let short_after_separator = shape_is_short_unpunctuated(line) && after_separator;
    if !opens_with_signal && !short_after_separator {
        return None;
    }
    let mut found = MetadataLine {
        reading_time: reading.map(|(s, e)| line[s..e].to_string()),
        ..MetadataLine::default()
    };
    if let Some(start) = byline_start {
        // The byline runs to the first separator or to the next item found on the line.
        let mut end = line[start..]
            .find([':', '|', '•', '·'])
            .map_or(line.len(), |i| start + i);
        for (item_start, _) in [published.as_ref().map(|(s, e, _)| (*s, *e)), reading]
            .into_iter()
            .flatten()
        {
            if item_start > start && item_start < end {
                end = item_start;
            }
        }
        found.bylines = split_bylines(&line[start..end]);
        let outlet = strip_separators(&line[end..]);
        let rest_is_other_item = published.as_ref().is_some_and(|(s, _, _)| *s >= end)
            || reading.is_some_and(|(s, _)| s >= end);
        if !outlet.is_empty() && !rest_is_other_item {
            found.outlet = Some(outlet.to_string());
        }
    }
    found.published = published.map(|(_, _, p)| p);
    Some(found)
}

/// "... was the coldest day on record.": a full stop after a lowercase word ends a sentence,
/// which a metadata line never is ("By Jane Doe, Staff Writer." may end in a full stop).
fn ends_like_a_sentence(line: &str) -> bool {
    line.strip_suffix('.').is_some_and(|rest| {
        rest.rsplit(char::is_whitespace)
            .next()
            .and_then(|word| word.chars().next())
            .is_some_and(char::is_lowercase)
    })
}

fn shape_is_short_unpunctuated(line: &str) -> bool {
    line.split_whitespace().count() <= 12 && !line.trim_end().ends_with(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`date_at`] as it was, reading all three words and chrono on every word: the reference.
    fn old_date_at(words: &[Word<'_>], i: usize) -> Option<(NaiveDate, usize, usize)> {
        let word = &words[i];
        let at = |k: usize| words.get(i + k).map(|w| w.text);
        let iso = NaiveDate::parse_from_str(word.text.trim_end_matches([',', '.']), "%Y-%m-%d");
        if let Ok(date) = iso {
            Some((date, i + 1, word.bare_end()))
        } else if let (Some(month), Some(day), Some(year)) = (
            month_number(word.text),
            at(1).and_then(day_number),
            at(2).and_then(year_number),
        ) {
            NaiveDate::from_ymd_opt(year, month, day).map(|d| (d, i + 3, words[i + 2].bare_end()))
        } else if let (Some(day), Some(month), Some(year)) = (
            day_number(word.text),
            at(1).and_then(month_number),
            at(2).and_then(year_number),
        ) {
            NaiveDate::from_ymd_opt(year, month, day).map(|d| (d, i + 3, words[i + 2].bare_end()))
        } else {
            None
        }
    }

    proptest! {
        #[test]
        fn dates_are_read_as_the_eager_tests_read_them(
            line in "((May|JAN\\.|12th|3|2026,|1999|2026-05-12|\\+2026-5-1|-1-2-3|x-y-z|[A-Za-z0-9,.\\-]{1,6}) ){0,8}"
        ) {
            let words = words(&line);
            for i in 0..words.len() {
                prop_assert_eq!(date_at(&words, i), old_date_at(&words, i), "{:?}", line);
            }
        }
    }

    const SEED_LINE: &str = "Saturday, January 17, 2026, 7:30 A.M. ET. 4 Minute Read, By Jennifer Hodges, Political Editor & Art Fletcher, Executive Editor: Englebrook Independent News,";

    #[test]
    fn seed_metadata_line_is_read_in_full() {
        let line = read_metadata_line(SEED_LINE).expect("a metadata line");
        let published = line.published.expect("a date");
        assert_eq!(published.raw, "Saturday, January 17, 2026, 7:30 A.M. ET");
        assert_eq!(published.date.as_deref(), Some("2026-01-17"));
        assert_eq!(published.weekday.as_deref(), Some("Saturday"));
        assert_eq!(published.time.as_deref(), Some("7:30 A.M. ET"));
        assert_eq!(line.reading_time.as_deref(), Some("4 Minute Read"));
        let names: Vec<(&str, Option<&str>)> = line
            .bylines
            .iter()
            .map(|b| (b.name.as_str(), b.role.as_deref()))
            .collect();
        assert_eq!(
            names,
            [
                ("Jennifer Hodges", Some("Political Editor")),
                ("Art Fletcher", Some("Executive Editor"))
            ]
        );
        assert_eq!(line.outlet.as_deref(), Some("Englebrook Independent News"));
    }

    #[test]
    fn other_metadata_line_styles() {
        let wire = read_metadata_line("By Jane Doe and John Roe | Reuters").unwrap();
        assert_eq!(wire.bylines.len(), 2);
        assert_eq!(wire.bylines[1].name, "John Roe");
        assert_eq!(wire.outlet.as_deref(), Some("Reuters"));

        let dated = read_metadata_line("Published 3 March 2025 at 14:05 GMT").unwrap();
        let published = dated.published.unwrap();
        assert_eq!(published.date.as_deref(), Some("2025-03-03"));
        assert_eq!(published.weekday, None);
        assert_eq!(published.time.as_deref(), Some("14:05 GMT"));

        let byline_then_date =
            read_metadata_line("By Maria Lopez, Staff Writer, Jan. 5, 2026").unwrap();
        assert_eq!(
            byline_then_date.bylines[0].role.as_deref(),
            Some("Staff Writer")
        );
        assert_eq!(
            byline_then_date.published.unwrap().date.as_deref(),
            Some("2026-01-05")
        );
        assert_eq!(
            read_metadata_line("5 min read")
                .unwrap()
                .reading_time
                .as_deref(),
            Some("5 min read")
        );
    }

    #[test]
    fn prose_is_not_a_metadata_line() {
        assert_eq!(
            read_metadata_line("Talks resumed in Geneva on January 5, 2026, officials said."),
            None
        );
        assert_eq!(
            read_metadata_line("By the end of 2025, the agency had hired 400 analysts."),
            None
        );
        assert_eq!(
            read_metadata_line("The plan was announced on Monday."),
            None
        );
        assert_eq!(
            read_metadata_line("January 5, 2026, was the coldest day on record."),
            None
        );
        assert_eq!(read_metadata_line("Council votes on March 3, 2026"), None);
        assert_eq!(
            read_metadata_line("Tolls rise 5 min read"),
            None,
            "a reading time after a word of a sentence"
        );
        let outlet_first = read_metadata_line("The Northmere Ledger · May 12, 2026").unwrap();
        assert_eq!(
            outlet_first.published.unwrap().date.as_deref(),
            Some("2026-05-12")
        );
    }
}
