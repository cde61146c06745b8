//! `diff`: statement-level changes between two revisions.

use super::{Context, Outcome, output};
use crate::model::Change;

/// Statement-level changes between two revisions, with word-level detail.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub article: super::shared::ArticleArg,
    /// The older revision (default: the one before --to).
    #[arg(long)]
    pub from: Option<u32>,
    /// The newer revision (default: the latest).
    #[arg(long)]
    pub to: Option<u32>,
    /// Show unchanged statements too.
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let diff = ctx.reader()?.diff(&args.article.slug, args.from, args.to)?;
    if args.output.json {
        return output::print_json(&diff);
    }
    println!("{}: revision {} -> {}", diff.article, diff.from, diff.to);
    for change in Change::ALL {
        print!("{} {}  ", diff.count(*change), change);
    }
    println!();
    for c in &diff.changes {
        let text = match c.change {
            Change::Unchanged if !args.all => continue,
            Change::Modified => output::word_diff(&c.edits, ctx.color),
            Change::Removed => c.old_text.clone().unwrap_or_default(),
            _ => c.new_text.clone().unwrap_or_default(),
        };
        let related = c
            .related
            .map(|r| format!(" (split from #{r})"))
            .unwrap_or_default();
        println!("{:<9} #{}{related}: {text}", c.change.as_str(), c.id);
    }
    if !diff.elements.is_empty() {
        println!(
            "{} element(s) that are not statements changed:",
            diff.elements.len()
        );
        super::confirm::print_part_changes(&diff.elements, ctx.color);
    }
    Ok(())
}
