//! A statement's queries to the article's writer on its page: `POST /statements/{id}/queries`
//! asks, `POST /queries/{id}/answer` answers, `POST /queries/{id}/resolve` closes. Who may do
//! which is the desk's rule (`Desk::ask`, `answer`, `resolve`); these only read the form.

use super::error::PageError;
use crate::desk::Desk;
use crate::model::StatementId;

fn text(pairs: &[(String, String)]) -> &str {
    pairs
        .iter()
        .find(|(name, _)| name == "text")
        .map_or("", |(_, value)| value.as_str())
}

/// Where a query's page section is.
fn back(statement: StatementId, said: &str) -> String {
    format!("/statements/{statement}?said={said}#queries-title")
}

/// Asks the writer about the statement; answers where to go and the article's slug.
pub fn ask(
    desk: &Desk,
    id: StatementId,
    pairs: &[(String, String)],
) -> Result<(String, String), PageError> {
    let query = desk.ask(id, text(pairs))?;
    Ok((back(id, "asked"), query.article))
}

/// Answers a query (no source from the page); where to go, the article and the statement.
pub fn answer(
    desk: &Desk,
    id: i64,
    pairs: &[(String, String)],
) -> Result<(String, String, StatementId), PageError> {
    let query = desk.answer(id, text(pairs), None)?;
    Ok((
        back(query.statement, "answered"),
        query.article,
        query.statement,
    ))
}

/// Resolves a query; where to go, the article and the statement.
pub fn resolve(desk: &Desk, id: i64) -> Result<(String, String, StatementId), PageError> {
    let query = desk.resolve(id)?;
    Ok((
        back(query.statement, "resolved"),
        query.article,
        query.statement,
    ))
}
