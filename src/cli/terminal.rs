//! Everything the command line writes goes through here (issue 11).
//!
//! `cli/mod.rs` shadows `print!`, `println!` and `eprintln!` for every command file with macros
//! that call [`out`] and [`err`], so no printer can forget what follows:
//!
//! - Text from the database (article text, names, notes, sources, slugs) may hold ESC, BEL or a
//!   bidirectional override. On a terminal those move the cursor, recolour the screen or make
//!   words read as other words; they are written visibly as `<U+202E>` instead. Line breaks and
//!   tabs stay. The only escape sequences that pass are colours (`ESC [ digits m`), and only when
//!   colour is on, which the printers add themselves.
//! - A closed pipe (`factdesk statements x | head`) ends the process quietly and successfully,
//!   as `cat` does; any other write error (a full disk: `> /dev/full`) is one clear message and
//!   exit 1, never a panic.
//!
//! Machine output (JSON, CSV, a Markdown or HTML report on stdout) goes through [`out_exact`]:
//! the bytes are the data, and the reader (a JSON parser, a browser) handles them.

use std::fmt::Arguments;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::model::hidden::{is_hidden, visible_name};

static COLOR: AtomicBool = AtomicBool::new(false);

/// Lets colour sequences through on stdout: set once, from [`super::Context`].
pub fn allow_color(on: bool) {
    COLOR.store(on, Ordering::Relaxed);
}

/// Writes formatted text to stdout, control characters made visible.
pub fn out(args: Arguments<'_>) {
    let raw = args.to_string();
    let text = visible(&raw, COLOR.load(Ordering::Relaxed));
    write_or_exit(
        &mut std::io::stdout().lock(),
        text.as_bytes(),
        "standard output",
    );
}

/// Writes formatted text to stderr, control characters made visible.
pub fn err(args: Arguments<'_>) {
    let raw = args.to_string();
    let text = visible(&raw, false);
    write_or_exit(
        &mut std::io::stderr().lock(),
        text.as_bytes(),
        "standard error",
    );
}

/// Writes machine output to stdout unchanged.
pub fn out_exact(text: &str) {
    write_or_exit(
        &mut std::io::stdout().lock(),
        text.as_bytes(),
        "standard output",
    );
}

/// Flushes stdout at the end of a command, with the same handling of errors.
pub fn finish() {
    write_or_exit(&mut std::io::stdout().lock(), b"", "standard output");
}

/// Streams machine output to stdout unchanged, through one buffer: a listing of ten thousand
/// articles is tens of megabytes of JSON, which need not be built whole in memory and copied first.
/// The buffer is handed over as its own type, not as a `dyn Write`: a serialiser makes one
/// small write per punctuation mark, and each is then an inlined copy rather than a call.
pub fn out_exact_streamed(
    write: impl FnOnce(&mut std::io::BufWriter<std::io::StdoutLock<'static>>) -> std::io::Result<()>,
) {
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let result = write(&mut buffered).and_then(|()| buffered.flush());
    exit_on_error(result, "standard output");
}

fn write_or_exit(stream: &mut impl Write, bytes: &[u8], name: &str) {
    let result = stream.write_all(bytes).and_then(|()| stream.flush());
    exit_on_error(result, name);
}

fn exit_on_error(result: std::io::Result<()>, name: &str) {
    match result {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => {
            if name != "standard error" {
                let _ = writeln!(std::io::stderr(), "error: cannot write to {name}: {e}");
            }
            std::process::exit(1);
        }
    }
}

/// `text` with every hidden character written as `<U+XXXX>`; with `color`, colour sequences
/// (`ESC [ 0-9; m`) are kept.
pub fn visible(text: &str, color: bool) -> std::borrow::Cow<'_, str> {
    if !text.contains(is_hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if color && c == '\u{1b}' {
            if let Some(len) = colour_sequence(rest) {
                out.push_str(&rest[..len]);
                rest = &rest[len..];
                continue;
            }
        }
        if is_hidden(c) {
            out.push_str(&visible_name(c));
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    std::borrow::Cow::Owned(out)
}

/// The length of the colour sequence `text` starts with, if it starts with one.
fn colour_sequence(text: &str) -> Option<usize> {
    let body = text.strip_prefix("\u{1b}[")?;
    let params = body.len()
        - body
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == ';')
            .len();
    body[params..].starts_with('m').then_some(2 + params + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_are_made_visible_and_colours_kept_only_when_on() {
        let text = "a\u{1b}]0;pwn\u{7}b \u{202e}lmth.exe\n\tc";
        assert_eq!(
            visible(text, false),
            "a<U+001B>]0;pwn<U+0007>b <U+202E>lmth.exe\n\tc"
        );
        assert_eq!(
            visible("\u{1b}[32mok\u{1b}[0m", true),
            "\u{1b}[32mok\u{1b}[0m"
        );
        assert_eq!(visible("\u{1b}[32mok", false), "<U+001B>[32mok");
        assert_eq!(visible("\u{1b}[2J", true), "<U+001B>[2J");
        assert_eq!(visible("plain “text” é", false), "plain “text” é");
    }
}
