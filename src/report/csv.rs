//! CSV for spreadsheets: one row a statement, written by a proper CSV writer (quoting commas,
//! quotes and newlines in cells).

use std::borrow::Cow;

use super::{Report, source_text};
use crate::model::time::rfc3339;

pub(super) const HEADER: [&str; 17] = [
    "id",
    "paragraph",
    "position",
    "status",
    "stale",
    "kinds",
    "assignee",
    "checked_by",
    "checked_at",
    "sources",
    "note",
    "items",
    "text",
    "element",
    "changed_since_check",
    "excepted",
    "expired_on",
];

pub(super) fn render(report: &Report) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing into memory cannot fail, and every row has the header's length.
    writer.write_record(HEADER).expect("in-memory CSV");
    let since: std::collections::HashMap<_, _> =
        report.since_check.iter().map(|c| (c.id, c)).collect();
    for s in &report.statements {
        // A stale statement's edits since its check, as `git diff --word-diff` writes them.
        let changed: String = since
            .get(&s.id)
            .map(|c| {
                c.edits
                    .iter()
                    .map(|e| match e.op {
                        crate::model::WordOp::Delete => format!("[-{}-]", e.text),
                        crate::model::WordOp::Insert => format!("{{+{}+}}", e.text),
                        crate::model::WordOp::Equal => e.text.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let kinds: Vec<&str> = s.kinds.iter().map(|k| k.as_str()).collect();
        let sources: Vec<String> = s.sources.iter().map(source_text).collect();
        writer
            .write_record([
                s.id.to_string().as_str(),
                &s.paragraph.to_string(),
                &s.position.to_string(),
                s.status.as_str(),
                if s.stale { "true" } else { "false" },
                &kinds.join(";"),
                &inert(s.assignee.as_deref().unwrap_or("")),
                &inert(s.checked_by.as_deref().unwrap_or("")),
                &inert(&s.checked_at.as_ref().map(rfc3339).unwrap_or_default()),
                &inert(&sources.join(" | ")),
                &inert(s.note.as_deref().unwrap_or("")),
                &inert(&s.items.join(";")),
                &inert(&s.text),
                s.element.as_str(),
                &inert(&changed),
                &inert(&s.excepted.join(" | ")),
                &s.expired_on().unwrap_or_default(),
            ])
            .expect("in-memory CSV");
    }
    let bytes = writer.into_inner().expect("in-memory CSV");
    String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8")
}

/// A free-text cell a spreadsheet will not run as a formula: text that a spreadsheet would read
/// as one (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, the
/// usual guard against formula injection through article text, notes or citations.
fn inert(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::HEADER;
    use crate::report::{Format, Style, fixture, render, source_text};

    #[test]
    fn reads_back_to_the_same_fields() {
        let report = fixture::report();
        let csv = render(&report, Format::Csv, Style::default());
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        assert_eq!(
            reader.headers().unwrap(),
            &csv::StringRecord::from(HEADER.to_vec())
        );
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), report.statements.len());
        for (row, s) in rows.iter().zip(&report.statements) {
            assert_eq!(row[0], s.id.to_string());
            assert_eq!(row[1], s.paragraph.to_string());
            assert_eq!(row[2], s.position.to_string());
            assert_eq!(&row[3], s.status.as_str());
            assert_eq!(row[4], s.stale.to_string());
            let kinds: Vec<String> = s.kinds.iter().map(|k| k.to_string()).collect();
            assert_eq!(row[5], kinds.join(";"));
            assert_eq!(&row[6], s.assignee.as_deref().unwrap_or(""));
            assert_eq!(&row[7], s.checked_by.as_deref().unwrap_or(""));
            assert_eq!(
                row[8],
                s.checked_at
                    .as_ref()
                    .map(crate::model::time::rfc3339)
                    .unwrap_or_default()
            );
            let sources: Vec<String> = s.sources.iter().map(source_text).collect();
            assert_eq!(row[9], sources.join(" | "));
            assert_eq!(&row[10], s.note.as_deref().unwrap_or(""));
            assert_eq!(row[11], s.items.join(";"));
            assert_eq!(row[12], s.text);
            assert_eq!(&row[13], s.element.as_str());
        }
        // The note with a newline, quotes and a pipe survived intact.
        assert!(rows[1][10].contains('\n') && rows[1][10].contains('|'));
    }

    #[test]
    fn formulas_in_free_text_are_made_inert() {
        let mut report = fixture::report();
        report.statements[0].note = Some("=HYPERLINK(\"http://x\",\"y\")".to_string());
        report.statements[1].text = "-1 is a number, and @mention a name".to_string();
        let csv = render(&report, Format::Csv, Style::default());
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(&rows[0][10], "'=HYPERLINK(\"http://x\",\"y\")");
        assert_eq!(&rows[1][12], "'-1 is a number, and @mention a name");
        assert_eq!(&rows[2][12], report.statements[2].text);
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(&fixture::report(), Format::Csv, Style::default()));
    }
}
