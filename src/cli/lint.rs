//! `lint` and `lint dismiss`: the automatic checks' findings, and setting a false positive aside.

use super::{Context, Failure, Outcome, output};

/// The findings of the automatic checks on an article's revision (latest by default), or
/// `lint dismiss` to set a false positive aside.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Args {
    /// The article's slug (see `factdesk articles`).
    #[arg(required = true)]
    pub slug: Option<String>,
    /// The revision (default: the latest).
    #[arg(long)]
    pub revision: Option<u32>,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
    #[command(subcommand)]
    pub command: Option<LintCommand>,
}

#[derive(Debug, clap::Subcommand)]
pub enum LintCommand {
    /// Dismiss one finding of an article's latest revision as a false positive (editors only):
    /// recorded with who, when and why; it stops holding the gate until its words change.
    Dismiss(DismissArgs),
}

#[derive(Debug, clap::Args)]
pub struct DismissArgs {
    /// The finding, as `factdesk lint SLUG` prints it: SLUG/KEY.
    pub finding: String,
    /// Why the finding is wrong, for the report and whoever reads it later.
    #[arg(long)]
    pub reason: String,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    if let Some(LintCommand::Dismiss(dismiss)) = args.command {
        let finding = ctx
            .desk()?
            .dismiss_finding(&dismiss.finding, &dismiss.reason)?;
        println!(
            "dismissed {} ({} {}): {}",
            finding.id, finding.level, finding.rule, finding.message
        );
        return Ok(());
    }
    let slug = args
        .slug
        .ok_or_else(|| Failure::Error("name the article: factdesk lint SLUG".into()))?;
    let findings = ctx.reader()?.findings(&slug, args.revision)?;
    if args.output.json {
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
        match &f.dismissal {
            Some(d) => println!(
                "         {} dismissed by {} ({}): {}",
                f.id,
                d.by,
                output::local_at(&d.at),
                d.reason
            ),
            None => println!("         {}", output::paint(&f.id, "2", ctx.color)),
        }
    }
    let dismissed = findings.iter().filter(|f| f.dismissal.is_some()).count();
    if dismissed > 0 {
        println!("{} finding(s), {dismissed} dismissed", findings.len());
    } else {
        println!("{} finding(s)", findings.len());
    }
    Ok(())
}
