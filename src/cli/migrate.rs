//! `migrate`: copy a whole desk between SQLite and PostgreSQL, proved by counts and checksums.

use super::shared::JsonArg;
use super::{Context, Outcome, output};
use crate::store::{Location, TableCopy, copy_desk};

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

pub fn run(_ctx: &Context, args: Args) -> Outcome {
    let from = Location::parse(&args.from);
    let to = Location::parse(&args.to);
    let tables = copy_desk(&from, &to)?;
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
