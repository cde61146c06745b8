//! `queue`: the acting reviewer's open statements.

use super::{Context, Outcome, output};

/// The acting reviewer's open statements (unchecked, in progress, stale, or verified on a fact
/// that dates longer ago than the checklist lets it stand), oldest assignment first.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub output: super::shared::JsonArg,
    /// List the checklist items under every statement (by default only under the first; the
    /// others show how many apply).
    #[arg(long)]
    pub items: bool,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let queue = ctx.reader()?.queue()?;
    if args.output.json {
        return output::print_json(&queue);
    }
    if queue.is_empty() {
        println!("your queue is empty");
        return Ok(());
    }
    for (n, entry) in queue.iter().enumerate() {
        let s = &entry.statement;
        let kinds: Vec<&str> = s.kinds.iter().map(|k| k.as_str()).collect();
        println!(
            "#{} {} ¶{} {} {}",
            s.id,
            s.article,
            s.paragraph,
            output::statement_label(s, ctx.color),
            output::paint(&kinds.join(","), "2", ctx.color)
        );
        println!("  {}", output::paint(&s.text, "1", ctx.color));
        if entry.paragraph_text != s.text {
            println!("  in: {}", output::clip(&entry.paragraph_text, 300));
        }
        if let Some(since) = &entry.since_check {
            println!(
                "  changed since the check in r{} by {}: {}",
                since.checked_revision,
                since.checked_by,
                output::word_diff(&since.edits, ctx.color)
            );
        }
        if let Some(expiry) = s.expiry.as_ref().filter(|e| e.expired) {
            println!("  {}", output::expiry_line(expiry));
        }
        if args.items || n == 0 {
            for item in &entry.items {
                println!(
                    "  [ ] {} ({}){}",
                    item.id,
                    item.text,
                    if item.required { " *required" } else { "" }
                );
            }
        } else if !entry.items.is_empty() {
            let required = entry.items.iter().filter(|i| i.required).count();
            println!(
                "  {} checklist item(s), {required} required: see them with `factdesk queue --items`",
                entry.items.len()
            );
        }
        for query in &entry.queries {
            print!("  ");
            super::query::print_query(query);
        }
        if let Some(at) = &entry.assigned_at {
            println!("  assigned {}", output::local_time(at));
        }
        println!();
    }
    println!("{} open statement(s)", queue.len());
    Ok(())
}
