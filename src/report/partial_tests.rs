//! A partly-verified statement in every format of the report: its status, its excepted words
//! marked where the statement's words are shown (escaped like any text from the desk), and the
//! parts named where its check is described.

use super::{Format, Style, fixture, render};

const EXCEPTED: &str = "said Ana Ruiz <img src=x onerror=alert(2)>";

fn rendered(format: Format) -> String {
    render(&fixture::partly_verified(), format, Style::default())
}

#[test]
fn text_brackets_the_excepted_words_and_names_them() {
    let text = rendered(Format::Text);
    assert!(text.contains("#2 PARTLY-VERIFIED"), "{text}");
    assert!(text.contains("⟦said Ana Ruiz"), "{text}");
    assert!(text.contains("onerror=alert(2)>⟧"), "{text}");
    assert!(
        text.contains(&format!("Except:    \"{EXCEPTED}\" (not verified)")),
        "{text}"
    );
}

#[test]
fn html_highlights_the_excepted_words_escaped_in_the_article_and_the_table() {
    let html = rendered(Format::Html);
    let marked = "<span class=\"excepted\" title=\"not verified\">said Ana Ruiz &lt;img src&#61;x onerror&#61;alert(2)&gt;</span>";
    assert_eq!(html.matches(marked).count(), 2, "article and table: {html}");
    assert!(
        html.contains(
            "<b>Not verified:</b> “said Ana Ruiz &lt;img src&#61;x onerror&#61;alert(2)&gt;”"
        ),
        "{html}"
    );
    assert!(
        !html.contains("<img"),
        "no markup from the desk gets through"
    );
    assert!(html.contains("badge st-partly-verified"), "{html}");
    assert!(
        html.contains(".st-partly-verified {"),
        "the style sheet colours it"
    );
}

#[test]
fn markdown_emboldens_the_excepted_words_in_the_statement_cell() {
    let markdown = rendered(Format::Markdown);
    let row = markdown
        .lines()
        .find(|l| l.starts_with("| 2 |"))
        .expect("the row of #2");
    assert!(row.contains("| partly-verified |"), "{row}");
    assert!(row.contains("ready,\" **⟦said Ana Ruiz"), "{row}");
    assert!(
        row.contains("\\<img src=x onerror=alert(2)\\>⟧**."),
        "{row}"
    );
    assert!(!row.replace("\\<", "").contains("<img"), "escaped: {row}");
}

#[test]
fn json_and_csv_carry_the_excepted_parts() {
    let json: serde_json::Value = serde_json::from_str(&rendered(Format::Json)).unwrap();
    assert_eq!(json["statements"][1]["status"], "partly-verified");
    assert_eq!(
        json["statements"][1]["excepted"],
        serde_json::json!([EXCEPTED])
    );
    assert_eq!(json["statements"][0]["excepted"], serde_json::json!([]));
    assert_eq!(json["counts"]["partly-verified"], 1);
    assert_eq!(json["gate"]["reasons"][0]["code"], "status:partly-verified");

    let csv = rendered(Format::Csv);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let at = header.iter().position(|h| h == "excepted").unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&rows[1][3], "partly-verified");
    assert_eq!(&rows[1][at], EXCEPTED);
    assert_eq!(&rows[0][at], "");
}

#[test]
fn claimreview_rates_partly_verified_in_the_middle_and_names_what_is_open() {
    let reviews: serde_json::Value = serde_json::from_str(&rendered(Format::ClaimReview)).unwrap();
    let review = reviews
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["url"].as_str().unwrap().ends_with("#statement-2"))
        .expect("a partly-verified statement is reviewed");
    assert_eq!(review["reviewRating"]["ratingValue"], 2);
    assert_eq!(review["reviewRating"]["alternateName"], "Partly verified");
    assert_eq!(review["reviewRating"]["bestRating"], 3);
    assert_eq!(
        review["reviewBody"],
        format!("Verified except: \"{EXCEPTED}\"")
    );
    let verified = &reviews[0];
    assert!(verified.get("reviewBody").is_none(), "{verified}");
}
