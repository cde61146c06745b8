//! Revision N-1 -> N for the parts that are not statements (byline, dateline, labels...): which
//! were added, removed or reworded. The same rule of "the same words" as for statements.

use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::model::{Change, Part, PartChange, PartKind};
use crate::normalize::normalize;

/// The changes from `old` to `new`, in text order. List markers carry no words and are left out
/// (renumbering a list is no change); a removed part followed by an added one of the same kind
/// in the same place is one `modified` part.
pub fn part_changes(old: &[Part], new: &[Part]) -> Vec<PartChange> {
    let worded = |part: &&Part| part.kind != PartKind::ListMarker;
    let old: Vec<&Part> = old.iter().filter(worded).collect();
    let new: Vec<&Part> = new.iter().filter(worded).collect();
    let key = |part: &&Part| (part.kind, normalize(&part.text));
    let old_keys: Vec<(PartKind, String)> = old.iter().map(key).collect();
    let new_keys: Vec<(PartKind, String)> = new.iter().map(key).collect();
    let mut changes = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &old_keys, &new_keys) {
        let (olds, news) = match op {
            DiffOp::Equal { .. } => continue,
            DiffOp::Delete {
                old_index, old_len, ..
            } => (&old[old_index..old_index + old_len], &new[0..0]),
            DiffOp::Insert {
                new_index, new_len, ..
            } => (&old[0..0], &new[new_index..new_index + new_len]),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (
                &old[old_index..old_index + old_len],
                &new[new_index..new_index + new_len],
            ),
        };
        replaced(olds, news, &mut changes);
    }
    changes
}

/// One stretch of old parts replaced by new ones: each new part continues the first old part of
/// its kind not yet taken (modified); the rest were removed or added.
fn replaced(olds: &[&Part], news: &[&Part], changes: &mut Vec<PartChange>) {
    let mut taken = vec![false; olds.len()];
    for new in news {
        let continued = (0..olds.len()).find(|&i| !taken[i] && olds[i].kind == new.kind);
        if let Some(i) = continued {
            taken[i] = true;
        }
        changes.push(PartChange {
            change: if continued.is_some() {
                Change::Modified
            } else {
                Change::Added
            },
            kind: new.kind,
            old_text: continued.map(|i| olds[i].text.clone()),
            new_text: Some(new.text.clone()),
        });
    }
    for (old, _) in olds.iter().zip(&taken).filter(|(_, taken)| !**taken) {
        changes.push(PartChange {
            change: Change::Removed,
            kind: old.kind,
            old_text: Some(old.text.clone()),
            new_text: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn part(kind: PartKind, text: &str) -> Part {
        Part {
            kind,
            span: Span::new(0, text.len()),
            text: text.to_string(),
        }
    }

    #[test]
    fn a_changed_byline_is_modified_and_spacing_is_no_change() {
        let old = [
            part(PartKind::Byline, "By Jane Doe, Staff Writer"),
            part(PartKind::Dateline, "NORTHMERE —"),
            part(PartKind::ListMarker, "-"),
            part(PartKind::SectionHeading, "What comes next"),
        ];
        let new = [
            part(PartKind::Byline, "By Jane Roe, Staff Writer"),
            part(PartKind::Dateline, "NORTHMERE  —"),
            part(PartKind::ListMarker, "2."),
            part(PartKind::Credit, "(Editing by Sam Reed)"),
        ];
        let changes = part_changes(&old, &new);
        let summary: Vec<(Change, PartKind, Option<&str>, Option<&str>)> = changes
            .iter()
            .map(|c| {
                (
                    c.change,
                    c.kind,
                    c.old_text.as_deref(),
                    c.new_text.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (
                    Change::Modified,
                    PartKind::Byline,
                    Some("By Jane Doe, Staff Writer"),
                    Some("By Jane Roe, Staff Writer")
                ),
                (
                    Change::Added,
                    PartKind::Credit,
                    None,
                    Some("(Editing by Sam Reed)")
                ),
                (
                    Change::Removed,
                    PartKind::SectionHeading,
                    Some("What comes next"),
                    None
                ),
            ]
        );
        assert_eq!(part_changes(&old, &old), []);
    }
}
