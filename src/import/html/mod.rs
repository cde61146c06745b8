//! A web page -> extracted text. The page is parsed by an HTML5 parser (html5ever, through
//! dom_query); dom_smoothie, a port of Mozilla's Readability, picks the main content (no
//! navigation, scripts, styles, promotions, related links, comments or footers). The headline,
//! byline and publication time are read from the whole page ([`meta`]); the article's elements
//! are walked in order ([`walk`]) and written as CommonMark lines that the Markdown reader gives
//! their roles. Entities are decoded by the parser; no regular expression reads any markup.

mod meta;
mod walk;

use dom_query::Document;
use dom_smoothie::{Config, Readability};

use super::markdown_out::MarkdownOut;

/// Readability gives up below this many characters of content by default (500); a short news
/// brief is still an article, so the bar is lower and the whole body is the fallback.
const CHAR_THRESHOLD: usize = 80;

/// The extracted text of a page: headline, byline and date lines, then the article's elements.
pub fn extract(html: &str) -> String {
    let page = Document::from(html);
    let found = meta::read(&page);
    // Furniture goes before Readability scores the page: it drops the class names that say
    // what a block is ("promo", "related"), so afterwards they could not be recognised.
    page.select(walk::FURNITURE).remove();
    let cleaned = page.html().to_string();
    let content = main_content(&cleaned).unwrap_or_else(|| whole_body(&page));
    let article = Document::from(content.as_str());

    let mut out = MarkdownOut::default();
    let headline = found.headline.clone().or_else(|| walk::first_h1(&article));
    if let Some(headline) = &headline {
        out.heading(1, headline);
    }
    if let Some(byline) = &found.byline {
        out.paragraph(&format!("By {byline}"));
    }
    if let Some(published) = &found.published {
        out.paragraph(&format!("Published {published}"));
    }
    walk::write_article(&article, headline.as_deref(), &found, &mut out);
    out.finish()
}

/// The encoding a page names in `<meta charset>` or `<meta http-equiv=Content-Type>`, read
/// with the HTML parser from a lossy decoding (the tags themselves are ASCII).
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let page = Document::from(String::from_utf8_lossy(bytes).as_ref());
    let direct = page
        .select("meta[charset]")
        .iter()
        .find_map(|m| m.attr("charset").map(|c| c.trim().to_string()));
    direct
        .or_else(|| {
            page.select("meta[http-equiv]")
                .iter()
                .filter(|m| {
                    m.attr("http-equiv")
                        .is_some_and(|h| h.eq_ignore_ascii_case("content-type"))
                })
                .find_map(|m| {
                    let content = m.attr("content")?.to_ascii_lowercase();
                    let (_, charset) = content.split_once("charset=")?;
                    Some(
                        charset
                            .trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace())
                            .to_string(),
                    )
                })
        })
        .filter(|c| encoding_rs::Encoding::for_label(c.as_bytes()).is_some())
}

/// The main content's HTML, as Readability picks it; `None` when it finds none.
fn main_content(html: &str) -> Option<String> {
    let config = Config {
        char_threshold: CHAR_THRESHOLD,
        ..Config::default()
    };
    let mut readability = Readability::new(html, None, Some(config)).ok()?;
    let article = readability.parse().ok()?;
    let content = article.content.to_string();
    (!content.trim().is_empty()).then_some(content)
}

/// The body, furniture removed: the fallback when Readability declines.
fn whole_body(page: &Document) -> String {
    page.select("body").html().to_string()
}

#[cfg(test)]
mod tests;
