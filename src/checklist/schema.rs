//! The checklist file as written: serde types that refuse unknown keys and unknown names, so
//! serde_yaml can place each mistake at its line and column. Converted into [`Checklist`] after
//! the checks serde cannot make (duplicate item ids, id spelling, statuses that cannot block).

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::error::{ChecklistError, Invalid, locate};
use super::{Checklist, ExpiryPolicy, GatePolicy, Item};
use crate::lint::RULES;
use crate::model::{DatingClass, Kind, Level, Status};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawChecklist {
    name: String,
    title: String,
    #[serde(default)]
    items: UniqueMap<Kind, Vec<RawItem>>,
    #[serde(default)]
    routing: UniqueMap<Kind, Vec<String>>,
    /// Absent: every rule at its default level. Present: only the rules it names.
    #[serde(default)]
    checks: Option<UniqueMap<RuleName, CheckLevel>>,
    #[serde(default)]
    gate: RawGate,
    #[serde(default)]
    expiry: RawExpiry,
    #[serde(default)]
    auto_assign_on_revise: bool,
}

/// The same file with every section optional: one section read alone (see `fragments`) is
/// checked against exactly the rules it would meet in the whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // read only for its errors
pub(super) struct PartialChecklist {
    name: Option<String>,
    title: Option<String>,
    items: Option<UniqueMap<Kind, Vec<RawItem>>>,
    routing: Option<UniqueMap<Kind, Vec<String>>>,
    checks: Option<UniqueMap<RuleName, CheckLevel>>,
    gate: Option<RawGate>,
    expiry: Option<RawExpiry>,
    auto_assign_on_revise: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: String,
    text: String,
    #[serde(default)]
    required: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawGate {
    blocking_statuses: Vec<Status>,
    block_stale: bool,
    verified_needs_source: bool,
    blocking_levels: Vec<Level>,
    require_items: bool,
    block_open_queries: bool,
    two_verifiers: Vec<Kind>,
}

impl Default for RawGate {
    fn default() -> Self {
        let policy = GatePolicy::default();
        RawGate {
            blocking_statuses: policy.blocking_statuses,
            block_stale: policy.block_stale,
            verified_needs_source: policy.verified_needs_source,
            blocking_levels: policy.blocking_levels,
            require_items: policy.require_items,
            block_open_queries: policy.block_open_queries,
            two_verifiers: policy.two_verifiers,
        }
    }
}

/// `expiry:` as written: days per kind and per class of dating words.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawExpiry {
    kinds: UniqueMap<Kind, Days>,
    words: UniqueMap<DatingClass, Days>,
}

/// The longest hold a checklist may give: ten years. A longer one is a typo (days for hours?).
pub(super) const MAX_HOLD_DAYS: u32 = 3650;

/// How long a check holds: a whole number of days, 1 to [`MAX_HOLD_DAYS`].
#[derive(Debug, Clone, Copy)]
struct Days(u32);

impl<'de> Deserialize<'de> for Days {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct DaysVisitor;

        impl Visitor<'_> for DaysVisitor {
            type Value = Days;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a whole number of days from 1 to {MAX_HOLD_DAYS}")
            }

            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Days, E> {
                u32::try_from(n)
                    .ok()
                    .filter(|n| (1..=MAX_HOLD_DAYS).contains(n))
                    .map(Days)
                    .ok_or_else(|| {
                        E::custom(format!(
                            "{n} days is out of range (expected a whole number of days from 1 to {MAX_HOLD_DAYS}: how long a check on such a fact holds)"
                        ))
                    })
            }

            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Days, E> {
                self.visit_i64(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }

        d.deserialize_any(DaysVisitor)
    }
}

/// A rule name that [`RULES`] knows.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct RuleName(String);

impl<'de> Deserialize<'de> for RuleName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        if RULES.iter().any(|rule| rule.name == name) {
            Ok(RuleName(name))
        } else {
            let expected: Vec<&str> = RULES.iter().map(|rule| rule.name).collect();
            Err(de::Error::custom(format!(
                "unknown rule '{name}' (expected one of: {})",
                expected.join(", ")
            )))
        }
    }
}

impl fmt::Display for RuleName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A check's level, or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CheckLevel {
    Off,
    On(Level),
}

impl<'de> Deserialize<'de> for CheckLevel {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let word = String::deserialize(d)?;
        if word == "off" {
            return Ok(CheckLevel::Off);
        }
        word.parse().map(CheckLevel::On).map_err(|_| {
            let levels: Vec<&str> = Level::ALL.iter().map(|l| l.as_str()).collect();
            de::Error::custom(format!(
                "unknown level '{word}' (expected one of: {}, off)",
                levels.join(", ")
            ))
        })
    }
}

/// A map that refuses a key written twice (serde's maps silently keep the last one, which would
/// hide half of a desk's items).
#[derive(Debug)]
struct UniqueMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for UniqueMap<K, V> {
    fn default() -> Self {
        UniqueMap(Vec::new())
    }
}

impl<'de, K, V> Deserialize<'de> for UniqueMap<K, V>
where
    K: Deserialize<'de> + PartialEq + fmt::Display,
    V: Deserialize<'de>,
{
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct UniqueVisitor<K, V>(PhantomData<(K, V)>);

        impl<'de, K, V> Visitor<'de> for UniqueVisitor<K, V>
        where
            K: Deserialize<'de> + PartialEq + fmt::Display,
            V: Deserialize<'de>,
        {
            type Value = UniqueMap<K, V>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries: Vec<(K, V)> = Vec::new();
                while let Some(key) = map.next_key::<K>()? {
                    if entries.iter().any(|(k, _)| *k == key) {
                        return Err(de::Error::custom(format!(
                            "'{key}' is written twice (expected each key once)"
                        )));
                    }
                    let value = map.next_value()?;
                    entries.push((key, value));
                }
                Ok(UniqueMap(entries))
            }
        }

        d.deserialize_map(UniqueVisitor(PhantomData))
    }
}

impl RawChecklist {
    /// The checks serde cannot make, then the conversion. `text` and `origin` place errors.
    pub(super) fn validate(self, text: &str, origin: &str) -> Result<Checklist, ChecklistError> {
        let mut problems: Vec<Invalid> = Vec::new();
        let mut fail = |location, message: String| {
            problems.push(Invalid {
                origin: origin.to_string(),
                location,
                message,
            })
        };

        if !is_kebab(&self.name) {
            fail(
                locate(text, "name", None, 0),
                format!(
                    "checklist name '{}' must be kebab-case (lowercase letters, digits and dashes, e.g. 'city-desk')",
                    self.name
                ),
            );
        }
        if self.title.trim().is_empty() {
            fail(
                locate(text, "title", None, 0),
                "the title is empty (expected a short human title, e.g. 'Daily news')".into(),
            );
        }

        let mut items = BTreeMap::new();
        let mut seen_ids: Vec<&str> = Vec::new();
        for (kind, list) in &self.items.0 {
            for item in list {
                let occurrence = seen_ids.iter().filter(|id| **id == item.id).count();
                if !is_kebab(&item.id) {
                    fail(
                        locate(text, "id", Some(&item.id), occurrence),
                        format!(
                            "item id '{}' under items.{kind} must be kebab-case (lowercase letters, digits and dashes, e.g. 'quote-verbatim')",
                            item.id
                        ),
                    );
                }
                if occurrence > 0 {
                    fail(
                        locate(text, "id", Some(&item.id), occurrence),
                        format!(
                            "duplicate item id '{}' under items.{kind} (expected each item id once in the whole checklist: reviewers tick items by id)",
                            item.id
                        ),
                    );
                }
                if item.text.trim().is_empty() {
                    fail(
                        locate(text, "id", Some(&item.id), 0),
                        format!(
                            "item '{}' has an empty text (expected what the reviewer must confirm)",
                            item.id
                        ),
                    );
                }
                seen_ids.push(&item.id);
            }
            let converted = list
                .iter()
                .map(|item| Item {
                    id: item.id.clone(),
                    text: item.text.trim().to_string(),
                    required: item.required,
                })
                .collect();
            items.insert(*kind, converted);
        }

        let mut routing = BTreeMap::new();
        for (kind, skills) in &self.routing.0 {
            if let Some(empty) = skills.iter().position(|s| s.trim().is_empty()) {
                fail(
                    locate(text, kind.as_str(), None, 0),
                    format!(
                        "skill {} under routing.{kind} is empty (expected a reviewer skill, e.g. 'data')",
                        empty + 1
                    ),
                );
            }
            routing.insert(*kind, skills.iter().map(|s| s.trim().to_string()).collect());
        }

        let checks = match self.checks {
            None => RULES
                .iter()
                .map(|rule| (rule.name.to_string(), rule.default_level))
                .collect(),
            Some(listed) => listed
                .0
                .into_iter()
                .filter_map(|(rule, level)| match level {
                    CheckLevel::Off => None,
                    CheckLevel::On(level) => Some((rule.0, level)),
                })
                .collect(),
        };

        for never_blocks in [Status::Verified, Status::Waived] {
            if self.gate.blocking_statuses.contains(&never_blocks) {
                fail(
                    locate(text, "blocking_statuses", None, 0),
                    format!(
                        "'{never_blocks}' cannot be a blocking status under gate.blocking_statuses (expected some of: unchecked, in-progress, incorrect, disputed, unverifiable)"
                    ),
                );
            }
        }

        if !problems.is_empty() {
            return Err(ChecklistError::from_problems(problems));
        }
        Ok(Checklist {
            expiry: ExpiryPolicy {
                kinds: self.expiry.kinds.0.iter().map(|(k, d)| (*k, d.0)).collect(),
                words: self.expiry.words.0.iter().map(|(c, d)| (*c, d.0)).collect(),
            },
            auto_assign_on_revise: self.auto_assign_on_revise,
            name: self.name,
            title: self.title.trim().to_string(),
            items,
            routing,
            checks,
            gate: GatePolicy {
                blocking_statuses: dedup(self.gate.blocking_statuses),
                block_stale: self.gate.block_stale,
                verified_needs_source: self.gate.verified_needs_source,
                blocking_levels: dedup(self.gate.blocking_levels),
                require_items: self.gate.require_items,
                block_open_queries: self.gate.block_open_queries,
                two_verifiers: dedup(self.gate.two_verifiers),
            },
        })
    }
}

fn dedup<T: PartialEq>(values: Vec<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(values.len());
    for value in values {
        if !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

/// Lowercase ASCII letters and digits in dash-separated words: `source-primary`.
fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::is_kebab;

    #[test]
    fn kebab_case_is_lowercase_words_joined_by_single_dashes() {
        for good in ["news", "quote-verbatim", "figure-2"] {
            assert!(is_kebab(good), "{good}");
        }
        for bad in [
            "",
            "Quote",
            "quote_verbatim",
            "quote--x",
            "-quote",
            "quote ",
        ] {
            assert!(!is_kebab(bad), "{bad:?}");
        }
    }
}
