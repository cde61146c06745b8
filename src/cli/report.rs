//! `report`: the verification report, in the format asked for or the output file's.

use std::path::{Path, PathBuf};

use super::{Context, Failure, Outcome, values};
use crate::report::{Format, Style, render};

/// The verification report: header with the gate, every statement with its check and sources,
/// the changes since the previous revision, and the automatic checks' findings.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub article: super::shared::RevisionArgs,
    /// text (terminal), md (e-mail, wikis), html (one self-contained file), json, csv.
    /// Default: from the -o file's extension (.txt, .md, .html, .json, .csv), else text.
    #[arg(long, value_parser = values::report_format())]
    pub format: Option<Format>,
    /// Write to this file instead of standard output; its extension picks the format.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The public address of the page that publishes these fact-checks: each ClaimReview's url
    /// is URL#statement-ID. Required with --format claimreview.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let format = chosen_format(args.format, args.output.as_deref())?;
    let url = match (format, args.url) {
        (Format::ClaimReview, Some(url))
            if url.starts_with("https://") || url.starts_with("http://") =>
        {
            Some(url)
        }
        (Format::ClaimReview, Some(url)) => {
            return Err(Failure::Usage(format!(
                "--url {url}: give the fact-check page's address, starting with https://"
            )));
        }
        (Format::ClaimReview, None) => {
            return Err(Failure::Usage(
                "--format claimreview needs --url: the address of the page that publishes these fact-checks".into(),
            ));
        }
        (_, Some(_)) => {
            return Err(Failure::Usage(
                "--url is for --format claimreview only".into(),
            ));
        }
        (_, None) => None,
    };
    let mut report = ctx
        .reader()?
        .report(&args.article.slug, args.article.revision)?;
    report.url = url;
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
        // The text report is for a terminal; the other formats are data, written exactly.
        None if format == Format::Text => print!("{rendered}"),
        None => super::terminal::out_exact(&rendered),
    }
    Ok(())
}

/// The format asked for, or the one the output file's extension names; a file whose extension
/// names another format than --format is refused rather than written with misleading contents.
fn chosen_format(asked: Option<Format>, output: Option<&Path>) -> Result<Format, Failure> {
    let by_extension = output
        .and_then(|path| path.extension())
        .and_then(|ext| ext.to_str())
        .and_then(Format::from_extension);
    match (asked, by_extension) {
        (Some(asked), Some(implied)) if asked != implied => Err(Failure::Error(format!(
            "--format {} does not match the file name {} (a {} file): drop --format, or name the file for {}",
            asked.name(),
            output.map(|p| p.display().to_string()).unwrap_or_default(),
            implied.name(),
            asked.name()
        ))),
        (Some(asked), _) => Ok(asked),
        (None, Some(implied)) => Ok(implied),
        (None, None) => Ok(Format::Text),
    }
}
