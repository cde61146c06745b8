//! `search`: find statements across the archive by their words and check notes.

use super::values::{self, StatusFilter};
use super::{Context, Outcome, output};
use crate::desk::SearchRequest;
use crate::model::Kind;

/// Search every article's statements and check notes: have we checked this figure or name
/// before? Each hit shows its article, revision, status and latest check, best match first.
///
/// Every word must match (whole words; accents ignored); a part in double quotes is a phrase:
/// `factdesk search '"4.2 billion" pension'`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The words to look for.
    #[arg(required = true, num_args = 1.., value_name = "WORDS")]
    pub query: Vec<String>,
    /// Only statements with this status (`stale` selects stale ones).
    #[arg(long, value_parser = values::status_filter())]
    pub status: Option<StatusFilter>,
    /// Only statements of this kind.
    #[arg(long, value_parser = values::kind())]
    pub kind: Option<Kind>,
    /// At most this many hits.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub limit: u32,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let words = args.query.join(" ");
    let hits = ctx.reader()?.search(&SearchRequest {
        words: &words,
        status: match args.status {
            Some(StatusFilter::Is(status)) => Some(status),
            _ => None,
        },
        stale: matches!(args.status, Some(StatusFilter::Stale)),
        kind: args.kind,
        limit: args.limit as usize,
    })?;
    if args.output.json {
        return output::print_json(&hits);
    }
    for hit in &hits {
        let kinds: Vec<&str> = hit.kinds.iter().map(|k| k.as_str()).collect();
        let retired = if hit.retired { " (retired)" } else { "" };
        println!(
            "#{:<6} {} r{}{retired}  {}  {}",
            hit.id,
            hit.article,
            hit.revision,
            output::status_label(hit.status, hit.stale, ctx.color),
            output::paint(&kinds.join(","), "2", ctx.color)
        );
        println!("        {}", hit.text);
        if let Some(check) = &hit.latest_check {
            let sources: Vec<String> = check
                .sources
                .iter()
                .map(|s| format!("{}:{}", s.kind.as_str(), s.citation))
                .collect();
            println!(
                "        checked by {} on {} (r{}){}",
                check.checked_by,
                output::local_at(&check.checked_at),
                check.revision,
                if sources.is_empty() {
                    String::new()
                } else {
                    format!(": {}", sources.join("; "))
                }
            );
            if let Some(note) = &check.note {
                println!("        note: {note}");
            }
        }
    }
    println!("{} hit(s)", hits.len());
    Ok(())
}
