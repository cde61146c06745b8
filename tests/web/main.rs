//! HTTP tests of the web desk, and the browser test: one test binary, so its code is compiled
//! and linked once (issue 14 item 5). The HTTP tests call the router in-process (no socket) on a
//! desk set up by the real `factdesk` binary (`desk.rs`); the same files are built twice in this
//! binary, once per backend: `on_sqlite::…` and `on_postgres::…` (each test desk a database of
//! its own on the test server: `tests/cli/pg.rs`, FACTDESK_TEST_PG, else a throwaway cluster).
//! `socket.rs` runs `factdesk serve` as a process and signs in over a real socket; `browser.rs`
//! drives Chromium over WebDriver against it.

// The same test files are modules of both `on_sqlite` and `on_postgres`, on purpose: one source,
// built once per backend.
#![allow(clippy::duplicate_mod)]

use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdout, Command, Output, Stdio};

mod browser;
mod on_postgres;
mod on_sqlite;

#[allow(dead_code)] // the command-line tests' empty databases
#[path = "../cli/pg.rs"]
mod pg;

/// The real `factdesk` binary with an empty environment: the caller adds what the run needs.
pub fn factdesk() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_factdesk"));
    command.env_clear();
    command
}

/// Runs `command` with `stdin` written to it (or closed at once) and returns its output.
pub fn run(command: &mut Command, stdin: Option<&str>) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        let mut input = child.stdin.take().unwrap();
        if let Some(text) = stdin {
            input.write_all(text.as_bytes()).unwrap();
        }
    }
    child.wait_with_output().unwrap()
}

/// `factdesk serve` on `db`, on a free port of 127.0.0.1, its errors to `stderr`: the server,
/// its standard output read past the line that names the address, and the address
/// (`127.0.0.1:PORT`).
pub fn serve(db: impl AsRef<OsStr>, stderr: Stdio) -> (Child, BufReader<ChildStdout>, String) {
    let mut server = factdesk()
        .arg("--db")
        .arg(db)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .unwrap();
    let mut out = BufReader::new(server.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    let address = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("serve printed no address: {line:?}"))
        .to_string();
    (server, out, address)
}

/// Which database a build of the HTTP tests runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}
