//! `GET /desk`: every article with its progress and gate, every reviewer with their open load,
//! and the stale work (checked statements whose words changed since). Articles come a page at
//! a time (by slug, after a cursor), so the page costs the same on a desk of ten articles and on
//! an archive of ten thousand; `?desk=` keeps one desk's articles (each row links to its desk).

use askama::Template;

use super::error::PageError;
use super::view::Chrome;
use crate::desk::{ArticlesPage, Desk};
use crate::model::{Reviewer, StatementId};

pub struct ArticleRow {
    pub slug: String,
    pub headline: String,
    pub desk: Option<String>,
    pub revision: u32,
    pub verified: usize,
    pub checkable: usize,
    pub open: usize,
    pub stale: usize,
    pub ready: bool,
    pub reasons: usize,
}

pub struct ReviewerRow {
    pub reviewer: Reviewer,
    pub open: usize,
}

pub struct StaleRow {
    pub id: StatementId,
    pub article: String,
    pub text: String,
    pub assignee: Option<String>,
}

#[derive(Template)]
#[template(path = "web/desk.html")]
pub struct DeskPage {
    pub chrome: Chrome,
    pub articles: Vec<ArticleRow>,
    pub reviewers: Vec<ReviewerRow>,
    pub stale: Vec<StaleRow>,
    /// The desk the articles are filtered to, if any (kept by the pager and the live refresh).
    pub on: Option<String>,
    /// The cursor this page started after (kept by the live refresh).
    pub after: Option<String>,
    /// The cursor of the next page, when there is one.
    pub next: Option<String>,
}

/// Articles on one page of the desk.
pub const PAGE_SIZE: usize = 100;
/// Stale statements listed at most (the rest are counted in the articles' column).
const STALE_SHOWN: usize = 200;

pub fn render(
    desk: &Desk,
    chrome: Chrome,
    on: Option<String>,
    after: Option<String>,
) -> Result<String, PageError> {
    let mut summaries = desk.articles_page(&ArticlesPage {
        desk: on.as_deref(),
        after: after.as_deref(),
        limit: Some(PAGE_SIZE + 1),
    })?;
    let next = if summaries.len() > PAGE_SIZE {
        summaries.truncate(PAGE_SIZE);
        summaries.last().map(|s| s.slug.clone())
    } else {
        None
    };
    let mut stale = Vec::new();
    for summary in summaries.iter().filter(|s| count(&s.counts, "stale") > 0) {
        if stale.len() >= STALE_SHOWN {
            break;
        }
        for statement in desk.revision_view(&summary.slug, None)?.statements {
            if statement.stale {
                stale.push(StaleRow {
                    id: statement.id,
                    article: summary.slug.clone(),
                    text: statement.text,
                    assignee: statement.assignee,
                });
            }
        }
    }
    let articles = summaries
        .into_iter()
        .map(|s| ArticleRow {
            headline: s.headline.clone().unwrap_or_else(|| s.slug.clone()),
            verified: count(&s.counts, "verified"),
            checkable: s.statements - count(&s.counts, "waived"),
            open: count(&s.counts, "unchecked") + count(&s.counts, "in-progress"),
            stale: count(&s.counts, "stale"),
            ready: s.gate.ready,
            reasons: s.gate.reasons.len(),
            slug: s.slug,
            desk: s.desk,
            revision: s.revision,
        })
        .collect();
    let mut reviewers = Vec::new();
    for reviewer in desk.reviewers()? {
        let open = desk.queue_of(&reviewer.handle)?.len();
        reviewers.push(ReviewerRow { reviewer, open });
    }
    Ok(DeskPage {
        chrome,
        articles,
        reviewers,
        stale,
        on,
        after,
        next,
    }
    .render()?)
}

fn count(counts: &std::collections::BTreeMap<String, usize>, name: &str) -> usize {
    counts.get(name).copied().unwrap_or(0)
}
