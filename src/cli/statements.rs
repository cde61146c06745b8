//! `statements`: an article's statements, with filters.

use super::values::{self, StatusFilter};
use super::{Context, Outcome, output};
use crate::model::{Element, Kind, Statement};

/// The statements of an article's revision (the latest by default), with filters.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub article: super::shared::RevisionArgs,
    /// Only statements with this status (`stale` selects stale ones).
    #[arg(long, value_parser = values::status_filter())]
    pub status: Option<StatusFilter>,
    /// Only statements of this kind.
    #[arg(long, value_parser = values::kind())]
    pub kind: Option<Kind>,
    /// Only statements standing in this element of the page.
    #[arg(long, value_parser = values::element())]
    pub element: Option<Element>,
    /// Only statements assigned to this handle (`none` for unassigned).
    #[arg(long, value_name = "HANDLE")]
    pub assignee: Option<String>,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let desk = ctx.reader()?;
    if let Some(handle) = args.assignee.as_deref().filter(|h| *h != "none") {
        desk.reviewer_named(handle)?;
    }
    let statements: Vec<Statement> = desk
        .statements(&args.article.slug, args.article.revision)?
        .into_iter()
        .filter(|s| match args.status {
            None => true,
            Some(StatusFilter::Is(status)) => s.status == status,
            Some(StatusFilter::Stale) => s.stale,
        })
        .filter(|s| args.kind.is_none_or(|k| s.kinds.contains(k)))
        .filter(|s| args.element.is_none_or(|e| s.element == e))
        .filter(|s| match args.assignee.as_deref() {
            None => true,
            Some("none") => s.assignee.is_none(),
            Some(h) => s.assignee.as_deref() == Some(h),
        })
        .collect();
    if args.output.json {
        return output::print_json(&statements);
    }
    print_table(&statements, ctx.color);
    Ok(())
}

pub fn print_table(statements: &[Statement], color: bool) {
    for s in statements {
        let kinds: Vec<&str> = s.kinds.iter().map(|k| k.as_str()).collect();
        println!(
            "#{:<6} ¶{:<3} {:<9} {:<22} {:<10} {}",
            s.id,
            s.paragraph,
            s.element.as_str(),
            output::statement_label(s, color),
            s.assignee.as_deref().unwrap_or("-"),
            output::paint(&kinds.join(","), "2", color)
        );
        println!("        {}", s.text);
        if let Some(expiry) = s.expiry.as_ref().filter(|e| e.expired) {
            println!("        {}", output::expiry_line(expiry));
        }
    }
    println!("{} statement(s)", statements.len());
}
