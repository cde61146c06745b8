//! unbalanced-quotes and unbalanced-parens, per paragraph: a mark opened and not closed, or
//! closed and not opened. News style runs a long quotation over several paragraphs by opening
//! each one with a quotation mark and closing only the last: a paragraph left open is fine when
//! the next one opens with a quotation mark, unless the open quotation runs into its own
//! attribution (`“We will stay out, the negotiator told strikers.`): a quotation that continues
//! in the next paragraph is not attributed mid-way, so that one was meant to close. Single quotes
//! are not checked (they double as apostrophes). One finding per paragraph: the first problem.

use super::Hit;
use super::marks::{self, Marks};
use super::text::{Doc, Sentence};
use crate::lang::Language;

/// Where a mark stands: which sentence of the paragraph, and its byte offset there.
type Mark = (usize, usize);

/// A finding on the mark at `(s, at)`; its span covers the whole character.
fn hit(sentences: &[Sentence<'_>], (s, at): Mark, message: String) -> Hit {
    let len = sentences[s].text[at..]
        .chars()
        .next()
        .map_or(0, char::len_utf8);
    Hit {
        statements: vec![sentences[s].index],
        span: Some(sentences[s].span_of(at, at + len)),
        message,
    }
}

fn opens_with_quote(paragraph: &[Sentence<'_>], marks: &Marks) -> bool {
    paragraph
        .first()
        .is_some_and(|s| s.text.trim_start().starts_with(|c: char| marks.opens(c)))
}

pub(crate) fn find_quotes(doc: &Doc<'_>) -> Vec<Hit> {
    let marks = Marks::of(Language::of_code(doc.metadata.language.as_deref()));
    let paragraphs: Vec<&[Sentence<'_>]> = doc.paragraphs().collect();
    let mut hits = Vec::new();
    for (p, paragraph) in paragraphs.iter().enumerate() {
        let next_continues = paragraphs
            .get(p + 1)
            .is_some_and(|next| opens_with_quote(next, &marks));
        if let Some(problem) = quote_problem(paragraph, next_continues, &marks) {
            hits.push(problem);
        }
    }
    hits
}

fn quote_problem(paragraph: &[Sentence<'_>], next_continues: bool, marks: &Marks) -> Option<Hit> {
    let mut open: Option<Mark> = None;
    for (s, sentence) in paragraph.iter().enumerate() {
        for (at, c) in sentence.text.char_indices() {
            if !marks.may_be(c) {
                continue;
            }
            let toggles = marks.toggling.contains(&c);
            let opening = marks.opening.contains(&c) || (toggles && open.is_none());
            let closing = marks.closing.contains(&c) || (toggles && open.is_some());
            if opening {
                if let Some(earlier) = open {
                    return Some(hit(
                        paragraph,
                        earlier,
                        "a quotation mark is opened here and a new quotation opens before it is closed".into(),
                    ));
                }
                open = Some((s, at));
            } else if closing && open.take().is_none() {
                // `take` closes the open quotation; with none open, the mark closes nothing.
                return Some(hit(
                    paragraph,
                    (s, at),
                    "a closing quotation mark with no opening one in this paragraph".into(),
                ));
            }
        }
    }
    let unclosed = open?;
    if runs_into_attribution(paragraph, unclosed, marks.language) {
        return Some(hit(
            paragraph,
            unclosed,
            "a quotation mark is opened here and not closed before its attribution: close the quotation".into(),
        ));
    }
    if next_continues {
        return None;
    }
    Some(hit(
        paragraph,
        unclosed,
        "a quotation mark is opened here and not closed by the end of the paragraph (nor continued by the next one)".into(),
    ))
}

/// Whether the text after the open mark has a comma followed, within a few words, by a verb of
/// saying: `“We will stay out, NDF negotiator Joris Brandsma told...`.
fn runs_into_attribution(paragraph: &[Sentence<'_>], (s, at): Mark, language: Language) -> bool {
    let after = std::iter::once(&paragraph[s].text[at..])
        .chain(paragraph[s + 1..].iter().map(|x| x.text))
        .collect::<Vec<_>>()
        .join(" ");
    after.match_indices(", ").any(|(i, _)| {
        let window: Vec<&str> = after[i + 2..].split_whitespace().take(6).collect();
        marks::has_speaker_cue(&window.join(" "), language)
    })
}

pub(crate) fn find_parens(doc: &Doc<'_>) -> Vec<Hit> {
    doc.paragraphs().filter_map(paren_problem).collect()
}

fn paren_problem(paragraph: &[Sentence<'_>]) -> Option<Hit> {
    let mut stack: Vec<(char, Mark)> = Vec::new();
    for (s, sentence) in paragraph.iter().enumerate() {
        for (at, c) in sentence.text.char_indices() {
            match c {
                '(' | '[' => stack.push((c, (s, at))),
                ')' | ']' => {
                    if is_list_marker_or_smiley(sentence.text, at, s == 0) {
                        continue;
                    }
                    let expected = if c == ')' { '(' } else { '[' };
                    match stack.pop() {
                        Some((opener, _)) if opener == expected => {}
                        Some((opener, mark)) => {
                            return Some(hit(
                                paragraph,
                                mark,
                                format!("'{opener}' is opened here but closed by '{c}'"),
                            ));
                        }
                        None => {
                            return Some(hit(
                                paragraph,
                                (s, at),
                                format!("a closing '{c}' with no opening one in this paragraph"),
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let (opener, mark) = stack.first().copied()?;
    Some(hit(
        paragraph,
        mark,
        format!("'{opener}' is opened here and not closed by the end of the paragraph"),
    ))
}

/// "1) First item", "a) ...", or ":)".
fn is_list_marker_or_smiley(text: &str, at: usize, first_sentence: bool) -> bool {
    let before = &text[..at];
    let marker = first_sentence
        && before.trim_start().len() <= 2
        && before.trim_start().chars().all(|c| c.is_alphanumeric());
    marker || before.ends_with(':') || before.ends_with(';')
}

#[cfg(test)]
mod tests {
    use super::super::testing::hits;
    use super::*;
    use crate::model::Span;

    #[test]
    fn flags_a_quote_left_open_at_the_end_of_a_paragraph() {
        let found = hits(
            find_quotes,
            &[&["“We will not allow it, she said."], &["Talks continue."]],
        );
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("not closed"));
        assert_eq!(found[0].span, Some(Span::new(0, "“".len())));
    }

    #[test]
    fn flags_a_closing_quote_without_an_opening_one() {
        let found = hits(find_quotes, &[&["We will not allow it,” she said."]]);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("no opening"));
        let straight = hits(find_quotes, &[&["He said \"no\" and \"never."]]);
        assert_eq!(straight.len(), 1);
    }

    #[test]
    fn flags_a_quote_left_open_into_its_attribution_even_before_a_quoted_paragraph() {
        let found = hits(
            find_quotes,
            &[
                &[
                    "“We will stay out as long as it takes, negotiator Joris Brandsma told strikers.",
                ],
                &["“They chose robots over people,” Brandsma said."],
            ],
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("before its attribution"));
    }

    #[test]
    fn a_quote_continued_into_the_next_paragraph_is_fine() {
        let found = hits(
            find_quotes,
            &[
                &["“We will not allow it,” she said. “Mexico commands its own forces."],
                &["“No foreign troops will operate here.”"],
            ],
        );
        assert!(found.is_empty(), "{found:?}");
        let straight = hits(
            find_quotes,
            &[
                &["\"First paragraph of a long quote."],
                &["\"And its end.\""],
            ],
        );
        assert!(straight.is_empty());
    }

    #[test]
    fn balanced_quotes_across_sentences_are_fine() {
        let found = hits(
            find_quotes,
            &[&[
                "“We will act. We have the means,” she said.",
                "It’s the officials’ plan.",
            ]],
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn flags_unbalanced_and_mismatched_parentheses() {
        let open = hits(find_parens, &[&["The agency (the DEA said nothing."]]);
        assert_eq!(open.len(), 1);
        assert!(open[0].message.contains("not closed"));
        let close = hits(find_parens, &[&["The agency said nothing)."]]);
        assert_eq!(close.len(), 1);
        let crossed = hits(find_parens, &[&["He [said (it] twice)."]]);
        assert_eq!(crossed.len(), 1);
        assert!(crossed[0].message.contains("closed by ']'"));
    }

    #[test]
    fn balanced_parentheses_list_markers_and_smileys_are_fine() {
        let found = hits(
            find_parens,
            &[
                &["Central Intelligence Agency (CIA) personnel (about 40 [sic]) arrived."],
                &["1) The first point.", "It spans (two", "sentences) here."],
                &["She wrote :) at the end."],
            ],
        );
        assert!(found.is_empty(), "{found:?}");
    }
}
