use std::process::ExitCode;

fn main() -> ExitCode {
    restore_default_sigpipe();
    factdesk::cli::main()
}

/// Rust ignores SIGPIPE, so `factdesk statements x | head` would panic on a closed pipe;
/// a command-line tool should instead end quietly, as `cat` does.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
