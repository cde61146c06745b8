use super::{Context, Failure, Outcome, output, values};
use crate::model::StatementId;

/// Give statements to a reviewer (`assign ID... --to HANDLE`), or every open, unassigned statement
/// of an article by skills and load (`assign SLUG --auto`). Editors only.
#[derive(Debug, clap::Args)]
pub struct AssignArgs {
    /// Statement ids, or one article slug with --auto.
    #[arg(required = true)]
    pub targets: Vec<String>,
    /// The reviewer's handle who gets the statements.
    #[arg(long, conflicts_with = "auto", value_name = "HANDLE")]
    pub to: Option<String>,
    /// Assign automatically: match kinds to skills, balance open load.
    #[arg(long)]
    pub auto: bool,
    /// Print the assignments made as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Take statements back from their reviewer. Editors only.
#[derive(Debug, clap::Args)]
pub struct UnassignArgs {
    /// Statement ids (`221` or `#221`).
    #[arg(required = true, value_parser = values::statement_id)]
    pub ids: Vec<StatementId>,
}

pub fn parse_ids(targets: &[String]) -> Result<Vec<StatementId>, Failure> {
    targets
        .iter()
        .map(|t| values::statement_id(t).map_err(Failure::Error))
        .collect()
}

pub fn run_assign(ctx: &Context, args: AssignArgs) -> Outcome {
    let desk = ctx.desk()?;
    let assigned = if args.auto {
        let [slug] = args.targets.as_slice() else {
            return Err(Failure::Error(
                "--auto takes one article slug: `factdesk assign SLUG --auto`".into(),
            ));
        };
        desk.auto_assign(slug)?
    } else {
        let Some(to) = args.to.as_deref() else {
            return Err(Failure::Error(
                "say who gets them: --to HANDLE (or --auto with an article slug)".into(),
            ));
        };
        desk.assign(&parse_ids(&args.targets)?, to)?
    };
    if args.json {
        return output::print_json(&assigned);
    }
    let mut by_reviewer: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    for a in &assigned {
        by_reviewer
            .entry(&a.to)
            .or_default()
            .push(a.statement.to_string());
    }
    for (who, ids) in &by_reviewer {
        println!("{who}: {} statement(s): {}", ids.len(), ids.join(" "));
    }
    if assigned.is_empty() {
        println!("nothing to assign: every open statement has a reviewer");
    }
    Ok(())
}

pub fn run_unassign(ctx: &Context, args: UnassignArgs) -> Outcome {
    ctx.desk()?.unassign(&args.ids)?;
    println!("unassigned {} statement(s)", args.ids.len());
    Ok(())
}
