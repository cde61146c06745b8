//! The pattern the rules that compare mentions share: mentions grouped by what they are about (a
//! person, a thing measured), and a group whose mentions do not all agree is one hit, placed at
//! the first mention that differs from the first one.

use std::collections::BTreeMap;

use super::Hit;
use crate::model::Span;

/// One mention of something, with the value it is given there (a title, a size).
pub(crate) struct Mention<V> {
    pub value: V,
    /// The words as written, for the message.
    pub written: String,
    pub statement: usize,
    pub span: Span,
}

/// One hit for each group whose mentions disagree with its first: every statement of the group,
/// the span of the first disagreeing mention, and `message(key, first, other)`.
pub(crate) fn disagreements<K, V: PartialEq>(
    groups: BTreeMap<K, Vec<Mention<V>>>,
    message: impl Fn(&K, &Mention<V>, &Mention<V>) -> String,
) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (key, mentions) in &groups {
        let Some(first) = mentions.first() else {
            continue;
        };
        let Some(other) = mentions.iter().find(|m| m.value != first.value) else {
            continue;
        };
        let mut statements: Vec<usize> = mentions.iter().map(|m| m.statement).collect();
        statements.sort_unstable();
        statements.dedup();
        hits.push(Hit {
            statements,
            span: Some(other.span),
            message: message(key, first, other),
        });
    }
    hits
}
