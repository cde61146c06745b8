//! weekday-mismatch: "Friday, January 17, 2026" when January 17, 2026 is a Saturday. Checked in
//! the publication line and in every statement.

use chrono::{Datelike, NaiveDate, Weekday};

use super::Hit;
use super::dates::{self, DateMention, parse_weekday_in, weekday_name};
use super::text::Doc;
use crate::lang::Language;
use crate::model::Span;

pub(crate) fn find(doc: &Doc<'_>) -> Vec<Hit> {
    let language = Language::of_code(doc.metadata.language.as_deref());
    let mut hits = Vec::new();
    if let Some(hit) = in_publication_line(doc, language) {
        hits.push(hit);
    }
    for sentence in &doc.sentences {
        for mention in dates::find_in_words(sentence.text, &sentence.words, language) {
            if let Some(message) = mismatch(sentence.text, &mention, doc.published) {
                hits.push(Hit {
                    statements: vec![sentence.index],
                    span: Some(sentence.span_of(mention.start, mention.end)),
                    message,
                });
            }
        }
    }
    hits
}

/// The publication line: the parser's date and weekday when it read both, else the raw line.
fn in_publication_line(doc: &Doc<'_>, language: Language) -> Option<Hit> {
    let published = doc.metadata.published.as_ref()?;
    let line_span = doc
        .text
        .find(&published.raw)
        .filter(|_| !published.raw.is_empty())
        .map(|at| Span::new(at, at + published.raw.len()));
    let stated = published
        .weekday
        .as_deref()
        .and_then(|w| parse_weekday_in(w, language));
    let date = published
        .date
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let message = match (stated, date) {
        (Some(stated), Some(date)) => wrong_weekday(stated, date).map(|actual| {
            format!(
                "the publication line says {} but {} is a {}",
                weekday_name(stated),
                date.format("%B %-d, %Y"),
                weekday_name(actual)
            )
        }),
        _ => dates::find_in(&published.raw, language)
            .iter()
            .find_map(|mention| mismatch(&published.raw, mention, None))
            .map(|m| format!("in the publication line: {m}")),
    }?;
    Some(Hit {
        statements: Vec::new(),
        span: line_span,
        message,
    })
}

/// What is wrong with one date's weekday, if anything. Dates without a year are read in the
/// year nearest the publication date, and say so.
fn mismatch(text: &str, mention: &DateMention, published: Option<NaiveDate>) -> Option<String> {
    let stated = mention.weekday?;
    let date = mention.resolve(published)?;
    let actual = wrong_weekday(stated, date)?;
    let assumed = if mention.year.is_none() {
        format!(
            " (reading the year as {}, nearest the publication date)",
            date.year()
        )
    } else {
        String::new()
    };
    Some(format!(
        "'{}' names the wrong weekday: {} is a {}{assumed}",
        &text[mention.start..mention.end],
        date.format("%B %-d, %Y"),
        weekday_name(actual),
    ))
}

fn wrong_weekday(stated: Weekday, date: NaiveDate) -> Option<Weekday> {
    (date.weekday() != stated).then_some(date.weekday())
}

#[cfg(test)]
mod tests {
    use super::super::testing::{hits_in, published_article};
    use super::*;

    #[test]
    fn flags_a_wrong_weekday_in_a_statement() {
        let hits = hits_in(find, &["The raid took place on Friday, January 17, 2026."]);
        assert_eq!(hits.len(), 1);
        assert!(
            hits[0].message.contains("is a Saturday"),
            "{}",
            hits[0].message
        );
        assert_eq!(hits[0].statements, [0]);
        assert_eq!(hits[0].span, Some(Span::new(23, 47)));
        let day_first = hits_in(find, &["It was Friday, 17 January 2026."]);
        assert_eq!(day_first.len(), 1);
    }

    #[test]
    fn a_right_weekday_or_no_weekday_is_fine() {
        assert!(hits_in(find, &["It happened on Saturday, January 17, 2026."]).is_empty());
        assert!(hits_in(find, &["It happened on January 17, 2026, a busy day."]).is_empty());
        assert!(
            hits_in(
                find,
                &["On Friday, officials met; on January 17 they left."]
            )
            .is_empty()
        );
    }

    #[test]
    fn yearless_dates_use_the_publication_year() {
        let (text, parsed) = published_article(
            "Saturday, January 17, 2026",
            Some("2026-01-17"),
            Some("Saturday"),
            &[&["Talks began on Thursday, Jan. 15 and ended on Thursday, Jan. 16."]],
        );
        let hits = find(&Doc::new(&text, &parsed));
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert!(hits[0].message.contains("Thursday, Jan. 16"));
        assert!(hits[0].message.contains("is a Friday"));
        assert!(hits[0].message.contains("2026"));
    }

    #[test]
    fn flags_a_wrong_weekday_in_the_publication_line() {
        let raw = "Friday, January 17, 2026, 7:30 A.M. ET";
        let (mut text, parsed) =
            published_article(raw, Some("2026-01-17"), Some("Friday"), &[&["Body."]]);
        text.insert_str(0, &format!("{raw}\n"));
        let hits = find(&Doc::new(&text, &parsed));
        assert_eq!(hits.len(), 1);
        assert!(hits[0].statements.is_empty());
        assert!(
            hits[0].message.contains("says Friday"),
            "{}",
            hits[0].message
        );
        assert_eq!(hits[0].span, Some(Span::new(0, raw.len())));
    }

    #[test]
    fn reads_the_raw_publication_line_when_the_parser_gave_no_date() {
        let (text, parsed) =
            published_article("Friday, January 17, 2026", None, None, &[&["Body."]]);
        assert_eq!(find(&Doc::new(&text, &parsed)).len(), 1);
        let (text, parsed) =
            published_article("Saturday, January 17, 2026", None, None, &[&["Body."]]);
        assert!(find(&Doc::new(&text, &parsed)).is_empty());
    }
}
