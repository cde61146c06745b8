//! `verify`: walk the stored history's hash chains and report the first broken link.

use super::{Context, Failure, Outcome, output};

/// Check that the stored history is what factdesk wrote: walk the hash chains of one article
/// (and the desk's reviewers, sources and checklists) or of the whole file, name the first broken
/// link, rows written outside factdesk and missing triggers, and run SQLite's integrity check
/// with the engine factdesk is built with (a system `sqlite3` may be older and report false
/// errors). Prints each chain's head: compare it with the one on a published report.
///
/// Exit status: 0 when everything holds; 1 when anything is broken.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// One article's slug; without it, every article.
    pub slug: Option<String>,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let verification = ctx.reader()?.verify(args.slug.as_deref())?;
    if args.output.json {
        output::print_json(&verification)?;
    } else {
        match ctx.location() {
            crate::store::Location::Sqlite(_) => println!(
                "sqlite integrity check: {}",
                verification.integrity.join("; ")
            ),
            // The server checks its own pages; the chain below is what factdesk checks.
            crate::store::Location::Postgres(_) => {
                println!("database: PostgreSQL (its storage is the server's to check)")
            }
        }
        for chain in &verification.chains {
            let name = chain
                .article
                .as_deref()
                .unwrap_or("(desk: reviewers, sources, checklists)");
            let state = if chain.problems.is_empty() {
                "holds"
            } else {
                "BROKEN"
            };
            println!(
                "{name}: {state}, {} links, head {}",
                chain.links,
                chain.head.as_deref().unwrap_or("-")
            );
            for problem in &chain.problems {
                println!("  - {problem}");
            }
        }
        for orphan in &verification.orphans {
            println!("outside every chain: {orphan}");
        }
    }
    if verification.holds() {
        Ok(())
    } else {
        Err(Failure::Error(
            "the stored history was changed outside factdesk (see above); restore the file from a backup, or investigate before trusting it".into(),
        ))
    }
}
