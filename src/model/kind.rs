//! The kinds of fact a statement carries, and the set of them a statement has.

use super::named_enum;

named_enum! {
    /// What sort of fact a statement carries. A statement may carry several.
    pub enum Kind as "kind" {
        Quote = "quote",
        Figure = "figure",
        Date = "date",
        Name = "name",
        Place = "place",
        Attribution = "attribution",
        AnonymousSource = "anonymous-source",
        Superlative = "superlative",
        Opinion = "opinion",
    }
}

impl Kind {
    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// Why a statement carries each of its kinds: the words, as written, that triggered the kind's
/// rule. Serialises as `{"figure": ["3.5%"], "name": ["Apple"]}`.
pub type KindReasons = std::collections::BTreeMap<Kind, Vec<String>>;

/// A set of kinds, kept as a bit set: statements are many and their kinds are few.
/// Iterates and serialises in the declaration order of [`Kind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct KindSet(u16);

impl KindSet {
    pub const EMPTY: KindSet = KindSet(0);
    /// Every kind (one bit per variant of [`Kind`]).
    pub const ALL: KindSet = KindSet((1 << Kind::ALL.len()) - 1);

    pub fn insert(&mut self, kind: Kind) {
        self.0 |= kind.bit();
    }

    pub fn contains(self, kind: Kind) -> bool {
        self.0 & kind.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Kind> {
        Kind::ALL.iter().copied().filter(move |k| self.contains(*k))
    }

    /// The raw bits, for storage.
    pub fn bits(self) -> u16 {
        self.0
    }

    /// Rebuilds a set from stored bits, dropping bits no kind has.
    pub fn from_bits(bits: u16) -> KindSet {
        let known = Kind::ALL.iter().fold(0, |acc, k| acc | k.bit());
        KindSet(bits & known)
    }

    /// True when the only kind is `opinion`: the statement suggests a waiver rather than a check.
    pub fn is_opinion_only(self) -> bool {
        self.0 == Kind::Opinion.bit()
    }
}

impl FromIterator<Kind> for KindSet {
    fn from_iter<I: IntoIterator<Item = Kind>>(iter: I) -> Self {
        let mut set = KindSet::EMPTY;
        for kind in iter {
            set.insert(kind);
        }
        set
    }
}

impl serde::Serialize for KindSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> serde::Deserialize<'de> for KindSet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Vec::<Kind>::deserialize(d)?.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_round_trips_through_bits_and_names() {
        let set: KindSet = [Kind::Quote, Kind::AnonymousSource].into_iter().collect();
        assert_eq!(KindSet::from_bits(set.bits()), set);
        assert_eq!(
            serde_json::to_string(&set).unwrap(),
            r#"["quote","anonymous-source"]"#
        );
        assert!(!set.is_opinion_only());
        assert!(KindSet::from_iter([Kind::Opinion]).is_opinion_only());
    }

    #[test]
    fn unknown_kind_names_the_accepted_ones() {
        let err = "rumour".parse::<Kind>().unwrap_err();
        assert!(err.to_string().contains("anonymous-source"), "{err}");
    }
}
