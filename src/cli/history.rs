//! `history`: one statement's assignments, checks and text changes, oldest first.

use super::{Context, Outcome, output, values};
use crate::model::StatementId;

/// Every assignment, check and text change of one statement, oldest first.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The statement's id (`221` or `#221`).
    #[arg(value_parser = values::statement_id)]
    pub id: StatementId,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let desk = ctx.reader()?;
    let history = desk.history(args.id)?;
    if args.output.json {
        return output::print_json(&history);
    }
    for e in &history {
        let when = output::local_time(&e.at);
        let rev = e.revision.map(|r| format!(" r{r}")).unwrap_or_default();
        match e.event.as_str() {
            "text" => println!(
                "{when} {:<10}{rev} text ({}): {}",
                e.by,
                e.detail.as_deref().unwrap_or(""),
                e.new_text.as_deref().unwrap_or("")
            ),
            "moved" => println!("{when} {:<10}{rev} moved in the article", e.by),
            "check" => {
                let c = e.check.as_ref().expect("check entries carry the check");
                println!("{when} {:<10}{rev} check: {}", e.by, c.status);
                for s in &c.sources {
                    println!("{:>28} source: {s}", "");
                }
                if let Some(n) = &c.note {
                    println!("{:>28} note: {n}", "");
                }
                if !c.items.is_empty() {
                    println!("{:>28} items: {}", "", c.items.join(", "));
                }
                if !c.excepted.is_empty() {
                    let parts: Vec<String> =
                        c.excepted.iter().map(|w| format!("\"{w}\"")).collect();
                    println!("{:>28} except: {} (not verified)", "", parts.join(", "));
                }
            }
            "assigned" | "unassigned" => {
                println!(
                    "{when} {:<10} {} {}",
                    e.by,
                    e.event,
                    e.detail.as_deref().unwrap_or("")
                )
            }
            "ruling" => println!(
                "{when} {:<10}{rev} ruling: {} — {}",
                e.by,
                e.detail.as_deref().unwrap_or(""),
                e.new_text.as_deref().unwrap_or("")
            ),
            "query" | "query-answered" | "query-resolved" => println!(
                "{when} {:<10} {} {}{}",
                e.by,
                e.event,
                e.detail.as_deref().unwrap_or(""),
                e.new_text
                    .as_deref()
                    .map(|t| format!(": {t}"))
                    .unwrap_or_default()
            ),
            "text-changed" => println!(
                "{when} {:<10}{rev} text changed: {}",
                e.by,
                output::word_diff(&e.edits, ctx.color)
            ),
            other => println!(
                "{when} {:<10}{rev} {other} {}",
                e.by,
                e.new_text
                    .as_deref()
                    .or(e.old_text.as_deref())
                    .unwrap_or("")
            ),
        }
    }
    if let Some(since) = desk.since_last_check(args.id)? {
        println!(
            "stale: changed since the check in r{} by {}: {}",
            since.checked_revision,
            since.checked_by,
            output::word_diff(&since.edits, ctx.color)
        );
    }
    Ok(())
}
