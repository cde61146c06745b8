use super::{Context, Failure, Outcome, output};
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
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    pub handle: String,
    #[arg(long)]
    pub name: String,
    /// checker or editor.
    #[arg(long, default_value = "checker")]
    pub role: String,
    /// Comma-separated skills, matched to statement kinds by the checklist's routing.
    #[arg(long, value_delimiter = ',')]
    pub skills: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct HandleArgs {
    pub handle: String,
}

pub fn run(ctx: &Context, command: Command) -> Outcome {
    let desk = ctx.desk()?;
    match command {
        Command::Add(args) => {
            let role: Role = args
                .role
                .parse()
                .map_err(|e| Failure::Error(format!("--role: {e}")))?;
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
            if args.json {
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
    }
    Ok(())
}
