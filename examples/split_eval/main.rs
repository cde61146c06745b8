//! Sentence-boundary precision, recall and F1 of factdesk's splitter against public gold, by
//! genre, beside peers on the same text. Never run by the tests (the quality floor is
//! `tests/split_quality.rs`); the figures go in `docs/splitter.md`.
//!
//! ```text
//! cargo run --release --example split_eval                    # factdesk alone
//! cargo run --release --example split_eval --features peers   # and the sentencex crate
//! scripts/split_peers.py                                      # and pySBD and NLTK punkt, one run
//! ```
//!
//! `--dump FILE` writes the paragraphs as JSON (`[{"genre", "text"}]`) for an outside segmenter;
//! `--peers FILE` reads its segmentations back (`{"name": [["sentence", ...], ...]}`, one list a
//! paragraph in the dumped order) and scores them beside ours. `--misses GENRE` (or `all`) prints
//! the paragraphs factdesk splits differently from the gold.

mod gold;

#[allow(dead_code)]
#[path = "../../src/parse/split/golden_rules.rs"]
mod golden_rules;
#[path = "../../src/parse/split/news_cases.rs"]
mod news_cases;

use std::collections::BTreeMap;
use std::path::Path;

use gold::{Case, Tally};

/// Genres of running text from the treebanks: the closest to what a desk splits.
const TREEBANK: &[&str] = &["news", "interview", "travel", "email", "web"];

/// Genres measured on text no splitter here was written against: the treebanks and the Golden
/// Rules (edge cases, not running text).
const INDEPENDENT: &[&str] = &[
    "news",
    "interview",
    "travel",
    "email",
    "web",
    "golden-rules",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let cases = load_cases()?;
    if let Some(path) = option("--dump") {
        let paragraphs: Vec<_> = cases
            .iter()
            .map(|c| serde_json::json!({"genre": c.genre, "text": c.text}))
            .collect();
        std::fs::write(&path, serde_json::to_string(&paragraphs)?)?;
        println!("{} paragraphs written to {path}", cases.len());
        return Ok(());
    }

    let mut systems: Vec<(String, Vec<Vec<String>>)> = Vec::new();
    systems.push(("factdesk".into(), segment_all(&cases, factdesk)));
    #[cfg(feature = "peers")]
    systems.push(("sentencex 0.1.33".into(), segment_all(&cases, sentencex)));
    if let Some(path) = option("--peers") {
        let outside: BTreeMap<String, Vec<Vec<String>>> =
            serde_json::from_str(&std::fs::read_to_string(&path)?)?;
        for (name, found) in outside {
            if found.len() != cases.len() {
                return Err(format!(
                    "{path}: {name} has {} paragraphs, the gold has {}",
                    found.len(),
                    cases.len()
                )
                .into());
            }
            systems.push((name, found));
        }
    }
    report(&cases, &systems);
    if let Some(genre) = option("--misses") {
        print_misses(&cases, &systems[0].1, &genre);
    }
    Ok(())
}

fn load_cases() -> Result<Vec<Case>, Box<dyn std::error::Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sentences");
    let mut cases = gold::read_treebank_dir(&dir)?;
    cases.extend(golden_rules::GOLDEN_RULES.iter().map(|rule| Case {
        genre: "golden-rules".into(),
        text: rule.input.into(),
        sentences: rule.expected.iter().map(|s| s.to_string()).collect(),
    }));
    cases.extend(
        news_cases::cases()
            .into_iter()
            .map(|(input, expected)| Case {
                genre: "factdesk-news-cases".into(),
                text: input.to_string(),
                sentences: expected.iter().map(|s| s.to_string()).collect(),
            }),
    );
    let sentencex_cases = std::fs::read_to_string(dir.join("sentencex_en.cases"))?;
    cases.extend(gold::read_sentencex_cases(&sentencex_cases, "sentencex-en"));
    Ok(cases)
}

fn segment_all(cases: &[Case], split: fn(&str) -> Vec<String>) -> Vec<Vec<String>> {
    cases.iter().map(|case| split(&case.text)).collect()
}

fn factdesk(text: &str) -> Vec<String> {
    factdesk::parse::split::sentences(text)
        .iter()
        .map(|span| span.slice(text).to_string())
        .collect()
}

#[cfg(feature = "peers")]
fn sentencex(text: &str) -> Vec<String> {
    sentencex::segment("en", text)
        .into_iter()
        .map(str::to_string)
        .collect()
}

fn report(cases: &[Case], systems: &[(String, Vec<Vec<String>>)]) {
    let mut genres: Vec<&str> = INDEPENDENT.to_vec();
    for case in cases {
        if !genres.contains(&case.genre.as_str()) {
            genres.push(&case.genre);
        }
    }
    println!(
        "{:<22} {:<20} {:>6} {:>6} {:>9} {:>7} {:>7}",
        "genre", "system", "gold", "found", "precision", "recall", "F1"
    );
    let mut rows: Vec<(&str, Vec<&str>)> = vec![
        ("treebank text", TREEBANK.to_vec()),
        ("overall", INDEPENDENT.to_vec()),
    ];
    rows.extend(genres.iter().map(|g| (*g, vec![*g])));
    for (label, members) in rows {
        for (name, found) in systems {
            let mut tally = Tally::default();
            for (case, found) in cases.iter().zip(found) {
                if members.contains(&case.genre.as_str()) {
                    tally.add(gold::score(&case.sentences, found));
                }
            }
            println!(
                "{:<22} {:<20} {:>6} {:>6} {:>9.3} {:>7.3} {:>7.3}",
                label,
                name,
                tally.found_right + tally.missed,
                tally.found_right + tally.found_wrong,
                tally.precision(),
                tally.recall(),
                tally.f1()
            );
        }
    }
}

/// Every paragraph of `genre` (or of the independent genres, for `all`) that factdesk splits
/// differently from the gold, for rule work.
fn print_misses(cases: &[Case], found: &[Vec<String>], genre: &str) {
    for (case, found) in cases.iter().zip(found) {
        let tally = gold::score(&case.sentences, found);
        let wanted =
            case.genre == genre || (genre == "all" && INDEPENDENT.contains(&case.genre.as_str()));
        if wanted && tally.missed + tally.found_wrong > 0 {
            println!("\n[{}] gold:", case.genre);
            for s in &case.sentences {
                println!("  | {s}");
            }
            println!("factdesk:");
            for s in found {
                println!("  | {s}");
            }
        }
    }
}
