//! Arguments many commands take, written once and flattened into each command's `Args`
//! (`#[command(flatten)]`), so they read and behave alike everywhere.

/// The article a command works on.
#[derive(Debug, Clone, clap::Args)]
pub struct ArticleArg {
    /// The article's slug (see `factdesk articles`).
    pub slug: String,
}

/// The article a command works on, and which of its revisions.
#[derive(Debug, Clone, clap::Args)]
pub struct RevisionArgs {
    /// The article's slug (see `factdesk articles`).
    pub slug: String,
    /// The revision (default: the latest).
    #[arg(long)]
    pub revision: Option<u32>,
}

/// Whether to answer in JSON.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct JsonArg {
    /// Print JSON instead of text (the shapes are in docs/json.md).
    #[arg(long)]
    pub json: bool,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// Every argument named `long` in the command tree, with the command path that has it.
    fn every(long: &str) -> Vec<(String, String)> {
        fn walk(command: &clap::Command, path: &str, long: &str, out: &mut Vec<(String, String)>) {
            for arg in command.get_arguments() {
                if arg.get_long() == Some(long) {
                    let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                    out.push((path.to_string(), help));
                }
            }
            for sub in command.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), long, out);
            }
        }
        let mut out = Vec::new();
        walk(&crate::cli::Cli::command(), "factdesk", long, &mut out);
        out
    }

    /// A command that declares its own `--json` or `--revision` instead of flattening the shared
    /// one shows here by its help text.
    #[test]
    fn every_json_and_revision_argument_is_the_shared_one() {
        for (long, shared, at_least) in [
            ("json", super::JsonArg::command_help("json"), 15),
            ("revision", super::RevisionArgs::command_help("revision"), 3),
        ] {
            let found = every(long);
            assert!(found.len() >= at_least, "--{long}: {found:?}");
            let own: Vec<&(String, String)> = found.iter().filter(|(_, h)| *h != shared).collect();
            assert!(
                own.is_empty(),
                "--{long} declared apart from src/cli/shared.rs: {own:?}"
            );
        }
    }

    trait HelpOf {
        fn command_help(long: &str) -> String;
    }

    impl<T: clap::Args> HelpOf for T {
        fn command_help(long: &str) -> String {
            T::augment_args(clap::Command::new("t"))
                .get_arguments()
                .find(|a| a.get_long() == Some(long))
                .and_then(|a| a.get_help().map(|h| h.to_string()))
                .expect("the shared struct has the argument")
        }
    }
}
