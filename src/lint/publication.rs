//! date-after-publication: a date the article's own publication date contradicts. "As of
//! January 18" in a story published January 17 cannot be; nor can "the court ruled on March 3,
//! 2026" when nothing says the ruling is still to come.

use super::Hit;
use super::dates;
use super::text::{Doc, Lowered, Sentence, Word, lower, words};

/// Words that say an event is still to come, or might be: with one in the sentence a later date
/// is expected, not a contradiction.
const FUTURE_CUES: &[&str] = &[
    "will",
    "would",
    "shall",
    "could",
    "may",
    "might",
    "expected",
    "expects",
    "scheduled",
    "planned",
    "plans",
    "slated",
    "due",
    "upcoming",
    "next",
    "until",
    "deadline",
    "intends",
    "aims",
    "proposed",
    "pending",
    "starts",
    "begins",
    "ends",
    "opens",
    "forecast",
    "projected",
    "anticipated",
];

/// Past-tense verbs that do not end in -ed, common in news.
const IRREGULAR_PAST: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "took", "met", "held", "began", "ran", "won",
    "lost", "made", "came", "went", "left", "fell", "rose", "gave", "saw", "got", "became",
    "brought", "paid", "sent", "spent", "struck", "spoke", "wrote", "sold", "bought", "led",
    "fled", "hit", "shot", "found", "broke", "drove", "flew", "grew", "knew", "chose",
];

pub(crate) fn find(doc: &Doc<'_>) -> Vec<Hit> {
    let Some(published) = doc.published else {
        return Vec::new();
    };
    let mut hits = Vec::new();
    for sentence in &doc.sentences {
        let sentence_words = &sentence.words;
        for mention in dates::find_words(sentence.text, sentence_words) {
            let as_of = follows_as_of(sentence, mention.start);
            // Without a year a date could be last year's: only "as of" is clear enough.
            if mention.year.is_none() && !as_of {
                continue;
            }
            let Some(date) = mention.resolve(Some(published)) else {
                continue;
            };
            if date <= published {
                continue;
            }
            let written = &sentence.text[mention.start..mention.end];
            let message = if as_of {
                format!(
                    "'as of {written}' is after the publication date ({}): information cannot be current as of a later day",
                    published.format("%B %-d, %Y")
                )
            } else if told_as_past(sentence_words) {
                format!(
                    "'{written}' is after the publication date ({}) but the sentence tells it in the past tense",
                    published.format("%B %-d, %Y")
                )
            } else {
                continue;
            };
            hits.push(Hit {
                statements: vec![sentence.index],
                span: Some(sentence.span_of(mention.start, mention.end)),
                message,
            });
        }
    }
    hits
}

/// True when the words right before byte `start` are "as of".
fn follows_as_of(sentence: &Sentence<'_>, start: usize) -> bool {
    let before = words(&sentence.text[..start]);
    let n = before.len();
    n >= 2 && before[n - 2].is("as") && before[n - 1].is("of")
}

/// A past-tense verb and no word of a future or plan.
fn told_as_past(sentence_words: &[Word<'_>]) -> bool {
    let lowered: Vec<Lowered> = sentence_words.iter().map(|w| lower(w.text)).collect();
    let future = lowered.iter().any(|w| FUTURE_CUES.contains(&w.as_str()));
    let past = lowered.iter().zip(sentence_words).any(|(w, original)| {
        IRREGULAR_PAST.contains(&w.as_str())
            || (w.len() >= 5 && w.ends_with("ed") && !original.is_capitalised())
    });
    past && !future
}

#[cfg(test)]
mod tests {
    use super::super::testing::published_article;
    use super::*;

    fn hits(sentences: &[&str]) -> Vec<Hit> {
        let (text, parsed) = published_article(
            "Saturday, January 17, 2026, 7:30 A.M. ET",
            Some("2026-01-17"),
            Some("Saturday"),
            &[sentences],
        );
        find(&Doc::new(&text, &parsed))
    }

    #[test]
    fn flags_an_as_of_date_after_publication() {
        let found = hits(&["Figures are as of January 18, 2026."]);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("as of January 18, 2026"));
        let yearless = hits(&["Figures are as of Jan. 20."]);
        assert_eq!(yearless.len(), 1);
    }

    #[test]
    fn an_as_of_date_on_or_before_publication_is_fine() {
        assert!(hits(&["All facts were checked as of January 16, 2026."]).is_empty());
        assert!(hits(&["Figures are as of January 17, 2026."]).is_empty());
    }

    #[test]
    fn flags_a_past_event_dated_after_publication() {
        let found = hits(&["The court ruled against the agency on March 3, 2026."]);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("past tense"));
        assert_eq!(hits(&["The ministers met on February 2, 2026."]).len(), 1);
    }

    #[test]
    fn a_future_event_or_a_yearless_date_is_fine() {
        assert!(hits(&["The court will rule on March 3, 2026."]).is_empty());
        assert!(hits(&["The hearing is scheduled for March 3, 2026."]).is_empty());
        assert!(hits(&["The court ruled on March 3."]).is_empty());
        assert!(hits(&["The court ruled on January 12, 2026."]).is_empty());
    }

    #[test]
    fn nothing_without_a_publication_date() {
        let (text, parsed) = super::super::testing::article(&[&["As of January 18, 2030."]]);
        assert!(find(&Doc::new(&text, &parsed)).is_empty());
    }
}
