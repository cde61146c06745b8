//! `reviewer add | list | deactivate | activate`: the people on the desk.

use super::{Context, Outcome, output, values};
use crate::model::{Reviewer, Role};

/// The people on the desk.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Add a reviewer (the first one of a desk must be an editor; after that editors add them).
    Add(AddArgs),
    /// List reviewers.
    List(ListArgs),
    /// Deactivate a reviewer: their history stays; their open statements are listed to hand on.
    Deactivate(HandleArgs),
    /// Reactivate a reviewer.
    Activate(HandleArgs),
    /// Set a reviewer's password for signing in to `factdesk serve`: prompted without echo on a
    /// terminal, else the first line of standard input (never an argument). Editors may set
    /// anyone's, a reviewer only their own; it ends the reviewer's open sessions.
    Password(HandleArgs),
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The short name they act under (`--as HANDLE`): letters, digits, '-', '_' or '.'.
    pub handle: String,
    /// Their full name, as reports show it.
    #[arg(long)]
    pub name: String,
    /// Checkers check what they are assigned; editors also assign, waive and add reviewers;
    /// writers answer the queries put to them and file revisions, and never check.
    #[arg(long, default_value = "checker", value_parser = values::role())]
    pub role: Role,
    /// Comma-separated skills, matched to statement kinds by the checklist's routing.
    #[arg(long, value_delimiter = ',')]
    pub skills: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

#[derive(Debug, clap::Args)]
pub struct HandleArgs {
    /// The reviewer's handle (see `factdesk reviewer list`).
    pub handle: String,
}

pub fn run(ctx: &Context, command: Command) -> Outcome {
    let desk = match command {
        Command::List(_) => ctx.reader()?,
        _ => ctx.desk()?,
    };
    match command {
        Command::Add(args) => {
            let role = args.role;
            let reviewer = Reviewer {
                handle: args.handle.trim().to_string(),
                name: args.name.trim().to_string(),
                role,
                skills: args
                    .skills
                    .iter()
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
                active: true,
            };
            desk.add_reviewer(&reviewer)?;
            println!(
                "added {} ({}, {})",
                reviewer.handle, reviewer.name, reviewer.role
            );
        }
        Command::List(args) => {
            let reviewers = desk.reviewers()?;
            if args.output.json {
                return output::print_json(&reviewers);
            }
            for r in &reviewers {
                println!(
                    "{:<12} {:<24} {:<8} {:<8} {}",
                    r.handle,
                    output::clip(&r.name, 24),
                    r.role,
                    if r.active { "active" } else { "inactive" },
                    r.skills.join(",")
                );
            }
        }
        Command::Deactivate(args) => {
            let open = desk.set_reviewer_active(&args.handle, false)?;
            println!("{} deactivated", args.handle);
            if !open.is_empty() {
                let ids: Vec<String> = open.iter().map(|id| id.to_string()).collect();
                println!("open statements to hand on: {}", ids.join(" "));
                println!("  e.g. factdesk assign {} --to HANDLE", ids.join(" "));
            }
        }
        Command::Activate(args) => {
            desk.set_reviewer_active(&args.handle, true)?;
            println!("{} active", args.handle);
        }
        Command::Password(args) => {
            let password = super::password::read(&args.handle)?;
            desk.set_password(&args.handle, &password)?;
            println!("password set for {}", args.handle);
        }
    }
    Ok(())
}
