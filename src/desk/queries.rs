//! Queries: a checker asks the article's writer about one statement, the writer answers
//! (optionally with a source), and whoever asked resolves it. Every step is an append-only row;
//! a query's state is computed from them.

use super::notify::{Notice, clip};
use super::{Desk, DeskError, HistoryEntry, Result};
use crate::model::{
    ArticleId, NotificationKind, Query, QueryAnswer, QueryState, Role, Source, StatementId,
};
use crate::store::{Intent, NewQuery, NewReply, QueriesOf, QueryRow, Reply, Store};
use crate::workflow::{self, QueryRequest};

/// Which queries to list.
#[derive(Debug, Clone, Copy, Default)]
pub struct QueryFilter<'a> {
    /// One article's (by slug), or the whole desk's.
    pub article: Option<&'a str>,
    /// Only those not resolved yet.
    pub unresolved: bool,
}

pub(crate) fn query_view(row: QueryRow) -> Query {
    let mut answers = Vec::new();
    let mut resolved = None;
    for reply in row.replies {
        match reply.reply {
            Reply::Answer => answers.push(QueryAnswer {
                text: reply.text.unwrap_or_default(),
                source: reply.source,
                by: reply.by,
                at: reply.at,
            }),
            Reply::Resolve => resolved = resolved.or(Some((reply.by, reply.at))),
        }
    }
    let state = match (&resolved, answers.is_empty()) {
        (Some(_), _) => QueryState::Resolved,
        (None, false) => QueryState::Answered,
        (None, true) => QueryState::Open,
    };
    let (resolved_by, resolved_at) = resolved.unzip();
    Query {
        id: row.id,
        statement: row.statement_id,
        article: row.slug,
        revision: row.revision,
        writer: row.writer,
        text: row.text,
        asked_by: row.asked_by,
        asked_at: row.asked_at,
        state,
        answers,
        resolved_by,
        resolved_at,
    }
}

impl Desk {
    /// A checker (the statement's assignee) or an editor asks the article's writer about one
    /// statement of the latest revision.
    pub fn ask(&self, statement: StatementId, text: &str) -> Result<Query> {
        let actor = self.actor()?;
        let now = self.now();
        let article = self.statement_article_intent(statement)?;
        let id = self.write(&article, |tx| {
            let version = self.current(tx, statement)?;
            self.not_before_history(tx, version.article_id)?;
            let writer = tx.article_writer(version.article_id)?;
            workflow::may_query(
                &actor,
                &QueryRequest {
                    statement,
                    assignee: version.assignee.as_deref(),
                    writer: writer.as_deref(),
                    text,
                },
            )?;
            let writer = writer.as_deref().expect("may_query wants a writer");
            let id = tx.insert_query(&NewQuery {
                statement_id: statement,
                revision_id: version.revision_id,
                writer,
                text: text.trim(),
                by: &actor.handle,
                at: &now,
            })?;
            self.notify(
                tx,
                Notice::on(
                    writer,
                    NotificationKind::QueryAsked,
                    version.article_id,
                    statement,
                    format!("{} asks about #{statement}: {}", actor.handle, clip(text)),
                )
                .about_query(id),
            )?;
            Ok(id)
        })?;
        self.query(id)
    }

    /// The writer (or an editor for them) answers a query, optionally citing a source.
    pub fn answer(&self, query: i64, text: &str, source: Option<&Source>) -> Result<Query> {
        let actor = self.actor()?;
        let now = self.now();
        let article = self.query_in(&self.store, query)?.article_id;
        self.write(&[Intent::Article(article)], |tx| {
            let current = self.query_in(tx, query)?;
            self.not_before_history(tx, current.article_id)?;
            let state = query_view(current.clone()).state;
            workflow::may_answer(&actor, query, &current.writer, state, text)?;
            let source = self.confidential_sources(tx, &actor, source.cloned().as_slice())?;
            tx.insert_query_reply(&NewReply {
                query_id: query,
                reply: Reply::Answer,
                text: Some(text.trim()),
                source: source.first(),
                by: &actor.handle,
                at: &now,
            })?;
            self.notify(
                tx,
                Notice::on(
                    &current.asked_by,
                    NotificationKind::QueryAnswered,
                    current.article_id,
                    current.statement_id,
                    format!(
                        "{} answered your query {query} on #{}: {}",
                        actor.handle,
                        current.statement_id,
                        clip(text)
                    ),
                )
                .about_query(query),
            )?;
            Ok(())
        })?;
        self.query(query)
    }

    /// Whoever asked (or an editor) closes a query.
    pub fn resolve(&self, query: i64) -> Result<Query> {
        let actor = self.actor()?;
        let now = self.now();
        let article = self.query_in(&self.store, query)?.article_id;
        self.write(&[Intent::Article(article)], |tx| {
            let current = self.query_in(tx, query)?;
            self.not_before_history(tx, current.article_id)?;
            let state = query_view(current.clone()).state;
            workflow::may_resolve(&actor, query, &current.asked_by, state)?;
            tx.insert_query_reply(&NewReply {
                query_id: query,
                reply: Reply::Resolve,
                text: None,
                source: None,
                by: &actor.handle,
                at: &now,
            })?;
            self.notify(
                tx,
                Notice::on(
                    &current.asked_by,
                    NotificationKind::QueryResolved,
                    current.article_id,
                    current.statement_id,
                    format!(
                        "{} resolved your query {query} on #{}",
                        actor.handle, current.statement_id
                    ),
                )
                .about_query(query),
            )?;
            Ok(())
        })?;
        self.query(query)
    }

    /// The article of a statement as the intent of a write on it (none for an unknown id, which
    /// the transaction then refuses).
    pub(super) fn statement_article_intent(&self, statement: StatementId) -> Result<Vec<Intent>> {
        Ok(self
            .store
            .statement_article(statement)?
            .map(Intent::Article)
            .into_iter()
            .collect())
    }

    /// One query with what was said on it.
    pub fn query(&self, id: i64) -> Result<Query> {
        self.query_in(&self.store, id).map(query_view)
    }

    fn query_in(&self, store: &Store, id: i64) -> Result<QueryRow> {
        store
            .query(id)?
            .ok_or_else(|| DeskError::NotFound(format!("no query {id}")))
    }

    /// Queries, oldest first: the desk's or one article's, all or only the unresolved.
    pub fn queries(&self, filter: QueryFilter<'_>) -> Result<Vec<Query>> {
        let of = match filter.article {
            Some(slug) => QueriesOf::Article(self.article(slug)?.id),
            None => QueriesOf::All,
        };
        Ok(self
            .store
            .queries(of)?
            .into_iter()
            .map(query_view)
            .filter(|q| !filter.unresolved || q.is_unresolved())
            .collect())
    }

    /// The queries on one article's statements, oldest first.
    pub(crate) fn queries_of_article(
        &self,
        db: &Store,
        article_id: ArticleId,
    ) -> Result<Vec<Query>> {
        Ok(db
            .queries(QueriesOf::Article(article_id))?
            .into_iter()
            .map(query_view)
            .collect())
    }

    /// The queries on one statement, oldest first.
    pub fn queries_of_statement(&self, id: StatementId) -> Result<Vec<Query>> {
        Ok(self
            .store
            .queries(QueriesOf::Statement(id))?
            .into_iter()
            .map(query_view)
            .collect())
    }

    /// For a writer: the queries addressed to them that wait for an answer, oldest first.
    pub fn writer_queue(&self) -> Result<Vec<Query>> {
        let actor = self.reader()?;
        if actor.role != Role::Writer {
            return Ok(Vec::new());
        }
        Ok(self
            .store
            .queries(QueriesOf::All)?
            .into_iter()
            .filter(|q| q.writer == actor.handle)
            .map(query_view)
            .filter(|q| q.state == QueryState::Open)
            .collect())
    }

    /// Refuses to name as an article's writer anyone but an active reviewer with the writer role.
    pub(super) fn writer_to_name(&self, store: &Store, handle: &str) -> Result<()> {
        match store.reviewer(handle)? {
            None => Err(DeskError::NotFound(format!(
                "unknown writer '{handle}': no reviewer has that handle"
            ))),
            Some(r) if r.role != Role::Writer => Err(DeskError::Refused(format!(
                "'{handle}' has the {} role, not the writer role: an article's writer must be a writer",
                r.role
            ))),
            Some(r) if !r.active => {
                Err(DeskError::Refused(format!("writer '{handle}' is inactive")))
            }
            Some(_) => Ok(()),
        }
    }

    /// The writer named for an article, if any.
    pub fn article_writer(&self, slug: &str) -> Result<Option<String>> {
        let article = self.article(slug)?;
        Ok(self.store.article_writer(article.id)?)
    }

    /// A statement's queries, answers and resolutions as history entries.
    pub(super) fn query_history(&self, id: StatementId) -> Result<Vec<super::views::Keyed>> {
        let mut out = Vec::new();
        for query in self.queries_of_statement(id)? {
            let entry = |at: &chrono::DateTime<chrono::Utc>,
                         by: &str,
                         event: &str,
                         detail: String,
                         text: Option<String>| {
                (
                    crate::model::time::rfc3339(at),
                    query.revision,
                    4,
                    HistoryEntry {
                        at: crate::model::time::rfc3339(at),
                        by: by.to_string(),
                        event: event.into(),
                        revision: None,
                        detail: Some(detail),
                        old_text: None,
                        new_text: text,
                        edits: vec![],
                        check: None,
                    },
                )
            };
            out.push(entry(
                &query.asked_at,
                &query.asked_by,
                "query",
                format!("Q{} to {}", query.id, query.writer),
                Some(query.text.clone()),
            ));
            for answer in &query.answers {
                let source = answer
                    .source
                    .as_ref()
                    .map(|s| format!(", source {s}"))
                    .unwrap_or_default();
                out.push(entry(
                    &answer.at,
                    &answer.by,
                    "query-answered",
                    format!("Q{}{source}", query.id),
                    Some(answer.text.clone()),
                ));
            }
            if let (Some(by), Some(at)) = (&query.resolved_by, &query.resolved_at) {
                out.push(entry(
                    at,
                    by,
                    "query-resolved",
                    format!("Q{}", query.id),
                    None,
                ));
            }
        }
        Ok(out)
    }
}
