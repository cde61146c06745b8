//! The article's elements in document order -> CommonMark blocks: paragraphs, subheads (h2–h6),
//! list items, block quotes, figure captions and table rows (one list item per row, so each row
//! is a statement). Media and page furniture write nothing.

use dom_query::{Document, NodeRef};

use super::meta::{PageMeta, normalize};
use crate::import::markdown_out::MarkdownOut;

/// Page furniture, by element and by the names sites give it: never article text.
pub const FURNITURE: &str = "script, style, noscript, template, nav, footer, aside, form, \
    iframe, button, svg, select, [role=navigation], [role=banner], [role=contentinfo], \
    [role=complementary], [aria-hidden=true], [hidden], .comments, #comments, .related, \
    .promo, .newsletter, .advert, .ad, .share, .social, .subscribe";

/// Elements whose text runs on inside a paragraph.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "ins", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
];

/// Elements that hold no text a reader checks.
const MEDIA: &[&str] = &[
    "img", "picture", "video", "audio", "canvas", "source", "track", "map", "object", "embed",
    "head", "title", "meta", "link", "hr", "del",
];

pub fn first_h1(article: &Document) -> Option<String> {
    article
        .select("h1")
        .iter()
        .map(|h| normalize(&h.text()))
        .find(|t| !t.is_empty())
}

/// Writes the article's blocks. The headline (already written) and blocks that only repeat the
/// byline or the time are left out.
pub fn write_article(
    article: &Document,
    headline: Option<&str>,
    meta: &PageMeta,
    out: &mut MarkdownOut,
) {
    article.select(FURNITURE).remove();
    let mut walker = Walker {
        out,
        headline,
        meta,
        inline: String::new(),
    };
    let root = article.root();
    walker.children(&root);
    walker.flush();
}

struct Walker<'a> {
    out: &'a mut MarkdownOut,
    headline: Option<&'a str>,
    meta: &'a PageMeta,
    /// Text of inline content not yet closed by a block (text straight inside a `<div>`).
    inline: String,
}

fn name_of(node: &NodeRef) -> String {
    node.node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default()
}

/// The text of an element as a reader sees it: `<br>` is a space, media and deletions are not text.
fn text_of(node: &NodeRef) -> String {
    let mut text = String::new();
    collect_text(node, &mut text);
    normalize(&text)
}

fn collect_text(node: &NodeRef, text: &mut String) {
    for child in node.children() {
        if child.is_text() {
            text.push_str(&child.text());
        } else if child.is_element() {
            let name = name_of(&child);
            if name == "br" {
                text.push(' ');
            } else if !MEDIA.contains(&name.as_str()) {
                if !INLINE.contains(&name.as_str()) {
                    text.push(' ');
                }
                collect_text(&child, text);
                if !INLINE.contains(&name.as_str()) {
                    text.push(' ');
                }
            }
        }
    }
}

impl Walker<'_> {
    fn children(&mut self, node: &NodeRef) {
        for child in node.children() {
            self.node(&child);
        }
    }

    fn flush(&mut self) {
        let text = normalize(&std::mem::take(&mut self.inline));
        if !text.is_empty() && !self.is_furniture(&text) {
            self.out.paragraph(&text);
        }
    }

    /// A block that only repeats what the top lines already say.
    fn is_furniture(&self, text: &str) -> bool {
        self.meta.furniture.iter().any(|f| f == text)
            || self
                .meta
                .byline
                .as_deref()
                .is_some_and(|b| text.ends_with(b) && text.len() <= b.len() + 4)
    }

    fn node(&mut self, node: &NodeRef) {
        if node.is_text() {
            self.inline.push_str(&node.text());
            return;
        }
        if !node.is_element() {
            return;
        }
        let name = name_of(node);
        let name = name.as_str();
        if INLINE.contains(&name) {
            self.inline.push(' ');
            self.inline.push_str(&text_of(node));
            self.inline.push(' ');
            return;
        }
        if name == "br" {
            self.inline.push(' ');
            return;
        }
        if MEDIA.contains(&name) {
            return;
        }
        self.flush();
        match name {
            "p" => self.paragraph(node),
            "h1" => {
                let text = text_of(node);
                if Some(text.as_str()) != self.headline {
                    self.out.heading(2, &text);
                }
            }
            "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = name.as_bytes()[1] - b'0';
                self.out.heading(level, &text_of(node));
            }
            "ul" | "ol" => self.list(node),
            "blockquote" => self.quote(node),
            "figcaption" | "caption" => self.caption(node),
            "table" => self.table(node),
            "figure" => {
                for caption in node
                    .children()
                    .iter()
                    .filter(|c| name_of(c) == "figcaption")
                {
                    self.caption(caption);
                }
            }
            _ => {
                self.children(node);
                self.flush();
            }
        }
    }

    fn paragraph(&mut self, node: &NodeRef) {
        let text = text_of(node);
        if !text.is_empty() && !self.is_furniture(&text) {
            self.out.paragraph(&text);
        }
    }

    fn caption(&mut self, node: &NodeRef) {
        self.out.caption(&text_of(node));
    }

    /// Each item is a block; an item's own text leaves out its nested lists, which follow it.
    fn list(&mut self, node: &NodeRef) {
        for item in node.element_children() {
            if name_of(&item) != "li" {
                self.node(&item);
                continue;
            }
            let mut own = String::new();
            let mut nested = Vec::new();
            for child in item.children() {
                match name_of(&child).as_str() {
                    "ul" | "ol" => nested.push(child),
                    _ if child.is_text() => own.push_str(&child.text()),
                    _ if child.is_element() => {
                        own.push(' ');
                        own.push_str(&text_of(&child));
                        own.push(' ');
                    }
                    _ => {}
                }
            }
            self.out.list_item(&normalize(&own));
            for list in nested {
                self.list(&list);
            }
        }
    }

    /// A quotation's paragraphs are each a quoted block; a `<cite>` or `<footer>` stays with the text.
    fn quote(&mut self, node: &NodeRef) {
        let paragraphs: Vec<NodeRef> = node
            .element_children()
            .into_iter()
            .filter(|c| name_of(c) == "p")
            .collect();
        if paragraphs.is_empty() {
            self.out.quote(&text_of(node));
        } else {
            for p in paragraphs {
                self.out.quote(&text_of(&p));
            }
        }
    }

    /// Each body row is a list item ("Header: cell; Header: cell"), so each row is a statement;
    /// a caption is a caption; a header row names the cells and is not a statement itself.
    fn table(&mut self, node: &NodeRef) {
        let table = Document::from(node.html().to_string().as_str());
        for caption in table.select("caption").iter() {
            self.out.caption(&normalize(&caption.text()));
        }
        let mut header: Vec<String> = Vec::new();
        for row in table.select("tr").iter() {
            let cells: Vec<(bool, String)> = row
                .select("th, td")
                .iter()
                .map(|c| {
                    let is_head = c.is("th");
                    (is_head, normalize(&c.text()))
                })
                .collect();
            if cells.is_empty() {
                continue;
            }
            if header.is_empty() && cells.iter().all(|(head, _)| *head) {
                header = cells.into_iter().map(|(_, t)| t).collect();
                continue;
            }
            let parts: Vec<String> = cells
                .iter()
                .enumerate()
                .filter(|(_, (_, text))| !text.is_empty())
                .map(
                    |(i, (_, text))| match header.get(i).filter(|h| !h.is_empty()) {
                        Some(h) => format!("{h}: {text}"),
                        None => text.clone(),
                    },
                )
                .collect();
            if !parts.is_empty() {
                self.out.list_item(&parts.join("; "));
            }
        }
    }
}
