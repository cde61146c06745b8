//! Dates as each language writes them, read with that language's words: "el lunes 13 de marzo de
//! 2026", "Dienstag, 3. März 2026", "tisdagen den 3 mars 2026", "vendredi 13 mars 2026",
//! "sexta-feira, 13 de março de 2026", "Friday, March 13, 2026". A month name with a day number
//! beside it (before, or after it in English order) is a date; the year and a weekday before the
//! day are read when written.

use super::Words;

/// One date found in a text. Offsets are bytes into it; `start` includes the weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    pub start: usize,
    pub end: usize,
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
    /// 0 = Monday.
    pub weekday: Option<u32>,
}

/// A word of the text: letters and digits, hyphens inside ("segunda-feira"), and a full stop
/// kept when it ends an ordinal or an abbreviation ("3.", "Jan.").
#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_alnum = chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        let inner = (c == '-' || c == '\'' || c == '’') && start.is_some() && next_alnum;
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            // "3." and "Jan." keep their full stop; the end of a sentence ("2026.") does too,
            // harmlessly: numbers are read without it.
            let end = if c == '.' { i + 1 } else { i };
            out.push(Token {
                text: &text[s..end],
                start: s,
                end,
            });
        }
    }
    if let Some(s) = start {
        out.push(Token {
            text: &text[s..],
            start: s,
            end: text.len(),
        });
    }
    out
}

fn number(token: &Token<'_>) -> Option<u32> {
    let digits = token.text.trim_end_matches('.');
    (!digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

fn day(token: &Token<'_>) -> Option<u32> {
    number(token).filter(|d| (1..=31).contains(d) && token.text.trim_end_matches('.').len() <= 2)
}

fn year(token: &Token<'_>) -> Option<i32> {
    let text = token.text.trim_end_matches('.');
    (text.len() == 4)
        .then(|| number(token))
        .flatten()
        .map(|y| y as i32)
        .filter(|y| (1800..=2200).contains(y))
}

fn is_one_of(token: &Token<'_>, list: &[String]) -> bool {
    list.iter()
        .any(|w| w.eq_ignore_ascii_case(token.text.trim_end_matches('.')))
}

/// All dates in `text`, in order.
pub fn find(text: &str, words: &Words) -> Vec<FoundDate> {
    let tokens = tokens(text);
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(month) = words.month(tokens[i].text) else {
            i += 1;
            continue;
        };
        // Skips connector words ("de", "del") from `from` in direction `step`.
        let skip = |from: isize, step: isize| -> Option<usize> {
            let mut at = from;
            while at >= 0 && (at as usize) < tokens.len() {
                if !is_one_of(&tokens[at as usize], &words.date_connectors) {
                    return Some(at as usize);
                }
                at += step;
            }
            None
        };
        let before = skip(i as isize - 1, -1).filter(|&b| day(&tokens[b]).is_some());
        let after_month = skip(i as isize + 1, 1);
        // Day before the month ("13 de marzo", "3. März"), else after it ("March 13").
        let (day_index, year_from) = match (before, after_month) {
            (Some(b), _) => (b, after_month),
            (None, Some(a)) if day(&tokens[a]).is_some() && words.code == "en" => {
                (a, skip(a as isize + 1, 1))
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let year_index = year_from.filter(|&y| year(&tokens[y]).is_some());
        let first = day_index.min(i);
        let weekday_index = weekday_before(&tokens, first, words);
        let start = tokens[weekday_index.unwrap_or(first)].start;
        let last = year_index.unwrap_or(day_index.max(i));
        let end = tokens[last].end
            - usize::from(tokens[last].text.ends_with('.') && year_index == Some(last));
        found.push(FoundDate {
            start,
            end,
            year: year_index.and_then(|y| year(&tokens[y])),
            month,
            day: day(&tokens[day_index]).expect("checked"),
            weekday: weekday_index.and_then(|w| words.weekday(tokens[w].text)),
        });
        i = last + 1;
    }
    found
}

/// The weekday written just before the date's first word, across joiners ("den", "am", "el").
fn weekday_before(tokens: &[Token<'_>], first: usize, words: &Words) -> Option<usize> {
    let mut at = first.checked_sub(1)?;
    for _ in 0..3 {
        if words.weekday(tokens[at].text).is_some() {
            return Some(at);
        }
        if !is_one_of(&tokens[at], &words.weekday_joiners) {
            return None;
        }
        at = at.checked_sub(1)?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn one(text: &str, language: Language) -> FoundDate {
        let found = find(text, language.words());
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0]
    }

    #[test]
    fn each_languages_date_forms_with_their_weekday() {
        let cases = [
            (
                "Ocurrió el lunes 13 de marzo de 2026 en Sevilla.",
                Language::Spanish,
                "lunes 13 de marzo de 2026",
                0,
            ),
            (
                "Am Dienstag, 3. März 2026 tagte der Rat.",
                Language::German,
                "Dienstag, 3. März 2026",
                1,
            ),
            (
                "Beslutet togs tisdagen den 3 mars 2026.",
                Language::Swedish,
                "tisdagen den 3 mars 2026",
                1,
            ),
            (
                "Le conseil s'est réuni vendredi 13 mars 2026.",
                Language::French,
                "vendredi 13 mars 2026",
                4,
            ),
            (
                "A reunião foi na sexta-feira, 13 de março de 2026.",
                Language::Portuguese,
                "sexta-feira, 13 de março de 2026",
                4,
            ),
            (
                "It happened on Friday, March 13, 2026, in Leeds.",
                Language::English,
                "Friday, March 13, 2026",
                4,
            ),
        ];
        for (text, language, written, weekday) in cases {
            let date = one(text, language);
            assert_eq!(&text[date.start..date.end], written, "{text}");
            assert_eq!(
                (date.year, date.month, date.weekday),
                (Some(2026), 3, Some(weekday)),
                "{text}"
            );
        }
    }

    #[test]
    fn every_example_in_the_data_files_is_read() {
        for language in Language::ALL {
            for example in &language.words().date_examples {
                let date = one(example, language);
                assert!(
                    date.weekday.is_some() && date.year == Some(2026),
                    "{example}"
                );
            }
        }
    }

    #[test]
    fn a_month_name_without_a_day_is_no_date() {
        assert!(find("Marzo fue un mes lluvioso.", Language::Spanish.words()).is_empty());
        assert!(find("Mars est une planète.", Language::French.words()).is_empty());
        let no_year = one("el 4 de mayo", Language::Spanish);
        assert_eq!((no_year.day, no_year.month, no_year.year), (4, 5, None));
    }
}
