//! Word documents built in the tests: a ZIP with the parts Word writes, from paragraphs given as
//! WordprocessingML. No binary fixture is needed to test the reader.

use std::io::Write;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A `<w:p>` with a style (or none) and one run of text.
pub fn paragraph(style: Option<&str>, text: &str) -> String {
    let props = style.map_or(String::new(), |s| {
        format!("<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>")
    });
    format!("<w:p>{props}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

/// A `.docx` whose body is `body_xml`, with a styles part naming the usual styles (ids as a
/// German Word writes them, to show names are read from styles.xml) and optional footnotes.
pub fn docx(body_xml: &str, footnotes_xml: Option<&str>) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let mut add = |name: &str, content: &str| {
        zip.start_file(name, options).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    };
    add(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>",
    );
    add(
        "word/document.xml",
        &format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{W}\"><w:body>{body_xml}<w:sectPr/></w:body></w:document>"
        ),
    );
    let styles = [
        ("Titel", "Title"),
        ("berschrift1", "heading 1"),
        ("berschrift2", "heading 2"),
        ("Zitat", "Quote"),
        ("Listenabsatz", "List Paragraph"),
    ]
    .iter()
    .map(|(id, name)| {
        format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/></w:style>"
        )
    })
    .collect::<String>();
    add(
        "word/styles.xml",
        &format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"{W}\">{styles}</w:styles>"
        ),
    );
    if let Some(notes) = footnotes_xml {
        add(
            "word/footnotes.xml",
            &format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes xmlns:w=\"{W}\"><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>{notes}</w:footnotes>"
            ),
        );
    }
    zip.finish().unwrap().into_inner()
}
