//! Queries to the writer: `query`, `answer`, `resolve` and `queries`.

use super::{Context, Outcome, output, values};
use crate::desk::QueryFilter;
use crate::model::{Query, StatementId};

/// Ask the article's writer a question about one statement (its assignee or an editor).
#[derive(Debug, clap::Args)]
pub struct AskArgs {
    /// The statement's id (`221` or `#221`).
    #[arg(value_parser = values::statement_id)]
    pub id: StatementId,
    /// The question, as the writer will read it.
    #[arg(long)]
    pub text: String,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

/// Answer a query put to you (the article's writer, or an editor for them).
#[derive(Debug, clap::Args)]
pub struct AnswerArgs {
    /// The query's number, as `queries` prints it (`7` or `Q7`).
    #[arg(value_parser = query_id)]
    pub query: i64,
    /// The answer.
    #[arg(long)]
    pub text: String,
    /// What the answer rests on, as KIND:CITATION (see `check --source`).
    #[arg(long, value_name = "KIND:CITATION")]
    pub source: Option<String>,
    #[command(flatten)]
    pub known_to: super::source::KnownToArg,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

/// Close a query: the answer settles it, or the question is withdrawn (whoever asked, or an
/// editor).
#[derive(Debug, clap::Args)]
pub struct ResolveArgs {
    /// The query's number (`7` or `Q7`).
    #[arg(value_parser = query_id)]
    pub query: i64,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

/// The desk's queries (or one article's), oldest first.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only this article's queries.
    pub slug: Option<String>,
    /// Only the queries not resolved yet (open or answered).
    #[arg(long)]
    pub open: bool,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

/// A query number as printed (`Q7`) or bare (`7`).
pub fn query_id(text: &str) -> Result<i64, String> {
    let digits = text.trim().trim_start_matches(['Q', 'q']);
    digits
        .parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| {
            format!("'{text}' is not a query number (such as 7 or Q7; see `factdesk queries`)")
        })
}

pub fn run_ask(ctx: &Context, args: AskArgs) -> Outcome {
    let query = ctx.desk()?.ask(args.id, &args.text)?;
    if args.output.json {
        return output::print_json(&query);
    }
    println!(
        "Q{} on #{} to {}: {}",
        query.id, query.statement, query.writer, query.text
    );
    Ok(())
}

pub fn run_answer(ctx: &Context, args: AnswerArgs) -> Outcome {
    let source = args
        .known_to
        .sources(args.source.as_slice())?
        .into_iter()
        .next();
    let query = ctx
        .desk()?
        .answer(args.query, &args.text, source.as_ref())?;
    if args.output.json {
        return output::print_json(&query);
    }
    println!(
        "Q{} answered; {} may now resolve it with `factdesk resolve Q{}`",
        query.id, query.asked_by, query.id
    );
    Ok(())
}

pub fn run_resolve(ctx: &Context, args: ResolveArgs) -> Outcome {
    let query = ctx.desk()?.resolve(args.query)?;
    if args.output.json {
        return output::print_json(&query);
    }
    println!("Q{} resolved", query.id);
    Ok(())
}

pub fn run_list(ctx: &Context, args: ListArgs) -> Outcome {
    let queries = ctx.reader()?.queries(QueryFilter {
        article: args.slug.as_deref(),
        unresolved: args.open,
    })?;
    if args.output.json {
        return output::print_json(&queries);
    }
    if queries.is_empty() {
        println!("no {}queries", if args.open { "open " } else { "" });
        return Ok(());
    }
    for query in &queries {
        print_query(query);
    }
    Ok(())
}

/// A query and what was said on it, as `queries` and `queue` print it.
pub fn print_query(query: &Query) {
    println!(
        "Q{} {} #{} {} — {} asked {} {}: {}",
        query.id,
        query.article,
        query.statement,
        query.state,
        query.asked_by,
        query.writer,
        output::local_at(&query.asked_at),
        query.text
    );
    for answer in &query.answers {
        println!(
            "    {} answered {}: {}",
            answer.by,
            output::local_at(&answer.at),
            answer.text
        );
        if let Some(source) = &answer.source {
            println!("      source: {source}");
        }
    }
    if let (Some(by), Some(at)) = (&query.resolved_by, &query.resolved_at) {
        println!("    resolved by {by} {}", output::local_at(at));
    }
}
