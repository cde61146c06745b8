//! Word-level detail of one modified statement, for `diff`.

use similar::{Algorithm, ChangeTag, TextDiff};

use crate::model::{WordEdit, WordOp};

/// The word-level edits that turn `old` into `new`: runs of `equal`, `delete` and `insert`, each
/// holding whole words with their whitespace. The `equal` and `delete` texts concatenated give
/// `old` exactly; the `equal` and `insert` texts give `new`. Within a changed stretch the deletion
/// comes before the insertion, and a lone space between two changed words joins the change rather
/// than showing as `equal`, so "a b" -> "x y" reads as one replacement.
pub fn word_edits(old: &str, new: &str) -> Vec<WordEdit> {
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Myers)
        .diff_words(old, new);
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        match runs.last_mut() {
            Some((tag, text)) if *tag == change.tag() => text.push_str(change.value()),
            _ => runs.push((change.tag(), change.value().to_string())),
        }
    }

    let mut edits = Vec::new();
    let mut deleted = String::new();
    let mut inserted = String::new();
    let last = runs.len().saturating_sub(1);
    for (index, (tag, text)) in runs.into_iter().enumerate() {
        match tag {
            ChangeTag::Delete => deleted.push_str(&text),
            ChangeTag::Insert => inserted.push_str(&text),
            ChangeTag::Equal => {
                let inside_change = !(deleted.is_empty() && inserted.is_empty()) && index < last;
                if inside_change && text.chars().all(char::is_whitespace) {
                    deleted.push_str(&text);
                    inserted.push_str(&text);
                } else {
                    flush(&mut edits, &mut deleted, &mut inserted);
                    edits.push(WordEdit {
                        op: WordOp::Equal,
                        text,
                    });
                }
            }
        }
    }
    flush(&mut edits, &mut deleted, &mut inserted);
    edits
}

fn flush(edits: &mut Vec<WordEdit>, deleted: &mut String, inserted: &mut String) {
    if !deleted.is_empty() {
        edits.push(WordEdit {
            op: WordOp::Delete,
            text: std::mem::take(deleted),
        });
    }
    if !inserted.is_empty() {
        edits.push(WordEdit {
            op: WordOp::Insert,
            text: std::mem::take(inserted),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(edits: &[WordEdit], keep: WordOp) -> String {
        edits
            .iter()
            .filter(|e| e.op == WordOp::Equal || e.op == keep)
            .map(|e| e.text.as_str())
            .collect()
    }

    fn shown(edits: &[WordEdit]) -> Vec<(&str, &str)> {
        edits
            .iter()
            .map(|e| (e.op.as_str(), e.text.as_str()))
            .collect()
    }

    #[test]
    fn edits_rebuild_both_texts_exactly() {
        let cases = [
            ("", ""),
            ("", "New sentence."),
            ("Old sentence.", ""),
            ("It rose 3.2% in May.", "It rose 3.3% in May."),
            ("He did confirm it.", "He did not confirm it."),
            (
                "  Leading and  double  spaces ",
                "Leading and double spaces",
            ),
            (
                "Sheinbaum said “no” on Tuesday.",
                "López Obrador said \"yes\"\u{a0}on Wednesday, aides said.",
            ),
            ("a b c d e", "e d c b a"),
            ("line one\nline two", "line one\n\nline three"),
        ];
        for (old, new) in cases {
            let edits = word_edits(old, new);
            assert_eq!(
                side(&edits, WordOp::Delete),
                old,
                "old side of {old:?} -> {new:?}"
            );
            assert_eq!(
                side(&edits, WordOp::Insert),
                new,
                "new side of {old:?} -> {new:?}"
            );
            assert!(edits.iter().all(|e| !e.text.is_empty()));
            assert!(edits.windows(2).all(|w| w[0].op != w[1].op));
        }
    }

    #[test]
    fn a_changed_figure_is_one_delete_and_one_insert_between_equal_runs() {
        let edits = word_edits("It rose 3.2% in May.", "It rose 3.3% in May.");
        assert_eq!(
            shown(&edits),
            [
                ("equal", "It rose "),
                ("delete", "3.2%"),
                ("insert", "3.3%"),
                ("equal", " in May."),
            ]
        );
    }

    #[test]
    fn an_inserted_negation_is_an_insert() {
        let edits = word_edits("He did confirm it.", "He did not confirm it.");
        let inserted: String = edits
            .iter()
            .filter(|e| e.op == WordOp::Insert)
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(inserted.trim(), "not");
        assert!(edits.iter().all(|e| e.op != WordOp::Delete));
    }

    #[test]
    fn neighbouring_changed_words_read_as_one_replacement() {
        let edits = word_edits("said Claudia Sheinbaum today", "said Andrés Obrador today");
        assert_eq!(
            shown(&edits),
            [
                ("equal", "said "),
                ("delete", "Claudia Sheinbaum"),
                ("insert", "Andrés Obrador"),
                ("equal", " today"),
            ]
        );
    }

    #[test]
    fn identical_texts_are_one_equal_run() {
        assert_eq!(
            shown(&word_edits("Same words.", "Same words.")),
            [("equal", "Same words.")]
        );
    }
}
