//! Measures `align` on a 10,000-word article with 30 edits (the figure in docs/alignment.md).
//!
//! Run with `cargo run --release --example align_speed`. Timing lives here, never in tests.

use std::time::{Duration, Instant};

use factdesk::align::{Change, Item, align, word_edits};

/// A fixed pseudo-random sequence, so every run measures the same article.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// A news-like sentence: about a third common words, the rest drawn from a few thousand others.
fn sentence(rng: &mut Lcg) -> String {
    const COMMON: [&str; 16] = [
        "the", "of", "and", "said", "in", "to", "a", "was", "on", "for", "that", "with", "by",
        "it", "as", "from",
    ];
    const SYLLABLES: [&str; 16] = [
        "ka", "lo", "mi", "ren", "tu", "sa", "vor", "ne", "di", "pa", "gul", "te", "bra", "os",
        "fi", "man",
    ];
    let len = 12 + rng.below(17);
    let words: Vec<String> = (0..len)
        .map(|_| match rng.below(10) {
            0..=3 => COMMON[rng.below(COMMON.len())].to_string(),
            4 => format!("{}.{}", rng.below(100), rng.below(10)),
            _ => (0..2 + rng.below(2))
                .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                .collect(),
        })
        .collect();
    format!("{}.", words.join(" "))
}

fn main() {
    let mut rng = Lcg(2026);
    let mut old_texts: Vec<String> = Vec::new();
    let mut words = 0;
    while words < 10_000 {
        let s = sentence(&mut rng);
        words += s.split(' ').count();
        old_texts.push(s);
    }

    // 30 edits: 12 changed words, 4 inserted sentences, 4 removed, 4 moved, 3 moved and edited,
    // 2 typographic only, 1 split.
    let mut new_texts = old_texts.clone();
    for _ in 0..12 {
        let at = rng.below(new_texts.len());
        new_texts[at] = new_texts[at].replacen(' ', " not ", 1);
    }
    for _ in 0..4 {
        let at = rng.below(new_texts.len());
        new_texts.insert(at, sentence(&mut rng));
    }
    for _ in 0..4 {
        let at = rng.below(new_texts.len());
        new_texts.remove(at);
    }
    for edited in [false, false, false, false, true, true, true] {
        let mut moved = new_texts.remove(rng.below(new_texts.len()));
        if edited {
            moved = moved.replacen(' ', " reportedly ", 1);
        }
        let to = rng.below(new_texts.len());
        new_texts.insert(to, moved);
    }
    for _ in 0..2 {
        let at = rng.below(new_texts.len());
        new_texts[at] = new_texts[at].replacen(' ', "\u{a0}", 1);
    }
    let at = rng.below(new_texts.len());
    let split_point = new_texts[at].rfind(' ').expect("sentences have spaces");
    let (head, tail) = new_texts[at].split_at(split_point);
    let (head, tail) = (format!("{head}."), format!("It{tail}"));
    new_texts[at] = head;
    new_texts.insert(at + 1, tail);

    let (old, new) = (items(&old_texts), items(&new_texts));

    let alignment = align(&old, &new);
    let count = |change: Change| {
        alignment
            .links
            .iter()
            .filter(|l| l.change == change)
            .count()
    };
    println!(
        "{} words, {} -> {} statements: {} unchanged, {} moved, {} modified, {} added, {} removed",
        words,
        old.len(),
        new.len(),
        count(Change::Unchanged),
        count(Change::Moved),
        count(Change::Modified),
        count(Change::Added),
        alignment.removed.len()
    );

    let runs = 200;
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(align(
                std::hint::black_box(&old),
                std::hint::black_box(&new),
            ));
            start.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "align: median {:?}, fastest {:?}, slowest {:?} over {runs} runs",
        times[runs / 2],
        times[0],
        times[runs - 1]
    );

    let modified: Vec<(&str, &str)> = alignment
        .links
        .iter()
        .enumerate()
        .filter(|(_, l)| l.change == Change::Modified)
        .map(|(i, l)| (old[l.old.expect("modified has old")].text, new[i].text))
        .collect();
    let start = Instant::now();
    for (before, after) in &modified {
        std::hint::black_box(word_edits(before, after));
    }
    println!(
        "word_edits for the {} modified statements: {:?}",
        modified.len(),
        start.elapsed()
    );

    let rewritten: Vec<String> = (0..old_texts.len()).map(|_| sentence(&mut rng)).collect();
    let rewritten = items(&rewritten);
    let start = Instant::now();
    let worst = align(&old, &rewritten);
    println!(
        "worst case, every statement rewritten: {:?} ({} modified)",
        start.elapsed(),
        worst
            .links
            .iter()
            .filter(|l| l.change == Change::Modified)
            .count()
    );
}

/// Statements in paragraphs of four.
fn items(texts: &[String]) -> Vec<Item<'_>> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| Item {
            text,
            paragraph: (i / 4) as u32 + 1,
            position: (i % 4) as u32 + 1,
        })
        .collect()
}
