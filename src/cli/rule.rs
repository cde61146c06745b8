//! `rule`: an editor's ruling on a disputed statement.

use super::{Context, Outcome, output, values};
use crate::desk::RuleInput;
use crate::model::{Decision, StatementId};

/// Rule on a disputed statement (editors only): keep it, change its wording, or cut it.
///
/// The ruling, with its reason, settles the dispute for the gate; a change or a cut holds the
/// article until a revision makes it.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("decision").required(true).args(["keep", "change", "cut"])))]
pub struct Args {
    /// The statement's id (`221` or `#221`).
    #[arg(value_parser = values::statement_id)]
    pub id: StatementId,
    /// Keep the words as they stand.
    #[arg(long)]
    pub keep: bool,
    /// Change the statement to this wording (the writer revises the copy).
    #[arg(long, value_name = "NEW WORDING")]
    pub change: Option<String>,
    /// Cut the statement from the piece.
    #[arg(long)]
    pub cut: bool,
    /// Why: the sources weighed and the call made.
    #[arg(long)]
    pub reason: String,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let decision = if args.keep {
        Decision::Keep
    } else if args.cut {
        Decision::Cut
    } else {
        Decision::Change
    };
    let ruling = ctx.desk()?.rule(&RuleInput {
        statement: args.id,
        decision,
        wording: args.change.as_deref(),
        reason: &args.reason,
    })?;
    if args.output.json {
        return output::print_json(&ruling);
    }
    match &ruling.wording {
        Some(wording) => println!(
            "#{} ruled {} by {}: \"{wording}\"",
            ruling.statement, ruling.decision, ruling.ruled_by
        ),
        None => println!(
            "#{} ruled {} by {}",
            ruling.statement, ruling.decision, ruling.ruled_by
        ),
    }
    Ok(())
}
