//! Which checklist an article uses is an editor's decision (issue 11): any checker could ingest
//! with a checklist whose gate blocks nothing, and the article was READY with twenty statements
//! unchecked. The desk's default (`news`) needs no one's word; any other checklist, and above
//! all one that relaxes the default gate, is chosen by an editor, and the choice is recorded
//! (who, when, and what it relaxes) in the article's chained history.

use super::{Desk, DeskError, Result};
use crate::checklist::{DEFAULT_NAME, GatePolicy, Loaded};
use crate::model::{Reviewer, Role};
use crate::store::Intent;

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

    /// An editor changes the checklist an article uses from now on; the choice is recorded with
    /// who, when, the note given and what the new checklist relaxes. Returns what was recorded.
    pub fn use_checklist(&self, slug: &str, loaded: &Loaded, note: Option<&str>) -> Result<String> {
        let editor = self.editor("change an article's checklist")?;
        let article = self.article(slug)?;
        let relaxed = loaded.checklist().gate.relaxations(&GatePolicy::default());
        let mut recorded = format!("now uses checklist '{}'", loaded.checklist().name);
        if !relaxed.is_empty() {
            recorded.push_str(&format!(
                ", which relaxes the desk's gate: {}",
                relaxed.join("; ")
            ));
        }
        if let Some(note) = note {
            recorded.push_str(&format!(" ({note})"));
        }
        let now = self.now();
        self.write(&[Intent::Article(article.id)], |tx| {
            self.not_before_history(tx, article.id)?;
            tx.choose_checklist(
                article.id,
                &loaded.checklist().name,
                loaded.yaml(),
                Some(&recorded),
                (&now, &editor.handle),
            )?;
            Ok(())
        })?;
        Ok(recorded)
    }
}
