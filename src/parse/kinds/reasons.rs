//! A statement's kind reasons as byte ranges of its own text, in the order the rules heard
//! them: one small list per statement instead of a map of owned strings (a `String` per
//! triggering word was most of `split --json`'s allocations). It serialises exactly as
//! [`KindReasons`] does, and converts to it where a model value is wanted.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use crate::model::{Kind, KindReasons, KindSet};

/// Each triggering word of a statement once per kind: its kind and where it lies in the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reasons {
    words: Vec<(Kind, u32, u32)>,
}

impl Reasons {
    /// Notes `word` (a slice of `text`) for `kind`, unless that kind has the same word already.
    pub(super) fn note(&mut self, text: &str, kind: Kind, word: &str) {
        let start = word.as_ptr() as usize - text.as_ptr() as usize;
        let heard =
            |&&(k, s, e): &&(Kind, u32, u32)| k == kind && &text[s as usize..e as usize] == word;
        if !self.words.iter().any(|entry| heard(&entry)) {
            self.words
                .push((kind, start as u32, (start + word.len()) as u32));
        }
    }

    /// The kinds that have a reason.
    pub fn kinds(&self) -> KindSet {
        let mut kinds = KindSet::EMPTY;
        for (kind, _, _) in &self.words {
            kinds.insert(*kind);
        }
        kinds
    }

    /// The words of `kind` as written in `text` (the statement they were found in), in order.
    fn words_of<'a>(&'a self, text: &'a str, kind: Kind) -> impl Iterator<Item = &'a str> + 'a {
        self.words
            .iter()
            .filter(move |(k, _, _)| *k == kind)
            .map(move |&(_, s, e)| &text[s as usize..e as usize])
    }

    /// As the model's map of owned words.
    pub fn to_map(&self, text: &str) -> KindReasons {
        self.kinds()
            .iter()
            .map(|kind| {
                (
                    kind,
                    self.words_of(text, kind).map(str::to_string).collect(),
                )
            })
            .collect()
    }

    /// The reasons with the text they point into, to serialise.
    pub fn in_text<'a>(&'a self, text: &'a str) -> ReasonsInText<'a> {
        ReasonsInText {
            reasons: self,
            text,
        }
    }
}

/// [`Reasons`] beside their statement's text: serialises as the [`KindReasons`] of
/// [`Reasons::to_map`] does, byte for byte (`{"figure": ["3.5%"], "name": ["Apple"]}`, kinds
/// in their declaration order), without building it.
pub struct ReasonsInText<'a> {
    reasons: &'a Reasons,
    text: &'a str,
}

impl Serialize for ReasonsInText<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let kinds = self.reasons.kinds();
        let mut map = serializer.serialize_map(Some(kinds.iter().count()))?;
        for kind in kinds.iter() {
            map.serialize_entry(
                &kind,
                &Words {
                    reasons: self.reasons,
                    text: self.text,
                    kind,
                },
            )?;
        }
        map.end()
    }
}

/// The words of one kind, as a JSON array.
struct Words<'a> {
    reasons: &'a Reasons,
    text: &'a str,
    kind: Kind,
}

impl Serialize for Words<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let len = self.reasons.words_of(self.text, self.kind).count();
        let mut seq = serializer.serialize_seq(Some(len))?;
        for word in self.reasons.words_of(self.text, self.kind) {
            seq.serialize_element(word)?;
        }
        seq.end()
    }
}
