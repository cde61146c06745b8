//! Throughput probe for the sentence splitter (never run by the tests: timing is not a test).
//!
//! `cargo run --release --example split_speed [FILE]` repeats FILE (default: the sample article in
//! `seeds/`) to about 20 MB and reports the best of five runs in MB/s, splitting the whole text at
//! once and line by line (as the parser calls it, one block at a time).

use std::time::Instant;

use factdesk::parse::split::sentences_into;

const TARGET_BYTES: usize = 20_000_000;
const RUNS: usize = 5;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "seeds/cia-mexico-2026-01-17.txt".to_string());
    let sample = std::fs::read_to_string(&path)?;
    if sample.trim().is_empty() {
        return Err(format!("{path} holds no text").into());
    }
    let mut corpus = String::with_capacity(TARGET_BYTES + sample.len() + 1);
    while corpus.len() < TARGET_BYTES {
        corpus.push_str(&sample);
        corpus.push('\n');
    }
    let lines: Vec<&str> = corpus.lines().collect();
    let megabytes = corpus.len() as f64 / 1e6;
    println!("{path} repeated to {megabytes:.1} MB");

    let mut spans = Vec::new();
    let best = best_of(|| {
        sentences_into(&corpus, &mut spans);
        spans.len()
    });
    println!(
        "whole text:   {:7.1} MB/s  ({} sentences)",
        megabytes / best.0,
        best.1
    );

    let best = best_of(|| {
        lines
            .iter()
            .map(|line| {
                sentences_into(line, &mut spans);
                spans.len()
            })
            .sum()
    });
    println!(
        "line by line: {:7.1} MB/s  ({} sentences)",
        megabytes / best.0,
        best.1
    );
    Ok(())
}

/// The shortest of several runs, in seconds, with what the run returned.
fn best_of(mut run: impl FnMut() -> usize) -> (f64, usize) {
    let mut best = f64::MAX;
    let mut count = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        count = run();
        best = best.min(started.elapsed().as_secs_f64());
    }
    (best, count)
}
