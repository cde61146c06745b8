//! The stored overview equals the full computation after any history: random sequences of the
//! writes the gate depends on (ingest, revise, check, checklist changes, dismissals, queries,
//! rulings, confirmations), failed ones included; and pages after a cursor add up to the whole
//! listing, with or without a desk, however the articles arrived.

use proptest::prelude::*;

use super::*;
use crate::checklist::Loaded;
use crate::desk::{Actor, CheckInput, Draft, IngestRequest, QueryFilter, RuleInput};
use crate::model::{Decision, Reviewer, Role, Source, SourceKind, StatementId};
use crate::parse::Format;

/// Sentences with every kind, and the lint rules' favourite faults: a wrong weekday, a name
/// spelled two ways, a quote without a speaker, a superlative.
const POOL: &[&str] = &[
    "The council approved a budget of $4.2 million on Monday, Jan. 12, 2026.",
    "\"We will not back down,\" said Maria Lopez, the union's president.",
    "Officials said the plan was the largest in the city's history.",
    "According to the report, 37 percent of the buses ran late in March.",
    "Mayor John Okafor called the vote a turning point.",
    "Mayor Jon Okafor did not answer questions on Tuesday.",
    "\"It is a disgrace.\"",
    "The strike began on Friday, March 4, 2026, at the port of Valencia.",
    "Sources familiar with the talks said a deal was close.",
    "The plan is, in our view, a mistake.",
    "Dr. Amara Singh, who led the study, said the figures were sound.",
    "Ridership fell by 12,400 passengers a day in 2025.",
];
const DESKS: &[Option<&str>] = &[None, Some("metro"), Some("national")];
const CHECKLISTS: &[&str] = &["news", "opinion", "investigation"];

#[derive(Debug, Clone)]
enum Op {
    Ingest {
        on: usize,
        checklist: usize,
        byline: bool,
        sentences: Vec<usize>,
    },
    Revise {
        article: usize,
        edits: Vec<(usize, Option<usize>)>,
        byline: bool,
    },
    Check {
        article: usize,
        statement: usize,
        status: usize,
        sourced: bool,
        second: bool,
    },
    UseChecklist {
        article: usize,
        checklist: usize,
    },
    Dismiss {
        article: usize,
        finding: usize,
    },
    Ask {
        article: usize,
        statement: usize,
    },
    Resolve {
        query: usize,
    },
    Rule {
        article: usize,
        statement: usize,
        decision: usize,
    },
    Confirm {
        article: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let ix = || 0usize..64;
    prop_oneof![
        2 => (0..DESKS.len(), 0..CHECKLISTS.len(), any::<bool>(),
              prop::collection::vec(0..POOL.len(), 1..7))
            .prop_map(|(on, checklist, byline, sentences)| Op::Ingest { on, checklist, byline, sentences }),
        2 => (ix(), prop::collection::vec((ix(), prop::option::of(0..POOL.len())), 1..4), any::<bool>())
            .prop_map(|(article, edits, byline)| Op::Revise { article, edits, byline }),
        5 => (ix(), ix(), 0..Status::ALL.len(), any::<bool>(), any::<bool>())
            .prop_map(|(article, statement, status, sourced, second)| Op::Check { article, statement, status, sourced, second }),
        1 => (ix(), 0..CHECKLISTS.len()).prop_map(|(article, checklist)| Op::UseChecklist { article, checklist }),
        1 => (ix(), ix()).prop_map(|(article, finding)| Op::Dismiss { article, finding }),
        1 => (ix(), ix()).prop_map(|(article, statement)| Op::Ask { article, statement }),
        1 => ix().prop_map(|query| Op::Resolve { query }),
        1 => (ix(), ix(), 0..3usize).prop_map(|(article, statement, decision)| Op::Rule { article, statement, decision }),
        1 => ix().prop_map(|article| Op::Confirm { article }),
    ]
}

/// An article's text: a headline, perhaps a byline, paragraphs of two sentences.
fn text(n: usize, byline: bool, sentences: &[usize]) -> String {
    let mut text = format!("Story number {n} of the desk\n\n");
    if byline {
        text.push_str("By Ana Writer\n\n");
    }
    for pair in sentences.chunks(2) {
        let paragraph: Vec<&str> = pair.iter().map(|i| POOL[*i]).collect();
        text.push_str(&paragraph.join(" "));
        text.push_str("\n\n");
    }
    text
}

fn draft(text: &str) -> Draft<'_> {
    Draft {
        text,
        format: Format::Text,
        file_name: None,
        original: None,
        language: None,
    }
}

/// The desk's history so far: each article's slug and the sentences of its latest draft.
struct History {
    desk: Desk,
    articles: Vec<(String, bool, Vec<usize>)>,
}

impl History {
    fn new() -> History {
        let mut desk = Desk::new(
            crate::store::Store::open_in_memory().unwrap(),
            chrono::Utc::now(),
            Some(Actor::from_cli("ed")),
        );
        for (handle, role) in [
            ("ed", Role::Editor),
            ("eve", Role::Editor),
            ("wri", Role::Writer),
        ] {
            desk.add_reviewer(&Reviewer {
                handle: handle.into(),
                name: handle.into(),
                role,
                skills: vec![],
                active: true,
            })
            .unwrap();
        }
        desk.actor = Some(Actor::from_cli("ed"));
        History {
            desk,
            articles: Vec::new(),
        }
    }

    fn slug(&self, i: usize) -> Option<String> {
        (!self.articles.is_empty()).then(|| self.articles[i % self.articles.len()].0.clone())
    }

    fn statement(&self, article: usize, i: usize) -> Option<StatementId> {
        let ids: Vec<StatementId> = self
            .desk
            .statements(&self.slug(article)?, None)
            .ok()?
            .iter()
            .map(|s| s.id)
            .collect();
        (!ids.is_empty()).then(|| ids[i % ids.len()])
    }

    /// Applies one write; a refused one (a rule of the desk) must change nothing.
    fn apply(&mut self, op: &Op) {
        let desk = &self.desk;
        match op {
            Op::Ingest {
                on,
                checklist,
                byline,
                sentences,
            } => {
                let slug = format!("story-{:02}", (self.articles.len() * 37) % 64);
                let checklist = Loaded::builtin(CHECKLISTS[*checklist]).unwrap();
                let body = text(self.articles.len(), *byline, sentences);
                let stored = desk.ingest(&IngestRequest {
                    slug: &slug,
                    desk: DESKS[*on],
                    writer: Some("wri"),
                    checklist: &checklist,
                    draft: draft(&body),
                });
                if stored.is_ok() {
                    self.articles.push((slug, *byline, sentences.clone()));
                }
            }
            Op::Revise {
                article,
                edits,
                byline,
            } => {
                if self.articles.is_empty() {
                    return;
                }
                let at = article % self.articles.len();
                let mut sentences = self.articles[at].2.clone();
                for (i, with) in edits {
                    let i = i % (sentences.len() + 1);
                    match with {
                        Some(s) if i < sentences.len() => sentences[i] = *s,
                        Some(s) => sentences.push(*s),
                        None if i < sentences.len() && sentences.len() > 1 => {
                            sentences.remove(i);
                        }
                        None => {}
                    }
                }
                let body = text(at, *byline, &sentences);
                if desk
                    .revise(&self.articles[at].0.clone(), &draft(&body))
                    .is_ok()
                {
                    self.articles[at].1 = *byline;
                    self.articles[at].2 = sentences;
                }
            }
            Op::Check {
                article,
                statement,
                status,
                sourced,
                second,
            } => {
                let Some(id) = self.statement(*article, *statement) else {
                    return;
                };
                let sources = [Source {
                    kind: SourceKind::Document,
                    citation: "Annual report 2025, p. 14".into(),
                    contact: None,
                    contacted_on: None,
                    confidential: None,
                }];
                self.desk.actor = Some(Actor::from_cli(if *second { "eve" } else { "ed" }));
                let status = Status::ALL[*status];
                // A partial verification leaves the statement's first word unverified.
                let excepted: Vec<String> = match status {
                    Status::PartlyVerified => self
                        .desk
                        .statement_detail(id)
                        .map(|d| {
                            let text = d.statement.text;
                            text.split_whitespace().take(1).map(String::from).collect()
                        })
                        .unwrap_or_default(),
                    _ => vec![],
                };
                let _ = self.desk.check(&CheckInput {
                    statement: id,
                    status,
                    sources: if *sourced { &sources } else { &[] },
                    note: Some("what the source says"),
                    items: &[],
                    excepted: &excepted,
                });
                self.desk.actor = Some(Actor::from_cli("ed"));
            }
            Op::UseChecklist { article, checklist } => {
                let Some(slug) = self.slug(*article) else {
                    return;
                };
                let loaded = Loaded::builtin(CHECKLISTS[*checklist]).unwrap();
                let _ = desk.use_checklist(&slug, &loaded, Some("a different kind of piece"));
            }
            Op::Dismiss { article, finding } => {
                let Some(slug) = self.slug(*article) else {
                    return;
                };
                let findings = desk.findings(&slug, None).unwrap();
                if !findings.is_empty() {
                    let id = &findings[finding % findings.len()].id;
                    let _ = desk.dismiss_finding(id, "read and accepted");
                }
            }
            Op::Ask { article, statement } => {
                let Some(id) = self.statement(*article, *statement) else {
                    return;
                };
                let _ = desk.ask(id, "Where does this figure come from?");
            }
            Op::Resolve { query } => {
                let open = desk
                    .queries(QueryFilter {
                        article: None,
                        unresolved: true,
                    })
                    .unwrap();
                if !open.is_empty() {
                    let _ = desk.resolve(open[query % open.len()].id);
                }
            }
            Op::Rule {
                article,
                statement,
                decision,
            } => {
                let Some(id) = self.statement(*article, *statement) else {
                    return;
                };
                let decision = [Decision::Keep, Decision::Change, Decision::Cut][*decision];
                let _ = desk.rule(&RuleInput {
                    statement: id,
                    decision,
                    wording: (decision == Decision::Change).then_some("The figure was revised."),
                    reason: "the editor's call",
                });
            }
            Op::Confirm { article } => {
                let Some(slug) = self.slug(*article) else {
                    return;
                };
                let _ = desk.confirm(&slug, Some("seen"));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn after_any_history_the_stored_overview_equals_the_full_computation(
        ops in prop::collection::vec(op(), 1..28),
        limit in 1usize..5,
        on in 0..DESKS.len(),
    ) {
        let mut history = History::new();
        for op in &ops {
            history.apply(op);
            // Every write refreshed what it touched before committing: nothing is left dirty.
            prop_assert!(history.desk.store.dirty_overviews().unwrap().is_empty(), "{op:?}");
        }
        let desk = &history.desk;
        let listed = desk.articles().unwrap();
        let mut full = Vec::new();
        for listing in desk.store.overview_page(&ArticlesPage::default()).unwrap() {
            prop_assert!(listing.overview.is_some(), "{} read in full, not stored", listing.slug);
            full.push(desk.article_summary_in_full(&desk.article(&listing.slug).unwrap()).unwrap());
        }
        prop_assert_eq!(&listed, &full);

        // Pages of any size after the cursor, on one desk or all, add up to the listing.
        for desk_filter in [None, DESKS[on]] {
            let mut paged = Vec::new();
            let mut after: Option<String> = None;
            loop {
                let page = desk
                    .articles_page(&ArticlesPage { desk: desk_filter, after: after.as_deref(), limit: Some(limit) })
                    .unwrap();
                prop_assert!(page.len() <= limit);
                let Some(last) = page.last() else { break };
                after = Some(last.slug.clone());
                paged.extend(page);
            }
            let expected: Vec<&ArticleSummary> = listed
                .iter()
                .filter(|a| desk_filter.is_none() || a.desk.as_deref() == desk_filter)
                .collect();
            prop_assert_eq!(paged.iter().collect::<Vec<_>>(), expected);
        }
    }
}
