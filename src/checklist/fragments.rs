//! Every schema mistake of a checklist, not only the first. serde stops at the first error, so
//! when the whole file is refused we read it again piece by piece: each top-level section, each
//! entry under it and each list element under those, alone, with every other line blanked out
//! (so lines and columns stay where they are in the file) and its parents' key lines kept (so the
//! path in the message is the real one). Each piece's first error is a separate mistake.

use super::error::{ChecklistError, Invalid};
use super::schema::PartialChecklist;

/// How deep pieces are cut: section, entry (a kind, a rule, a gate field), list element.
const MAX_DEPTH: usize = 3;

/// The schema errors of `text`, each placed; `whole` is the error serde gave for the whole file,
/// kept when the pieces do not show it (a mistake of the whole, such as a missing `name`).
pub(super) fn schema_errors(text: &str, origin: &str, whole: Invalid) -> Vec<Invalid> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let top = Block {
        start: 0,
        end: lines.len(),
        header: None,
    };
    for section in top.children(&lines) {
        collect(&lines, &[], section, 1, origin, &mut found);
    }
    if !found
        .iter()
        .any(|f| f.location == whole.location && f.message == whole.message)
    {
        found.push(whole);
    }
    found.sort_by_key(|f| f.location.unwrap_or((usize::MAX, 0)));
    found.dedup();
    found
}

/// A run of lines: a header line (`key:` or `- ...`) and the lines indented under it.
#[derive(Debug, Clone, Copy)]
struct Block {
    start: usize,
    end: usize,
    /// The header line's index (`None` for the whole file).
    header: Option<usize>,
}

impl Block {
    /// The blocks one level in: lines at the indentation of the first content line inside.
    fn children(&self, lines: &[&str]) -> Vec<Block> {
        let body = self.header.map_or(self.start, |h| h + 1)..self.end;
        let content: Vec<usize> = body.filter(|i| is_content(lines[*i])).collect();
        let Some(first) = content.first() else {
            return Vec::new();
        };
        let indent = indentation(lines[*first]);
        let starts: Vec<usize> = content
            .iter()
            .copied()
            .filter(|i| indentation(lines[*i]) == indent)
            .collect();
        starts
            .iter()
            .enumerate()
            .map(|(n, start)| Block {
                start: *start,
                end: starts.get(n + 1).copied().unwrap_or(self.end),
                header: Some(*start),
            })
            .collect()
    }
}

fn is_content(line: &str) -> bool {
    let trimmed = line.trim();
    !trimmed.is_empty() && !trimmed.starts_with('#') && trimmed != "---"
}

/// Columns before the line's content; a list element's dash counts as content.
fn indentation(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// The file with only `keep` lines and the lines of `block`; every other line empty.
fn masked(lines: &[&str], keep: &[usize], block: Block) -> String {
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if keep.contains(&i) || (block.start..block.end).contains(&i) {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// The key a header line names, or `None` for a list element.
fn key_of(line: &str) -> Option<&str> {
    let body = line.trim_start();
    if body.starts_with('-') {
        return None;
    }
    body.split(':').next().map(str::trim)
}

fn collect(
    lines: &[&str],
    parents: &[usize],
    block: Block,
    depth: usize,
    origin: &str,
    found: &mut Vec<Invalid>,
) {
    let Some(error) = error_alone(lines, parents, block, origin) else {
        return;
    };
    let before = found.len();
    if depth < MAX_DEPTH {
        let mut inner_parents = parents.to_vec();
        inner_parents.extend(block.header);
        let children = block.children(lines);
        let mut element = 0;
        for child in children {
            let is_element = lines[child.start].trim_start().starts_with('-');
            let mark = found.len();
            collect(lines, &inner_parents, child, depth + 1, origin, found);
            if is_element {
                // Alone, an element is number 0 of its list; say its real number.
                let path = path_of(lines, &inner_parents);
                for invalid in &mut found[mark..] {
                    invalid.message = invalid.message.replacen(
                        &format!("{path}[0]"),
                        &format!("{path}[{element}]"),
                        1,
                    );
                }
                element += 1;
            }
        }
    }
    if found.len() == before {
        // No single piece inside is wrong: the mistake is in how they go together.
        found.push(error);
    }
}

/// The dotted path of keys the parent header lines name: `items.quote`.
fn path_of(lines: &[&str], parents: &[usize]) -> String {
    parents
        .iter()
        .filter_map(|i| key_of(lines[*i]))
        .collect::<Vec<_>>()
        .join(".")
}

/// The error of `block` read alone under its parents, if it has one.
fn error_alone(lines: &[&str], parents: &[usize], block: Block, origin: &str) -> Option<Invalid> {
    let text = masked(lines, parents, block);
    let error = serde_yaml::from_str::<PartialChecklist>(&text).err()?;
    // An alias whose anchor lies in another piece is no mistake of this one.
    if error.to_string().contains("unknown anchor") {
        return None;
    }
    match ChecklistError::from_yaml(origin, &text, &error) {
        ChecklistError::Invalid(invalid) => Some(invalid),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_are_the_lines_at_the_first_inner_indentation() {
        let text = "items:\n  # note\n  quote:\n    - id: a\n      text: b\n    - id: c\n  figure:\n    - id: d\nrouting: {}\n";
        let lines: Vec<&str> = text.lines().collect();
        let top = Block {
            start: 0,
            end: lines.len(),
            header: None,
        };
        let sections = top.children(&lines);
        assert_eq!(sections.iter().map(|b| b.start).collect::<Vec<_>>(), [0, 8]);
        let kinds = sections[0].children(&lines);
        assert_eq!(kinds.iter().map(|b| b.start).collect::<Vec<_>>(), [2, 6]);
        let elements = kinds[0].children(&lines);
        assert_eq!(
            elements
                .iter()
                .map(|b| (b.start, b.end))
                .collect::<Vec<_>>(),
            [(3, 5), (5, 6)]
        );
    }
}
