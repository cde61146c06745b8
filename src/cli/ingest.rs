//! `ingest`: store new articles, one file or a folder of them.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use super::input::{InputArgs, read_draft};
use super::{Context, Failure, Outcome, output};
use crate::checklist::Loaded;
use crate::desk::{
    BATCH_SIZE, BulkArticle, BulkRequest, IngestOutcome, IngestRequest, Prepared, prepare_batch,
    slug_from_file_name,
};

/// Store new articles at revision 1: their text as received, metadata and statements.
///
/// Give one file, several files, or a folder (read with its subfolders; hidden files are left
/// out). Slugs come from the file names (`Port Strike.txt` -> `port-strike`) unless `--slug` names
/// the one article. Several files go in batches, one transaction each, with a progress bar on a
/// terminal; a file that cannot go in (not text, empty, slug taken) is reported with its reason
/// and skipped, the others go in.
///
/// Exit status: 0 when every file went in; 1 when any was skipped or on an error.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files (plain text; Markdown, HTML or Word by their extension or --format) or
    /// folders of them; `-` reads one article from standard input (give --slug).
    #[arg(required = true, value_name = "FILE|DIR")]
    pub files: Vec<PathBuf>,
    /// The article's name on the desk: lowercase letters, digits and hyphens. Only with one file;
    /// by default derived from the file name.
    #[arg(long)]
    pub slug: Option<String>,
    /// The desk (section) they belong to.
    #[arg(long)]
    pub desk: Option<String>,
    /// The writer of the piece (a reviewer added with the writer role): checkers' queries go to
    /// them.
    #[arg(long, value_name = "HANDLE")]
    pub writer: Option<String>,
    /// The checklist: a built-in name (news, investigation, opinion) or a YAML file.
    #[arg(long, default_value = crate::checklist::DEFAULT_NAME)]
    pub checklist: String,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

/// Finds a checklist by built-in name or file path, with its YAML text.
pub fn resolve_checklist(name: &str) -> Result<Loaded, Failure> {
    super::checklist::resolve(name)
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    match args.files.as_slice() {
        [one] if !one.is_dir() => {
            let slug = match &args.slug {
                Some(slug) => slug.clone(),
                None => derived_slug(one)?,
            };
            ingest_one(ctx, &args, one, &slug)
        }
        _ => ingest_many(ctx, &args),
    }
}

/// The slug a file gets when none is given.
fn derived_slug(path: &Path) -> Result<String, Failure> {
    if path == Path::new("-") {
        return Err(Failure::Error(
            "standard input has no file name to make a slug from: give --slug".into(),
        ));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(slug_from_file_name(&name))
}

fn ingest_one(ctx: &Context, args: &Args, file: &Path, slug: &str) -> Outcome {
    // Everything about the input is checked before the database is opened.
    let read = read_draft(file, &args.input)?;
    crate::desk::validate_slug(slug)?;
    let checklist = resolve_checklist(&args.checklist)?;
    let desk = ctx.desk()?;
    let outcome = desk.ingest(&IngestRequest {
        slug,
        desk: args.desk.as_deref(),
        writer: args.writer.as_deref(),
        checklist: &checklist,
        draft: read.draft(),
    })?;
    if args.output.json {
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

/// A file that did not go in, and why.
#[derive(Debug, Serialize)]
struct Skipped {
    file: String,
    reason: String,
}

#[derive(Debug, Serialize)]
struct Ingested {
    file: String,
    #[serde(flatten)]
    outcome: IngestOutcome,
}

#[derive(Debug, Default, Serialize)]
struct BulkSummary {
    ingested: Vec<Ingested>,
    skipped: Vec<Skipped>,
}

impl BulkSummary {
    /// `reason` leaves the file out: the summary names it once.
    fn skip(&mut self, file: &Path, reason: String) {
        self.skipped.push(Skipped {
            file: file.display().to_string(),
            reason,
        });
    }
}

/// Several files or folders: read, parse and store them batch by batch.
fn ingest_many(ctx: &Context, args: &Args) -> Outcome {
    if args.slug.is_some() {
        return Err(Failure::Error(
            "--slug names one article; with several files or a folder each slug comes from its file name (port-strike.txt -> port-strike)".into(),
        ));
    }
    let files = article_files(&args.files)?;
    let checklist = resolve_checklist(&args.checklist)?;
    let desk = ctx.desk()?;
    // Who acts is checked once, before any file is read.
    desk.actor()?;

    let bar = progress_bar(files.len() as u64);
    let mut summary = BulkSummary::default();
    let mut slugs_seen: std::collections::HashMap<String, &PathBuf> =
        std::collections::HashMap::new();
    // A pipeline one batch deep: while batch N is written (one core: the transaction), batch
    // N+1 is parsed and linted (pure work, no database) on the others.
    let mut batches = files.chunks(BATCH_SIZE);
    let mut pending: Option<(ReadBatch<'_>, Vec<crate::desk::Result<Prepared>>)> = None;
    loop {
        let next = match batches.next() {
            Some(batch) => Some(read_batch(
                batch,
                &args.input,
                &mut slugs_seen,
                &mut summary,
            )?),
            None => None,
        };
        if next.is_none() && pending.is_none() {
            break;
        }
        let (written, prepared) = std::thread::scope(|scope| {
            let preparing = next.as_ref().map(|reads| {
                let checklist = &checklist;
                scope.spawn(move || prepare_batch(&reads.articles(), checklist))
            });
            let written = pending.take().map(|(reads, prepared)| {
                let answers = desk.write_batch(
                    &BulkRequest {
                        desk: args.desk.as_deref(),
                        writer: args.writer.as_deref(),
                        checklist: &checklist,
                        articles: &reads.articles(),
                    },
                    prepared,
                );
                (reads, answers)
            });
            let prepared = preparing.map(|p| p.join().expect("parsing does not panic"));
            (written, prepared)
        });
        if let Some((reads, answers)) = written {
            for ((file, _, _), answer) in reads.files.iter().zip(answers?) {
                match answer {
                    Ok(outcome) => summary.ingested.push(Ingested {
                        file: file.display().to_string(),
                        outcome,
                    }),
                    Err(refused) => summary.skip(file, Failure::from(refused).to_string()),
                }
            }
            bar.inc(reads.size as u64);
        }
        pending = next.zip(prepared);
    }
    bar.finish_and_clear();
    print_summary(&summary, args.output.json)?;
    match summary.skipped.len() {
        0 => Ok(()),
        n => Err(Failure::Error(format!(
            "{n} of {} file(s) skipped; the others went in",
            files.len()
        ))),
    }
}

/// One batch's files read: each with its slug and draft, and how many files the batch had
/// (skipped ones included, for the progress bar).
struct ReadBatch<'f> {
    files: Vec<(&'f PathBuf, String, super::input::ReadDraft)>,
    size: usize,
}

impl ReadBatch<'_> {
    fn articles(&self) -> Vec<BulkArticle<'_>> {
        self.files
            .iter()
            .map(|(_, slug, read)| BulkArticle {
                slug,
                draft: read.draft(),
            })
            .collect()
    }
}

/// Reads one batch of files; a file that cannot go in, or whose slug an earlier file of the
/// run took, is noted in `summary` and left out.
fn read_batch<'f>(
    batch: &'f [PathBuf],
    input: &InputArgs,
    slugs_seen: &mut std::collections::HashMap<String, &'f PathBuf>,
    summary: &mut BulkSummary,
) -> Result<ReadBatch<'f>, Failure> {
    let mut files = Vec::with_capacity(batch.len());
    for file in batch {
        let read = match read_draft(file, input) {
            Ok(read) => read,
            Err(failure) => match failure.file_problem() {
                Some(reason) => {
                    summary.skip(file, reason);
                    continue;
                }
                None => return Err(failure),
            },
        };
        let slug = derived_slug(file)?;
        if let Some(first) = slugs_seen.get(&slug) {
            summary.skip(
                file,
                format!(
                    "its slug '{slug}' is taken by {} in this run; rename one, or ingest it alone with --slug",
                    Path::display(first)
                ),
            );
            continue;
        }
        slugs_seen.insert(slug.clone(), file);
        files.push((file, slug, read));
    }
    Ok(ReadBatch {
        files,
        size: batch.len(),
    })
}

fn print_summary(summary: &BulkSummary, json: bool) -> Outcome {
    if json {
        output::print_json(summary)?;
    } else {
        let statements: usize = summary.ingested.iter().map(|i| i.outcome.statements).sum();
        let findings: usize = summary.ingested.iter().map(|i| i.outcome.findings).sum();
        println!(
            "ingested {} article(s): {statements} statements, {findings} findings; skipped {}",
            summary.ingested.len(),
            summary.skipped.len()
        );
    }
    for skipped in &summary.skipped {
        eprintln!("skipped {}: {}", skipped.file, skipped.reason);
    }
    Ok(())
}

/// A bar on a terminal; nothing at all when stderr is a pipe or a file.
fn progress_bar(len: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    if let Ok(style) =
        ProgressStyle::with_template("ingesting {bar:40} {pos}/{len} files, {per_sec}, {eta} left")
    {
        bar.set_style(style);
    }
    bar
}

/// The files named, folders expanded (with subfolders, hidden entries left out), in name order
/// within each folder so that runs are repeatable.
fn article_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let before = files.len();
            collect_folder(path, &mut files)?;
            if files.len() == before {
                return Err(Failure::Error(format!(
                    "{}: the folder holds no files to ingest",
                    path.display()
                )));
            }
        } else if path == Path::new("-") {
            return Err(Failure::Error(
                "standard input (-) is one article: ingest it on its own with --slug".into(),
            ));
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

/// How deep a folder is walked: far below any archive's layout, enough to stop a runaway walk.
const MAX_FOLDER_DEPTH: usize = 32;

/// How many files one run takes from folders: a whole archive fits; a walk gone wrong stops.
const MAX_FOLDER_FILES: usize = 200_000;

/// The files under `folder`, name-ordered within each folder. Symbolic links are not followed
/// (two `ln -s .` links made a hand-written walk loop forever, issue 11) and are left out, as
/// are hidden entries and what is not a regular file.
fn collect_folder(folder: &Path, files: &mut Vec<PathBuf>) -> Result<(), Failure> {
    let walk = walkdir::WalkDir::new(folder)
        .follow_links(false)
        .max_depth(MAX_FOLDER_DEPTH)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walk {
        let entry = entry.map_err(|e| {
            Failure::Error(format!("{}: cannot read the folder: {e}", folder.display()))
        })?;
        if entry.file_type().is_dir() && entry.depth() == MAX_FOLDER_DEPTH {
            return Err(Failure::Error(format!(
                "{}: folders nested more than {MAX_FOLDER_DEPTH} deep; ingest the deeper folder itself",
                entry.path().display()
            )));
        }
        if !entry.file_type().is_file() {
            continue;
        }
        if files.len() >= MAX_FOLDER_FILES {
            return Err(Failure::Error(format!(
                "{}: more than {MAX_FOLDER_FILES} files; ingest the folder in parts",
                folder.display()
            )));
        }
        files.push(entry.into_path());
    }
    Ok(())
}
