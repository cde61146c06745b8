use super::{Context, Outcome, output};

/// The findings of the automatic checks on an article's revision (latest by default).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The article's slug (see `factdesk articles`).
    pub slug: String,
    /// The revision (default: the latest).
    #[arg(long)]
    pub revision: Option<u32>,
    /// Print the findings as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let findings = ctx.desk()?.findings(&args.slug, args.revision)?;
    if args.json {
        return output::print_json(&findings);
    }
    for f in &findings {
        let code = match f.level {
            crate::model::Level::Error => "31",
            crate::model::Level::Warning => "33",
            crate::model::Level::Note => "2",
        };
        let ids: Vec<String> = f.statements.iter().map(|id| format!("#{id}")).collect();
        println!(
            "{:<8} {:<28} {} {}",
            output::paint(f.level.as_str(), code, ctx.color),
            f.rule,
            ids.join(" "),
            f.message
        );
    }
    println!("{} finding(s)", findings.len());
    Ok(())
}
