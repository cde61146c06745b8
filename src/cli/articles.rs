use super::{Context, Outcome, output};

/// The articles on the desk: latest revision, counts by status, and the gate.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let articles = ctx.desk()?.articles()?;
    if args.json {
        return output::print_json(&articles);
    }
    if articles.is_empty() {
        println!("no articles yet: `factdesk ingest FILE --slug SLUG`");
        return Ok(());
    }
    println!(
        "{:<32} {:>4} {:>5} {:>5} {:>5} {:>5}  gate",
        "article", "rev", "stmts", "done", "open", "stale"
    );
    for a in &articles {
        let done = a.counts["verified"] + a.counts["waived"];
        let open = a.counts["unchecked"] + a.counts["in-progress"];
        let gate = if a.gate.ready {
            output::paint("ready", "32", ctx.color)
        } else {
            output::paint(
                &format!("blocked ({})", a.gate.reasons.len()),
                "31",
                ctx.color,
            )
        };
        println!(
            "{:<32} {:>4} {:>5} {:>5} {:>5} {:>5}  {gate}",
            output::clip(&a.slug, 32),
            a.revision,
            a.statements,
            done,
            open,
            a.counts["stale"]
        );
    }
    Ok(())
}
