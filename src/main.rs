//! The `factdesk` binary: everything it does is in [`factdesk::cli`].

use std::process::ExitCode;

/// SIGPIPE stays ignored (Rust's default), on purpose: writing to a closed pipe is then an error,
/// not a signal that kills the process. The command line looks for that error, as ripgrep does
/// (`cli::terminal` for what it prints, `cli::error` for an io::ErrorKind::BrokenPipe anywhere in
/// a failure's chain), and ends quietly with exit 0 (`factdesk statements x | head`). Resetting
/// the signal to its default would also reach `factdesk serve`, the long-running web desk in this
/// same binary, which must survive a client that hangs up.
fn main() -> ExitCode {
    factdesk::cli::main()
}
