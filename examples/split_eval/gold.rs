//! Gold sentence boundaries and their scoring, shared by the `split_eval` example and the
//! splitter's quality-floor test (`tests/split_quality.rs`).
//!
//! A boundary is where a sentence other than the first of its paragraph starts, counted in
//! non-whitespace characters from the paragraph's start. Counting that way makes the score blind
//! to how a segmenter trims or joins whitespace (the treebanks' `# text =` lines lose the spacing
//! between sentences; Golden Rules 40 and 41 expect an errant line break joined), and sensitive
//! to every character it puts on the wrong side of a boundary.

use std::collections::HashSet;
use std::path::Path;

/// One paragraph of gold: its text and the sentences annotators drew in it.
pub struct Case {
    pub genre: String,
    pub text: String,
    pub sentences: Vec<String>,
}

/// True positives, false positives and false negatives of boundaries.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub found_right: usize,
    pub found_wrong: usize,
    pub missed: usize,
}

impl Tally {
    pub fn add(&mut self, other: Tally) {
        self.found_right += other.found_right;
        self.found_wrong += other.found_wrong;
        self.missed += other.missed;
    }

    pub fn precision(self) -> f64 {
        ratio(self.found_right, self.found_right + self.found_wrong)
    }

    pub fn recall(self) -> f64 {
        ratio(self.found_right, self.found_right + self.missed)
    }

    pub fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// An empty denominator means nothing could go wrong: a perfect score.
fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

/// The boundaries of a segmentation: non-whitespace characters before each sentence but the first.
pub fn boundaries<S: AsRef<str>>(sentences: &[S]) -> HashSet<usize> {
    let mut seen = 0;
    let mut starts = HashSet::new();
    for (i, sentence) in sentences.iter().enumerate() {
        if i > 0 {
            starts.insert(seen);
        }
        seen += sentence
            .as_ref()
            .chars()
            .filter(|c| !c.is_whitespace())
            .count();
    }
    starts
}

/// Scores `found` against the gold sentences of one paragraph.
pub fn score<S: AsRef<str>>(gold: &[String], found: &[S]) -> Tally {
    let gold = boundaries(gold);
    let found = boundaries(found);
    let right = gold.intersection(&found).count();
    Tally {
        found_right: right,
        found_wrong: found.len() - right,
        missed: gold.len() - right,
    }
}

/// Reads every `*.txt` treebank extract in `dir`: `#` header lines (one is `# genre: NAME`), then
/// one sentence a line, a blank line between paragraphs. A paragraph's text is its sentences
/// joined by one space, as the treebank's text was before it was cut.
pub fn read_treebank_dir(dir: &Path) -> std::io::Result<Vec<Case>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.sort();
    let mut cases = Vec::new();
    for path in paths {
        cases.extend(read_treebank_extract(&std::fs::read_to_string(&path)?));
    }
    Ok(cases)
}

fn read_treebank_extract(file: &str) -> Vec<Case> {
    let genre = file
        .lines()
        .find_map(|line| line.strip_prefix("# genre:"))
        .map_or("unknown", str::trim)
        .to_string();
    let mut cases = Vec::new();
    let mut sentences: Vec<String> = Vec::new();
    let mut flush = |sentences: &mut Vec<String>| {
        if !sentences.is_empty() {
            cases.push(Case {
                genre: genre.clone(),
                text: sentences.join(" "),
                sentences: std::mem::take(sentences),
            });
        }
    };
    for line in file.lines().filter(|line| !line.starts_with('#')) {
        if line.trim().is_empty() {
            flush(&mut sentences);
        } else {
            sentences.push(line.to_string());
        }
    }
    flush(&mut sentences);
    cases
}

/// Reads a case file in sentencex's test format: input, `---`, expected sentences one a line,
/// `===`; `#` lines are comments (some comment out whole cases).
pub fn read_sentencex_cases(file: &str, genre: &str) -> Vec<Case> {
    let body = file
        .lines()
        .filter(|line| !line.starts_with('#'))
        .skip_while(|line| line.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    body.split("\n===")
        .filter_map(|case| {
            let (input, expected) = case.split_once("\n---\n")?;
            let input = input.trim_matches('\n');
            let sentences: Vec<String> = expected
                .lines()
                .filter(|line| !line.trim().is_empty())
                .map(str::to_string)
                .collect();
            (!input.trim().is_empty() && !sentences.is_empty()).then(|| Case {
                genre: genre.to_string(),
                text: input.to_string(),
                sentences,
            })
        })
        .collect()
}
