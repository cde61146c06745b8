//! `factdesk token create|list|revoke`: bearer tokens for a CMS calling the web API.

use super::{Context, Outcome, output};

/// API tokens for automation (a CMS calling /api/v1 of `factdesk serve`). A token acts as the
/// editor who created it; only its hash is stored. Editors only.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Create a token and print it once, alone on the last line: it cannot be shown again.
    Create(CreateArgs),
    /// List the tokens (names, owners, revocations; never the secrets).
    List(ListArgs),
    /// Revoke a token: from now on the API refuses it.
    Revoke(RevokeArgs),
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// A name for the token, such as the system that will use it (letters, digits, '-', '_', '.').
    #[arg(long)]
    pub name: String,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

#[derive(Debug, clap::Args)]
pub struct RevokeArgs {
    /// The token's name (see `factdesk token list`).
    pub name: String,
}

pub fn run(ctx: &Context, command: Command) -> Outcome {
    match command {
        Command::Create(args) => {
            let token = ctx.desk()?.create_token(&args.name)?;
            println!(
                "token '{}' created; it acts as {} and is shown only now:",
                args.name,
                ctx.actor.as_ref().map_or("?", |a| a.handle())
            );
            println!("{token}");
        }
        Command::List(args) => {
            let tokens = ctx.reader()?.tokens()?;
            if args.output.json {
                return output::print_json(&tokens);
            }
            for t in &tokens {
                let state = match &t.revoked_at {
                    Some(at) => format!("revoked {}", output::local_time(at)),
                    None => "active".into(),
                };
                println!(
                    "{:<16} {:<12} created {}  {state}",
                    t.name,
                    t.handle,
                    output::local_time(&t.created_at)
                );
            }
        }
        Command::Revoke(args) => {
            ctx.desk()?.revoke_token(&args.name)?;
            println!("token '{}' revoked", args.name);
        }
    }
    Ok(())
}
