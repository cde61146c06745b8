//! Findings as the desk reads them (each with its id and any dismissal), and an editor's
//! dismissal of a false positive.

use std::collections::HashMap;

use super::views::RevisionView;
use super::{Desk, DeskError, Result};
use crate::model::{RevisionFinding, StatementId};
use crate::store::{Intent, NewDismissal, Store};

impl Desk {
    /// The findings of a revision, each named `SLUG/KEY` and carrying the article's dismissal of
    /// the same finding on the same words, if there is one.
    pub(crate) fn revision_findings(
        &self,
        db: &Store,
        view: &RevisionView,
    ) -> Result<Vec<RevisionFinding>> {
        let mut findings = db.findings_of(view.revision.id)?;
        let dismissals = db.dismissals_of(view.article.id)?;
        let texts: HashMap<StatementId, &str> = view
            .statements
            .iter()
            .map(|s| (s.id, s.text.as_str()))
            .collect();
        for finding in &mut findings {
            let key = finding_key(finding, &view.revision.text, &texts);
            finding.dismissal = dismissals.get(&key).cloned();
            finding.id = format!("{}/{key}", view.article.slug);
        }
        Ok(findings)
    }

    /// An editor dismisses one finding of an article's latest revision, with the reason. Recorded
    /// append-only with who and when; the gate stops counting it until its words change.
    pub fn dismiss_finding(&self, id: &str, reason: &str) -> Result<RevisionFinding> {
        let editor = self.editor("dismiss findings")?;
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(DeskError::DismissalWithoutReason);
        }
        let Some((slug, key)) = id.rsplit_once('/') else {
            return Err(DeskError::NotAFinding { id: id.to_string() });
        };
        let now = self.now();
        let article = self.article(slug)?;
        self.write(&[Intent::Article(article.id)], |tx| {
            // Read in the transaction: the latest revision is the one the dismissal is made on.
            let view = self.revision_view_in(tx, slug, None)?;
            let findings = self.revision_findings(tx, &view)?;
            let Some(finding) = findings.into_iter().find(|f| f.id == id) else {
                return Err(DeskError::NoFinding {
                    id: id.to_string(),
                    slug: slug.to_string(),
                    revision: view.revision.number,
                });
            };
            if let Some(earlier) = &finding.dismissal {
                return Err(DeskError::Refused(format!(
                    "finding {id} was dismissed already, by {} at {}: {}",
                    earlier.by, earlier.at, earlier.reason
                )));
            }
            tx.insert_dismissal(
                view.article.id,
                key,
                &NewDismissal {
                    rule: &finding.rule,
                    message: &finding.message,
                    revision: view.revision.number,
                    reason,
                    by: &editor.handle,
                    at: &now,
                },
            )?;
            Ok(finding)
        })
    }
}

/// A finding's key: a fingerprint of its rule, its message and the words it is about (the text
/// at its span, and its statements' texts). The same finding on the same words in a later
/// revision has the same key; changed words give another, so a dismissal does not carry over.
fn finding_key(
    finding: &RevisionFinding,
    revision_text: &str,
    texts: &HashMap<StatementId, &str>,
) -> String {
    let mut words: Vec<&str> = vec![&finding.rule, &finding.message];
    if let Some(span) = finding.span {
        words.extend(revision_text.get(span.start..span.end));
    }
    words.extend(
        finding
            .statements
            .iter()
            .filter_map(|id| texts.get(id).copied()),
    );
    // FNV-1a over the parts, each ended by a zero byte: stable across builds and platforms.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in words {
        for byte in part.bytes().chain([0]) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{:08x}", hash >> 32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Level, Span};

    fn finding(message: &str, span: Option<Span>, statements: Vec<StatementId>) -> RevisionFinding {
        RevisionFinding {
            rule: "weekday-mismatch".into(),
            level: Level::Error,
            message: message.into(),
            statements,
            span,
            id: String::new(),
            dismissal: None,
        }
    }

    #[test]
    fn the_key_follows_the_words_not_the_position() {
        let texts: HashMap<StatementId, &str> =
            [(StatementId(1), "On Friday, Jan. 17, it began.")].into();
        let moved: HashMap<StatementId, &str> =
            [(StatementId(1), "On Friday, Jan. 17, it began.")].into();
        let edited: HashMap<StatementId, &str> =
            [(StatementId(1), "On Friday, Jan. 16, it began.")].into();
        let a = finding_key(&finding("m", None, vec![StatementId(1)]), "", &texts);
        assert_eq!(a.len(), 8);
        assert_eq!(
            a,
            finding_key(&finding("m", None, vec![StatementId(1)]), "", &moved)
        );
        assert_ne!(
            a,
            finding_key(&finding("m", None, vec![StatementId(1)]), "", &edited)
        );
        assert_ne!(
            a,
            finding_key(&finding("other", None, vec![StatementId(1)]), "", &texts)
        );
        let spanned = finding("m", Some(Span::new(0, 6)), vec![]);
        assert_ne!(
            finding_key(&spanned, "Friday the 17th", &texts),
            finding_key(&spanned, "Monday the 17th", &texts)
        );
    }
}
