//! `gate`: go or no-go for an article's latest revision, as the exit code.

use super::{Context, Failure, Outcome, output};
use crate::model::Status;

/// Go/no-go for the article's latest revision: exit 0 if ready, 3 if blocked, with the reasons.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub article: super::shared::ArticleArg,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let gate = ctx.reader()?.gate(&args.article.slug, None)?;
    if args.output.json {
        output::print_json(&gate)?;
    } else if gate.ready {
        println!(
            "{}: {}",
            args.article.slug,
            output::paint("READY", "32", ctx.color)
        );
    } else {
        println!(
            "{}: {}",
            args.article.slug,
            output::paint("BLOCKED", "31", ctx.color)
        );
        for r in &gate.reasons {
            let ids: Vec<String> = r.statements.iter().map(|id| format!("#{id}")).collect();
            println!("  - {} [{}]: {}", r.message, r.code, ids.join(" "));
        }
        // The library's reasons say what holds the article; the commands that act on them are
        // the command line's to name.
        let slug = &args.article.slug;
        for hint in gate.reasons.iter().filter_map(|r| command_for(&r.code)) {
            println!("  hint: `factdesk {hint} {slug}`");
        }
        // A lapsed verification is cleared by a fresh check of the statement, one by one.
        if let Some(expired) = gate.reasons.iter().find(|r| r.code == "expired") {
            let first = expired
                .statements
                .first()
                .map_or_else(|| "ID".to_string(), ToString::to_string);
            println!(
                "  hint: `factdesk statements {slug}` shows why each expired; check each again, e.g. `factdesk check {first} --status verified --source KIND:CITATION`"
            );
        }
        // A partly-verified statement is released by verifying the rest or by a waiver.
        let partial = format!("status:{}", Status::PartlyVerified);
        for id in gate
            .reasons
            .iter()
            .filter(|r| r.code == partial)
            .flat_map(|r| &r.statements)
        {
            println!(
                "  hint: `factdesk check {id} --status verified --source KIND:CITATION` once the excepted part is verified, or an editor's `factdesk check {id} --status waived --note REASON`"
            );
        }
    }
    if gate.ready {
        Ok(())
    } else {
        Err(Failure::Blocked)
    }
}

/// The command that acts on a reason, for the reasons one command settles.
fn command_for(code: &str) -> Option<&'static str> {
    match code {
        "elements-changed" => Some("confirm"),
        "history-broken" => Some("verify"),
        _ => None,
    }
}
