//! What a desk is sent: web pages, Word documents, other encodings, and formats named with
//! --format on standard input.

use std::io::Write;
use std::process::Stdio;

use crate::Backend;
use crate::{Desk, Run, seed, statement_texts};

fn write(desk: &Desk, name: &str, bytes: &[u8]) -> String {
    let path = desk.dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

/// Runs factdesk as `ed` with `input` on standard input.
fn run_with_stdin(desk: &Desk, args: &[&str], input: &[u8]) -> Run {
    let mut child = desk
        .command(Some("ed"), args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    Run::from(child.wait_with_output().unwrap())
}

/// The text of the first body statement of `split --json` output.
fn first_body(json: &serde_json::Value) -> &str {
    json["statements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["element"] == "body")
        .and_then(|s| s["text"].as_str())
        .unwrap_or_else(|| panic!("no body statement in {json}"))
}

fn split_json(desk: &Desk, file: &str, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["split", file, "--json"];
    args.extend(extra);
    desk.run(&args).ok().json()
}

/// The stored text and original file of an article's revision, read straight from the database.
fn stored_revision(desk: &Desk, slug: &str, number: u32) -> (String, Option<Vec<u8>>, String) {
    let url = desk.db_arg();
    if url.starts_with("postgres") {
        let row = postgres::Client::connect(&url, postgres::NoTls)
            .unwrap()
            .query_one(
                "SELECT r.text, r.original, r.metadata FROM revisions r
                 JOIN articles a ON a.id = r.article_id WHERE a.slug = $1 AND r.number = $2",
                &[&slug, &i64::from(number)],
            )
            .unwrap();
        return (row.get(0), row.get(1), row.get(2));
    }
    desk.sql().query_row(
        "SELECT r.text, r.original, r.metadata FROM revisions r JOIN articles a ON a.id = r.article_id
         WHERE a.slug = ?1 AND r.number = ?2",
        rusqlite::params![slug, number],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )
    .unwrap()
}

const STORY: &str =
    "Harbour Tolls Rise Again\n\nBy Jane Doe\n\nThe toll rose to £3 on Monday, the port said.\n";

fn a_utf8_byte_order_mark_is_never_part_of_the_text(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let file = write(
        &desk,
        "bom.txt",
        &[b"\xEF\xBB\xBF", STORY.as_bytes()].concat(),
    );
    let json = split_json(&desk, &file, &[]);
    assert_eq!(json["metadata"]["headline"], "Harbour Tolls Rise Again");
    desk.run_as("ed", &["ingest", &file, "--slug", "bom"]).ok();
    let (text, original, _) = stored_revision(&desk, "bom", 1);
    assert_eq!(text, STORY);
    assert_eq!(original, None);
}

fn utf16_with_a_byte_order_mark_is_read_both_ways(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(STORY.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(STORY.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    for (name, bytes) in [("le.txt", le), ("be.txt", be)] {
        let file = write(&desk, name, &bytes);
        let json = split_json(&desk, &file, &[]);
        assert_eq!(
            first_body(&json),
            "The toll rose to £3 on Monday, the port said."
        );
    }
}

fn a_legacy_encoding_is_read_when_named_and_refused_with_a_hint_when_not(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let file = write(
        &desk,
        "cp1252.txt",
        b"The mayor of San Jos\xe9 said the \x93budget\x94 rose by 4%.\n",
    );
    let before = desk.fingerprint();
    desk.run_as("ed", &["ingest", &file, "--slug", "cp"])
        .fails_with("not valid UTF-8 (byte 0xE9 at offset 20); save the file as UTF-8, or name its encoding with --encoding");
    assert_eq!(desk.fingerprint(), before);
    desk.run_as(
        "ed",
        &[
            "ingest",
            &file,
            "--slug",
            "cp",
            "--encoding",
            "windows-1252",
        ],
    )
    .ok();
    let (text, _, _) = stored_revision(&desk, "cp", 1);
    assert_eq!(
        text,
        "The mayor of San José said the “budget” rose by 4%.\n"
    );
    desk.run_as("ed", &["split", &file, "--encoding", "klingon"])
        .usage_error(
            "invalid value 'klingon' for '--encoding <NAME>': not an encoding factdesk knows",
        );
}

fn format_names_how_standard_input_is_read(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let markdown = b"# Harbour Tolls Rise Again\n\nThe toll rose to **\xC2\xA33** on Monday.\n";
    let as_text = run_with_stdin(&desk, &["split", "-", "--json"], markdown).ok();
    assert_eq!(as_text.json()["metadata"]["format"], "text");
    let as_md = run_with_stdin(&desk, &["split", "-", "--format", "md", "--json"], markdown).ok();
    let json = as_md.json();
    assert_eq!(json["metadata"]["format"], "markdown");
    assert_eq!(json["metadata"]["headline"], "Harbour Tolls Rise Again");
    assert_eq!(first_body(&json), "The toll rose to £3 on Monday.");
    run_with_stdin(
        &desk,
        &["ingest", "-", "--slug", "tolls", "--format", "md"],
        markdown,
    )
    .ok();
    // A name without a telling extension, read as HTML because --format says so.
    let page = std::fs::read(seed("web-ferry-fares-2026-03-13.html")).unwrap();
    let file = write(&desk, "download.bin", &page);
    let json = split_json(&desk, &file, &["--format", "html"]);
    assert_eq!(json["metadata"]["format"], "html");
    desk.run(&["split", &file, "--format", "pdf"])
        .usage_error("text, md, html, docx");
}

fn a_web_page_gives_its_article_and_keeps_the_page(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let page = seed("web-ferry-fares-2026-03-13.html");
    let json = split_json(&desk, &page, &[]);
    let metadata = &json["metadata"];
    assert_eq!(
        metadata["headline"],
        "Ferry Fares to Rise 18% as Operator Blames Fuel Costs"
    );
    assert_eq!(metadata["bylines"][0]["name"], "Priya Natarajan");
    assert_eq!(metadata["published"]["date"], "2026-03-13");
    let texts = statement_texts(&json);
    let all = texts.join("\n");
    for furniture in [
        "cookies",
        "Subscribe",
        "Share on",
        "Read more",
        "Sign up",
        "Disgraceful",
        "Most read",
        "All rights reserved",
        "dataLayer",
    ] {
        assert!(!all.contains(furniture), "{furniture} in\n{all}");
    }
    assert!(
        all.contains("from April 1, the operator"),
        "entities decoded:\n{all}"
    );
    let caption =
        json["statements"].as_array().unwrap().iter().find(|s| {
            s["text"] == "The MV Skerry Lass leaving Halden harbour on Wednesday morning."
        });
    assert_eq!(
        caption.map(|s| &s["element"]),
        Some(&serde_json::json!("caption"))
    );
    assert!(
        texts.contains(&"The MV Skerry Lass leaving Halden harbour on Wednesday morning."),
        "caption:\n{all}"
    );
    assert!(
        texts.contains(&"Ticket: Child; Now: £11.20; From April 1: £13.20"),
        "table row:\n{all}"
    );
    assert!(
        texts.contains(&"Car and driver: £71, up from £60."),
        "list item:\n{all}"
    );

    desk.run_as("ed", &["ingest", &page]).ok();
    let (text, original, metadata) = stored_revision(&desk, "web-ferry-fares-2026-03-13", 1);
    assert_eq!(
        original.as_deref(),
        Some(&std::fs::read(&page).unwrap()[..]),
        "the page is kept verbatim"
    );
    assert!(metadata.contains("\"format\":\"html\""), "{metadata}");
    // Statement spans point into the extracted text.
    for statement in desk.statements("web-ferry-fares-2026-03-13") {
        let span = &statement["span"];
        let (start, end) = (
            span[0].as_u64().unwrap() as usize,
            span[1].as_u64().unwrap() as usize,
        );
        let first_word = statement["text"]
            .as_str()
            .unwrap()
            .split(' ')
            .next()
            .unwrap();
        assert!(text[start..end].contains(first_word), "{statement}");
    }
}

fn a_word_draft_gives_its_text_without_deletions_or_comments(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let draft = seed("draft-water-leaks-2026-04-20.docx");
    let json = split_json(&desk, &draft, &[]);
    assert_eq!(
        json["metadata"]["headline"],
        "Water Board Admits Leak Figures Were Understated"
    );
    assert_eq!(json["metadata"]["format"], "docx");
    assert_eq!(
        json["metadata"]["headings"][0]["text"],
        "What the board got wrong"
    );
    let all = statement_texts(&json);
    let joined = all.join("\n");
    assert!(
        joined.contains("lost almost a quarter of the water"),
        "insertion kept:\n{joined}"
    );
    assert!(
        !joined.contains("one in five"),
        "deletion dropped:\n{joined}"
    );
    assert!(
        !joined.contains("double its current budget"),
        "deletion dropped:\n{joined}"
    );
    assert!(!joined.contains("page 12"), "comment dropped:\n{joined}");
    assert_eq!(
        *all.last().unwrap(),
        "Millbridge Water Board, Annual Water Balance 2025, published 17 April 2026.",
        "the footnote comes after the body"
    );
    // A renamed copy with no extension is still known by its bytes.
    let bytes = std::fs::read(&draft).unwrap();
    let renamed = write(&desk, "attachment", &bytes);
    assert_eq!(
        split_json(&desk, &renamed, &[])["metadata"]["format"],
        "docx"
    );
    // An old binary .doc is refused with what to do.
    let doc = write(
        &desk,
        "old.doc",
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0",
    );
    desk.run_as("ed", &["ingest", &doc, "--slug", "old"])
        .fails_with("save it as .docx");
}

fn revise_accepts_another_format_and_aligns_the_extracted_texts(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    desk.run_as(
        "ed",
        &[
            "ingest",
            &seed("web-ferry-fares-2026-03-13.html"),
            "--slug",
            "ferry",
        ],
    )
    .ok();
    // The same story arrives as a Word draft, each element in its Word style, one figure edited.
    let (extracted, _, _) = stored_revision(&desk, "ferry", 1);
    let edited = extracted.replace("£2.1 million", "£2.4 million");
    assert_ne!(edited, extracted);
    let body: String = edited
        .split("\n\n")
        .map(|block| {
            let (style, text) = [
                ("# ", "Title"),
                ("## ", "Heading1"),
                ("- ", "ListParagraph"),
                ("> ", "Quote"),
                ("![](figure)\n", "Caption"),
            ]
            .iter()
            .find_map(|(mark, style)| block.strip_prefix(mark).map(|t| (Some(*style), t)))
            .unwrap_or((None, block));
            let props = style.map_or(String::new(), |s| {
                format!("<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>")
            });
            let text = text.trim().replace('\\', "").replace('&', "&amp;");
            format!("<w:p>{props}<w:r><w:t>{text}</w:t></w:r></w:p>")
        })
        .collect();
    let docx = docx_with_body(&body);
    let file = write(&desk, "ferry-v2.docx", &docx);
    let run = desk
        .run_as("ed", &["revise", "ferry", &file, "--json"])
        .ok();
    let outcome = run.json();
    assert_eq!(outcome["modified"], 1, "{outcome}");
    assert_eq!(outcome["added"], 0, "{outcome}");
    assert_eq!(outcome["removed"], 0, "{outcome}");
    let (_, original, metadata) = stored_revision(&desk, "ferry", 2);
    assert_eq!(original.as_deref(), Some(&docx[..]));
    assert!(metadata.contains("\"format\":\"docx\""), "{metadata}");
}

/// A minimal Word document around `body` (WordprocessingML paragraphs).
fn docx_with_body(body: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("word/document.xml", options).unwrap();
    write!(
        zip,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    )
    .unwrap();
    zip.finish().unwrap().into_inner()
}

fn a_saved_page_in_a_legacy_encoding_is_read_by_its_meta_charset(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let page = b"<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>x</title></head><body><article><h1>Caf\xE9 Owners Face Higher Rents</h1><p>Rents for caf\xE9s on the Quay rose by 12% this year, the \x93traders\x92 association\x94 said on Monday.</p></article></body></html>";
    let file = write(&desk, "saved.html", page);
    let json = split_json(&desk, &file, &[]);
    assert_eq!(
        json["metadata"]["headline"],
        "Café Owners Face Higher Rents"
    );
    assert_eq!(
        first_body(&json),
        "Rents for cafés on the Quay rose by 12% this year, the “traders’ association” said on Monday."
    );
}

// SQLite only: the demo makes its own SQLite file, read here through rusqlite.
#[test]
fn the_demo_ingests_a_web_page_and_a_word_draft() {
    let desk = Desk::empty();
    let folder = desk.dir.path().join("demo");
    desk.run(&["demo", "--dir", &folder.display().to_string()])
        .ok();
    let conn = rusqlite::Connection::open(folder.join("factdesk.db")).unwrap();
    let mut formats: Vec<(String, String)> = conn
        .prepare(
            "SELECT a.slug, json_extract(r.metadata, '$.format') FROM revisions r
             JOIN articles a ON a.id = r.article_id
             WHERE json_extract(r.metadata, '$.format') IN ('html', 'docx')",
        )
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    formats.sort();
    assert_eq!(
        formats,
        [
            (
                "draft-water-leaks-2026-04-20".to_string(),
                "docx".to_string()
            ),
            ("web-ferry-fares-2026-03-13".to_string(), "html".to_string()),
        ]
    );
}

both_backends!(
    a_utf8_byte_order_mark_is_never_part_of_the_text,
    utf16_with_a_byte_order_mark_is_read_both_ways,
    a_legacy_encoding_is_read_when_named_and_refused_with_a_hint_when_not,
    format_names_how_standard_input_is_read,
    a_web_page_gives_its_article_and_keeps_the_page,
    a_word_draft_gives_its_text_without_deletions_or_comments,
    revise_accepts_another_format_and_aligns_the_extracted_texts,
    a_saved_page_in_a_legacy_encoding_is_read_by_its_meta_charset,
);
