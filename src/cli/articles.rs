//! `articles`: the desk's articles with their counts by status and their gate, a page at a time.

use super::{Context, Outcome, output};
use crate::desk::{ArticleSummary, ArticlesPage};
use crate::model::{GateReason, Status};

/// Rows of the table when neither `--limit` nor `--all` is given: a screenful or two for a
/// person, and the same cost on ten articles as on an archive of ten thousand.
pub const TABLE_PAGE: u64 = 100;

/// The articles on the desk: latest revision, statements by status (stale apart), and the gate.
/// The table shows a page of 100 by slug and prints the command for the next one; `--json`
/// lists every article unless `--limit` is given (a page shorter than the limit is the last).
#[derive(Debug, Default, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub output: super::shared::JsonArg,
    /// Only the articles of this desk (as given to `ingest --desk`)
    #[arg(long, value_name = "DESK")]
    pub desk: Option<String>,
    /// At most this many articles, by slug [default: 100 for the table, all for --json]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
    /// Every article at once, however many (the table too)
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
    /// Only the articles after this cursor: the last slug of the previous page, as printed
    #[arg(long, value_name = "SLUG")]
    pub after: Option<String>,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let limit = match (args.limit, args.all, args.output.json) {
        (Some(n), _, _) => Some(n),
        (None, false, false) => Some(TABLE_PAGE),
        (None, _, _) => None,
    };
    // One more than the page: whether a next page exists is then known, not guessed.
    let page = ArticlesPage {
        desk: args.desk.as_deref(),
        after: args.after.as_deref(),
        limit: limit.map(|n| n as usize + 1),
    };
    if args.output.json {
        // The stored counts and gates as their JSON text: the same bytes, without reading a
        // million statement ids back and writing them again.
        let mut listing = ctx.reader()?.articles_listing(&page)?;
        if let Some(n) = limit {
            listing.truncate(n as usize);
        }
        return output::print_json(&listing);
    }
    let mut articles = ctx.reader()?.articles_page(&page)?;
    let next = match limit {
        Some(n) if articles.len() as u64 > n => {
            articles.truncate(n as usize);
            articles.last().map(|a| a.slug.clone())
        }
        _ => None,
    };
    if articles.is_empty() {
        if args.desk.is_some() || args.after.is_some() {
            println!("no articles match");
        } else {
            println!("no articles yet: `factdesk ingest FILE --slug SLUG`");
        }
        return Ok(());
    }
    print_table(ctx, &articles);
    if let Some(cursor) = next {
        // The next page's command, as typed: the same filter and size, after this page's cursor.
        let mut argv: Vec<String> = vec!["factdesk".into(), "articles".into()];
        if let Some(desk) = &args.desk {
            argv.extend(["--desk".into(), desk.clone()]);
        }
        if let Some(n) = args.limit {
            argv.extend(["--limit".into(), n.to_string()]);
        }
        argv.extend(["--after".into(), cursor]);
        println!("next page: {}", super::demo::shell_line(&argv));
    }
    Ok(())
}

/// One column per status, stale apart (a stale statement also counts under its status).
fn print_table(ctx: &Context, articles: &[ArticleSummary]) {
    let mut header = format!(
        "{:<28} {:<10} {:>3} {:>5}",
        "article", "desk", "rev", "stmts"
    );
    for status in Status::ALL {
        header.push_str(&format!(
            " {:>w$}",
            status.as_str(),
            w = column_width(*status)
        ));
    }
    header.push_str("  stale  gate");
    // One write for the whole table, not one per line: ten thousand articles are as many lines.
    let mut table = format!("{header}\n");
    for a in articles {
        let mut line = format!(
            "{:<28} {:<10} {:>3} {:>5}",
            output::clip(&a.slug, 28),
            output::clip(a.desk.as_deref().unwrap_or("-"), 10),
            a.revision,
            a.statements
        );
        for status in Status::ALL {
            let n = a.counts.get(status.as_str()).copied().unwrap_or(0);
            line.push_str(&format!(" {n:>w$}", w = column_width(*status)));
        }
        let stale = a.counts.get("stale").copied().unwrap_or(0);
        let gate = if a.gate.ready {
            output::paint("ready", "32", ctx.color)
        } else {
            output::paint(&blocked_in_words(&a.gate.reasons), "31", ctx.color)
        };
        table.push_str(&format!("{line}  {stale:>5}  {gate}\n"));
    }
    super::terminal::out(format_args!("{table}"));
}

fn column_width(status: Status) -> usize {
    status.as_str().len().max(3)
}

/// "blocked: 3 reasons: 12 unchecked, 2 stale, finding weekday": each reason with its label.
pub(crate) fn blocked_in_words(reasons: &[GateReason]) -> String {
    let labels: Vec<String> = reasons.iter().map(reason_label).collect();
    let count = match reasons.len() {
        1 => "1 reason".to_string(),
        n => format!("{n} reasons"),
    };
    format!("blocked, {count}: {}", labels.join(", "))
}

fn reason_label(reason: &GateReason) -> String {
    let n = reason.statements.len();
    if let Some(status) = reason.code.strip_prefix("status:") {
        return format!("{n} {status}");
    }
    if let Some(rule) = reason.code.strip_prefix("finding:") {
        return format!("finding {rule}");
    }
    match reason.code.as_str() {
        "stale" => format!("{n} stale"),
        "expired" => format!("{n} expired"),
        "verified-without-source" => format!("{n} verified without source"),
        "missing-items" => format!("{n} missing checklist items"),
        other => other.to_string(),
    }
}
