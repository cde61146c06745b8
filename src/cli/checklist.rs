//! `checklist list | show | validate`: the built-in checklists and a desk's own.

use std::path::{Path, PathBuf};

use super::{Context, Failure, Outcome, values};
use crate::checklist::{self, Checklist, Loaded};

/// The desk's checklists: list the built-in ones, print one to start your own, validate a file.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List the built-in checklists.
    List,
    /// Print a built-in checklist's YAML (a starting point for your desk's own).
    Show(ShowArgs),
    /// Check a checklist file: every error with file, line and column; nothing is written.
    Validate(ValidateArgs),
    /// Change the checklist an article uses (editors only): recorded in its history with who,
    /// when, and what the new one relaxes.
    Use(UseArgs),
}

#[derive(Debug, clap::Args)]
pub struct UseArgs {
    #[command(flatten)]
    pub article: super::shared::ArticleArg,
    /// A built-in checklist's name or a YAML file.
    pub checklist: String,
    /// Why, for whoever reads the history.
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// A built-in checklist's name (see `factdesk checklist list`).
    #[arg(value_parser = values::builtin_checklist())]
    pub name: String,
}

#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// The checklist's YAML file.
    pub file: PathBuf,
}

/// A checklist by built-in name (`news`, `investigation`, `opinion`) or by YAML file path.
pub fn resolve(name: &str) -> Result<Loaded, Failure> {
    if let Some(loaded) = Loaded::builtin(name) {
        return Ok(loaded);
    }
    let path = Path::new(name);
    let looks_like_file = name.ends_with(".yaml") || name.ends_with(".yml") || name.contains('/');
    if !looks_like_file && !path.exists() {
        return Err(Failure::Error(format!(
            "unknown checklist '{name}': use one of {} or a YAML file path",
            checklist::builtin_names().join(", ")
        )));
    }
    Ok(Loaded::load(path)?)
}

pub fn run(ctx: &Context, command: Command) -> Outcome {
    match command {
        Command::List => {
            for name in checklist::builtin_names() {
                let checklist = Checklist::builtin(name).expect("built-in names load");
                println!("{name:<14} {}", checklist.title);
            }
        }
        Command::Show(args) => {
            let yaml =
                checklist::builtin_source(&args.name).expect("clap takes only the built-in names");
            print!("{yaml}");
        }
        Command::Use(args) => {
            let loaded = resolve(&args.checklist)?;
            let change =
                ctx.desk()?
                    .use_checklist(&args.article.slug, &loaded, args.note.as_deref())?;
            println!("{}: {change}", args.article.slug);
        }
        Command::Validate(args) => {
            let checklist = match checklist::load(&args.file) {
                Ok(checklist) => checklist,
                Err(error) if error.problems().len() > 1 => {
                    for problem in error.problems() {
                        eprintln!("error: {problem}");
                    }
                    return Err(Failure::Error(format!(
                        "{}: {} problems; nothing was written",
                        args.file.display(),
                        error.problems().len()
                    )));
                }
                Err(error) => return Err(error.into()),
            };
            let items: usize = checklist.items.values().map(Vec::len).sum();
            println!(
                "{}: valid checklist '{}' ({} items, {} automatic checks)",
                args.file.display(),
                checklist.name,
                items,
                checklist.checks.len()
            );
            let holds: Vec<String> = (checklist.expiry.kinds.iter())
                .map(|(kind, days)| format!("{kind} {days} day(s)"))
                .chain(
                    (checklist.expiry.words.iter())
                        .map(|(class, days)| format!("{class} words {days} day(s)")),
                )
                .collect();
            if !holds.is_empty() {
                println!("  checks on facts that date hold: {}", holds.join(", "));
            }
        }
    }
    Ok(())
}
