//! `assign` and `unassign`: hand statements to reviewers, by hand or by skills and load.

use super::{Context, Failure, Outcome, output, values};
use crate::desk::AssignOutcome;
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
    #[command(flatten)]
    pub output: super::shared::JsonArg,
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
    if args.output.json {
        return output::print_json(&assigned);
    }
    print_assigned(&assigned);
    if assigned.is_empty() {
        println!("nothing to assign: every open statement has an active reviewer");
    }
    Ok(())
}

/// Who got what; then, for automatic assignment, what was taken from inactive reviewers and
/// what went by load alone because no checker's skills matched.
pub fn print_assigned(assigned: &[AssignOutcome]) {
    let ids = |pick: &dyn Fn(&AssignOutcome) -> bool| -> Vec<String> {
        assigned
            .iter()
            .filter(|a| pick(a))
            .map(|a| format!("#{}", a.statement))
            .collect()
    };
    let mut by_reviewer: std::collections::BTreeMap<&str, ()> = Default::default();
    let mut from: std::collections::BTreeMap<&str, ()> = Default::default();
    for a in assigned {
        by_reviewer.insert(&a.to, ());
        if let Some(old) = &a.from {
            from.insert(old, ());
        }
    }
    for who in by_reviewer.keys() {
        let got = ids(&|a| a.to == *who);
        println!("{who}: {} statement(s): {}", got.len(), got.join(" "));
    }
    for old in from.keys() {
        let taken = ids(&|a| a.from.as_deref() == Some(*old));
        println!(
            "reassigned from {old} (inactive): {} statement(s): {}",
            taken.len(),
            taken.join(" ")
        );
    }
    let by_load = ids(&|a| a.by_skill == Some(false));
    if !by_load.is_empty() {
        println!(
            "by load alone (no active checker has a skill their kinds call for): {}",
            by_load.join(" ")
        );
    }
}

pub fn run_unassign(ctx: &Context, args: UnassignArgs) -> Outcome {
    ctx.desk()?.unassign(&args.ids)?;
    println!("unassigned {} statement(s)", args.ids.len());
    Ok(())
}
