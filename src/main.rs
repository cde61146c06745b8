//! The `factdesk` binary: everything it does is in [`factdesk::cli`].

use std::process::ExitCode;

/// Rust ignores SIGPIPE, so writing to a closed pipe is an error, not a signal: `cli::terminal`
/// turns it into a quiet, successful exit (`factdesk statements x | head`), and any other write
/// error into one message and exit 1.
fn main() -> ExitCode {
    factdesk::cli::main()
}
