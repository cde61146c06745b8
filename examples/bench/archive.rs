//! The archive database: 1,000,000 statements across 10,000 articles, with hand-overs and checks,
//! built through the library's batched ingest and cached in target/ under a key that changes
//! when anything that shapes it does (this file's version, the schema, the parser's output).

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use factdesk::checklist::Loaded;
use factdesk::desk::{Actor, BATCH_SIZE, BulkArticle, BulkRequest, CheckInput, Desk, Draft};
use factdesk::model::{Reviewer, Role, Source, SourceKind, StatementId, Status};
use factdesk::parse::Format;
use factdesk::store::{Access, Store};

use crate::corpus::{Article, Corpus, Rng};

/// Bump when the way the archive is generated changes.
const ARCHIVE_VERSION: &str = "archive-v1";
pub const ARTICLES: usize = 10_000;
pub const STATEMENTS: usize = 1_000_000;
/// The 10,000-word article the per-article commands are measured on.
pub const TARGET: &str = "target-article";

pub struct Archive {
    pub path: PathBuf,
    /// How long building it took, when this run built it.
    pub built_in: Option<Duration>,
    pub articles: i64,
    pub statements: i64,
}

fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339("2026-06-01T08:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc)
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

/// The cached archive, built first when missing or out of date.
pub fn archive(cache: &Path, corpus: &Corpus, target: &Article) -> Archive {
    let target_text = target.text();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    ARCHIVE_VERSION.hash(&mut hasher);
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    Store::open_in_memory()
        .unwrap()
        .schema_version()
        .unwrap()
        .hash(&mut hasher);
    for statement in factdesk::parse::parse(&target_text, Format::Text).statements {
        (statement.span.start, statement.span.end).hash(&mut hasher);
    }
    let path = cache.join(format!("archive-{:016x}.db", hasher.finish()));
    let mut built_in = None;
    if !path.exists() {
        std::fs::create_dir_all(cache).unwrap();
        for old in std::fs::read_dir(cache).unwrap().flatten() {
            if old.file_name().to_string_lossy().starts_with("archive-") {
                let _ = std::fs::remove_file(old.path());
            }
        }
        let building = cache.join("building.db");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", building.display()));
        }
        eprintln!("building the archive database (cached for later runs) ...");
        let start = Instant::now();
        build(&building, corpus, &target_text);
        built_in = Some(start.elapsed());
        std::fs::rename(&building, &path).unwrap();
    }
    let store = Store::open(&path, Access::Write).unwrap();
    Archive {
        built_in,
        articles: store.count_rows("articles").unwrap(),
        statements: store.count_rows("statement_versions").unwrap(),
        path,
    }
}

fn desk_as(path: &Path, actor: &str) -> Desk {
    Desk::new(
        Store::open(path, Access::Create).unwrap(),
        now(),
        Some(Actor::from_cli(actor)),
    )
}

fn build(path: &Path, corpus: &Corpus, target_text: &str) {
    let ed = desk_as(path, "ed");
    for (handle, role) in [
        ("ed", Role::Editor),
        ("ana", Role::Checker),
        ("bo", Role::Checker),
    ] {
        ed.add_reviewer(&Reviewer {
            handle: handle.into(),
            name: handle.to_uppercase(),
            role,
            skills: vec!["data".into()],
            active: true,
        })
        .unwrap();
    }
    let checklist = Loaded::builtin("news").unwrap();
    let ingest = |articles: &[BulkArticle<'_>]| -> usize {
        ed.ingest_batch(&BulkRequest {
            writer: None,
            desk: Some("archive"),
            checklist: &checklist,
            articles,
        })
        .unwrap()
        .into_iter()
        .map(|answer| answer.unwrap().statements)
        .sum()
    };
    let mut stored = ingest(&[BulkArticle {
        slug: TARGET,
        draft: draft(target_text),
    }]);

    // The others: sentence counts steered so that the total lands on STATEMENTS.
    let mut rng = Rng::new(10_000);
    let mut made = 1;
    let mut statements_per_sentence = 1.0f64;
    while made < ARTICLES {
        let count = BATCH_SIZE.min(ARTICLES - made);
        let per_article = (STATEMENTS.saturating_sub(stored) as f64
            / (ARTICLES - made) as f64
            / statements_per_sentence)
            .round() as usize;
        let batch: Vec<(String, String)> = (0..count)
            .map(|i| {
                let article = corpus.article_of_sentences(&mut rng, per_article);
                (format!("archive-{:05}", made + i), article.text())
            })
            .collect();
        let articles: Vec<BulkArticle<'_>> = batch
            .iter()
            .map(|(slug, text)| BulkArticle {
                slug,
                draft: draft(text),
            })
            .collect();
        let got = ingest(&articles);
        statements_per_sentence = got as f64 / (count * per_article.max(1)) as f64;
        stored += got;
        made += count;
    }

    // Hand-overs and checks: the target article and 100 statements elsewhere go to ana, who
    // checks a fifth of the article; 1,000 articles go to bo, who checks ten statements of each.
    let ids = |slug: &str| -> Vec<StatementId> {
        ed.statements(slug, None)
            .unwrap()
            .iter()
            .map(|s| s.id)
            .collect()
    };
    let target_ids = ids(TARGET);
    ed.assign(&target_ids, "ana").unwrap();
    let elsewhere: Vec<StatementId> = (0..100)
        .map(|i| ids(&format!("archive-{:05}", 5_000 + i))[0])
        .collect();
    ed.assign(&elsewhere, "ana").unwrap();
    let ana = desk_as(path, "ana");
    for id in target_ids.iter().step_by(5) {
        check(&ana, *id);
    }
    let bo = desk_as(path, "bo");
    for n in 1..=1_000 {
        let article_ids = ids(&format!("archive-{n:05}"));
        ed.assign(&article_ids, "bo").unwrap();
        for id in article_ids.iter().take(10) {
            check(&bo, *id);
        }
    }
}

pub fn check(desk: &Desk, statement: StatementId) {
    desk.check(&CheckInput {
        statement,
        status: Status::Verified,
        sources: &[Source {
            kind: SourceKind::Document,
            citation: "Annual report 2025, p. 14".into(),
            contact: None,
            contacted_on: None,
            confidential: None,
        }],
        note: None,
        items: &[],
        excepted: &[],
    })
    .unwrap();
}
