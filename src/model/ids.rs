//! The ids of the desk's records, one type each, so that a revision's id can never be passed
//! where a statement's is meant. Plain numbers in JSON and on screen; stored as INTEGER
//! (`store/sql.rs` holds their SQL conversions, so the model knows nothing of SQL).

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($($(#[$meta:meta])* $name:ident;)+) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    )+};
}

id_type! {
    /// A statement's stable id: the same across the revisions it survives (`#221`).
    StatementId;
    /// An article's row id (its name for people is the slug).
    ArticleId;
    /// One revision's row id (its name for people is the article's slug and its number).
    RevisionId;
    /// One check's row id.
    CheckId;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain_numbers_in_json_and_on_screen() {
        assert_eq!(serde_json::to_string(&StatementId(221)).unwrap(), "221");
        assert_eq!(
            serde_json::from_str::<StatementId>("221").unwrap(),
            StatementId(221)
        );
        assert_eq!(StatementId(221).to_string(), "221");
        assert_eq!(format!("{:>5}", CheckId(7)), "    7");
    }
}
