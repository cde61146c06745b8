//! What a checklist's YAML is screened for before the YAML parser sees it (issue 11): its size,
//! anchors and aliases, and nesting.
//!
//! A 1 MB checklist whose alias `*a` was expanded 5,000 times took 4.9 GB; 200 KB of nested `[`
//! took 32 s inside the parser. A checklist is a short hand-written file: it needs none of these,
//! so they are refused with their line and column instead of being bounded.
//!
//! The screen is a small lexical pass, not a YAML parser: it knows where a YAML node may start
//! (the start of a line's content, after `- `, `? `, `key: `, `[`, `{` or `,`) and skips what can
//! hold any character (comments, quoted strings, block scalars). An `&` or `*` where a node
//! starts is an anchor or an alias; anywhere else (`AT&T`, `a *b`) it is plain text.

use super::ChecklistError;

/// A checklist's largest size: the built-ins are 2-4 KB; a desk's own is a few times that.
pub const MAX_CHECKLIST_BYTES: usize = 256 * 1024;

/// Flow collections (`[...]`, `{...}`) nested deeper than this are refused.
const MAX_FLOW_DEPTH: usize = 16;

/// Nodes opened on one line (`- - - x`, `a: b: c`) beyond this are refused.
const MAX_NODES_PER_LINE: usize = 32;

pub fn screen(yaml: &str, origin: &str) -> Result<(), ChecklistError> {
    if yaml.len() > MAX_CHECKLIST_BYTES {
        return Err(ChecklistError::invalid(
            origin,
            None,
            format!(
                "{} bytes is over the {} KiB limit for a checklist; check it is the right file",
                yaml.len(),
                MAX_CHECKLIST_BYTES / 1024
            ),
        ));
    }
    Scanner::default().run(yaml, origin)
}

#[derive(Default)]
struct Scanner {
    /// Inside a quoted scalar that may continue on the next line: its quote.
    quote: Option<char>,
    /// Inside a block scalar (`|`, `>`): the indentation of the line that opened it.
    block_parent: Option<usize>,
    flow_depth: usize,
}

impl Scanner {
    fn run(&mut self, yaml: &str, origin: &str) -> Result<(), ChecklistError> {
        for (index, line) in yaml.lines().enumerate() {
            let number = index + 1;
            let indent = line.len() - line.trim_start_matches(' ').len();
            if let Some(parent) = self.block_parent {
                if line.trim().is_empty() || indent > parent {
                    continue;
                }
                self.block_parent = None;
            }
            self.line(line, indent).map_err(|(column, message)| {
                ChecklistError::invalid(origin, Some((number, column)), message)
            })?;
        }
        Ok(())
    }

    /// Scans one line; an error is (1-based column, message).
    fn line(&mut self, line: &str, indent: usize) -> Result<(), (usize, String)> {
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let column = |i: usize| line[..chars[i].0].chars().count() + 1;
        let followed_by_space = |i: usize| chars.get(i + 1).is_none_or(|(_, c)| c.is_whitespace());
        let mut node_start = self.quote.is_none();
        let mut nodes = 0;
        let mut i = 0;
        if line.starts_with("---") || line.starts_with("...") {
            i = 3;
        }
        while i < chars.len() {
            let c = chars[i].1;
            if let Some(quote) = self.quote {
                if quote == '"' && c == '\\' {
                    i += 1;
                } else if c == quote {
                    if quote == '\'' && chars.get(i + 1).is_some_and(|(_, n)| *n == '\'') {
                        i += 1;
                    } else {
                        self.quote = None;
                    }
                }
                i += 1;
                continue;
            }
            let after_space = i == 0 || chars[i - 1].1.is_whitespace();
            if c == '#' && after_space {
                break;
            }
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            if node_start {
                match c {
                    '&' | '*' => {
                        return Err((
                            column(i),
                            format!(
                                "YAML {} ({c}name) are not accepted in a checklist: write the value out in full",
                                if c == '&' { "anchors" } else { "aliases" }
                            ),
                        ));
                    }
                    '"' | '\'' => {
                        self.quote = Some(c);
                        node_start = false;
                    }
                    '[' | '{' => {
                        self.flow_depth += 1;
                        if self.flow_depth > MAX_FLOW_DEPTH {
                            return Err((
                                column(i),
                                format!(
                                    "lists and mappings nested more than {MAX_FLOW_DEPTH} deep are not accepted in a checklist"
                                ),
                            ));
                        }
                    }
                    '-' | '?' if followed_by_space(i) => {}
                    '|' | '>' => {
                        self.block_parent = Some(indent);
                        return Ok(());
                    }
                    '!' => {
                        while i + 1 < chars.len() && !chars[i + 1].1.is_whitespace() {
                            i += 1;
                        }
                    }
                    ']' | '}' => self.close_flow(&mut node_start),
                    _ => node_start = false,
                }
                if node_start {
                    nodes += 1;
                    if nodes > MAX_NODES_PER_LINE {
                        return Err((
                            column(i),
                            format!(
                                "more than {MAX_NODES_PER_LINE} nested entries on one line are not accepted in a checklist"
                            ),
                        ));
                    }
                }
            } else {
                match c {
                    ':' if followed_by_space(i)
                        || (self.flow_depth > 0
                            && chars.get(i + 1).is_some_and(|(_, n)| ",]}".contains(*n))) =>
                    {
                        node_start = true;
                        nodes += 1;
                    }
                    ',' if self.flow_depth > 0 => node_start = true,
                    ']' | '}' if self.flow_depth > 0 => self.close_flow(&mut node_start),
                    _ => {}
                }
            }
            i += 1;
        }
        Ok(())
    }

    fn close_flow(&mut self, node_start: &mut bool) {
        self.flow_depth = self.flow_depth.saturating_sub(1);
        *node_start = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(yaml: &str) -> Result<(), String> {
        screen(yaml, "c.yaml").map_err(|e| e.to_string())
    }

    #[test]
    fn plain_checklists_pass() {
        for name in super::super::builtin_names() {
            let yaml = super::super::builtin_source(name).unwrap();
            assert_eq!(verdict(yaml), Ok(()), "{name}");
        }
        let text = "title: 'AT&T *and* \"*x\"' # &not an anchor\nitems: {figure: [a, b]}\nnote: |\n  *starred* &amp\n  - x\nname: a *b &c\n";
        assert_eq!(verdict(text), Ok(()));
    }

    #[test]
    fn anchors_and_aliases_are_refused_where_they_stand() {
        let err = verdict("a: &x [1, 2]\nb: *x\n").unwrap_err();
        assert!(err.starts_with("c.yaml:1:4: YAML anchors"), "{err}");
        let err = verdict("a:\n  - *x\n").unwrap_err();
        assert!(err.starts_with("c.yaml:2:5: YAML aliases"), "{err}");
        assert!(verdict("a: [b, *x]\n").is_err());
        assert!(verdict("a: {k: *x}\n").is_err());
        assert!(verdict("--- &root\na: 1\n").is_err());
    }

    #[test]
    fn deep_nesting_and_size_are_refused() {
        assert!(
            verdict(&"[".repeat(200_000))
                .unwrap_err()
                .contains("nested")
        );
        assert!(verdict(&"- ".repeat(1000)).unwrap_err().contains("nested"));
        assert!(verdict(&"[".repeat(MAX_FLOW_DEPTH)).is_ok());
        let big = format!("# {}\n", "x".repeat(MAX_CHECKLIST_BYTES));
        assert!(verdict(&big).unwrap_err().contains("KiB limit"));
    }
}
