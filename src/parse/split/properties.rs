//! Properties of the splitter's output on any text: the spans tile the input, and the pass stays
//! linear on pathological input (asserted on the shape of the output, never on time: a quadratic
//! pass would simply not finish these in a test run).

use super::tests::assert_well_formed;
use super::{sentences, split};

/// A deterministic xorshift generator, so a failure names a reproducible case.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// Pieces of every construction the boundary rules look at, glued in random order.
const PIECES: &[&str] = &[
    "The",
    "vote",
    "said",
    "he",
    "i",
    "eHow",
    "iPhone",
    "Winston",
    "beams.",
    "etc.",
    "Drs.",
    "D.C.",
    "20006",
    "Newsfeed.Com",
    "Yahoo!",
    "Mail",
    "...",
    "…",
    ". . .",
    "I",
    "___",
    "---",
    "\u{a0}",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\"",
    "“",
    "”",
    " ” ",
    " “ ",
    "''",
    "(",
    ")",
    "[",
    "]",
    ".",
    "?",
    "!",
    "?\"",
    "!”",
    ",\"",
    "Mr.",
    "U.S.",
    "a.m.",
    "3.2%",
    "$1.5",
    "No.",
    "5",
    "https://x.gov/a.b.",
    "press@state.gov",
    "1.",
    "•",
    "-",
    "\u{2029}",
    "’",
    "«",
    "»",
    "\r\n",
    "Ф",
    "東京",
    "😀",
];

#[test]
fn spans_tile_every_generated_text() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..4000 {
        let len = (rng.next() % 60) as usize;
        let text: String = (0..len).map(|_| rng.pick(PIECES)).collect();
        assert_well_formed(&text, &sentences(&text));
        let quoted = split(&text);
        assert_eq!(quoted.len(), sentences(&text).len(), "{text:?}");
        // Quotation numbers never go down and never skip ahead of those opened.
        let numbers: Vec<u32> = quoted.iter().filter_map(|s| s.quotation).collect();
        assert!(
            numbers.windows(2).all(|w| w[0] <= w[1]),
            "{text:?}: {numbers:?}"
        );
    }
}

#[test]
fn spans_tile_the_gold_texts_and_the_seeds() {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let gold = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sentences");
    for dir in [seeds, gold] {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if let Ok(text) = std::fs::read_to_string(&path) {
                assert_well_formed(&text, &sentences(&text));
            }
        }
    }
}

/// Each case: a pathological text and the number of sentences it must give.
#[test]
fn pathological_inputs_give_the_expected_shape() {
    const N: usize = 200_000;
    let cases: Vec<(&str, String, usize)> = vec![
        ("a run of full stops", ".".repeat(N), 1),
        ("spaced full stops", ". ".repeat(N), 1),
        ("a run of quotation marks", "\"".repeat(N), 1),
        ("spaced quotation marks", "\" ".repeat(N), 1),
        ("curly quotation marks", "“ ”".repeat(N / 2), 1),
        ("one huge word", "a".repeat(N), 1),
        ("open brackets", "(".repeat(N), 1),
        ("short sentences", "Go. ".repeat(N / 4), N / 4),
        (
            "a quotation of many sentences",
            format!("\"{}\"", "It is. ".repeat(N / 8).trim_end()),
            N / 8,
        ),
        (
            "lowercase lines without an end",
            "word\n".repeat(N / 5),
            N / 5,
        ),
        (
            "lowercase lines that wrap",
            format!("{}end.", "word\n".repeat(N / 5)),
            1,
        ),
        (
            "stray quotes before sentences",
            "\"Go. ".repeat(N / 5),
            N / 5,
        ),
        ("titles without names", "Mr. ".repeat(N / 4), 1),
    ];
    for (name, text, expected) in cases {
        let spans = sentences(&text);
        assert_eq!(spans.len(), expected, "{name}");
        assert_well_formed(&text, &spans);
    }
}
