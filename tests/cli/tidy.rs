//! The tidy test, in the manner of rust-analyzer's: it reads `src/` as text and enforces what
//! `docs/architecture.md` says is deliberately absent, so that a layering rule is a failing test
//! rather than a reviewer's memory.
//!
//! - only `src/store/` imports `rusqlite` or `postgres`; only `src/checklist/` imports `serde_yaml`;
//! - only `src/cli/` prints (`println!` and friends, `dbg!`, `std::io::stdout`/`stderr`); only
//!   the edges (`src/cli/`, and the server's own edge `src/web/`) read the environment or the
//!   clock. Test code is outside these rules, as are `examples/` and `tests/`;
//! - no string literal outside `src/cli/` names a factdesk command or flag (the library says what
//!   is wrong; the command line adds how to fix it). The names come from the clap definition, so
//!   the list never drifts from the commands;
//! - every module opens with a `//!` comment saying what it is for;
//! - no file under `src/` is longer than [`MAX_LINES`].
//!
//! A rule that does not hold everywhere yet carries an allowlist of today's offending files. The
//! list can only shrink: a listed file that no longer offends fails the test until it is removed.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use clap::CommandFactory;

/// The longest a file under `src/` may be: past this, it holds more than one purpose.
const MAX_LINES: usize = 600;

/// Files that still name commands or flags in library strings (issue 18 item 2 moves those
/// hints to `src/cli/error.rs`). Shrink only.
const NAMES_COMMANDS_ALLOWED: &[&str] = &[];

#[test]
fn only_the_store_imports_the_database_crates() {
    let files = source_files();
    let mut found = Vec::new();
    for file in &files {
        for krate in ["rusqlite", "postgres"] {
            if !file.path.starts_with("src/store/") {
                found.extend(file.uses_crate(krate));
            }
        }
    }
    enforce("imports a database crate outside src/store/", found, &[]);
}

#[test]
fn only_the_checklist_module_imports_serde_yaml() {
    let files = source_files();
    let found = files
        .iter()
        .filter(|f| !f.path.starts_with("src/checklist/"))
        .flat_map(|f| f.uses_crate("serde_yaml"))
        .collect();
    enforce("imports serde_yaml outside src/checklist/", found, &[]);
}

#[test]
fn only_the_command_line_prints() {
    let printing = [
        Pattern::Macro("println"),
        Pattern::Macro("print"),
        Pattern::Macro("eprintln"),
        Pattern::Macro("eprint"),
        Pattern::Macro("dbg"),
        Pattern::Path("io::stdout"),
        Pattern::Path("io::stderr"),
    ];
    let found = source_files()
        .iter()
        .filter(|f| !f.path.starts_with("src/cli/"))
        .flat_map(|f| f.find(&printing))
        .collect();
    enforce("prints outside src/cli/", found, &[]);
}

#[test]
fn only_the_edges_read_the_environment_or_the_clock() {
    let outside_world = [
        Pattern::Path("env::var"),
        Pattern::Path("env::var_os"),
        Pattern::Path("env::vars"),
        Pattern::Path("env::vars_os"),
        Pattern::Path("env::args"),
        Pattern::Path("env::args_os"),
        Pattern::Path("Utc::now"),
        Pattern::Path("Local::now"),
        Pattern::Path("SystemTime::now"),
        Pattern::Path("Instant::now"),
    ];
    // The server (src/web/, when it comes) is an edge of its own process: each request's time
    // and the server's settings are read there, as the command line reads them for a command.
    let found = source_files()
        .iter()
        .filter(|f| !f.path.starts_with("src/cli/") && !f.path.starts_with("src/web/"))
        .flat_map(|f| f.find(&outside_world))
        .collect();
    enforce(
        "reads the environment or the clock outside the edges",
        found,
        &[],
    );
}

#[test]
fn no_string_outside_the_command_line_names_a_command_or_flag() {
    let names = CliNames::from_clap();
    assert!(
        names.commands.contains("revise") && names.flags.contains("note"),
        "the clap definition was not walked: {names:?}"
    );
    let found = source_files()
        .iter()
        .filter(|f| !f.path.starts_with("src/cli/") && !f.is_test)
        .flat_map(|f| {
            f.lexed
                .strings
                .iter()
                .filter(|(_, _, in_test)| !in_test)
                .filter_map(|(line, text, _)| {
                    names.named_in(text).map(|name| Offence {
                        path: f.path.clone(),
                        line: *line,
                        what: format!("{name} in {text:?}"),
                    })
                })
                .collect::<Vec<_>>()
        })
        .collect();
    enforce(
        "names a factdesk command or flag outside src/cli/",
        found,
        NAMES_COMMANDS_ALLOWED,
    );
}

#[test]
fn every_module_opens_with_a_doc_comment() {
    let found = source_files()
        .iter()
        .filter(|f| !f.text.starts_with("//!"))
        .map(|f| Offence {
            path: f.path.clone(),
            line: 1,
            what: "no `//!` comment saying what the module is for".into(),
        })
        .collect();
    enforce("opens without a //! doc comment", found, &[]);
}

#[test]
fn no_source_file_is_longer_than_the_limit() {
    let found = source_files()
        .iter()
        .filter(|f| f.text.lines().count() > MAX_LINES)
        .map(|f| Offence {
            path: f.path.clone(),
            line: f.text.lines().count(),
            what: format!("{} lines (at most {MAX_LINES})", f.text.lines().count()),
        })
        .collect();
    enforce(&format!("is longer than {MAX_LINES} lines"), found, &[]);
}

/// The rules' own machinery must see what it claims to see: a lexer that missed strings or
/// comments would pass every rule above by accident.
#[test]
fn the_lexer_tells_code_from_strings_and_comments() {
    let source = r####"//! doc
// println!("in a comment")
/* block /* nested */ Utc::now() */
fn f<'a>(x: &'a str) -> char {
    let s = "a \"quoted\" --note";
    let r = r#"raw "factdesk revise" here"#;
    let b = b"bytes";
    let c = '"';
    let d = '\'';
    Utc::now();
    c
}
#[cfg(test)]
mod tests {
    fn g() { println!("test only"); }
}
"####;
    let lexed = Lexed::new(source);
    let strings: Vec<(&str, bool)> = lexed
        .strings
        .iter()
        .map(|(_, s, in_test)| (s.as_str(), *in_test))
        .collect();
    assert_eq!(
        strings,
        [
            (r#"a \"quoted\" --note"#, false),
            (r#"raw "factdesk revise" here"#, false),
            ("bytes", false),
            ("test only", true)
        ]
    );
    assert_eq!(lexed.code.lines().count(), source.lines().count());
    let file = SourceFile::new("src/x.rs".into(), source.into());
    let found = file.find(&[Pattern::Path("Utc::now"), Pattern::Macro("println")]);
    assert_eq!(found.iter().map(|o| o.line).collect::<Vec<_>>(), [10]);
    let names = CliNames::from_clap();
    assert_eq!(names.named_in("add --note").as_deref(), Some("--note"));
    assert_eq!(
        names.named_in("use `factdesk revise`").as_deref(),
        Some("factdesk revise")
    );
    assert_eq!(
        names.named_in("see `revise SLUG`").as_deref(),
        Some("`revise")
    );
    assert_eq!(names.named_in("a --notebook, var(--x), re-check"), None);
}

// ---------------------------------------------------------------------------------------------

/// One place that breaks a rule.
#[derive(Debug)]
struct Offence {
    path: String,
    line: usize,
    what: String,
}

/// Fails on offences in files not allowlisted, and on allowlisted files that no longer offend.
fn enforce(rule: &str, found: Vec<Offence>, allowed: &[&str]) {
    let allowed: BTreeSet<&str> = allowed.iter().copied().collect();
    let new: Vec<String> = found
        .iter()
        .filter(|o| !allowed.contains(o.path.as_str()))
        .map(|o| format!("  {}:{}: {}", o.path, o.line, o.what))
        .collect();
    assert!(
        new.is_empty(),
        "{} place(s) that {rule}:\n{}",
        new.len(),
        new.join("\n")
    );
    let offending: BTreeSet<&str> = found.iter().map(|o| o.path.as_str()).collect();
    let cleared: Vec<&&str> = allowed
        .iter()
        .filter(|path| !offending.contains(**path))
        .collect();
    assert!(
        cleared.is_empty(),
        "allowlisted as a file that {rule}, but no longer does: remove {cleared:?} from its list"
    );
}

/// The commands and long flags of the clap definition.
#[derive(Debug)]
struct CliNames {
    commands: BTreeSet<String>,
    flags: BTreeSet<String>,
}

impl CliNames {
    fn from_clap() -> CliNames {
        fn walk(command: &clap::Command, names: &mut CliNames) {
            for arg in command.get_arguments() {
                names.flags.extend(
                    arg.get_long_and_visible_aliases()
                        .into_iter()
                        .flatten()
                        .map(String::from),
                );
            }
            for sub in command.get_subcommands() {
                names.commands.insert(sub.get_name().to_string());
                walk(sub, names);
            }
        }
        let mut names = CliNames {
            commands: BTreeSet::new(),
            flags: BTreeSet::new(),
        };
        let mut cli = factdesk::cli::Cli::command();
        cli.build();
        walk(&cli, &mut names);
        names.commands.remove("help");
        names
    }

    /// The first command or flag `text` names: `--flag`, `factdesk command`, or a command
    /// opening a `backquoted` span.
    fn named_in(&self, text: &str) -> Option<String> {
        let word = |s: &str| -> String {
            s.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect()
        };
        let boundary_before = |i: usize| {
            text[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '-' || c == '_' || c == '('))
        };
        for (i, _) in text.match_indices("--") {
            let name = word(&text[i + 2..]);
            if boundary_before(i) && self.flags.contains(&name) {
                return Some(format!("--{name}"));
            }
        }
        for (i, _) in text.match_indices("factdesk ") {
            let name = word(&text[i + "factdesk ".len()..]);
            if boundary_before(i) && self.commands.contains(&name) {
                return Some(format!("factdesk {name}"));
            }
        }
        // The odd pieces between backquotes are inside them.
        for span in text.split('`').skip(1).step_by(2) {
            let first = span.split(' ').next().unwrap_or_default();
            if self.commands.contains(first) {
                return Some(format!("`{first}"));
            }
        }
        None
    }
}

/// What the code-reading rules look for, outside comments and strings.
enum Pattern {
    /// `name!`, as a whole identifier.
    Macro(&'static str),
    /// A path ending such as `env::var`, not followed by more of an identifier.
    Path(&'static str),
}

struct SourceFile {
    /// Relative to the package root, with `/`.
    path: String,
    text: String,
    lexed: Lexed,
    /// The whole file is test code (`#[cfg(test)] mod x;`, or a module inside one).
    is_test: bool,
}

impl SourceFile {
    fn new(path: String, text: String) -> SourceFile {
        let lexed = Lexed::new(&text);
        SourceFile {
            path,
            text,
            lexed,
            is_test: false,
        }
    }

    /// Where the code (test code aside) matches any of `patterns`.
    fn find(&self, patterns: &[Pattern]) -> Vec<Offence> {
        if self.is_test {
            return Vec::new();
        }
        let code = &self.lexed.non_test_code;
        let mut found = Vec::new();
        for pattern in patterns {
            let (needle, after_ok): (String, fn(Option<char>) -> bool) = match pattern {
                Pattern::Macro(name) => (format!("{name}!"), |_| true),
                Pattern::Path(path) => (path.to_string(), |c| {
                    c.is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
                }),
            };
            for (i, _) in code.match_indices(&needle) {
                let before = code[..i].chars().next_back();
                let after = code[i + needle.len()..].chars().next();
                if before.is_none_or(|c| !(c.is_alphanumeric() || c == '_')) && after_ok(after) {
                    found.push(Offence {
                        path: self.path.clone(),
                        line: line_of(code, i),
                        what: needle.clone(),
                    });
                }
            }
        }
        found
    }

    /// Where the code, tests included, names `krate` as a path root or in a `use`.
    fn uses_crate(&self, krate: &str) -> Vec<Offence> {
        let code = &self.lexed.code;
        let mut found = Vec::new();
        for (i, _) in code.match_indices(krate) {
            let before = code[..i].trim_end();
            let after = code[i + krate.len()..].trim_start();
            let whole = !code[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
                && !code[i + krate.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
            let as_crate = after.starts_with("::")
                || before.ends_with("use")
                || before.ends_with("extern crate");
            if whole && as_crate {
                found.push(Offence {
                    path: self.path.clone(),
                    line: line_of(code, i),
                    what: format!("uses {krate}"),
                });
            }
        }
        found
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte].matches('\n').count() + 1
}

/// A file read as Rust tokens, coarsely: its code with comments and string contents blanked out
/// (lines kept), the string literals with their lines, and the `mod` declarations behind
/// `#[cfg(test)]`.
struct Lexed {
    code: String,
    /// `code` with `#[cfg(test)]` items blanked too.
    non_test_code: String,
    /// String literals' contents with their line, and whether they stand in test code.
    strings: Vec<(usize, String, bool)>,
    /// Modules declared as `#[cfg(test)] mod name;`, with a `#[path]` if given.
    test_modules: Vec<(String, Option<String>)>,
    /// Every `mod name;` declaration (a module in its own file), with a `#[path]` if given.
    modules: Vec<(String, Option<String>)>,
}

impl Lexed {
    fn new(source: &str) -> Lexed {
        let (code, strings_at) = blank_comments_and_strings(source);
        let (non_test_code, test_regions, test_modules) = blank_test_items(&code, source);
        let strings = strings_at
            .into_iter()
            .map(|(start, end)| {
                let in_test = test_regions
                    .iter()
                    .any(|(from, to)| (*from..*to).contains(&start));
                (
                    line_of(source, start),
                    source[start..end].to_string(),
                    in_test,
                )
            })
            .collect();
        let modules = module_declarations(&code, source, 0, code.len());
        Lexed {
            code,
            non_test_code,
            strings,
            test_modules,
            modules,
        }
    }
}

/// Replaces comments and the contents of string, byte-string and char literals by spaces
/// (newlines kept, so byte offsets and lines stay), and returns the literals' content ranges.
fn blank_comments_and_strings(source: &str) -> (String, Vec<(usize, usize)>) {
    let bytes = source.as_bytes();
    let mut out = bytes.to_vec();
    let mut strings = Vec::new();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for b in &mut out[from..to] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    };
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        if rest.starts_with(b"//") {
            let end = source[i..].find('\n').map_or(bytes.len(), |n| i + n);
            blank(&mut out, i, end);
            i = end;
        } else if rest.starts_with(b"/*") {
            let mut depth = 0;
            let mut j = i;
            while j < bytes.len() {
                if bytes[j..].starts_with(b"/*") {
                    depth += 1;
                    j += 2;
                } else if bytes[j..].starts_with(b"*/") {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j);
            i = j;
        } else if bytes[i] == b'"' || (bytes[i] == b'r' && raw_string_at(rest).is_some()) {
            // A prefix (b, c, br, cr) is code; `r` starts a raw string only at an identifier's start.
            let starts_ident =
                i == 0 || !ident(bytes[i - 1]) || matches!(bytes[i - 1], b'b' | b'c');
            if bytes[i] == b'r' && !starts_ident {
                i += 1;
                continue;
            }
            if let (b'r', Some(hashes)) = (bytes[i], raw_string_at(rest)) {
                let open = i + 1 + hashes + 1;
                let close: String = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                let end = source[open..]
                    .find(&close)
                    .map_or(bytes.len(), |n| open + n);
                strings.push((open, end));
                blank(&mut out, open, end);
                i = end + close.len();
            } else {
                let open = i + 1;
                let mut j = open;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let end = j.min(bytes.len());
                strings.push((open, end));
                blank(&mut out, open, end);
                i = end + 1;
            }
        } else if bytes[i] == b'\'' {
            // A char literal ('x', '\n', '\u{1F600}', '"') or a lifetime or label ('a).
            let char_end = if rest.get(1) == Some(&b'\\') {
                // Past the escaped character, so that '\'' ends at its second quote.
                source[i + 3..].find('\'').map(|n| i + 3 + n + 1)
            } else {
                source[i + 1..]
                    .chars()
                    .next()
                    .map(|c| i + 1 + c.len_utf8())
                    .filter(|&after| bytes.get(after) == Some(&b'\''))
                    .map(|after| after + 1)
            };
            match char_end {
                Some(end) => {
                    blank(&mut out, i + 1, end - 1);
                    i = end;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    (
        String::from_utf8(out).expect("only ASCII bytes were replaced, by spaces"),
        strings,
    )
}

/// At `r"` or `r#…#"`: the number of hashes.
fn raw_string_at(rest: &[u8]) -> Option<usize> {
    let hashes = rest[1..].iter().take_while(|b| **b == b'#').count();
    (rest.get(1 + hashes) == Some(&b'"')).then_some(hashes)
}

/// Blanks every item behind `#[cfg(test)]` (a module, function, impl or use) in `code`, and
/// returns the items' byte ranges and the modules so declared in their own file.
type Modules = Vec<(String, Option<String>)>;
fn blank_test_items(code: &str, source: &str) -> (String, Vec<(usize, usize)>, Modules) {
    let mut out = code.as_bytes().to_vec();
    let mut regions = Vec::new();
    let mut test_modules = Vec::new();
    let mut from = 0;
    while let Some(n) = code[from..].find("#[cfg(test)]") {
        let start = from + n;
        let item_start = start + "#[cfg(test)]".len();
        let end = item_end(code, item_start);
        test_modules.extend(module_declarations(code, source, start, end));
        regions.push((start, end));
        for b in &mut out[start..end] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
        from = end;
    }
    (
        String::from_utf8(out).expect("only ASCII bytes were replaced"),
        regions,
        test_modules,
    )
}

/// The end of the item starting at `from`: after its `;` or its closing brace, whichever the item
/// has first at its own depth (attributes' brackets are skipped).
fn item_end(code: &str, from: usize) -> usize {
    let bytes = code.as_bytes();
    let mut depth = 0i32;
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'[' | b'(' => depth += 1,
            b']' | b')' => depth -= 1,
            b';' if depth == 0 => return i + 1,
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

/// The `mod name;` declarations in `code[from..to]`, each with its `#[path = "…"]` if any.
fn module_declarations(
    code: &str,
    source: &str,
    from: usize,
    to: usize,
) -> Vec<(String, Option<String>)> {
    let mut found = Vec::new();
    let region = &code[from..to];
    for (n, _) in region.match_indices("mod ") {
        let at = from + n;
        if code[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            continue;
        }
        let rest = &code[at + 4..to];
        let name: String = rest
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let after = rest.trim_start()[name.len()..].trim_start();
        if name.is_empty() || !after.starts_with(';') {
            continue;
        }
        // A `#[path = "…"]` just before the declaration (its string lives in `source`).
        let before = source[..at].trim_end();
        let path = before
            .strip_suffix("\"]")
            .and_then(|b| {
                b.rfind("#[path = \"")
                    .map(|p| &b[p + "#[path = \"".len()..])
            })
            .filter(|p| !p.contains('\n'))
            .map(String::from);
        found.push((name, path));
    }
    found
}

/// Every `.rs` file under `src/`, each marked whether it is test code.
fn source_files() -> Vec<SourceFile> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    collect_rs(&root.join("src"), &mut paths);
    assert!(
        paths.len() > 100,
        "found only {} files under src/",
        paths.len()
    );
    let mut files: Vec<SourceFile> = paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            let relative = path.strip_prefix(&root).unwrap();
            let relative = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            SourceFile::new(relative, text)
        })
        .collect();
    // Test files: declared behind #[cfg(test)], and every module declared inside one of those.
    let mut tests: BTreeSet<String> = BTreeSet::new();
    for file in &files {
        for (name, path) in &file.lexed.test_modules {
            tests.insert(child_path(&file.path, name, path.as_deref()));
        }
    }
    loop {
        let more: Vec<String> = files
            .iter()
            .filter(|f| tests.contains(&f.path))
            .flat_map(|f| {
                f.lexed
                    .modules
                    .iter()
                    .map(|(name, path)| child_path(&f.path, name, path.as_deref()))
            })
            .filter(|p| !tests.contains(p))
            .collect();
        if more.is_empty() {
            break;
        }
        tests.extend(more);
    }
    for file in &mut files {
        file.is_test = tests.contains(&file.path);
    }
    files
}

/// The file of module `name` declared in `parent` (a path relative to the package root).
fn child_path(parent: &str, name: &str, path_attribute: Option<&str>) -> String {
    let parent = Path::new(parent);
    let dir = parent.parent().unwrap();
    let joined = match path_attribute {
        Some(path) => dir.join(path),
        None => {
            let owns_dir = matches!(
                parent.file_name().and_then(|n| n.to_str()),
                Some("mod.rs" | "lib.rs" | "main.rs")
            );
            let base = if owns_dir {
                dir.to_path_buf()
            } else {
                parent.with_extension("")
            };
            let file = base.join(format!("{name}.rs"));
            if Path::new(env!("CARGO_MANIFEST_DIR")).join(&file).exists() {
                file
            } else {
                base.join(name).join("mod.rs")
            }
        }
    };
    // Normalise `..` from #[path] attributes.
    let mut parts: Vec<String> = Vec::new();
    for component in joined.components() {
        match component {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            other => parts.push(other.as_os_str().to_string_lossy().into_owned()),
        }
    }
    parts.join("/")
}

fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_rs(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
}
