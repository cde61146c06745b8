//! `confirm`: an editor's word that a revision's changed non-statement elements are right.

use super::{Context, Outcome, output};
use crate::model::PartChange;

/// Confirm the changed elements of an article's latest revision that are not statements (byline,
/// dateline, section labels, credits...): an editor's word, recorded with who and when, that they
/// are right. Until then such a change holds the gate; a later change holds it again.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The article whose latest revision's elements are confirmed.
    pub slug: String,
    /// Why the changes are right (kept with the confirmation).
    #[arg(long)]
    pub note: Option<String>,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let outcome = ctx.desk()?.confirm(&args.slug, args.note.as_deref())?;
    if args.output.json {
        return output::print_json(&outcome);
    }
    if !outcome.stored {
        println!(
            "{}: no element changed since revision {}; nothing to confirm",
            outcome.article, outcome.since
        );
        return Ok(());
    }
    println!(
        "{} revision {}: {} confirmed {} changed element(s) since revision {}, at {}",
        outcome.article,
        outcome.revision,
        outcome.confirmed_by.as_deref().unwrap_or_default(),
        outcome.changes.len(),
        outcome.since,
        outcome.confirmed_at.as_deref().unwrap_or_default()
    );
    print_part_changes(&outcome.changes, ctx.color);
    Ok(())
}

/// One line per changed element: what kind, and its words before and after.
pub fn print_part_changes(changes: &[PartChange], color: bool) {
    for change in changes {
        let old = change.old_text.as_deref().unwrap_or("");
        let new = change.new_text.as_deref().unwrap_or("");
        let words = match (&change.old_text, &change.new_text) {
            (Some(_), Some(_)) => format!(
                "{} -> {}",
                output::paint(old, "31", color),
                output::paint(new, "32", color)
            ),
            (Some(_), None) => output::paint(old, "31", color),
            _ => output::paint(new, "32", color),
        };
        println!("  {:<9} {}: {words}", change.change.as_str(), change.kind);
    }
}
