//! `publish`, `correct` and `corrections`: what went out, and what was corrected after.

use super::shared::{ArticleArg, JsonArg};
use super::{Context, Outcome, output, values};
use crate::model::StatementId;

/// Record that the article's latest revision is published (editors only). The gate must be
/// ready, or an editor overrides it with --override "reason", recorded with the gate as it stood.
#[derive(Debug, clap::Args)]
pub struct PublishArgs {
    #[command(flatten)]
    pub article: ArticleArg,
    /// Publish although the gate is blocked, for this reason (recorded).
    #[arg(long = "override", value_name = "REASON")]
    pub override_reason: Option<String>,
    #[command(flatten)]
    pub output: JsonArg,
}

/// Correct a published statement (editors only): what was wrong, and the source that shows it.
#[derive(Debug, clap::Args)]
pub struct CorrectArgs {
    /// The statement's id (`221` or `#221`).
    #[arg(value_parser = values::statement_id)]
    pub id: StatementId,
    /// The correction as readers will see it: what was wrong and what is right.
    #[arg(long)]
    pub note: String,
    /// What shows the correction, as KIND:CITATION (see `check --source`).
    #[arg(long, value_name = "KIND:CITATION")]
    pub source: Option<String>,
    #[command(flatten)]
    pub known_to: super::source::KnownToArg,
    #[command(flatten)]
    pub output: JsonArg,
}

/// Every correction on the desk, newest first: the corrections page.
#[derive(Debug, clap::Args)]
pub struct CorrectionsArgs {
    #[command(flatten)]
    pub output: JsonArg,
}

pub fn run_publish(ctx: &Context, args: PublishArgs) -> Outcome {
    let publication = ctx
        .desk()?
        .publish(&args.article.slug, args.override_reason.as_deref())?;
    if args.output.json {
        return output::print_json(&publication);
    }
    let what = if publication.update {
        "published (an update)"
    } else {
        "published"
    };
    println!(
        "{} revision {} {what} by {} at {}",
        publication.article,
        publication.revision,
        publication.published_by,
        output::local_at(&publication.published_at)
    );
    if let Some(reason) = &publication.override_reason {
        println!("  the gate was blocked; overridden: {reason}");
    }
    Ok(())
}

pub fn run_correct(ctx: &Context, args: CorrectArgs) -> Outcome {
    let source = args
        .known_to
        .sources(args.source.as_slice())?
        .into_iter()
        .next();
    let correction = ctx.desk()?.correct(args.id, &args.note, source.as_ref())?;
    if args.output.json {
        return output::print_json(&correction);
    }
    println!(
        "correction {} on #{} ({} r{}) by {}",
        correction.id,
        correction.statement,
        correction.article,
        correction.published_revision,
        correction.corrected_by
    );
    Ok(())
}

pub fn run_corrections(ctx: &Context, args: CorrectionsArgs) -> Outcome {
    let corrections = ctx.reader()?.corrections()?;
    if args.output.json {
        return output::print_json(&corrections);
    }
    if corrections.is_empty() {
        println!("no corrections");
        return Ok(());
    }
    for c in &corrections {
        println!(
            "{} {} #{} (r{}) corrected by {}",
            output::local_at(&c.corrected_at),
            c.article,
            c.statement,
            c.published_revision,
            c.corrected_by
        );
        println!("  published: {}", c.text);
        println!("  correction: {}", c.note);
        if let Some(source) = &c.source {
            println!("  source: {source}");
        }
        if let Some(check) = &c.check {
            println!(
                "  rested on: {} by {} at {}",
                check.status,
                check.checked_by,
                output::local_at(&check.checked_at)
            );
        }
    }
    Ok(())
}
