//! `backup`: a consistent copy of the database while others keep writing.

use std::path::PathBuf;

use super::{Context, Failure, Outcome};
use crate::store::{Location, copy_desk};

/// Copy the whole database to a new SQLite file, safely while others keep writing. From SQLite:
/// SQLite's online backup API. From PostgreSQL (`--db postgres://…`): the desk copied into the
/// file in one snapshot, proved by counts and checksums, as `migrate` does. Restore with
/// `factdesk migrate --from FILE --to postgres://…`, or for SQLite by putting the file in the
/// database's place (see docs/backup.md); then run `factdesk verify`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The new file to write; an existing file is never replaced.
    pub file: PathBuf,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    match ctx.location() {
        Location::Sqlite(_) => ctx.reader()?.backup(&args.file)?,
        Location::Postgres(url) => {
            if args.file.exists() {
                return Err(Failure::Error(format!(
                    "cannot write the backup to {}: a file of that name exists; nothing was written there",
                    args.file.display()
                )));
            }
            copy_desk(
                &Location::Postgres(url),
                &Location::Sqlite(args.file.clone()),
            )?;
        }
    }
    println!(
        "{} backed up to {}",
        ctx.location().describe(),
        args.file.display()
    );
    Ok(())
}
