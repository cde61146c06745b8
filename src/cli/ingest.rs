use std::io::Read;
use std::path::{Path, PathBuf};

use super::{Context, Failure, Outcome, output};
use crate::checklist::Checklist;
use crate::desk::{Draft, IngestRequest, MAX_INPUT_BYTES, decode_text};
use crate::parse::Format;

/// Store a new article at revision 1: its text as received, its metadata and its statements.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The article file: plain text, or Markdown when it ends in `.md`.
    pub file: PathBuf,
    /// The article's name on the desk: lowercase letters, digits and hyphens.
    #[arg(long)]
    pub slug: String,
    /// The desk (section) it belongs to.
    #[arg(long)]
    pub desk: Option<String>,
    /// The checklist: a built-in name (news, investigation, opinion) or a YAML file.
    #[arg(long, default_value = crate::checklist::DEFAULT_NAME)]
    pub checklist: String,
    /// Print the outcome as JSON.
    #[arg(long)]
    pub json: bool,
}

/// A file read and checked: the text, where it came from and how to read it.
pub struct ReadDraft {
    pub text: String,
    pub format: Format,
    pub file_name: Option<String>,
}

impl ReadDraft {
    pub fn draft(&self) -> Draft<'_> {
        Draft {
            text: &self.text,
            format: self.format,
            file_name: self.file_name.as_deref(),
        }
    }
}

/// Reads an article file (or standard input for `-`), refusing what is not article text.
pub fn read_draft(path: &Path) -> Result<ReadDraft, Failure> {
    let origin = path.display().to_string();
    let bytes = if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)?;
        bytes
    } else {
        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => {
                Failure::Error(format!("{origin}: no such file; check the path"))
            }
            _ => Failure::Error(format!("{origin}: cannot read it: {e}")),
        })?;
        if meta.is_dir() {
            return Err(Failure::Error(format!(
                "{origin} is a folder; give the article file"
            )));
        }
        if meta.len() > MAX_INPUT_BYTES {
            return Err(Failure::Error(format!(
                "{origin}: {} bytes is over the {} MiB limit for one article; split it or check it is the right file",
                meta.len(),
                MAX_INPUT_BYTES / 1024 / 1024
            )));
        }
        std::fs::read(path).map_err(|e| Failure::Error(format!("{origin}: cannot read it: {e}")))?
    };
    let text = decode_text(bytes, &origin)?;
    Ok(ReadDraft {
        text,
        format: Format::from_path(path),
        file_name: path.file_name().map(|n| n.to_string_lossy().into_owned()),
    })
}

/// Finds a checklist by built-in name or file path, with its YAML text.
pub fn resolve_checklist(name: &str) -> Result<(Checklist, String), Failure> {
    super::checklist::resolve(name)
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    // Everything about the input is checked before the database is opened.
    let read = read_draft(&args.file)?;
    crate::desk::validate_slug(&args.slug)?;
    let (checklist, yaml) = resolve_checklist(&args.checklist)?;
    let desk = ctx.desk()?;
    let outcome = desk.ingest(&IngestRequest {
        slug: &args.slug,
        desk: args.desk.as_deref(),
        checklist: &checklist,
        checklist_yaml: &yaml,
        draft: read.draft(),
    })?;
    if args.json {
        return output::print_json(&outcome);
    }
    println!(
        "ingested {} revision 1: {} statements, {} findings{}",
        outcome.article,
        outcome.statements,
        outcome.findings,
        outcome
            .headline
            .map(|h| format!(" — {h}"))
            .unwrap_or_default()
    );
    Ok(())
}
