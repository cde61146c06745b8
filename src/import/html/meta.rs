//! What a page says about its article, read from the whole page (Readability keeps only the
//! content): the headline from `<h1>` or og:title, the byline from the byline element,
//! `rel=author` or the author meta tag, the publication time from `<time datetime>` or
//! `article:published_time`.

use dom_query::{Document, Selection};

/// Elements that name the author, most specific first.
const BYLINE_SELECTORS: &[&str] = &[
    "[itemprop=author] [itemprop=name]",
    ".byline",
    "[class*=byline]",
    "[rel=author]",
    "[itemprop=author]",
    ".author",
];

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageMeta {
    pub headline: Option<String>,
    /// The author's name(s), without a leading "By".
    pub byline: Option<String>,
    /// The publication time as the date line shows it: "2026-03-13 at 08:30 UTC".
    pub published: Option<String>,
    /// The texts of the byline and time elements as they stand in the page: a content block
    /// that is only one of them is page furniture already written on the top lines.
    pub furniture: Vec<String>,
}

pub fn read(page: &Document) -> PageMeta {
    let mut meta = PageMeta {
        headline: first_text(page, &["article h1", "main h1", "h1"])
            .or_else(|| meta_content(page, "meta[property='og:title']"))
            .or_else(|| first_text(page, &["title"])),
        ..PageMeta::default()
    };
    if let Some(text) = first_text(page, BYLINE_SELECTORS) {
        meta.furniture.push(text.clone());
        meta.byline = Some(strip_by(&text).to_string());
    } else if let Some(author) = meta_content(page, "meta[name=author]") {
        meta.byline = Some(author);
    }
    let time = page.select("time[datetime]");
    let stamp = time
        .iter()
        .next()
        .and_then(|t| t.attr("datetime").map(|d| d.to_string()))
        .or_else(|| meta_content(page, "meta[property='article:published_time']"))
        .or_else(|| meta_content(page, "meta[itemprop=datePublished]"));
    if let Some(first) = time.iter().next() {
        meta.furniture.push(normalize(&first.text()));
    }
    meta.published = stamp.map(|s| date_line(&s));
    meta.furniture.retain(|t| !t.is_empty());
    meta
}

/// The first non-empty text of the first selector that matches.
fn first_text(page: &Document, selectors: &[&str]) -> Option<String> {
    selectors.iter().find_map(|selector| {
        page.select(selector)
            .iter()
            .map(|s: Selection| normalize(&s.text()))
            .find(|t| !t.is_empty())
    })
}

fn meta_content(page: &Document, selector: &str) -> Option<String> {
    page.select(selector)
        .iter()
        .filter_map(|m| m.attr("content").map(|c| normalize(&c)))
        .find(|c| !c.is_empty())
}

pub fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "By Jane Doe" -> "Jane Doe": the date line writes its own "By".
fn strip_by(text: &str) -> &str {
    let words = crate::lang::byline_words();
    for word in words {
        if let Some(rest) = text.strip_prefix(word) {
            if rest.starts_with(' ') || rest.starts_with(':') {
                return rest.trim_start_matches(':').trim();
            }
        }
    }
    text
}

/// An ISO timestamp as the metadata line reads it: the date, then the time of day when given.
fn date_line(stamp: &str) -> String {
    if let Ok(at) = chrono::DateTime::parse_from_rfc3339(stamp) {
        let zone = match at.offset().local_minus_utc() {
            0 => "UTC".to_string(),
            _ => format!("UTC{}", at.format("%:z")),
        };
        return format!("{} at {} {zone}", at.format("%Y-%m-%d"), at.format("%H:%M"));
    }
    match chrono::NaiveDate::parse_from_str(stamp.get(..10).unwrap_or(stamp), "%Y-%m-%d") {
        Ok(date) => date.format("%Y-%m-%d").to_string(),
        Err(_) => normalize(stamp),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_byline_and_time_from_the_usual_places() {
        let page = Document::from(
            "<html><head><meta property='og:title' content='OG Title'>\
             <meta property='article:published_time' content='2026-03-13T08:30:00Z'></head>\
             <body><article><h1>Real &amp; True Headline</h1>\
             <a rel='author' href='/a'>Ana Ruiz</a></article></body></html>",
        );
        let meta = read(&page);
        assert_eq!(meta.headline.as_deref(), Some("Real & True Headline"));
        assert_eq!(meta.byline.as_deref(), Some("Ana Ruiz"));
        assert_eq!(meta.published.as_deref(), Some("2026-03-13 at 08:30 UTC"));
    }

    #[test]
    fn fallbacks_og_title_meta_author_and_time_element() {
        let page = Document::from(
            "<html><head><meta property='og:title' content='From OG'>\
             <meta name='author' content='Lena Berg'></head>\
             <body><p class='dek'>By the way</p><time datetime='2026-03-03'>3 March</time></body></html>",
        );
        let meta = read(&page);
        assert_eq!(meta.headline.as_deref(), Some("From OG"));
        assert_eq!(meta.byline.as_deref(), Some("Lena Berg"));
        assert_eq!(meta.published.as_deref(), Some("2026-03-03"));
        assert_eq!(meta.furniture, ["3 March"]);
    }

    #[test]
    fn a_byline_element_loses_its_by() {
        let page = Document::from("<div class='byline'>By  Jane Doe and John Roe</div>");
        assert_eq!(read(&page).byline.as_deref(), Some("Jane Doe and John Roe"));
    }
}
