//! The desk's rules as YAML: the items to confirm per kind, the skills that route kinds to
//! reviewers, the automatic checks and their levels, and the gate policy. The only module that knows
//! YAML (serde_yaml is archived upstream; keeping it here makes it replaceable in an afternoon).

mod error;
mod fragments;
mod guard;
mod schema;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::bounded::ReadError;
use crate::model::{DatingClass, Kind, Level, Status};

pub use error::{ChecklistError, Invalid};

/// The checklist used when an article names none.
pub const DEFAULT_NAME: &str = "news";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checklist {
    pub name: String,
    pub title: String,
    /// What a reviewer must confirm for a statement of each kind.
    pub items: BTreeMap<Kind, Vec<Item>>,
    /// Which reviewer skills a statement of each kind calls for.
    pub routing: BTreeMap<Kind, Vec<String>>,
    /// The automatic checks to run, by rule name, with the level their findings carry.
    pub checks: BTreeMap<String, Level>,
    pub gate: GatePolicy,
    /// How long a check on a fact that dates holds.
    pub expiry: ExpiryPolicy,
    /// Whether `revise` hands the statements a new draft adds to checkers at once, as
    /// `assign --auto` would; otherwise they wait, unassigned, for an editor.
    pub auto_assign_on_revise: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Short stable name a reviewer ticks: `spelling`, `source-primary`.
    pub id: String,
    pub text: String,
    /// Whether the gate requires it ticked on a verified statement of this kind.
    pub required: bool,
}

/// Which states of an article hold its publication.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GatePolicy {
    pub blocking_statuses: Vec<Status>,
    pub block_stale: bool,
    pub verified_needs_source: bool,
    pub blocking_levels: Vec<Level>,
    pub require_items: bool,
    /// Whether a query to the writer that is not resolved yet holds the article.
    pub block_open_queries: bool,
    /// Kinds whose statements need two different reviewers' verifications of their current
    /// words (four eyes) before the article may go.
    pub two_verifiers: Vec<Kind>,
}

/// Facts that date: a verification of a statement of one of these kinds, or holding words of
/// one of these classes, holds for the number of days given; past that, the gate holds the
/// article and the statement is open work again until it is checked afresh. Empty: checks
/// never lapse.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct ExpiryPolicy {
    pub kinds: BTreeMap<Kind, u32>,
    pub words: BTreeMap<DatingClass, u32>,
}

impl ExpiryPolicy {
    /// Whether any check may lapse under this policy.
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty() && self.words.is_empty()
    }
}

impl Default for GatePolicy {
    /// design.md's default: anything not verified or waived blocks, and so do stale checks,
    /// verified checks without a source and error-level findings.
    fn default() -> Self {
        GatePolicy {
            blocking_statuses: vec![
                Status::Unchecked,
                Status::InProgress,
                Status::Incorrect,
                Status::Disputed,
                Status::Unverifiable,
            ],
            block_stale: true,
            verified_needs_source: true,
            blocking_levels: vec![Level::Error],
            require_items: false,
            block_open_queries: true,
            two_verifiers: Vec::new(),
        }
    }
}

/// The checklists compiled into the binary, by name: (name, YAML text).
const BUILTIN: &[(&str, &str)] = &[
    ("news", include_str!("../../checklists/news.yaml")),
    (
        "investigation",
        include_str!("../../checklists/investigation.yaml"),
    ),
    ("opinion", include_str!("../../checklists/opinion.yaml")),
];

/// The names of the built-in checklists, the default first.
pub fn builtin_names() -> &'static [&'static str] {
    &["news", "investigation", "opinion"]
}

/// The YAML text of the built-in checklist called `name`, for a desk to copy and adapt.
pub fn builtin_source(name: &str) -> Option<&'static str> {
    BUILTIN
        .iter()
        .find(|(builtin, _)| *builtin == name)
        .map(|(_, text)| *text)
}

/// Reads and validates a checklist from its YAML text. `origin` (a file path, or `builtin:news`)
/// starts every error message.
pub fn parse(yaml: &str, origin: &str) -> Result<Checklist, ChecklistError> {
    let has_content = yaml.lines().any(|line| {
        let line = line.trim();
        !line.is_empty() && !line.starts_with('#') && line != "---"
    });
    guard::screen(yaml, origin)?;
    if !has_content {
        return Err(ChecklistError::invalid(
            origin,
            None,
            "the checklist is empty (expected a mapping with name, title, items, routing, checks and gate)",
        ));
    }
    let raw: schema::RawChecklist = match serde_yaml::from_str(yaml) {
        Ok(raw) => raw,
        Err(e) => {
            let whole = ChecklistError::from_yaml(origin, yaml, &e);
            // A syntax error leaves nothing to read piece by piece; a schema error may have
            // company: find it all, so a desk fixes its file in one go.
            let syntax = serde_yaml::from_str::<serde_yaml::Value>(yaml).is_err();
            return Err(match whole {
                ChecklistError::Invalid(invalid) if !syntax => {
                    ChecklistError::from_problems(fragments::schema_errors(yaml, origin, invalid))
                }
                other => other,
            });
        }
    };
    raw.validate(yaml, origin)
}

/// Reads and validates the checklist file at `path`.
pub fn load(path: &Path) -> Result<Checklist, ChecklistError> {
    Ok(Loaded::load(path)?.checklist)
}

/// A checklist with the YAML text it was read from. Articles store the text (so their reports
/// stay reproducible when a desk edits its file) and use the rules at once; a `Loaded` is only
/// ever built from its text, so the two cannot disagree.
#[derive(Debug, Clone)]
pub struct Loaded {
    checklist: Checklist,
    yaml: String,
}

impl Loaded {
    /// A built-in checklist by name.
    pub fn builtin(name: &str) -> Option<Loaded> {
        let yaml = builtin_source(name)?;
        Some(Loaded {
            checklist: parse(yaml, &format!("builtin:{name}")).ok()?,
            yaml: yaml.to_string(),
        })
    }

    /// A checklist from its YAML text; `origin` names it in error messages.
    pub fn parse(yaml: String, origin: &str) -> Result<Loaded, ChecklistError> {
        Ok(Loaded {
            checklist: parse(&yaml, origin)?,
            yaml,
        })
    }

    /// Reads and validates the checklist file at `path`.
    pub fn load(path: &Path) -> Result<Loaded, ChecklistError> {
        let text = read_text(path)?;
        Loaded::parse(text, &path.display().to_string())
    }

    pub fn checklist(&self) -> &Checklist {
        &self.checklist
    }

    pub fn yaml(&self) -> &str {
        &self.yaml
    }
}

fn read_text(path: &Path) -> Result<String, ChecklistError> {
    let origin = path.display().to_string();
    // A device or a pipe is refused, and no more than the limit is ever read (issue 11).
    let bytes =
        crate::bounded::read_limited(path, guard::MAX_CHECKLIST_BYTES as u64, "a checklist")
            .map_err(|e| match e {
                ReadError::NotFound { origin } => ChecklistError::Read {
                    origin,
                    source: std::io::ErrorKind::NotFound.into(),
                },
                ReadError::Io { origin, source } => ChecklistError::Read { origin, source },
                other => ChecklistError::Input(other),
            })?;
    String::from_utf8(bytes).map_err(|e| {
        ChecklistError::invalid(
            &origin,
            None,
            format!(
                "not UTF-8 text (byte {} is invalid): a checklist is a YAML text file",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

impl Checklist {
    /// The built-in checklist called `name`, if there is one.
    pub fn builtin(name: &str) -> Option<Checklist> {
        let text = builtin_source(name)?;
        // The built-in files are tested to parse; a failure here is a bug in this crate.
        Some(
            parse(text, &format!("builtin:{name}"))
                .unwrap_or_else(|e| panic!("built-in checklist is invalid: {e}")),
        )
    }

    /// The items a reviewer must confirm for a statement carrying any of `kinds`, in kind order.
    pub fn items_for(&self, kinds: crate::model::KindSet) -> Vec<&Item> {
        kinds
            .iter()
            .filter_map(|kind| self.items.get(&kind))
            .flatten()
            .collect()
    }

    /// The item called `id`, under whichever kind it is listed.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.values().flatten().find(|item| item.id == id)
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod expiry_tests;

impl GatePolicy {
    /// What this policy lets through that `base` holds, in words; empty when it is as strict.
    /// A checklist that relaxes the desk's default gate is an editor's choice (issue 11).
    pub fn relaxations(&self, base: &GatePolicy) -> Vec<String> {
        let mut relaxed: Vec<String> = base
            .blocking_statuses
            .iter()
            .filter(|s| !self.blocking_statuses.contains(s))
            .map(|s| format!("{s} statements do not block"))
            .collect();
        if base.block_stale && !self.block_stale {
            relaxed.push("stale checks do not block".into());
        }
        if base.verified_needs_source && !self.verified_needs_source {
            relaxed.push("a verified check needs no source".into());
        }
        relaxed.extend(
            base.blocking_levels
                .iter()
                .filter(|l| !self.blocking_levels.contains(l))
                .map(|l| format!("{l} findings do not block")),
        );
        if base.require_items && !self.require_items {
            relaxed.push("checklist items are not required".into());
        }
        if base.block_open_queries && !self.block_open_queries {
            relaxed.push("open queries do not block".into());
        }
        relaxed
    }
}
