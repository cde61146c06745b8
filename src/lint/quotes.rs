//! quote-without-speaker: a quotation whose speaker the reader cannot tell. A speaker is an
//! attribution verb (said, told, wrote, according to...) outside the quotation, in the sentences
//! the quotation spans or the sentence before, or a name introducing it with a colon
//! ("Sheinbaum: “...”"). Quotations of fewer than four words (a term, a scare quote) are left
//! alone. A quotation running over several paragraphs is read as one.

use super::Hit;
use super::marks::{Marks, has_speaker_cue};
use super::text::{Doc, words};
use crate::lang::Language;

/// Fewer quoted words than this is a term or a scare quote, not a quotation.
const MIN_WORDS: usize = 4;

/// A place in the article: index into `doc.sentences`, byte offset in that statement.
type Place = (usize, usize);

/// One quotation: from its opening mark to its closing mark (or the end of the paragraph).
#[derive(Debug, Clone, Copy)]
struct Quotation {
    open: Place,
    /// The closing mark, or the end of the last sentence when never closed.
    close: Place,
}

pub(crate) fn find(doc: &Doc<'_>) -> Vec<Hit> {
    let marks = Marks::of(Language::of_code(doc.metadata.language.as_deref()));
    let quotations = quotations(doc, &marks);
    let mut hits = Vec::new();
    for quotation in &quotations {
        if quoted_words(doc, quotation) < MIN_WORDS {
            continue;
        }
        let (first, last) = (quotation.open.0, quotation.close.0);
        let context = first.saturating_sub(1)..=last;
        let attributed = context.clone().any(|s| {
            outside_quotations(doc, s, &quotations)
                .iter()
                .any(|(from, to)| {
                    has_speaker_cue(&doc.sentences[s].text[*from..*to], marks.language)
                })
        }) || introduced_by_name(doc, quotation.open);
        if !attributed {
            let sentence = &doc.sentences[first];
            let mut statements: Vec<usize> =
                (first..=last).map(|s| doc.sentences[s].index).collect();
            statements.dedup();
            hits.push(Hit {
                statements,
                span: Some(
                    sentence.span_of(
                        quotation.open.1,
                        quotation.open.1
                            + sentence.text[quotation.open.1..]
                                .chars()
                                .next()
                                .map_or(0, char::len_utf8),
                    ),
                ),
                message:
                    "a quotation with no speaker in its sentence or the one before: say who said it"
                        .into(),
            });
        }
    }
    hits
}

/// Every quotation of the article, in order, with multi-paragraph quotations joined.
fn quotations(doc: &Doc<'_>, marks: &Marks) -> Vec<Quotation> {
    let mut found = Vec::new();
    let mut open: Option<Place> = None;
    let mut last_end: Place = (0, 0);
    let mut paragraph = None;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let new_paragraph = paragraph != Some(sentence.paragraph);
        paragraph = Some(sentence.paragraph);
        let mut skip_continuation = false;
        if new_paragraph {
            if let Some(opened) = open {
                let continues = sentence
                    .text
                    .trim_start()
                    .starts_with(|c: char| marks.opens(c));
                if continues {
                    skip_continuation = true;
                } else {
                    found.push(Quotation {
                        open: opened,
                        close: last_end,
                    });
                    open = None;
                }
            }
        }
        for (at, c) in sentence.text.char_indices() {
            if skip_continuation && !c.is_whitespace() {
                skip_continuation = false;
                continue;
            }
            if !marks.may_be(c) {
                continue;
            }
            let opening = marks.is_opening(c, open.is_some());
            let closing = marks.is_closing(c, open.is_some());
            if opening && open.is_none() {
                open = Some((s, at));
            } else if closing {
                if let Some(opened) = open.take() {
                    found.push(Quotation {
                        open: opened,
                        close: (s, at),
                    });
                }
            }
        }
        last_end = (s, sentence.text.len());
    }
    if let Some(opened) = open {
        found.push(Quotation {
            open: opened,
            close: last_end,
        });
    }
    found
}

/// How many words the quotation holds (counted up to `MIN_WORDS`; more do not matter).
fn quoted_words(doc: &Doc<'_>, quotation: &Quotation) -> usize {
    let mut count = 0;
    for s in quotation.open.0..=quotation.close.0 {
        let text = doc.sentences[s].text;
        let from = if s == quotation.open.0 {
            quotation.open.1
        } else {
            0
        };
        let to = if s == quotation.close.0 {
            quotation.close.1
        } else {
            text.len()
        };
        count += words(&text[from..to]).len();
        if count >= MIN_WORDS {
            break;
        }
    }
    count
}

/// The byte ranges of sentence `s` that lie outside every quotation.
fn outside_quotations(doc: &Doc<'_>, s: usize, quotations: &[Quotation]) -> Vec<(usize, usize)> {
    let len = doc.sentences[s].text.len();
    let mut ranges = Vec::new();
    let mut from = 0;
    for q in quotations
        .iter()
        .filter(|q| q.open.0 <= s && s <= q.close.0)
    {
        let start = if q.open.0 == s { q.open.1 } else { 0 };
        let end = if q.close.0 == s { q.close.1 } else { len };
        if start > from {
            ranges.push((from, start));
        }
        from = from.max(end);
    }
    if from < len {
        ranges.push((from, len));
    }
    ranges
}

/// "Sheinbaum: “...”": a capitalised word and a colon right before the opening mark.
fn introduced_by_name(doc: &Doc<'_>, (s, at): Place) -> bool {
    let before = doc.sentences[s].text[..at].trim_end();
    before.strip_suffix(':').is_some_and(|lead| {
        words(lead)
            .last()
            .is_some_and(|w| w.is_capitalised() || w.is_all_caps())
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{hits, hits_in};
    use super::*;

    #[test]
    fn flags_a_quotation_nobody_said() {
        let found = hits_in(
            find,
            &[
                "The talks resumed on Monday.",
                "“We will never accept foreign troops on our soil.”",
            ],
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].statements, [1]);
    }

    #[test]
    fn a_speaker_in_the_sentence_or_the_one_before_is_enough() {
        let same = ["“We will never accept foreign troops on our soil,” Sheinbaum said."];
        assert!(hits_in(find, &same).is_empty());
        let before = [
            "Sheinbaum told reporters the plan was unacceptable.",
            "“We will never accept foreign troops on our soil.”",
        ];
        assert!(hits_in(find, &before).is_empty());
        let colon = ["Sheinbaum: “We will never accept foreign troops.”"];
        assert!(hits_in(find, &colon).is_empty());
        let according = ["According to the memo, “all actions require Mexican authorization.”"];
        assert!(hits_in(find, &according).is_empty());
    }

    #[test]
    fn a_cue_inside_the_quotation_does_not_count() {
        let found = hits_in(find, &["“He said it would never happen again.”"]);
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn short_quoted_terms_are_not_quotations() {
        assert!(hits_in(find, &["The plan was called “joint” cooperation."]).is_empty());
    }

    #[test]
    fn a_quotation_over_several_sentences_finds_its_speaker_at_the_end() {
        let found = hits_in(find, &["“We will act.", "We have the means,” she said."]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_multi_paragraph_quotation_is_attributed_once() {
        let found = hits(
            find,
            &[
                &["“We will not allow it,” Sheinbaum said. “Mexico commands its own forces."],
                &["“No foreign troops will operate on our soil.”"],
            ],
        );
        assert!(found.is_empty(), "{found:?}");
    }
}
