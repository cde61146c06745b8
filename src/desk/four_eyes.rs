//! Four eyes: who verified each statement's current words, for the rule in
//! [`crate::workflow::four_eyes_reason`].

use std::collections::HashMap;

use super::views::RevisionView;
use super::{Desk, Result};
use crate::model::{StatementId, Status};
use crate::normalize::same_words;
use crate::store::Store;

impl Desk {
    /// Who verified each statement of `kinds` on its current words, for the four-eyes rule.
    pub(crate) fn verifiers_of(
        &self,
        db: &Store,
        view: &RevisionView,
        kinds: &[crate::model::Kind],
    ) -> Result<HashMap<StatementId, std::collections::BTreeSet<String>>> {
        let mut out = HashMap::new();
        for statement in view
            .statements
            .iter()
            .filter(|s| s.status == Status::Verified)
            .filter(|s| kinds.iter().any(|k| s.kinds.contains(*k)))
        {
            // Only the run of verifications since the last other verdict counts: a reviewer
            // who verified, then disputed, no longer vouches for the words.
            let mut who = std::collections::BTreeSet::new();
            for check in db.checks_of(statement.id)? {
                if check.status == Status::Verified && same_words(&check.text, &statement.text) {
                    who.insert(check.checked_by);
                } else {
                    who.clear();
                }
            }
            out.insert(statement.id, who);
        }
        Ok(out)
    }
}
