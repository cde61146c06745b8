//! `migrate`: copy a whole desk between SQLite and PostgreSQL, proved by counts and checksums.

use super::shared::JsonArg;
use super::{Context, Outcome, output};
use crate::desk::Desk;
use crate::store::{Access, Location, Store, TableCopy, copy_desk};

/// Copy a whole desk from one database to another — an SQLite file to PostgreSQL or back — with
/// every row and id as stored, then prove the copy: each table's row count and SHA-256 checksum
/// are computed on both sides and must be equal, or nothing is committed. The target must hold
/// no desk yet (an empty PostgreSQL database, or a new file).
///
/// A database is `postgres://USER:PASSWORD@HOST:PORT/NAME` (or `postgresql://…`); anything else
/// is a file path.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The desk to copy.
    #[arg(long, value_name = "DB")]
    pub from: String,
    /// The empty database to copy it into.
    #[arg(long, value_name = "DB")]
    pub to: String,
    #[command(flatten)]
    pub output: JsonArg,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let from = Location::parse(&args.from);
    let to = Location::parse(&args.to);
    let tables = copy_desk(&from, &to)?;
    // The overviews are derived, so the copy marks them all; computing them now, on the target,
    // keeps the first `articles` on a copied archive as fast as on the original.
    let target = Store::open_at(&to, Access::Write)?;
    let overviews = Desk::new(target, ctx.now, None).refresh_marked_overviews()?;
    if args.output.json {
        return output::print_json(&tables);
    }
    print_tables(&tables);
    println!(
        "copied {} to {}: {} tables, {} rows, counts and checksums equal",
        from.describe(),
        to.describe(),
        tables.len(),
        tables.iter().map(|t| t.rows).sum::<u64>()
    );
    println!("computed the overview of {overviews} article(s) there");
    Ok(())
}

pub fn print_tables(tables: &[TableCopy]) {
    for table in tables {
        println!(
            "{:<24} {:>10} rows  sha256 {}",
            table.table, table.rows, table.checksum
        );
    }
}
