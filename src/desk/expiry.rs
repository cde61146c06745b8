//! Facts that date, on the desk: each revision's verified statements get their expiry under the
//! article's checklist, judged at this command's moment, or, for a revision that went out, at
//! its publication (what was published was checked as of then; a published piece's statements
//! do not fall back into anyone's queue as the months pass). The rule itself is
//! [`crate::workflow::expiry`]; nothing is stored: the expiry is computed from the checks'
//! times whenever the desk is read.

use chrono::{DateTime, Utc};

use super::{Desk, Result, RevisionView};
use crate::checklist::Checklist;
use crate::lang::Language;
use crate::model::{Gate, Metadata, Statement};
use crate::store::{ArticleRow, Store};

impl Desk {
    /// The moment revision `number` of `article` is judged at: its first publication, if it
    /// was published, else now.
    pub(super) fn expiry_moment(
        &self,
        db: &Store,
        article: &ArticleRow,
        number: u32,
    ) -> Result<DateTime<Utc>> {
        let published = db
            .publications_of(article.id)?
            .into_iter()
            .filter(|p| p.revision == number)
            .map(|p| p.at)
            .min();
        Ok(published.unwrap_or(self.now))
    }

    /// Fills the expiry of a revision's statements under the article's checklist (`checklist`
    /// when the caller has read it already; it is read only if some check could lapse).
    pub(super) fn apply_expiry(
        &self,
        db: &Store,
        article: &ArticleRow,
        number: u32,
        metadata: &Metadata,
        checklist: Option<&Checklist>,
        statements: &mut [Statement],
    ) -> Result<()> {
        if !statements.iter().any(crate::workflow::can_lapse) {
            return Ok(());
        }
        let read;
        let checklist = match checklist {
            Some(checklist) => checklist,
            None => {
                read = self.article_checklist(article)?;
                &read
            }
        };
        if checklist.expiry.is_empty() {
            return Ok(());
        }
        let at = self.expiry_moment(db, article, number)?;
        let language = Language::of_code(metadata.language.as_deref());
        crate::workflow::apply_expiry(statements, language, &checklist.expiry, at);
        Ok(())
    }

    /// The gate's hold on lapsed verifications, and the moment the next one lapses (when the
    /// revision is judged now: a published one's judgement is fixed at its publication).
    pub(super) fn expiry_of_gate(
        &self,
        db: &Store,
        view: &RevisionView,
        gate: &mut Gate,
    ) -> Result<()> {
        if let Some(reason) = crate::workflow::expired_reason(&view.statements) {
            gate.reasons.push(reason);
            gate.ready = false;
        }
        let next = crate::workflow::next_lapse(&view.statements);
        if next.is_some()
            && self.expiry_moment(db, &view.article, view.revision.number)? == self.now
        {
            gate.next_lapse_at = next;
        }
        Ok(())
    }
}

/// A revision's text and metadata (empty when the revision is gone), for a queue that judges
/// statements from many revisions.
pub(super) fn text_and_metadata(
    db: &Store,
    article: &ArticleRow,
    number: u32,
) -> Result<(String, Metadata)> {
    let row = db.revision(article.id, number)?;
    let metadata = row
        .as_ref()
        .and_then(|r| serde_json::from_str(&r.metadata_json).ok())
        .unwrap_or_default();
    Ok((row.map(|r| r.text).unwrap_or_default(), metadata))
}
