//! `revise`: store a new draft of an article, aligned with the last revision.

use std::path::PathBuf;

use super::input::{InputArgs, read_draft};
use super::{Context, Outcome, output};

/// Store a new draft of an article and align it with the last revision: unchanged and moved
/// statements keep their checks, edited ones keep their id and go stale.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub article: super::shared::ArticleArg,
    /// The new draft (plain text; Markdown, HTML or Word by its extension or --format); it may
    /// be in another format than the last revision.
    pub file: PathBuf,
    #[command(flatten)]
    pub input: InputArgs,
    /// The revision this draft was made from: refused with a conflict if another draft has
    /// been stored since (a CMS always sends it).
    #[arg(long, value_name = "N")]
    pub base: Option<u32>,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let read = read_draft(&args.file, &args.input)?;
    let desk = ctx.desk()?;
    let outcome = desk.revise_on(&args.article.slug, &read.draft(), args.base)?;
    if args.output.json {
        return output::print_json(&outcome);
    }
    if !outcome.stored {
        println!(
            "{}: the draft is identical to revision {}; nothing stored",
            outcome.article, outcome.revision
        );
        return Ok(());
    }
    println!(
        "{} revision {}: {} unchanged, {} moved, {} modified, {} added, {} removed; {} findings",
        outcome.article,
        outcome.revision,
        outcome.unchanged,
        outcome.moved,
        outcome.modified,
        outcome.added,
        outcome.removed,
        outcome.findings
    );
    if let Some(published) = &outcome.update_of {
        println!(
            "an update of the published piece (revision {} went out {})",
            published.revision,
            output::local_at(&published.published_at)
        );
    }
    if !outcome.elements.is_empty() {
        println!(
            "{} element(s) that are not statements changed; they hold the gate until an editor runs `factdesk confirm {}`:",
            outcome.elements.len(),
            outcome.article
        );
        super::confirm::print_part_changes(&outcome.elements, ctx.color);
    }
    if !outcome.stale.is_empty() {
        println!(
            "{} checked statement(s) went stale and return to their reviewers:",
            outcome.stale.len()
        );
        for stale in &outcome.stale {
            println!(
                "  #{} ({}; checked by {})",
                stale.id,
                stale.assignee.as_deref().unwrap_or("unassigned"),
                stale.checked_by
            );
            println!(
                "    was: {}",
                output::paint(&stale.old_text, "31", ctx.color)
            );
            println!(
                "    now: {}",
                output::paint(&stale.new_text, "32", ctx.color)
            );
        }
    }
    if !outcome.unassigned.is_empty() {
        let ids: Vec<String> = outcome
            .unassigned
            .iter()
            .map(|id| format!("#{id}"))
            .collect();
        println!(
            "{} new statement(s) have no reviewer yet: {}",
            ids.len(),
            ids.join(" ")
        );
        println!(
            "  assign them: factdesk assign {} --auto (or assign ID... --to HANDLE)",
            outcome.article
        );
    }
    if !outcome.assigned.is_empty() {
        println!("new statements assigned (the checklist's auto_assign_on_revise):");
        super::assign::print_assigned(&outcome.assigned);
    }
    Ok(())
}
