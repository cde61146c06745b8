//! `backup`: a consistent copy of the database while others keep writing.

use std::path::PathBuf;

use super::{Context, Outcome};

/// Copy the whole database to a new file, safely while others keep writing (SQLite's online
/// backup API). The copy is an ordinary factdesk database: restore it by stopping the desk and
/// putting the file in the database's place (see docs/backup.md), then run `factdesk verify`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The new file to write; an existing file is never replaced.
    pub file: PathBuf,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    ctx.reader()?.backup(&args.file)?;
    println!("{} backed up to {}", ctx.db.display(), args.file.display());
    Ok(())
}
