//! Tests of reading a Word document: styles, lists, quotes, tables and footnotes.

use super::testing::{docx, paragraph};
use super::*;
use crate::parse::{BlockRole, Format, parse};

fn roles_and_statements(bytes: &[u8]) -> (Vec<BlockRole>, Vec<String>, String) {
    let text = extract(bytes).unwrap();
    let parsed = parse(&text, Format::Docx);
    let roles = parsed.blocks.iter().map(|b| b.role).collect();
    let statements = parsed.statements.iter().map(|s| s.text.clone()).collect();
    (roles, statements, text)
}

#[test]
fn styles_lists_quotes_and_footnotes_take_their_roles() {
    let body = [
        paragraph(Some("Titel"), "Harbour Bridge Repairs Run Late"),
        paragraph(None, "By Jane Doe"),
        paragraph(None, "Repairs to the bridge will finish in May, the council said.<w:r><w:footnoteReference w:id=\"1\"/></w:r>"),
        paragraph(Some("berschrift1"), "What the delay costs"),
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t>Ferries run every 20 minutes.</w:t></w:r></w:p>".to_string(),
        paragraph(Some("Listenabsatz"), "Buses add 12 trips a day."),
        paragraph(Some("Zitat"), "We expected it to take two years."),
        paragraph(Some("Caption"), "The bridge under scaffolding in February."),
    ]
    .concat();
    let notes = "<w:footnote w:id=\"1\"><w:p><w:r><w:t>Council minutes, 3 March 2026.</w:t></w:r></w:p></w:footnote>";
    let (roles, statements, text) = roles_and_statements(&docx(&body, Some(notes)));
    assert_eq!(
        roles,
        [
            BlockRole::Headline,
            BlockRole::Metadata,
            BlockRole::Body,
            BlockRole::Heading,
            BlockRole::ListItem,
            BlockRole::ListItem,
            BlockRole::BlockQuote,
            BlockRole::Caption,
            BlockRole::Body,
        ],
        "{text}"
    );
    assert_eq!(statements.last().unwrap(), "Council minutes, 3 March 2026.");
    assert!(
        text.starts_with("# Harbour Bridge Repairs Run Late\n"),
        "{text}"
    );
}

#[test]
fn deletions_and_comments_are_not_text_and_insertions_are() {
    let body = "<w:p><w:r><w:t xml:space=\"preserve\">The fund holds </w:t></w:r>\
        <w:del w:id=\"1\" w:author=\"Ed\"><w:r><w:delText>£40 million</w:delText></w:r></w:del>\
        <w:ins w:id=\"2\" w:author=\"Ed\"><w:r><w:t>£42 million</w:t></w:r></w:ins>\
        <w:commentRangeStart w:id=\"0\"/><w:r><w:t xml:space=\"preserve\"> for repairs &amp; upkeep.</w:t></w:r>\
        <w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>";
    let (_, statements, _) = roles_and_statements(&docx(body, None));
    assert_eq!(
        statements,
        ["The fund holds £42 million for repairs & upkeep."]
    );
}

#[test]
fn table_rows_are_statements() {
    let cell = |t: &str| format!("<w:tc>{}</w:tc>", paragraph(None, t));
    let body = format!(
        "{}<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
        paragraph(None, "Turnout rose in both districts."),
        cell("North"),
        cell("61%"),
        cell("South"),
        cell("58%")
    );
    let (_, statements, _) = roles_and_statements(&docx(&body, None));
    assert_eq!(statements[1..], ["North; 61%", "South; 58%"]);
}

#[test]
fn what_is_not_a_word_document_is_refused_with_a_reason() {
    let err = extract(b"PK\x03\x04 not really").unwrap_err().to_string();
    assert!(err.contains("not a Word document"), "{err}");
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("readme.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    let other = zip.finish().unwrap().into_inner();
    let err = extract(&other).unwrap_err().to_string();
    assert!(err.contains("no word/document.xml"), "{err}");
}
