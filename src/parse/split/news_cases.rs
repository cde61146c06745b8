//! Hard cases as they appear in real news copy: wire copy, court and government reporting,
//! sports, financial figures, quotations. Each is an input and the sentences it must give.

// Explicit paths: `examples/split_eval` includes this file by #[path] too, and from there a
// child module would be looked for beside it.
#[path = "news_cases/structure.rs"]
mod structure;
#[path = "news_cases/words.rs"]
mod words;

/// Every news case: the word-level ones, then the structural ones.
pub(super) fn cases() -> Vec<(&'static str, &'static [&'static str])> {
    words::CASES
        .iter()
        .chain(structure::CASES)
        .copied()
        .collect()
}
