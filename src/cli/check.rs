use super::{Context, Failure, Outcome, output};
use crate::desk::CheckInput;
use crate::model::{Source, StatementId, Status};

/// Record a verdict on a statement's current words, with its sources.
#[derive(Debug, clap::Args)]
pub struct Args {
    pub id: StatementId,
    /// in-progress, verified, incorrect, disputed, unverifiable or waived.
    #[arg(long)]
    pub status: String,
    /// KIND:CITATION, repeatable: web:https://..., document:"Annual report, p. 4",
    /// interview:"Name, title, 2026-01-16", data:..., prior-reporting:..., recording:...
    #[arg(long = "source", value_name = "KIND:CITATION")]
    pub sources: Vec<String>,
    /// What was found; required for incorrect (what is right) and waived (why).
    #[arg(long)]
    pub note: Option<String>,
    /// Checklist items confirmed (see `queue`), repeatable or comma-separated.
    #[arg(long = "item", value_delimiter = ',')]
    pub items: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let status: Status = args
        .status
        .parse()
        .map_err(|e| Failure::Error(format!("--status: {e}")))?;
    let sources = args
        .sources
        .iter()
        .map(|s| Source::parse_short(s))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Failure::Error(format!("--source: {e}")))?;
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
    })?;
    if args.json {
        return output::print_json(&check);
    }
    println!(
        "#{} {} by {} ({} source(s))",
        check.statement,
        output::status_label(check.status, false, ctx.color),
        check.checked_by,
        check.sources.len()
    );
    Ok(())
}
