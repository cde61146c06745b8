//! The API's reads: each one use case of the desk, its value serialised as `--json` prints it.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::desk::{ArticleSummary, ArticlesPage, HistoryEntry, QueueEntry};
use crate::model::{Gate, Statement, StatementId};
use crate::report::{self, Style};
use crate::web::{AppState, SignedIn, WebError};

/// How many articles a page of `GET /api/v1/articles` holds when `limit` is not given: the
/// whole archive at once is tens of megabytes.
pub const DEFAULT_PAGE: usize = 100;
pub const MAX_PAGE: usize = 1000;

#[derive(serde::Deserialize)]
pub struct ArticlesQuery {
    desk: Option<String>,
    after: Option<String>,
    limit: Option<usize>,
}

/// `GET /api/v1/articles?desk=&after=&limit=`: a page of `articles --json`, by slug. When more
/// follow, a `Link: <…>; rel="next"` header gives the next page's address (RFC 8288), so a client
/// need not guess from the page's length.
pub async fn articles(
    State(state): State<AppState>,
    user: SignedIn,
    Query(query): Query<ArticlesQuery>,
) -> Result<Response, WebError> {
    let limit = query.limit.unwrap_or(DEFAULT_PAGE);
    if limit == 0 || limit > MAX_PAGE {
        return Err(WebError::bad_request(
            format!("limit={limit} is out of range"),
            format!("ask for 1 to {MAX_PAGE} articles a page; the next page is after=LAST_SLUG"),
        ));
    }
    let on = query.desk.clone();
    let mut listed = state
        .desk(&user, move |desk| {
            desk.articles_page(&ArticlesPage {
                desk: query.desk.as_deref(),
                after: query.after.as_deref(),
                limit: Some(limit + 1),
            })
        })
        .await?;
    if listed.len() <= limit {
        return Ok(Json(listed).into_response());
    }
    listed.truncate(limit);
    let last = listed.last().map(|a| a.slug.as_str()).unwrap_or_default();
    let desk = on
        .map(|d| format!("desk={}&", query_value(&d)))
        .unwrap_or_default();
    let next = format!(
        "</api/v1/articles?{desk}limit={limit}&after={}>; rel=\"next\"",
        query_value(last)
    );
    Ok(([(header::LINK, next)], Json(listed)).into_response())
}

/// A value for a query string: every byte but the unreserved ones percent-encoded (RFC 3986).
fn query_value(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// `GET /api/v1/articles/{slug}`: one article as the listing shows it.
pub async fn article(
    State(state): State<AppState>,
    user: SignedIn,
    Path(slug): Path<String>,
) -> Result<Json<ArticleSummary>, WebError> {
    Ok(Json(
        state
            .desk(&user, move |desk| desk.article_summary(&slug))
            .await?,
    ))
}

#[derive(serde::Deserialize)]
pub struct RevisionQuery {
    revision: Option<u32>,
}

/// `GET /api/v1/articles/{slug}/statements?revision=N`: `statements --json`.
pub async fn statements(
    State(state): State<AppState>,
    user: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<RevisionQuery>,
) -> Result<Json<Vec<Statement>>, WebError> {
    Ok(Json(
        state
            .desk(&user, move |desk| desk.statements(&slug, query.revision))
            .await?,
    ))
}

/// `GET /api/v1/articles/{slug}/gate`: `gate --json`, always 200 (blocked is an answer, not an
/// error: read `ready`).
pub async fn gate(
    State(state): State<AppState>,
    user: SignedIn,
    Path(slug): Path<String>,
) -> Result<Json<Gate>, WebError> {
    Ok(Json(
        state
            .desk(&user, move |desk| desk.gate(&slug, None))
            .await?,
    ))
}

#[derive(serde::Deserialize)]
pub struct ReportQuery {
    format: Option<String>,
    revision: Option<u32>,
}

/// `GET /api/v1/articles/{slug}/report?format=json|html|md|csv|text&revision=N`: the report as
/// `report --format` writes it, with its media type.
pub async fn report(
    State(state): State<AppState>,
    user: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<ReportQuery>,
) -> Result<Response, WebError> {
    let format: report::Format =
        query
            .format
            .as_deref()
            .unwrap_or("json")
            .parse()
            .map_err(|e: report::UnknownFormat| {
                WebError::bad_request(e.to_string(), "format=json, html, md, csv or text")
            })?;
    let revision = query.revision;
    let rendered = state
        .desk(&user, move |desk| {
            let report = desk.report(&slug, revision)?;
            Ok(report::render(&report, format, Style { color: false }))
        })
        .await?;
    let media = match format {
        report::Format::Json => "application/json",
        report::Format::Html => "text/html; charset=utf-8",
        report::Format::Markdown => "text/markdown; charset=utf-8",
        report::Format::Csv => "text/csv; charset=utf-8",
        report::Format::Text => "text/plain; charset=utf-8",
        report::Format::ClaimReview => "application/ld+json",
    };
    Ok(([(header::CONTENT_TYPE, media)], rendered).into_response())
}

/// `GET /api/v1/queue`: the signed-in reviewer's open statements, oldest first (`queue --json`).
pub async fn queue(
    State(state): State<AppState>,
    user: SignedIn,
) -> Result<Json<Vec<QueueEntry>>, WebError> {
    Ok(Json(state.desk(&user, |desk| desk.queue()).await?))
}

/// `GET /api/v1/statements/{id}`: one statement as `statements --json` shows it, in its
/// article's latest revision.
pub async fn statement(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<StatementId>,
) -> Result<Json<Statement>, WebError> {
    Ok(Json(
        state.desk(&user, move |desk| desk.statement(id)).await?,
    ))
}

/// `GET /api/v1/statements/{id}/history`: `history --json`.
pub async fn history(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<StatementId>,
) -> Result<Json<Vec<HistoryEntry>>, WebError> {
    Ok(Json(state.desk(&user, move |desk| desk.history(id)).await?))
}
