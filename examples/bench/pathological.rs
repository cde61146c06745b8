//! Inputs built to stall a parser (issue 11): `split` on each, as a process. Before the fix a
//! run of full stops was quadratic (120 KB of dots took 9 s, 3 MB over 23 minutes); the tests in
//! `src/parse/pathological.rs` check the output's shape, this row shows the time.

use std::path::Path;
use std::time::Duration;

use crate::measure::Factdesk;
use crate::{Row, process_row};

/// `floor`: a bare process, the peer of each row (see `peers::process_floor`).
pub fn rows(factdesk: &Factdesk, scratch: &Path, floor: Duration) -> Vec<Row> {
    let cases = [
        ("3 MB of full stops", ".".repeat(3_000_000)),
        ("3 MB of commas", ",".repeat(3_000_000)),
        ("one 5 MB word", "a".repeat(5_000_000)),
        ("100,000 quotation marks", "“yes” ".repeat(50_000)),
        ("3 MB of initials (A.A.A.…)", "A.".repeat(1_500_000)),
    ];
    let none = scratch.join("none.db");
    let mut rows = Vec::new();
    for (name, text) in cases {
        let file = scratch.join("pathological.txt");
        std::fs::write(&file, &text).unwrap();
        let arg = file.display().to_string();
        let run = factdesk.median_run(3, &none, "ed", &["split", &arg, "--json"]);
        rows.push(process_row(&format!("split, {name}"), &run, 1000.0, floor));
    }
    rows
}
