//! JSON for machines: the [`Report`] as documented in `docs/report.md`.

use super::Report;

pub(super) fn render(report: &Report) -> String {
    // Serialising plain structs with string keys into memory cannot fail.
    let mut json = serde_json::to_string_pretty(report).expect("a report always serialises");
    json.push('\n');
    json
}

#[cfg(test)]
mod tests {
    use crate::report::{Format, SCHEMA_VERSION, Style, fixture, render};

    #[test]
    fn carries_the_schema_version_and_leaves_out_the_text() {
        let json = render(&fixture::report(), Format::Json, Style::default());
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["schema_version"], SCHEMA_VERSION);
        assert!(value.get("text").is_none());
        assert_eq!(value["counts"]["in-progress"], 0);
        assert_eq!(value["statements"][2]["stale"], true);
        assert_eq!(value["gate"]["ready"], false);
        assert_eq!(value["findings"][0]["statements"][0], 1);
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(&fixture::report(), Format::Json, Style::default()));
    }
}
