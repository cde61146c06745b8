//! Times in the model are `DateTime<Utc>`; their one written form, in JSON and in the reports,
//! is RFC 3339 to the second with a `Z` (`2026-01-17T12:00:00Z`), the same text the store keeps,
//! so outputs and the hash chain do not change with the type.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Deserializer, Serializer};

/// The written form: RFC 3339, seconds, `Z`.
pub fn rfc3339(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// For `#[serde(with = "crate::model::time")]` on a `DateTime<Utc>` field.
pub fn serialize<S: Serializer>(at: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&rfc3339(at))
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
    let text = String::deserialize(deserializer)?;
    DateTime::parse_from_rfc3339(&text)
        .map(|t| t.to_utc())
        .map_err(serde::de::Error::custom)
}

/// For `#[serde(with = "crate::model::time::option")]` on an `Option<DateTime<Utc>>` field:
/// `null` when absent, as the `String` field it replaces wrote.
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(
        at: &Option<DateTime<Utc>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match at {
            Some(at) => serializer.serialize_some(&rfc3339(at)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<DateTime<Utc>>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| {
                DateTime::parse_from_rfc3339(&text)
                    .map(|t| t.to_utc())
                    .map_err(serde::de::Error::custom)
            })
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Stamped {
        #[serde(with = "super")]
        at: DateTime<Utc>,
        #[serde(with = "super::option")]
        maybe: Option<DateTime<Utc>>,
    }

    #[test]
    fn the_json_form_is_rfc3339_seconds_with_z_as_the_strings_were() {
        let json = r#"{"at":"2026-01-17T12:00:00Z","maybe":null}"#;
        let stamped: Stamped = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&stamped).unwrap(), json);
        let both = r#"{"at":"2026-01-17T12:00:00Z","maybe":"2026-03-01T09:30:05Z"}"#;
        let stamped: Stamped = serde_json::from_str(both).unwrap();
        assert_eq!(serde_json::to_string(&stamped).unwrap(), both);
        // An offset is read as the same instant and written back in UTC.
        let offset: Stamped =
            serde_json::from_str(r#"{"at":"2026-01-17T13:00:00+01:00","maybe":null}"#).unwrap();
        assert_eq!(rfc3339(&offset.at), "2026-01-17T12:00:00Z");
        assert!(serde_json::from_str::<Stamped>(r#"{"at":"yesterday","maybe":null}"#).is_err());
    }
}
