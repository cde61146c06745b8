//! Who may ask, answer and close a query, and what a writer may not do.

use super::Refusal;
use crate::checklist::GatePolicy;
use crate::model::{GateReason, Query, QueryState, Reviewer, Role, StatementId};

/// What a checker asks on one statement.
pub struct QueryRequest<'a> {
    pub statement: StatementId,
    pub assignee: Option<&'a str>,
    /// The article's writer, if one was named.
    pub writer: Option<&'a str>,
    pub text: &'a str,
}

/// A checker may query the writer about a statement they hold; an editor about any. A writer
/// does not query themselves, and there must be a writer to ask.
pub fn may_query(actor: &Reviewer, request: &QueryRequest<'_>) -> Result<(), Refusal> {
    match actor.role {
        Role::Writer => {
            return Err(Refusal::WriterMayNot {
                actor: actor.handle.clone(),
                doing: "open queries",
            });
        }
        Role::Checker if request.assignee != Some(actor.handle.as_str()) => {
            return Err(Refusal::QueryNotAssignee {
                id: request.statement,
                actor: actor.handle.clone(),
                assignee: request.assignee.map(str::to_string),
            });
        }
        Role::Checker | Role::Editor => {}
    }
    if request.writer.is_none() {
        return Err(Refusal::NoWriter {
            id: request.statement,
        });
    }
    if request.text.trim().is_empty() {
        return Err(Refusal::EmptyText { what: "a query" });
    }
    Ok(())
}

/// The query's writer answers it (an editor may answer for them); a resolved query takes no
/// more answers.
pub fn may_answer(
    actor: &Reviewer,
    query: i64,
    writer: &str,
    state: QueryState,
    text: &str,
) -> Result<(), Refusal> {
    if actor.role != Role::Editor && actor.handle != writer {
        return Err(Refusal::NotTheWriter {
            query,
            writer: writer.to_string(),
            actor: actor.handle.clone(),
        });
    }
    if state == QueryState::Resolved {
        return Err(Refusal::QueryResolved { query });
    }
    if text.trim().is_empty() {
        return Err(Refusal::EmptyText { what: "an answer" });
    }
    Ok(())
}

/// Whoever asked closes the query when the answer settles it (or withdraws it); an editor may
/// close any.
pub fn may_resolve(
    actor: &Reviewer,
    query: i64,
    asked_by: &str,
    state: QueryState,
) -> Result<(), Refusal> {
    if actor.role != Role::Editor && actor.handle != asked_by {
        return Err(Refusal::NotTheAsker {
            query,
            asked_by: asked_by.to_string(),
            actor: actor.handle.clone(),
        });
    }
    if state == QueryState::Resolved {
        return Err(Refusal::QueryResolved { query });
    }
    Ok(())
}

/// Statements go to checkers and editors: a writer does not check.
pub fn may_hold_statements(target: &Reviewer) -> Result<(), Refusal> {
    if target.role == Role::Writer {
        return Err(Refusal::WriterMayNot {
            actor: target.handle.clone(),
            doing: "be given statements to check",
        });
    }
    Ok(())
}

/// With the policy's `block_open_queries`, every query not resolved yet holds the article: the
/// writer has not answered, or the checker has not said the answer settles it.
pub fn open_queries_reason(policy: &GatePolicy, queries: &[Query]) -> Option<GateReason> {
    if !policy.block_open_queries {
        return None;
    }
    let open: Vec<&Query> = queries.iter().filter(|q| q.is_unresolved()).collect();
    if open.is_empty() {
        return None;
    }
    let mut statements: Vec<StatementId> = open.iter().map(|q| q.statement).collect();
    statements.sort_unstable();
    statements.dedup();
    let numbers: Vec<String> = open.iter().map(|q| format!("Q{}", q.id)).collect();
    Some(GateReason {
        code: "open-queries".into(),
        message: format!(
            "{} query(ies) to the writer not resolved: {}",
            open.len(),
            numbers.join(", ")
        ),
        statements,
    })
}
