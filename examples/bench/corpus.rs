//! A deterministic generator of news-like copy: headlines, bylines, datelines, paragraphs with
//! quotes, figures and abbreviations, over a vocabulary taken from the seed articles. The same
//! seed gives the same text on every machine, so runs compare.

use std::path::Path;

/// A fixed pseudo-random sequence (64-bit LCG; the high bits are good enough for picking words).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, from: &'a [&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

const NAMES: &[&str] = &[
    "Maria Lopez",
    "James Okafor",
    "Chen Wei",
    "Anna Kowalski",
    "David Cohen",
    "Fatima Haddad",
    "Luis Herrera",
    "Sarah O'Neill",
    "Kenji Sato",
    "Grace Mensah",
];
const TITLES: &[&str] = &["Dr.", "Mr.", "Ms.", "Gov.", "Sen.", "Prof.", "Lt. Col."];
const ORGS: &[&str] = &[
    "the U.S. Department of Labor",
    "Acme Shipping Inc.",
    "the city council",
    "the port authority",
    "the World Health Organization",
    "the U.N. Security Council",
    "Northwind Co.",
    "the state's Supreme Court",
];
const PLACES: &[&str] = &[
    "OAKLAND, Calif.",
    "MEXICO CITY",
    "LONDON",
    "NAIROBI, Kenya",
    "ST. LOUIS",
];
const WHEN: &[&str] = &[
    "on Monday",
    "on Jan. 12",
    "at 9 a.m.",
    "last week",
    "in Sept. 2025",
    "by 5 p.m. Friday",
    "since 2019",
    "on March 4",
];
const VERBS: &[&str] = &[
    "said",
    "told reporters",
    "wrote in a statement",
    "added",
    "confirmed",
];

/// Words of the seed articles, for sentences that read like the desk's own copy.
pub struct Corpus {
    words: Vec<String>,
}

impl Corpus {
    pub fn from_seeds(seeds: &Path) -> Corpus {
        let mut words: Vec<String> = Vec::new();
        for entry in std::fs::read_dir(seeds).expect("seeds/ exists").flatten() {
            let Ok(text) = std::fs::read_to_string(entry.path()) else {
                continue;
            };
            for word in text.split_whitespace() {
                let word = word.trim_matches(|c: char| !c.is_alphabetic());
                if word.len() >= 3 && word.chars().all(|c| c.is_ascii_lowercase()) {
                    words.push(word.to_string());
                }
            }
        }
        words.sort();
        words.dedup();
        assert!(words.len() > 100, "the seeds give a vocabulary");
        Corpus { words }
    }

    /// `min` to `min + spread - 1` words of the vocabulary.
    fn words(&self, rng: &mut Rng, min: usize, spread: usize) -> String {
        let n = min + rng.below(spread);
        (0..n)
            .map(|_| self.words[rng.below(self.words.len())].as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn figure(rng: &mut Rng) -> String {
        match rng.below(5) {
            0 => format!("${}.{} million", 1 + rng.below(900), rng.below(10)),
            1 => format!("{}.{}%", rng.below(100), rng.below(10)),
            2 => format!("{},{:03}", 1 + rng.below(99), rng.below(1000)),
            3 => format!("No. {}", 1 + rng.below(40)),
            _ => format!("{}", 2 + rng.below(500)),
        }
    }

    /// One sentence: a plain statement, a quote, or a figure with its source.
    pub fn sentence(&self, rng: &mut Rng) -> String {
        let name = rng.pick(NAMES);
        let title = rng.pick(TITLES);
        match rng.below(6) {
            0 => format!(
                "\"{} {}\", {} {} {}.",
                capitalised(&self.words(rng, 6, 8)),
                self.words(rng, 3, 1),
                rng.pick(VERBS),
                title,
                name
            ),
            1 => format!(
                "{} {} {} {} {}, according to {}.",
                capitalised(rng.pick(ORGS)),
                rng.pick(VERBS),
                Self::figure(rng),
                self.words(rng, 4, 6),
                rng.pick(WHEN),
                rng.pick(ORGS)
            ),
            2 => format!(
                "{} {} {} rose to {} from {} {}.",
                title,
                name,
                self.words(rng, 3, 5),
                Self::figure(rng),
                Self::figure(rng),
                rng.pick(WHEN)
            ),
            _ => format!(
                "{} {} {} {}.",
                capitalised(&self.words(rng, 5, 10)),
                rng.pick(WHEN),
                self.words(rng, 3, 8),
                Self::figure(rng)
            ),
        }
    }

    /// An article of exactly `sentences` generated sentences.
    pub fn article_of_sentences(&self, rng: &mut Rng, sentences: usize) -> Article {
        let mut paragraphs: Vec<Vec<String>> = Vec::new();
        let mut left = sentences.max(1);
        while left > 0 {
            let n = (2 + rng.below(4)).min(left);
            paragraphs.push((0..n).map(|_| self.sentence(rng)).collect());
            left -= n;
        }
        self.dress(rng, paragraphs)
    }

    fn dress(&self, rng: &mut Rng, paragraphs: Vec<Vec<String>>) -> Article {
        Article {
            headline: capitalised(&self.words(rng, 5, 5)),
            byline: format!("By {}", rng.pick(NAMES)),
            dateline: rng.pick(PLACES).to_string(),
            paragraphs,
        }
    }

    /// An article as paragraphs of sentences, of about `words` words.
    pub fn article(&self, rng: &mut Rng, words: usize) -> Article {
        let mut paragraphs: Vec<Vec<String>> = Vec::new();
        let mut count = 0;
        while count < words {
            let paragraph: Vec<String> =
                (0..2 + rng.below(4)).map(|_| self.sentence(rng)).collect();
            count += paragraph
                .iter()
                .map(|s| s.split_whitespace().count())
                .sum::<usize>();
            paragraphs.push(paragraph);
        }
        self.dress(rng, paragraphs)
    }
}

/// An article kept in pieces, so that edits can be made sentence by sentence.
#[derive(Clone)]
pub struct Article {
    pub headline: String,
    pub byline: String,
    pub dateline: String,
    pub paragraphs: Vec<Vec<String>>,
}

impl Article {
    pub fn text(&self) -> String {
        let mut out = format!("{}\n{}\n\n", self.headline, self.byline);
        for (i, paragraph) in self.paragraphs.iter().enumerate() {
            if i == 0 {
                out.push_str(&format!("{} — ", self.dateline));
            }
            out.push_str(&paragraph.join(" "));
            out.push_str("\n\n");
        }
        out
    }

    pub fn sentences(&self) -> usize {
        self.paragraphs.iter().map(Vec::len).sum()
    }

    /// The next draft: 30 edits of the kinds a desk sees (12 changed words, 6 sentences added,
    /// 6 removed, 4 moved, 2 typographic only).
    pub fn edited(&self, corpus: &Corpus, rng: &mut Rng) -> Article {
        let mut next = self.clone();
        let spot = |rng: &mut Rng, a: &Article| {
            let p = rng.below(a.paragraphs.len());
            (p, rng.below(a.paragraphs[p].len()))
        };
        for _ in 0..12 {
            let (p, s) = spot(rng, &next);
            next.paragraphs[p][s] = next.paragraphs[p][s].replacen(' ', " not ", 1);
        }
        for _ in 0..6 {
            let (p, s) = spot(rng, &next);
            let sentence = corpus.sentence(rng);
            next.paragraphs[p].insert(s, sentence);
        }
        for _ in 0..6 {
            let (p, s) = spot(rng, &next);
            if next.paragraphs[p].len() > 1 {
                next.paragraphs[p].remove(s);
            }
        }
        for _ in 0..4 {
            let (p, s) = spot(rng, &next);
            if next.paragraphs[p].len() > 1 {
                let moved = next.paragraphs[p].remove(s);
                let to = rng.below(next.paragraphs.len());
                next.paragraphs[to].push(moved);
            }
        }
        for _ in 0..2 {
            let (p, s) = spot(rng, &next);
            next.paragraphs[p][s] = next.paragraphs[p][s].replacen(' ', "  ", 1);
        }
        next
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
