//! The dateline that opens a wire or news story ("WASHINGTON, DC.-", "LONDON (Reuters) -",
//! "KYIV, Ukraine —"): where the story was filed, stored in the metadata and kept out of the
//! first statement.

use super::metadata::{day_number, month_number, words};

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
