//! Reading a new password: on a terminal, typed twice without echo; from a pipe, its first
//! line. Never from an argument, which other users can read in the process list.

use std::io::{BufRead, IsTerminal};

use super::Failure;

pub fn read(handle: &str) -> Result<String, Failure> {
    let password = if std::io::stdin().is_terminal() {
        let first = prompt(&format!("new password for {handle}: "))?;
        let again = prompt("again: ")?;
        if first != again {
            return Err(Failure::Error(
                "the two passwords differ; nothing was changed: run the command again".into(),
            ));
        }
        first
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map_err(|e| {
            Failure::Error(format!("cannot read the password from standard input: {e}"))
        })?;
        line.trim_end_matches(['\n', '\r']).to_string()
    };
    if password.is_empty() {
        return Err(Failure::Error(
            "no password was given: type it at the prompt, or pipe it on standard input".into(),
        ));
    }
    Ok(password)
}

fn prompt(text: &str) -> Result<String, Failure> {
    rpassword::prompt_password(text)
        .map_err(|e| Failure::Error(format!("cannot read the password from the terminal: {e}")))
}
