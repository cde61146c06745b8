//! anonymous-sourcing: information credited to people the reader cannot identify ("officials
//! said", "according to sources", "people familiar with the matter", "multiple reports").
//! Standards desks want every such passage in front of an editor: who the source is, why they
//! are unnamed, whether a second source confirms it. One finding per statement.

use std::sync::LazyLock;

use super::Hit;
use super::text::{Doc, Word, starts_with_words};
use crate::lang::lower::Lower;
use crate::parse::kinds::words::WordSet;

/// Nouns that stand for unnamed sources when they speak.
const UNNAMED: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "aide",
    "aides",
    "insider",
    "insiders",
    "diplomat",
    "diplomats",
    "people",
    "person",
    "reports",
    "reporting",
    "outlets",
    "analysts",
    "observers",
    "critics",
    "supporters",
];

/// Verbs by which they speak.
const SPEAKING: &[&str] = &[
    "said",
    "say",
    "says",
    "told",
    "tell",
    "confirmed",
    "confirm",
    "emphasized",
    "emphasised",
    "described",
    "describe",
    "reiterated",
    "expressed",
    "pressed",
    "warned",
    "warn",
    "stated",
    "noted",
    "indicated",
    "acknowledged",
    "added",
    "believe",
    "believed",
    "suggest",
    "suggested",
    "claimed",
    "claim",
    "insisted",
    "argued",
    "argue",
    "revealed",
    "disclosed",
    "briefed",
    "reported",
    "cautioned",
    "signaled",
    "signalled",
    "stressed",
];

/// Phrases that mark anonymity on their own.
const PHRASES: &[&[&str]] = &[
    &["familiar", "with"],
    &["condition", "of", "anonymity"],
    &["declined", "to", "be", "named"],
    &["asked", "not", "to", "be", "named"],
    &["not", "authorized", "to", "speak"],
    &["not", "authorised", "to", "speak"],
    &["speaking", "anonymously"],
    &["news", "organizations"],
    &["news", "organisations"],
    &["media", "outlets"],
    &["news", "outlets"],
    &["sources", "close", "to"],
    &["it", "is", "understood"],
];

/// Words that may stand between an unnamed noun and its verb ("officials have increasingly
/// expressed").
const BETWEEN: &[&str] = &[
    "have",
    "has",
    "had",
    "also",
    "increasingly",
    "repeatedly",
    "privately",
    "publicly",
    "later",
    "then",
    "earlier",
];

/// Unnamed nouns that are a source when something is credited to them ("according to
/// officials", "statements from Justice Department sources"); "people" is not, as "from" so
/// often means something else before it.
const CREDITED: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "aide",
    "aides",
    "insider",
    "insiders",
    "diplomat",
    "diplomats",
    "reports",
    "reporting",
    "outlets",
];

/// Words that make "reports" unnamed: "multiple reports", "several verified reports".
const VAGUE_REPORTS: &[&str] = &[
    "multiple",
    "several",
    "many",
    "numerous",
    "unconfirmed",
    "media",
    "news",
    "press",
    "other",
];

/// The words a cue can turn on, in lower case (tested): each phrase's first word, "reports"
/// and the unnamed nouns. Every other word is let go after one lookup instead of being compared with
/// each list (the lists' words are compared in any ASCII case, as `Word::is` does).
static CUE_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(
        PHRASES
            .iter()
            .map(|p| p[0])
            .chain(["reports"])
            .chain(UNNAMED.iter().copied()),
    )
});

/// Whether `word` can turn a cue (see [`CUE_WORDS`]).
fn may_cue(word: &Word<'_>) -> bool {
    Lower::ascii(word.text).is_some_and(|w| CUE_WORDS.contains(w.as_str()))
}

/// How far "according to" or "from" may stand before the unnamed noun.
const REACH: usize = 7;

pub(crate) fn find(doc: &Doc<'_>) -> Vec<Hit> {
    find_where(doc, may_cue)
}

/// The rule, reading only the words `may_cue` lets through (the test's reference reads all).
fn find_where(doc: &Doc<'_>, may_cue: fn(&Word<'_>) -> bool) -> Vec<Hit> {
    let mut hits = Vec::new();
    for sentence in &doc.sentences {
        let words = sentence.words_after_dateline();
        let mut matched: Vec<String> = Vec::new();
        let mut first_at: Option<(usize, usize)> = None;
        let mut note = |from: &Word<'_>, to: &Word<'_>| {
            let phrase = sentence.text[from.start..to.end].to_string();
            if !matched.contains(&phrase) {
                matched.push(phrase);
            }
            first_at.get_or_insert((from.start, to.end));
        };
        for i in 0..words.len() {
            if !may_cue(&words[i]) {
                continue;
            }
            if let Some(phrase) = PHRASES.iter().find(|p| starts_with_words(words, i, p)) {
                note(&words[i], &words[i + phrase.len() - 1]);
                continue;
            }
            if words[i].is("reports") {
                let lead = (i.saturating_sub(2)..i)
                    .find(|&j| VAGUE_REPORTS.iter().any(|v| words[j].is(v)));
                if let Some(lead) = lead {
                    note(&words[lead], &words[i]);
                    continue;
                }
            }
            if !UNNAMED.iter().any(|n| words[i].is(n)) {
                continue;
            }
            if let Some(verb) = speaking_after(words, i) {
                note(&words[i], &words[verb]);
            } else if let Some(lead) =
                credited_before(words, i).filter(|_| CREDITED.iter().any(|n| words[i].is(n)))
            {
                note(&words[lead], &words[i]);
            } else if let Some(verb) = speaking_before(words, i) {
                // "said two senior officials"
                note(&words[verb], &words[i]);
            }
        }
        if let Some((start, end)) = first_at {
            // A cue inside a longer one ("According to reporting" within "According to
            // reporting by major U.S. outlets") is the same sourcing, quoted once.
            let all = matched.clone();
            matched.retain(|m| {
                !all.iter()
                    .any(|other| other != m && other.contains(m.as_str()))
            });
            hits.push(Hit {
                statements: vec![sentence.index],
                span: Some(sentence.span_of(start, end)),
                message: format!(
                    "unnamed sourcing ({}): an editor should know who the source is, why they are not named, and what confirms it",
                    matched
                        .iter()
                        .map(|m| format!("'{m}'"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        }
    }
    hits
}

/// The index of the speaking verb right after the unnamed noun at `i` (a few adverbs allowed).
fn speaking_after(words: &[Word<'_>], i: usize) -> Option<usize> {
    let mut j = i + 1;
    while j < words.len() && BETWEEN.iter().any(|b| words[j].is(b)) {
        j += 1;
    }
    (j < words.len() && SPEAKING.iter().any(|v| words[j].is(v))).then_some(j)
}

/// The index of a speaking verb up to three words before the unnamed noun at `i`.
fn speaking_before(words: &[Word<'_>], i: usize) -> Option<usize> {
    (i.saturating_sub(3)..i)
        .rev()
        .find(|&j| SPEAKING.iter().any(|v| words[j].is(v)))
}

/// The index of "according" or "from" shortly before the unnamed noun at `i`, with no named
/// person in between (a word after a title, say, would be a name: we only look for the lead).
fn credited_before(words: &[Word<'_>], i: usize) -> Option<usize> {
    let lo = i.saturating_sub(REACH);
    (lo..i).rev().find(|&j| {
        (words[j].is("according") && words.get(j + 1).is_some_and(|w| w.is("to")))
            || words[j].is("from")
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{article, hits_in, sentence};
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_cue_words_are_lower_case() {
        for word in PHRASES.iter().map(|p| p[0]).chain(UNNAMED.iter().copied()) {
            assert_eq!(word, word.to_ascii_lowercase());
        }
    }

    fn vocabulary() -> Vec<String> {
        [UNNAMED, SPEAKING, BETWEEN, CREDITED, VAGUE_REPORTS]
            .iter()
            .flat_map(|list| list.iter())
            .chain(PHRASES.iter().flat_map(|p| p.iter()))
            .chain(&["according", "to", "from", "reports"])
            .map(|w| w.to_string())
            .collect()
    }

    proptest! {
        #[test]
        fn skipping_words_that_cue_nothing_changes_no_finding(
            paragraph in prop::collection::vec(sentence(vocabulary()), 1..4)
        ) {
            let sentences: Vec<&str> = paragraph.iter().map(String::as_str).collect();
            let (text, parsed) = article(&[&sentences]);
            let doc = Doc::new(&text, &parsed);
            prop_assert_eq!(find(&doc), find_where(&doc, |_| true));
        }
    }

    #[test]
    fn flags_unnamed_sources_in_their_common_forms() {
        let cases = [
            "Senior U.S. officials described the arrangement as joint.",
            "According to Justice Department sources, CIA personnel would advise.",
            "U.S. officials have increasingly expressed frustration.",
            "The plan was confirmed, said two officials.",
            "People familiar with the matter said talks stalled.",
            "One diplomat, who spoke on condition of anonymity, disagreed.",
            "The move was confirmed by multiple reports.",
            "The move was confirmed by several verified reports.",
            "This report is based on reporting from multiple reputable news organizations.",
            "The report rests on confirmed statements from U.S. Department of Justice sources.",
        ];
        for case in cases {
            let found = hits_in(find, &[case]);
            assert_eq!(found.len(), 1, "{case}");
        }
    }

    #[test]
    fn lists_every_phrase_of_a_statement_in_one_finding() {
        let found = hits_in(
            find,
            &["Officials said, according to senior officials and multiple reports, it was done."],
        );
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.contains("'Officials said'"),
            "{}",
            found[0].message
        );
        assert!(
            found[0].message.contains("'multiple reports'"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn a_cue_inside_a_longer_one_is_quoted_once() {
        let found = hits_in(
            find,
            &["According to reporting by major U.S. outlets, officials have pressed Mexico."],
        );
        assert_eq!(found.len(), 1);
        let message = &found[0].message;
        assert!(
            message.contains("'According to reporting by major U.S. outlets'"),
            "{message}"
        );
        assert!(!message.contains("'According to reporting',"), "{message}");
    }

    #[test]
    fn named_sources_and_non_speaking_uses_are_fine() {
        let cases = [
            "Justice Department spokeswoman Ana Ruiz said the plan respects sovereignty.",
            "Sheinbaum told reporters the plan was unacceptable.",
            "Officials will meet on Tuesday.",
            "The agency relies on sources of funding it does not disclose.",
            "Mexican officials have resisted broader foreign participation.",
            "The inspector general's reports are public.",
        ];
        for case in cases {
            assert!(hits_in(find, &[case]).is_empty(), "{case}");
        }
    }
}
