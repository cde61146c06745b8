//! `check`: record a verdict on a statement's current words, with its sources.

use super::{Context, Outcome, output, values};
use crate::desk::CheckInput;
use crate::model::{StatementId, Status};

/// Record a verdict on a statement's current words, with its sources.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The statement's id, as `statements` and `queue` print it (`221` or `#221`).
    #[arg(value_parser = values::statement_id)]
    pub id: StatementId,
    /// The verdict: `waived` is for editors and needs --note; `incorrect` needs --note too;
    /// `partly-verified` needs --except.
    #[arg(long, value_parser = values::verdict())]
    pub status: Status,
    /// KIND:CITATION, repeatable: web:https://..., document:"Annual report, p. 4",
    /// interview:"Name, title, 2026-01-16", data:..., prior-reporting:..., recording:...,
    /// confidential:"Name, title" (the identity is kept apart; see --known-to)
    #[arg(long = "source", value_name = "KIND:CITATION")]
    pub sources: Vec<String>,
    #[command(flatten)]
    pub known_to: super::source::KnownToArg,
    /// What was found; required for incorrect (what is right) and waived (why).
    #[arg(long)]
    pub note: Option<String>,
    /// Checklist items confirmed (see `queue`), repeatable or comma-separated.
    #[arg(long = "item", value_delimiter = ',')]
    pub items: Vec<String>,
    /// With --status partly-verified: the words of the statement that are not verified, as
    /// they stand in it (whole words; curly or straight quotes alike); repeatable.
    #[arg(long = "except", value_name = "WORDS")]
    pub except: Vec<String>,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let status = args.status;
    let sources = args.known_to.sources(&args.sources)?;
    let items: Vec<String> = args
        .items
        .iter()
        .map(|i| i.trim().to_string())
        .filter(|i| !i.is_empty())
        .collect();
    let desk = ctx.desk()?;
    let check = desk.check(&CheckInput {
        statement: args.id,
        status,
        sources: &sources,
        note: args.note.as_deref(),
        items: &items,
        excepted: &args.except,
    })?;
    if args.output.json {
        return output::print_json(&check);
    }
    println!(
        "#{} {} by {} ({} source(s))",
        check.statement,
        output::status_label(check.status, false, ctx.color),
        check.checked_by,
        check.sources.len()
    );
    for words in &check.excepted {
        println!("  except: \"{words}\" (not verified)");
    }
    Ok(())
}
