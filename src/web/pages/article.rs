//! `GET /articles/{slug}`: the article's text with statements highlighted by status, progress,
//! the gate, findings; for editors, assigning by hand and automatically, waiving, confirming
//! changed non-statement elements when they hold the gate, dismissing a finding, publishing; the
//! publications and corrections. The page reads the report's data (`Desk::report`), so it shows
//! what the report shows.

use askama::Template;

use super::error::PageError;
use super::view::Chrome;
use crate::desk::Desk;
use crate::model::{Correction, Publication, Reviewer, StatementId, Status};
use crate::report::Report;
use crate::report::layout::{Paragraph, paragraphs};

#[derive(Template)]
#[template(path = "web/article.html")]
pub struct ArticlePage<'a> {
    pub chrome: Chrome,
    pub r: &'a Report,
    pub headline: &'a str,
    pub percent: String,
    pub counts: Vec<(&'static str, u32)>,
    pub statuses: Vec<&'static str>,
    pub paragraphs: Vec<Paragraph<'a>>,
    /// Whom an editor may assign to: the active reviewers.
    pub reviewers: Vec<Reviewer>,
    /// The article's publications, oldest first, and its corrections, newest first.
    pub publications: Vec<Publication>,
    pub corrections: Vec<Correction>,
}

pub fn render(desk: &Desk, chrome: Chrome, slug: &str) -> Result<String, PageError> {
    let report = desk.report(slug, None)?;
    let reviewers = if chrome.is_editor() {
        desk.reviewers()?.into_iter().filter(|r| r.active).collect()
    } else {
        vec![]
    };
    let c = &report.counts;
    let counts = Status::ALL
        .iter()
        .map(|s| (s.as_str(), c.get(*s)))
        .collect();
    let page = ArticlePage {
        headline: report.headline.as_deref().unwrap_or(&report.article),
        percent: format!("{:.1}%", report.progress.percent.clamp(0.0, 100.0)),
        counts,
        statuses: Status::ALL.iter().map(|s| s.as_str()).collect(),
        paragraphs: paragraphs(&report.text, &report.statements),
        reviewers,
        publications: desk.publications(slug)?,
        corrections: desk
            .corrections()?
            .into_iter()
            .filter(|c| c.article == report.article)
            .collect(),
        chrome,
        r: &report,
    };
    Ok(page.render()?)
}

/// `POST /articles/{slug}/assign`: the ticked statements to one reviewer, all or none.
/// Answers where to go and the statements assigned.
pub fn assign(
    desk: &Desk,
    slug: &str,
    pairs: &[(String, String)],
) -> Result<(String, Vec<StatementId>), PageError> {
    let mut ids: Vec<StatementId> = Vec::new();
    let mut to = None;
    for (name, value) in pairs {
        match name.as_str() {
            "ids" => {
                ids.push(value.parse().map(StatementId).map_err(|_| {
                    PageError::bad_request(format!("'{value}' is not a statement id"))
                })?)
            }
            "to" => to = Some(value.as_str()),
            _ => {}
        }
    }
    let to = to.ok_or_else(|| PageError::bad_request("choose whom to assign to"))?;
    if ids.is_empty() {
        return Err(PageError::bad_request(
            "tick the statements to assign first",
        ));
    }
    let done = desk.assign(&ids, to)?;
    let to = format!("/articles/{slug}?said=assigned&n={}", done.len());
    Ok((to, done.into_iter().map(|a| a.statement).collect()))
}

/// `POST /articles/{slug}/auto-assign`: every open statement without an active reviewer.
pub fn auto_assign(desk: &Desk, slug: &str) -> Result<(String, Vec<StatementId>), PageError> {
    let done = desk.auto_assign(slug)?;
    let to = format!("/articles/{slug}?said=assigned&n={}", done.len());
    Ok((to, done.into_iter().map(|a| a.statement).collect()))
}

/// `POST /articles/{slug}/confirm`: an editor confirms the changed non-statement elements
/// (byline, dateline, labels) of the latest revision, with an optional note.
pub fn confirm(desk: &Desk, slug: &str, pairs: &[(String, String)]) -> Result<String, PageError> {
    let note = field(pairs, "note").filter(|n| !n.trim().is_empty());
    let done = desk.confirm(slug, note)?;
    let said = if done.stored {
        "confirmed"
    } else {
        "unchanged"
    };
    Ok(format!("/articles/{slug}?said={said}"))
}

/// `POST /articles/{slug}/findings/{key}/dismiss`: an editor dismisses one finding of the latest
/// revision as a false positive, with the reason.
pub fn dismiss(
    desk: &Desk,
    slug: &str,
    key: &str,
    pairs: &[(String, String)],
) -> Result<String, PageError> {
    let reason = field(pairs, "reason").unwrap_or("");
    desk.dismiss_finding(&format!("{slug}/{key}"), reason)?;
    Ok(format!("/articles/{slug}?said=dismissed#findings-title"))
}

fn field<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// `POST /articles/{slug}/publish`: an editor records the latest revision as published; over a
/// blocked gate only with the override's reason (the desk's rule).
pub fn publish(desk: &Desk, slug: &str, pairs: &[(String, String)]) -> Result<String, PageError> {
    let reason = field(pairs, "override").filter(|r| !r.trim().is_empty());
    desk.publish(slug, reason)?;
    Ok(format!("/articles/{slug}?said=published#publication-title"))
}
