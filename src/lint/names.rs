//! name-variants (spelling): one name spelt two ways in one article, "Sheinbaum" and
//! "Sheinbam". Two capitalised words are variants when they are one edit apart (a letter added,
//! dropped, changed or two swapped; two edits for long names), start with the same letter, and
//! are not an inflection of each other (Justice / Justices, Mexico / Mexican, Argentina /
//! Argentine). Common words capitalised at the start of a sentence do not count.

use std::collections::HashSet;

use super::Hit;
use super::text::{Doc, lower, strip_possessive};
use crate::parse::kinds::words::{FxBuild, FxHashMap};

/// Words often capitalised at the start of a sentence or in headings, which are not names.
const COMMON: &[&str] = &[
    "about",
    "after",
    "again",
    "against",
    "also",
    "although",
    "among",
    "another",
    "because",
    "before",
    "being",
    "below",
    "between",
    "both",
    "could",
    "during",
    "each",
    "either",
    "every",
    "first",
    "from",
    "have",
    "having",
    "here",
    "however",
    "into",
    "later",
    "least",
    "meanwhile",
    "more",
    "most",
    "much",
    "never",
    "other",
    "others",
    "over",
    "rather",
    "since",
    "some",
    "still",
    "such",
    "than",
    "that",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "under",
    "until",
    "update",
    "updated",
    "very",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "with",
    "within",
    "without",
    "would",
    "your",
];

/// Shortest word compared: shorter ones are too often distinct words one letter apart.
const MIN_LEN: usize = 5;

/// Where and how often one spelling occurs.
#[derive(Debug, Default, PartialEq)]
struct Spelling {
    count: usize,
    statements: Vec<usize>,
    /// Byte span of the first occurrence in the revision.
    first: Option<crate::model::Span>,
    /// Seen capitalised somewhere other than the start of a sentence: a name, not a
    /// sentence-initial common word.
    mid_sentence: bool,
}

/// The spellings of a revision, each capitalised word with where it stands, by the word.
trait Spellings<'a>: Default {
    fn spelling(&mut self, word: &'a str) -> &mut Spelling;
}

impl<'a> Spellings<'a> for FxHashMap<&'a str, Spelling> {
    fn spelling(&mut self, word: &'a str) -> &mut Spelling {
        self.entry(word).or_default()
    }
}

pub(crate) fn find(doc: &Doc<'_>) -> Vec<Hit> {
    // A hash map, sorted once at the end: a sorted map compared each word with a dozen others.
    let (spellings, lowercase_words) = read::<FxHashMap<&str, Spelling>>(doc);
    let mut spellings: Vec<(&str, Spelling)> = spellings.into_iter().collect();
    spellings.sort_unstable_by_key(|(word, _)| *word);
    let is_common = |word: &str| {
        let lowered = lower(word);
        COMMON.contains(&lowered.as_str()) || lowercase_words.contains(lowered.as_str())
    };
    let names: Vec<(&str, &Spelling)> = spellings
        .iter()
        .map(|(word, spelling)| (*word, spelling))
        .filter(|(word, _)| !is_common(word))
        .collect();
    variants(&names)
}

/// The capitalised words of `doc` long enough to compare, and every word it writes in lower case.
fn read<'d, M: Spellings<'d>>(doc: &'d Doc<'_>) -> (M, HashSet<&'d str, FxBuild>) {
    let mut spellings = M::default();
    let mut lowercase_words: HashSet<&str, FxBuild> = HashSet::default();
    for sentence in &doc.sentences {
        let words = sentence.words_after_dateline();
        for (position, word) in words.iter().enumerate() {
            let bare = strip_possessive(word.text);
            if !word.is_capitalised() {
                if bare.chars().next().is_some_and(char::is_lowercase) {
                    lowercase_words.insert(bare);
                }
                continue;
            }
            if bare.chars().count() < MIN_LEN {
                continue;
            }
            let entry = spellings.spelling(bare);
            entry.count += 1;
            if entry.statements.last() != Some(&sentence.index) {
                entry.statements.push(sentence.index);
            }
            entry
                .first
                .get_or_insert_with(|| sentence.span_of(word.start, word.start + bare.len()));
            let opens_sentence = position == 0
                || sentence.text[..word.start]
                    .trim_end()
                    .ends_with(['"', '“', ':', '(']);
            entry.mid_sentence |= !opens_sentence;
        }
    }
    (spellings, lowercase_words)
}

/// The pairs of `names` (sorted) that look like one name spelt two ways.
fn variants(names: &[(&str, &Spelling)]) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (i, (a, sa)) in names.iter().enumerate() {
        // Variants share their first letter and `names` is sorted: only the run of words after
        // `a` with its first letter can pair with it, which keeps this near linear.
        let first = a.chars().next();
        let same_initial = names[i + 1..]
            .iter()
            .take_while(|(b, _)| b.chars().next() == first);
        for (b, sb) in same_initial {
            if !(sa.mid_sentence || sb.mid_sentence) || a.len().abs_diff(b.len()) > 2 * 4 {
                continue;
            }
            if !are_variants(a, b) {
                continue;
            }
            // Point at the rarer spelling: it is most likely the typo.
            let ((rare, sr), (usual, su)) = if sb.count <= sa.count {
                ((*b, *sb), (*a, *sa))
            } else {
                ((*a, *sa), (*b, *sb))
            };
            let mut statements: Vec<usize> = sr.statements.clone();
            statements.extend(su.statements.first());
            statements.sort_unstable();
            statements.dedup();
            hits.push(Hit {
                statements,
                span: sr.first,
                message: format!(
                    "'{rare}' ({} time{}) and '{usual}' ({} time{}) look like one name spelt two ways; check which is right, or that they are different people",
                    sr.count,
                    plural(sr.count),
                    su.count,
                    plural(su.count)
                ),
            });
        }
    }
    hits
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// One name misspelt as the other, rather than two forms of one word.
fn are_variants(a: &str, b: &str) -> bool {
    // Most pairs of names differ in length by more than the edits allowed: in ASCII a byte is a
    // letter, so they are let go before their letters are copied out.
    if a.is_ascii() && b.is_ascii() {
        let allowed = if a.len().min(b.len()) >= 9 { 2 } else { 1 };
        if a.len().abs_diff(b.len()) > allowed {
            return false;
        }
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.first() != b.first() || a.starts_with(&b) || b.starts_with(&a) {
        return false;
    }
    let shortest = a.len().min(b.len());
    let allowed = if shortest >= 9 { 2 } else { 1 };
    if a.len().abs_diff(b.len()) > allowed || is_inflection(&a, &b) {
        return false;
    }
    edit_distance(&a, &b) <= allowed
}

/// The words differ only in a short ending made of the letters of English inflections and
/// demonyms (Mexico / Mexican, Argentina / Argentine, Texas / Texan).
fn is_inflection(a: &[char], b: &[char]) -> bool {
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (rest_a, rest_b) = (&a[common..], &b[common..]);
    let ending = |rest: &[char]| rest.len() <= 3 && rest.iter().all(|c| "aeiouns".contains(*c));
    // "Washingtn" / "Washington": one ending inside the other is a dropped letter, not a form.
    let dropped = rest_a.ends_with(rest_b) || rest_b.ends_with(rest_a);
    ending(rest_a) && ending(rest_b) && !dropped
}

/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
/// neighbouring letters each cost one.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let width = b.len() + 1;
    let mut rows = vec![0usize; (a.len() + 1) * width];
    for (j, cell) in rows.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[i * width] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[(i - 1) * width + j] + 1)
                .min(rows[i * width + j - 1] + 1)
                .min(rows[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[(i - 2) * width + j - 2] + 1);
            }
            rows[i * width + j] = best;
        }
    }
    rows[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::super::testing::{article, hits_in};
    use super::*;
    use proptest::prelude::*;

    /// [`are_variants`] as it was, copying the letters of every pair: the reference.
    fn old_are_variants(a: &str, b: &str) -> bool {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        if a.first() != b.first() || a.starts_with(&b) || b.starts_with(&a) {
            return false;
        }
        let shortest = a.len().min(b.len());
        let allowed = if shortest >= 9 { 2 } else { 1 };
        if a.len().abs_diff(b.len()) > allowed || is_inflection(&a, &b) {
            return false;
        }
        edit_distance(&a, &b) <= allowed
    }

    impl<'a> Spellings<'a> for std::collections::BTreeMap<&'a str, Spelling> {
        fn spelling(&mut self, word: &'a str) -> &mut Spelling {
            self.entry(word).or_default()
        }
    }

    proptest! {
        #[test]
        fn the_hashed_spellings_sorted_are_the_sorted_maps(
            paragraph in prop::collection::vec(
                "(Sheinbaum|Sheinbam|Mexico|Mexican|Washington|the|and|Which|which)([ ,.’s:“(]{1,2}(Sheinbaum|Sheinbam|Mexico|Mexican|Washington|the|and|Which|which|[A-Za-zé]{1,9})){0,12}",
                1..4,
            )
        ) {
            let sentences: Vec<&str> = paragraph.iter().map(String::as_str).collect();
            let (text, parsed) = article(&[&sentences]);
            let doc = Doc::new(&text, &parsed);
            let (hashed, lower_hashed) = read::<FxHashMap<&str, Spelling>>(&doc);
            let (sorted, lower_sorted) = read::<std::collections::BTreeMap<&str, Spelling>>(&doc);
            let mut hashed: Vec<(&str, Spelling)> = hashed.into_iter().collect();
            hashed.sort_unstable_by_key(|(word, _)| *word);
            prop_assert_eq!(hashed, sorted.into_iter().collect::<Vec<_>>());
            prop_assert_eq!(lower_hashed, lower_sorted);
        }

        #[test]
        fn pairs_are_variants_as_before(a in "S[a-eénsu]{3,11}", b in "S[a-eénsu]{3,11}") {
            prop_assert_eq!(are_variants(&a, &b), old_are_variants(&a, &b), "{} {}", a, b);
        }
    }

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(edit_distance(&chars("Sheinbaum"), &chars("Sheinbam")), 1);
        assert_eq!(edit_distance(&chars("Englebrook"), &chars("Engelbrook")), 1);
        assert_eq!(edit_distance(&chars("Mexico"), &chars("Mexican")), 2);
        assert_eq!(edit_distance(&chars(""), &chars("abc")), 3);
    }

    #[test]
    fn flags_a_name_spelt_two_ways() {
        let hits = hits_in(
            find,
            &[
                "President Claudia Sheinbaum spoke on Monday.",
                "Later, Sheinbam said the talks would continue.",
                "Aides to Sheinbaum declined to comment.",
            ],
        );
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert!(
            hits[0]
                .message
                .starts_with("'Sheinbam' (1 time) and 'Sheinbaum' (2 times)")
        );
        assert_eq!(hits[0].statements, [0, 1]);
    }

    #[test]
    fn flags_swapped_letters_in_a_long_name() {
        let hits = hits_in(
            find,
            &[
                "Englebrook News reported it.",
                "A spokesman for Engelbrook News agreed.",
            ],
        );
        assert_eq!(hits.len(), 1, "{hits:?}");
    }

    #[test]
    fn inflections_and_related_words_are_not_variants() {
        let sentences = [
            "Mexico said Mexican forces would lead.",
            "The Justice Department briefed the Justices.",
            "Argentina and the Argentine navy, Texas and a Texan, Russia and Russian troops.",
            "Canada and Canadian officials, China and Chinese firms.",
        ];
        assert!(hits_in(find, &sentences).is_empty());
    }

    #[test]
    fn words_also_written_in_lower_case_are_not_names() {
        let flagged = hits_in(find, &["Police said the Polite Society met."]);
        assert_eq!(
            flagged.len(),
            1,
            "without the lower-case use it looks like a name"
        );
        let sentences = ["Police said the Polite Society met.", "The police left."];
        assert!(hits_in(find, &sentences).is_empty());
        let sentences = ["Never mind.", "The Newer Party won."];
        assert!(
            hits_in(find, &sentences).is_empty(),
            "'never' is a common word"
        );
    }

    #[test]
    fn a_dropped_letter_near_the_end_is_not_an_inflection() {
        let sentences = [
            "WASHINGTON, DC.- The Washingtn office met.",
            "Officials in Washington agreed.",
        ];
        let hits = hits_in(find, &sentences);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert!(
            hits[0].message.contains("'Washingtn' (1 time)"),
            "{}",
            hits[0].message
        );
        assert!(
            hits[0].message.contains("'Washington' (1 time)"),
            "{}",
            hits[0].message
        );
    }
}
