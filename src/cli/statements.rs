use super::{Context, Failure, Outcome, output};
use crate::model::{Kind, Statement, Status};

/// The statements of an article's revision (the latest by default), with filters.
#[derive(Debug, clap::Args)]
pub struct Args {
    pub slug: String,
    #[arg(long)]
    pub revision: Option<u32>,
    /// Only statements with this status (`stale` selects stale ones).
    #[arg(long)]
    pub status: Option<String>,
    /// Only statements of this kind.
    #[arg(long)]
    pub kind: Option<String>,
    /// Only statements assigned to this handle (`none` for unassigned).
    #[arg(long)]
    pub assignee: Option<String>,
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let status = match args.status.as_deref() {
        None | Some("stale") => None,
        Some(s) => Some(
            s.parse::<Status>()
                .map_err(|e| Failure::Error(format!("--status: {e}; or stale")))?,
        ),
    };
    let kind = match args.kind.as_deref() {
        None => None,
        Some(k) => Some(
            k.parse::<Kind>()
                .map_err(|e| Failure::Error(format!("--kind: {e}")))?,
        ),
    };
    let only_stale = args.status.as_deref() == Some("stale");
    let statements: Vec<Statement> = ctx
        .desk()?
        .statements(&args.slug, args.revision)?
        .into_iter()
        .filter(|s| status.is_none_or(|st| s.status == st))
        .filter(|s| !only_stale || s.stale)
        .filter(|s| kind.is_none_or(|k| s.kinds.contains(k)))
        .filter(|s| match args.assignee.as_deref() {
            None => true,
            Some("none") => s.assignee.is_none(),
            Some(h) => s.assignee.as_deref() == Some(h),
        })
        .collect();
    if args.json {
        return output::print_json(&statements);
    }
    print_table(&statements, ctx.color);
    Ok(())
}

pub fn print_table(statements: &[Statement], color: bool) {
    for s in statements {
        let kinds: Vec<&str> = s.kinds.iter().map(|k| k.as_str()).collect();
        println!(
            "#{:<6} ¶{:<3} {:<22} {:<10} {}",
            s.id,
            s.paragraph,
            output::status_label(s.status, s.stale, color),
            s.assignee.as_deref().unwrap_or("-"),
            output::paint(&kinds.join(","), "2", color)
        );
        println!("        {}", s.text);
    }
    println!("{} statement(s)", statements.len());
}
