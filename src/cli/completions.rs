//! Shell completions and the man page, both generated from the one clap definition so they can
//! never drift from the commands they describe.

use clap::CommandFactory;
use clap_complete::Shell;

use super::{Cli, Failure, Outcome};

/// Print a shell completion script: `factdesk completions bash > /etc/bash_completion.d/factdesk`,
/// or for zsh into a folder on `$fpath` as `_factdesk`, for fish into
/// `~/.config/fish/completions/factdesk.fish`.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_parser = ["bash", "zsh", "fish"])]
    pub shell: String,
}

/// Print the man page (roff): `factdesk man > factdesk.1 && man ./factdesk.1`.
#[derive(Debug, clap::Args)]
pub struct ManArgs {}

pub fn run_completions(args: CompletionsArgs) -> Outcome {
    let shell = match args.shell.as_str() {
        "bash" => Shell::Bash,
        "zsh" => Shell::Zsh,
        _ => Shell::Fish,
    };
    let mut command = Cli::command();
    clap_complete::generate(shell, &mut command, "factdesk", &mut std::io::stdout());
    Ok(())
}

pub fn run_man(_args: ManArgs) -> Outcome {
    let command = Cli::command();
    let mut page = Vec::new();
    clap_mangen::Man::new(command.clone())
        .render(&mut page)
        .map_err(Failure::io("the man page"))?;
    // Each command's own options after the overview, so the page documents every argument.
    for sub in command.get_subcommands() {
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        page.extend(
            format!(
                ".SH \"FACTDESK {}\"\n.PP\n{}\n",
                sub.get_name().to_uppercase(),
                roff_text(&about)
            )
            .bytes(),
        );
        clap_mangen::Man::new(sub.clone())
            .render_options_section(&mut page)
            .map_err(Failure::io("the man page"))?;
    }
    std::io::Write::write_all(&mut std::io::stdout(), &page)
        .map_err(Failure::io("standard output"))?;
    Ok(())
}

/// Text as roff reads it literally: backslashes doubled, no line starting with a control dot.
fn roff_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .lines()
        .map(|line| {
            if line.starts_with('.') || line.starts_with('\'') {
                format!("\\&{line}")
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
