//! `init`: create the database, or migrate an existing one forward.

use super::{Context, Outcome};

/// Create the database (safe to repeat: an existing one is migrated forward, never recreated).
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &Context, _args: Args) -> Outcome {
    let existed = match ctx.location() {
        crate::store::Location::Sqlite(path) => path.exists(),
        // A database with factdesk's schema opens without being created.
        crate::store::Location::Postgres(_) => ctx.desk_at(&ctx.db, false).is_ok(),
    };
    let desk = ctx.desk_at(&ctx.db, true)?;
    let version = desk.schema_version()?;
    let state = if existed { "ready" } else { "created" };
    println!("{} {state} (schema version {version})", ctx.db.display());
    Ok(())
}
