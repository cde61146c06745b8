//! Which checklist an article uses is an editor's decision (issue 11): any checker could ingest
//! with a checklist whose gate blocks nothing, and the article was READY with twenty statements
//! unchecked. The desk's default (`news`) needs no one's word; any other checklist, and above
//! all one that relaxes the default gate, is chosen by an editor, and the choice is recorded
//! (who, when, and what it relaxes) in the article's chained history.

use super::{Desk, DeskError, Result};
use crate::checklist::{DEFAULT_NAME, GatePolicy, Loaded};
use crate::model::{Reviewer, Role};

impl Desk {
    /// Whether `actor` may have an article use `loaded`, and the note recorded with the choice.
    pub(crate) fn checklist_choice(
        &self,
        loaded: &Loaded,
        actor: &Reviewer,
    ) -> Result<Option<String>> {
        let is_default = Loaded::builtin(DEFAULT_NAME).is_some_and(|d| d.yaml() == loaded.yaml());
        if is_default {
            return Ok(None);
        }
        let name = &loaded.checklist().name;
        let relaxed = loaded.checklist().gate.relaxations(&GatePolicy::default());
        if actor.role != Role::Editor {
            let why = if relaxed.is_empty() {
                String::new()
            } else {
                format!(" (it relaxes the desk's gate: {})", relaxed.join("; "))
            };
            return Err(DeskError::Refused(format!(
                "choosing the checklist '{name}'{why} is an editor's decision: ask an editor, or use the desk's default ({DEFAULT_NAME})"
            )));
        }
        Ok(Some(if relaxed.is_empty() {
            format!("checklist '{name}' chosen by an editor")
        } else {
            format!(
                "checklist '{name}' relaxes the desk's gate: {}",
                relaxed.join("; ")
            )
        }))
    }
}
