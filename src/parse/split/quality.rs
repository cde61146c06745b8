//! A quality floor on public gold: the splitter's boundary precision and recall on the treebank
//! extracts in `tests/data/sentences` and the Golden Rules must not fall below what
//! `docs/splitter.md` reports, less a small margin. A floor, not a timing.

#[allow(dead_code)]
#[path = "../../../examples/split_eval/gold.rs"]
mod gold;

use super::golden_rules::GOLDEN_RULES;
use super::sentences;
use gold::Tally;

fn factdesk(text: &str) -> Vec<&str> {
    sentences(text).iter().map(|s| s.slice(text)).collect()
}

#[test]
fn boundary_precision_and_recall_stay_above_the_floor() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sentences");
    let cases = gold::read_treebank_dir(&dir).unwrap();
    assert!(cases.len() >= 40, "{} paragraphs of gold", cases.len());
    let mut overall = Tally::default();
    let mut news = Tally::default();
    for case in &cases {
        let tally = gold::score(&case.sentences, &factdesk(&case.text));
        overall.add(tally);
        if case.genre == "news" {
            news.add(tally);
        }
    }
    for rule in GOLDEN_RULES {
        let expected: Vec<String> = rule.expected.iter().map(|s| s.to_string()).collect();
        overall.add(gold::score(&expected, &factdesk(rule.input)));
    }
    assert!(overall.precision() >= 0.98, "overall {overall:?}");
    assert!(overall.recall() >= 0.95, "overall {overall:?}");
    assert!(overall.f1() >= 0.97, "overall {overall:?}");
    assert!(
        news.precision() >= 0.98 && news.recall() >= 0.97,
        "news {news:?}"
    );
}
