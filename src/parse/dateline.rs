//! The dateline that opens a wire or news story ("WASHINGTON, DC.-", "LONDON (Reuters) -",
//! "KYIV, Ukraine —"): where the story was filed, stored in the metadata and kept out of the
//! first statement.

use super::metadata::{day_number, month_number, words};
use crate::lang::Language;

/// The dateline opening a paragraph: "WASHINGTON, DC.-", "LONDON (Reuters) -", "NEW YORK —".
/// Returns it as written without its separator ("WASHINGTON, DC", "LONDON (Reuters)") and the
/// byte offset at which the paragraph's own text begins.
pub fn dateline(paragraph: &str) -> Option<(&str, usize)> {
    let words = words(paragraph);
    let mut index = 0;
    let mut place_words = 0;
    let mut dateline_end = 0;
    // The place, in capitals: "WASHINGTON, DC.-" (the separator may be glued to its last word).
    while let Some(word) = words.get(index) {
        let core = word.text.trim_end_matches(['-', '—', '–']);
        let glued = core.len() < word.text.len();
        let letters = core.trim_end_matches([',', '.']);
        let capitals = !letters.is_empty()
            && letters.chars().any(char::is_alphabetic)
            && letters
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-'));
        if !capitals || place_words == 5 {
            break;
        }
        place_words += 1;
        dateline_end = word.at + core.trim_end_matches([',', '.']).len();
        index += 1;
        if glued {
            return finish_dateline(paragraph, dateline_end, word.end());
        }
    }
    if place_words == 0 {
        return None;
    }
    // A region or country in ordinary case after a comma ("KYIV, Ukraine —"), or the date
    // ("ROTTERDAM, March 4 (Meridian Wire) -").
    if words[index - 1].text.ends_with(',') {
        let mut region_words = 0;
        while let Some(word) = words.get(index) {
            let core = word.text.trim_end_matches(['-', '—', '–']);
            let capitalised = core.chars().next().is_some_and(char::is_uppercase);
            let day_after_month = region_words > 0
                && month_number(words[index - 1].text).is_some()
                && day_number(core).is_some();
            if !(capitalised || day_after_month) || core.starts_with('(') || region_words == 3 {
                break;
            }
            region_words += 1;
            dateline_end = word.at + core.trim_end_matches([',', '.']).len();
            index += 1;
            if core.len() < word.text.len() {
                return finish_dateline(paragraph, dateline_end, word.end());
            }
        }
    }
    // An optional agency in brackets: "(Reuters)", "(AP)".
    if words.get(index).is_some_and(|w| w.text.starts_with('(')) {
        let close = words[index..]
            .iter()
            .take(4)
            .position(|w| w.text.trim_end_matches(['-', '—', '–']).ends_with(')'))?;
        let last = words[index + close];
        let core = last.text.trim_end_matches(['-', '—', '–']);
        dateline_end = last.at + core.len();
        index += close + 1;
        if core.len() < last.text.len() {
            return finish_dateline(paragraph, dateline_end, last.end());
        }
    }
    let separator = words.get(index)?;
    if !matches!(separator.text, "-" | "--" | "—" | "–" | ".-" | ".—") {
        return None;
    }
    finish_dateline(paragraph, dateline_end, separator.end())
}

/// [`dateline`], and in languages other than English also a place in capitals closed by a full
/// stop ("SEVILLA. El ayuntamiento…", "GÖTEBORG. Kommunen…"), as Spanish, French, German,
/// Portuguese and Swedish papers write it. English copy keeps the dash: "NASA. The agency…"
/// opens with an acronym, not a place.
pub fn dateline_in(paragraph: &str, language: Language) -> Option<(&str, usize)> {
    if let Some(found) = dateline(paragraph) {
        return Some(found);
    }
    if language == Language::English {
        return None;
    }
    let words = words(paragraph);
    let stop = words.iter().take(3).position(|w| w.text.ends_with('.'))?;
    let place = &words[..=stop];
    let all_capitals = place.iter().all(|w| {
        let letters = w.text.trim_end_matches([',', '.']);
        letters.chars().count() >= 2 && letters.chars().all(|c| c.is_uppercase() || c == '-')
    });
    let letters: usize = place
        .iter()
        .map(|w| w.text.chars().filter(|c| c.is_alphabetic()).count())
        .sum();
    let next_capitalised = words
        .get(stop + 1)
        .and_then(|w| w.text.chars().find(|c| c.is_alphabetic()))
        .is_some_and(char::is_uppercase);
    if !all_capitals || letters < 4 || !next_capitalised {
        return None;
    }
    let last = place[stop];
    finish_dateline(
        paragraph,
        last.at + last.text.len() - 1,
        last.at + last.text.len(),
    )
}

fn finish_dateline(paragraph: &str, end: usize, separator_end: usize) -> Option<(&str, usize)> {
    let text = paragraph[..end].trim_end_matches([',', '.', ' ']);
    let body = separator_end
        + (paragraph[separator_end..].len() - paragraph[separator_end..].trim_start().len());
    let capitals = text.chars().filter(|c| c.is_uppercase()).count();
    (capitals >= 2 && body < paragraph.len()).then_some((text, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_in_their_usual_styles() {
        let cases = [
            (
                "WASHINGTON, DC.- The U.S. Department",
                "WASHINGTON, DC",
                "The U.S.",
            ),
            (
                "LONDON (Reuters) - Britain's economy",
                "LONDON (Reuters)",
                "Britain's",
            ),
            ("NEW YORK — Stocks fell", "NEW YORK", "Stocks"),
            (
                "MEXICO CITY (AP) — The president",
                "MEXICO CITY (AP)",
                "The president",
            ),
            ("KYIV, Ukraine — Russian drones", "KYIV, Ukraine", "Russian"),
            (
                "ROTTERDAM, March 4 (Meridian Wire) - Dockworkers",
                "ROTTERDAM, March 4 (Meridian Wire)",
                "Dockworkers",
            ),
            (
                "NORTHMERE, May 12 — The City Council",
                "NORTHMERE, May 12",
                "The City",
            ),
        ];
        for (paragraph, expected, body) in cases {
            let Some((dateline, at)) = dateline(paragraph) else {
                panic!("no dateline in {paragraph:?}");
            };
            assert_eq!(dateline, expected);
            assert!(paragraph[at..].starts_with(body), "{paragraph:?} -> {at}");
        }
    }

    #[test]
    fn a_full_stop_closes_a_dateline_outside_english() {
        let (place, at) =
            dateline_in("SEVILLA. El ayuntamiento aprobó", Language::Spanish).unwrap();
        assert_eq!(
            (place, &"SEVILLA. El ayuntamiento aprobó"[at..at + 2]),
            ("SEVILLA", "El")
        );
        let (place, _) = dateline_in("SÃO PAULO. A prefeitura", Language::Portuguese).unwrap();
        assert_eq!(place, "SÃO PAULO");
        assert_eq!(
            dateline_in("NASA. The agency said", Language::English),
            None
        );
        assert_eq!(dateline_in("UE. La comisión", Language::Spanish), None);
    }

    #[test]
    fn capitals_without_separator_are_no_dateline() {
        assert_eq!(
            dateline("U.S. officials said the talks would resume."),
            None
        );
        assert_eq!(dateline("NATO allies met on Friday."), None);
        assert_eq!(
            dateline("The FBI - and the DEA - declined to comment."),
            None
        );
    }
}
