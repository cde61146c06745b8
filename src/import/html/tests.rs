//! Tests of reading a web page: main content, metadata and blocks.

use super::*;
use crate::parse::{BlockRole, Format, parse};

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head><title>Bridge tolls | The Courier</title>
<meta property="og:title" content="Bridge Tolls Rise for the First Time in a Decade">
<meta property="article:published_time" content="2026-03-13T08:30:00Z">
<style>body { color: red }</style><script>var tracking = "Subscribe now";</script></head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/subscribe">Subscribe now.</a></nav></header>
<main><article>
<h1>Bridge Tolls Rise for the First Time in a Decade</h1>
<p class="byline">By <a rel="author" href="/staff/ana">Ana Ruiz</a></p>
<p><time datetime="2026-03-13T08:30:00Z">March 13, 2026</time></p>
<p>The toll on the Harbour Bridge will rise to &pound;3.50 on April&nbsp;1, the transport authority said on Friday &mdash; the first increase since 2016.</p>
<p>The authority said the extra money would pay for resurfacing work that has been delayed for four years, and for new lighting on the walkway.</p>
<h2>Who pays more</h2>
<ul><li>Cars pay &pound;3.50, up from &pound;2.80.</li><li>Lorries pay &pound;9, up from &pound;7.</li></ul>
<blockquote><p>&ldquo;We have held the price for ten years,&rdquo; said Mara Quist, the authority&rsquo;s director.</p></blockquote>
<figure><img src="bridge.jpg" alt=""><figcaption>Traffic on the bridge at dawn on Thursday.</figcaption></figure>
<table><tr><th>Vehicle</th><th>Toll</th></tr><tr><td>Car</td><td>&pound;3.50</td></tr><tr><td>Lorry</td><td>&pound;9</td></tr></table>
<p>Commuter groups said they would ask the city council to review the decision at its next meeting in May.</p>
<aside class="related"><h3>Related</h3><a href="/x">Ferry fares frozen</a></aside>
<div class="promo">Subscribe for &pound;1 a week</div>
</article>
<section id="comments"><h2>Comments</h2><p>First!</p></section>
</main>
<footer><p>&copy; 2026 The Courier. All rights reserved.</p></footer>
</body></html>"#;

fn extracted() -> String {
    extract(PAGE)
}

#[test]
fn only_the_article_is_read_and_entities_are_decoded() {
    let text = extracted();
    for furniture in [
        "Home",
        "Subscribe",
        "tracking",
        "color",
        "Related",
        "Ferry",
        "First!",
        "rights reserved",
    ] {
        assert!(!text.contains(furniture), "{furniture} in\n{text}");
    }
    assert!(text.contains("£3.50 on April 1"), "{text}");
    assert!(text.contains("Friday — the first"), "{text}");
    assert!(
        !text.contains("&pound;") && !text.contains("&mdash;"),
        "{text}"
    );
}

#[test]
fn headline_byline_and_time_become_metadata() {
    let parsed = parse(&extracted(), Format::Html);
    let metadata = &parsed.metadata;
    assert_eq!(
        metadata.headline.as_deref(),
        Some("Bridge Tolls Rise for the First Time in a Decade")
    );
    assert_eq!(metadata.bylines.len(), 1, "{metadata:?}");
    assert_eq!(metadata.bylines[0].name, "Ana Ruiz");
    let published = metadata.published.as_ref().expect("a date");
    assert_eq!(published.date.as_deref(), Some("2026-03-13"));
    assert_eq!(metadata.format, "html");
}

#[test]
fn each_element_gets_its_role_and_rows_are_statements() {
    let text = extracted();
    let parsed = parse(&text, Format::Html);
    let role_of = |needle: &str| {
        let statement = parsed
            .statements
            .iter()
            .find(|s| s.text.contains(needle))
            .unwrap_or_else(|| panic!("no statement with {needle} in\n{text}"));
        parsed.blocks[statement.paragraph as usize - 1].role
    };
    assert_eq!(role_of("Cars pay"), BlockRole::ListItem);
    assert_eq!(role_of("held the price"), BlockRole::BlockQuote);
    assert_eq!(role_of("Traffic on the bridge"), BlockRole::Caption);
    assert_eq!(role_of("Vehicle: Lorry; Toll: £9"), BlockRole::ListItem);
    assert_eq!(parsed.metadata.headings[0].text, "Who pays more");
    // Spans point into the extracted text.
    for statement in &parsed.statements {
        assert!(
            statement
                .span
                .slice(&text)
                .contains(statement.text.split(' ').next().unwrap())
        );
    }
}
