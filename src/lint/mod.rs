//! The automatic checks: mechanical mistakes a machine can catch before a person spends time.
//!
//! Each rule is a small function over the tokenised revision ([`text::Doc`]) returning hits; the
//! checklist says which rules run and at what level. Rules never compile anything per call (no
//! regexes): they scan words with fixed word lists, so lint can run on every ingest.

mod acronyms;
mod anonymous;
mod balance;
mod conflicts;
mod dates;
mod marks;
mod names;
mod publication;
mod quantities;
mod quotes;
mod superlatives;
mod text;
mod titles;
mod weekday;

#[cfg(test)]
mod seed_tests;
#[cfg(test)]
mod testing;

use std::collections::BTreeMap;

use crate::model::{Finding, Level, Span};
use crate::parse::ParsedRevision;
use text::Doc;

/// What one rule found, before the checklist gives it a level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Indexes of the statements concerned, ascending.
    pub statements: Vec<usize>,
    pub span: Option<Span>,
    pub message: String,
}

/// One automatic check: its stable name, the level a checklist gets when it does not say, and
/// what it catches, in one line.
#[derive(Debug, Clone, Copy)]
pub struct RuleInfo {
    pub name: &'static str,
    pub default_level: Level,
    pub description: &'static str,
    find: fn(&Doc<'_>) -> Vec<Hit>,
}

/// Every rule, in the order docs/lint.md describes them.
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        name: "weekday-mismatch",
        default_level: Level::Error,
        description: "a date whose stated weekday is wrong (\"Friday, January 17, 2026\")",
        find: weekday::find,
    },
    RuleInfo {
        name: "date-after-publication",
        default_level: Level::Warning,
        description: "an \"as of\" date, or a past event, dated after the publication date",
        find: publication::find,
    },
    RuleInfo {
        name: "name-variants",
        default_level: Level::Warning,
        description: "a name spelt two ways (Sheinbaum / Sheinbam), or a person's title that changes",
        find: names_and_titles,
    },
    RuleInfo {
        name: "acronym-before-definition",
        default_level: Level::Warning,
        description: "an acronym used before it is spelt out, never spelt out, or spelt out two ways",
        find: acronyms::find,
    },
    RuleInfo {
        name: "unbalanced-quotes",
        default_level: Level::Warning,
        description: "a quotation mark opened and not closed, or closed and not opened, in a paragraph",
        find: balance::find_quotes,
    },
    RuleInfo {
        name: "unbalanced-parens",
        default_level: Level::Warning,
        description: "a parenthesis or bracket opened and not closed, or closed and not opened",
        find: balance::find_parens,
    },
    RuleInfo {
        name: "quote-without-speaker",
        default_level: Level::Warning,
        description: "a quotation with no speaker in its sentence or the one before",
        find: quotes::find,
    },
    RuleInfo {
        name: "anonymous-sourcing",
        default_level: Level::Note,
        description: "unnamed sources (officials said, people familiar with, multiple reports) for the editor",
        find: anonymous::find,
    },
    RuleInfo {
        name: "quantity-mismatch",
        default_level: Level::Warning,
        description: "the same quantity given two values (the 4,200-page report / the 4,100-page report)",
        find: quantities::find,
    },
    RuleInfo {
        name: "superlative-needs-source",
        default_level: Level::Note,
        description: "a record, first, only or largest that needs a source",
        find: superlatives::find,
    },
];

/// The rule called `name`.
pub fn rule(name: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|rule| rule.name == name)
}

/// Every rule at its default level: what a checklist without a `checks` key runs.
pub fn default_checks() -> BTreeMap<String, Level> {
    RULES
        .iter()
        .map(|rule| (rule.name.to_string(), rule.default_level))
        .collect()
}

/// Runs the checks named in `checks` (rule name -> level) over one revision. Unknown names are
/// ignored (checklists are validated when loaded). Findings come sorted by position in the text
/// (findings about the metadata alone first), then rule, then message.
pub fn run(text: &str, parsed: &ParsedRevision, checks: &BTreeMap<String, Level>) -> Vec<Finding> {
    let doc = Doc::new(text, parsed);
    let mut findings: Vec<Finding> = RULES
        .iter()
        .filter_map(|rule| checks.get(rule.name).map(|level| (rule, *level)))
        .flat_map(|(rule, level)| {
            (rule.find)(&doc).into_iter().map(move |hit| Finding {
                rule: rule.name.to_string(),
                level,
                message: hit.message,
                statements: hit.statements,
                span: hit.span,
            })
        })
        .collect();
    let position = |f: &Finding| {
        f.span
            .map(|s| s.start)
            .or_else(|| {
                f.statements
                    .first()
                    .map(|&i| parsed.statements[i].span.start)
            })
            .unwrap_or(0)
    };
    findings.sort_by(|a, b| {
        (position(a), &a.rule, &a.message).cmp(&(position(b), &b.rule, &b.message))
    });
    findings
}

/// name-variants covers two families of the same mistake: spelling and title.
fn names_and_titles(doc: &Doc<'_>) -> Vec<Hit> {
    let mut hits = names::find(doc);
    hits.extend(titles::find(doc));
    hits
}

#[cfg(test)]
mod tests {
    use super::testing::article;
    use super::*;

    #[test]
    fn rule_names_are_unique_kebab_case_and_described() {
        for (i, rule) in RULES.iter().enumerate() {
            assert!(
                rule.name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{}",
                rule.name
            );
            assert!(!rule.description.is_empty(), "{}", rule.name);
            assert!(
                RULES[i + 1..].iter().all(|other| other.name != rule.name),
                "{} twice",
                rule.name
            );
        }
    }

    #[test]
    fn only_the_listed_rules_run_at_the_listed_level() {
        let (text, parsed) = article(&[&[
            "Officials said the record flood of Friday, January 17, 2026 was unprecedented.",
        ]]);
        let all = run(&text, &parsed, &default_checks());
        assert!(all.iter().any(|f| f.rule == "weekday-mismatch"));
        assert!(all.iter().any(|f| f.rule == "anonymous-sourcing"));
        assert!(all.iter().any(|f| f.rule == "superlative-needs-source"));

        let only = BTreeMap::from([("anonymous-sourcing".to_string(), Level::Error)]);
        let some = run(&text, &parsed, &only);
        assert!(!some.is_empty());
        assert!(
            some.iter()
                .all(|f| f.rule == "anonymous-sourcing" && f.level == Level::Error)
        );
        assert!(run(&text, &parsed, &BTreeMap::new()).is_empty());
    }

    #[test]
    fn findings_are_sorted_by_position_then_rule() {
        let (text, parsed) = article(&[
            &["The largest raid came on Friday, January 17, 2026, officials said."],
            &["Sources said the first (and only test failed."],
        ]);
        let findings = run(&text, &parsed, &default_checks());
        assert!(findings.len() >= 4, "{findings:#?}");
        let keys: Vec<(usize, String)> = findings
            .iter()
            .map(|f| {
                let at = f
                    .span
                    .map(|s| s.start)
                    .unwrap_or_else(|| parsed.statements[f.statements[0]].span.start);
                (at, f.rule.clone())
            })
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        assert_eq!(findings, run(&text, &parsed, &default_checks()));
    }
}
