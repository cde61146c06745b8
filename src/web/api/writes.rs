//! The API's writes: ingest, a new revision, a check, an assignment. Each is one desk use case
//! (one transaction) acting as the signed-in reviewer; none takes an identity from the body.
//! After it commits, open pages are told ([`DeskEvent`]).

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::draft::{self, ReceivedDraft};
use super::json;
use crate::checklist::{self, Loaded};
use crate::desk::{CheckInput, IngestRequest};
use crate::model::{Source, SourceKind, StatementId, Status};
use crate::web::{AppState, DeskEvent, EventKind, SignedIn, WebError};

/// `POST /api/v1/articles`: a new article at revision 1 (`ingest --json`'s answer), 201.
pub async fn ingest(
    State(state): State<AppState>,
    user: SignedIn,
    request: Request,
) -> Result<Response, WebError> {
    let received = draft::receive(request).await?;
    let slug = match received.fields.slug.clone() {
        Some(slug) => slug,
        None => match received.file_name.as_deref() {
            Some(name) => crate::desk::slug_from_file_name(name),
            None => {
                return Err(WebError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "the article needs a slug",
                    "send \"slug\": lowercase letters, digits and hyphens",
                ));
            }
        },
    };
    let checklist = builtin_checklist(received.fields.checklist.as_deref())?;
    let outcome = state
        .desk(&user, move |desk| {
            crate::desk::validate_slug(&slug)?;
            desk.ingest(&ingest_request(&slug, &received, &checklist))
        })
        .await?;
    state.publish(DeskEvent {
        kind: EventKind::Ingest,
        article: outcome.article.clone(),
        statements: Vec::new(),
        revision: Some(outcome.revision),
        by: user.handle.clone(),
    });
    Ok((StatusCode::CREATED, Json(outcome)).into_response())
}

fn ingest_request<'a>(
    slug: &'a str,
    received: &'a ReceivedDraft,
    checklist: &'a Loaded,
) -> IngestRequest<'a> {
    IngestRequest {
        slug,
        desk: received.fields.desk.as_deref(),
        writer: received.fields.writer.as_deref(),
        checklist,
        draft: received.draft(),
    }
}

/// A built-in checklist by name: the server never reads a checklist file named by a request.
fn builtin_checklist(name: Option<&str>) -> Result<Loaded, WebError> {
    let name = name.unwrap_or(checklist::DEFAULT_NAME);
    Loaded::builtin(name).ok_or_else(|| {
        WebError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("unknown checklist '{name}'"),
            format!(
                "the server takes a built-in checklist: {}",
                checklist::builtin_names().join(", ")
            ),
        )
    })
}

/// `POST /api/v1/articles/{slug}/revisions`: a new draft (`revise --json`'s answer); 201 when
/// stored, 200 when identical to the latest revision. With `base`, 409 if the latest revision
/// is no longer that one.
pub async fn revise(
    State(state): State<AppState>,
    user: SignedIn,
    Path(slug): Path<String>,
    request: Request,
) -> Result<Response, WebError> {
    let received = draft::receive(request).await?;
    if received.fields.slug.as_deref().is_some_and(|s| s != slug) {
        return Err(WebError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("the body names another article than the path ('{slug}')"),
            "leave slug out of the body, or send it to that article's /revisions",
        ));
    }
    let outcome = state
        .desk(&user, move |desk| {
            desk.revise_on(&slug, &received.draft(), received.fields.base)
        })
        .await?;
    let status = if outcome.stored {
        state.publish(DeskEvent {
            kind: EventKind::Revision,
            article: outcome.article.clone(),
            statements: Vec::new(),
            revision: Some(outcome.revision),
            by: user.handle.clone(),
        });
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(outcome)).into_response())
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckRequest {
    status: Status,
    #[serde(default)]
    sources: Vec<SourceRequest>,
    note: Option<String>,
    #[serde(default)]
    items: Vec<String>,
    /// For `partly-verified`: the parts not verified, each words of the statement (`excepted`
    /// in the check's JSON; `except` as on the command line).
    #[serde(default, alias = "except")]
    excepted: Vec<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceRequest {
    kind: String,
    citation: String,
    contact: Option<String>,
    /// When the contact was made (`contacted_on` in the check's JSON).
    #[serde(alias = "contacted_on")]
    date: Option<String>,
    /// For a confidential source (the citation is the identity): the editor who knows it.
    known_to: Option<String>,
}

impl SourceRequest {
    /// A new source has one of the known kinds (a stored one may have another).
    fn source(self) -> Result<Source, WebError> {
        let kind: SourceKind = self.kind.parse().map_err(|e: crate::model::UnknownName| {
            WebError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                e.to_string(),
                "a source's kind is one of the names listed",
            )
        })?;
        let blank = |v: Option<String>| v.filter(|v| !v.trim().is_empty());
        let unprocessable = |message: &str, hint: &str| {
            WebError::new(StatusCode::UNPROCESSABLE_ENTITY, message, hint)
        };
        if kind == SourceKind::Confidential {
            // Everything about the person is the identity, kept apart; a contact or a date
            // would be stored in the open.
            if blank(self.contact).is_some() || blank(self.date).is_some() {
                return Err(unprocessable(
                    "a confidential source takes no contact nor date",
                    "write who it is in citation, and the editor who knows it in known_to",
                ));
            }
            let identity = crate::model::Identity::new(&self.citation);
            if identity.reveal().is_empty() {
                return Err(unprocessable(
                    "a confidential source has an empty citation",
                    "write who it is in citation",
                ));
            }
            return Ok(Source::confidential(identity, blank(self.known_to)));
        }
        if self.known_to.is_some() {
            return Err(unprocessable(
                "known_to is for a confidential source only",
                "leave it out, or make the source's kind confidential",
            ));
        }
        Ok(Source {
            kind,
            citation: self.citation,
            contact: blank(self.contact),
            contacted_on: blank(self.date),
            confidential: None,
        })
    }
}

/// `POST /api/v1/statements/{id}/checks`: records a check as the signed-in reviewer
/// (`check --json`'s answer), 201. The desk's rules decide: a checker checks only what is
/// assigned to them and never waives.
pub async fn check(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<StatementId>,
    body: Bytes,
) -> Result<Response, WebError> {
    let request: CheckRequest = json::parse(&body)?;
    let sources = request
        .sources
        .into_iter()
        .map(SourceRequest::source)
        .collect::<Result<Vec<_>, _>>()?;
    let items: Vec<String> = request
        .items
        .iter()
        .map(|i| i.trim().to_string())
        .filter(|i| !i.is_empty())
        .collect();
    let note = request.note;
    let excepted = request.excepted;
    let (check, slug) = state
        .desk(&user, move |desk| {
            let check = desk.check(&CheckInput {
                statement: id,
                status: request.status,
                sources: &sources,
                note: note.as_deref(),
                items: &items,
                excepted: &excepted,
            })?;
            Ok((check, desk.article_of(id)?))
        })
        .await?;
    state.publish(DeskEvent {
        kind: EventKind::Check,
        article: slug,
        statements: vec![id],
        revision: Some(check.revision),
        by: user.handle.clone(),
    });
    Ok((StatusCode::CREATED, Json(check)).into_response())
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct AssignRequest {
    to: String,
}

/// `POST /api/v1/statements/{id}/assignment` with `{"to": HANDLE}`: `assign --json`'s answer.
/// Editors only (the desk's rule).
pub async fn assign(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<StatementId>,
    body: Bytes,
) -> Result<Response, WebError> {
    let request: AssignRequest = json::parse(&body)?;
    let (assigned, slug) = state
        .desk(&user, move |desk| {
            let assigned = desk.assign(&[id], request.to.trim())?;
            Ok((assigned, desk.article_of(id)?))
        })
        .await?;
    state.publish(DeskEvent {
        kind: EventKind::Assignment,
        article: slug,
        statements: vec![id],
        revision: None,
        by: user.handle.clone(),
    });
    Ok(Json(assigned).into_response())
}
