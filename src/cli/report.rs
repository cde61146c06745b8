use std::path::PathBuf;

use super::{Context, Failure, Outcome};
use crate::report::{Format, Style, render};

/// The verification report: header with the gate, every statement with its check and sources,
/// the changes since the previous revision, and the automatic checks' findings.
#[derive(Debug, clap::Args)]
pub struct Args {
    pub slug: String,
    /// The revision to report on (default: the latest).
    #[arg(long)]
    pub revision: Option<u32>,
    /// text (terminal), md (e-mail, wikis), html (one self-contained file), json, csv.
    #[arg(long, default_value = "text")]
    pub format: String,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let format: Format = args
        .format
        .parse()
        .map_err(|e| Failure::Error(format!("--format: {e}")))?;
    let report = ctx.desk()?.report(&args.slug, args.revision)?;
    // Colour only for text on a terminal, never into a file.
    let style = Style {
        color: ctx.color && args.output.is_none() && format == Format::Text,
    };
    let rendered = render(&report, format, style);
    match &args.output {
        Some(path) => {
            std::fs::write(path, rendered)
                .map_err(|e| Failure::Error(format!("{}: cannot write: {e}", path.display())))?;
            eprintln!("wrote {}", path.display());
        }
        None => print!("{rendered}"),
    }
    Ok(())
}
