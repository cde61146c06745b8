//! The page being written: the one place markup and escaped text meet. Only `&'static str`
//! goes in raw; everything else is escaped, with hidden characters shown and right-to-left text
//! isolated.

use std::fmt::Display;

/// The page being written. Only the page's own markup (static strings) goes in raw.
pub(super) struct Page {
    pub(super) out: String,
}

impl Page {
    pub(super) fn raw(&mut self, markup: &'static str) {
        self.out.push_str(markup);
    }

    pub(super) fn num(&mut self, n: impl Into<Number>) {
        use std::fmt::Write;
        let _ = write!(self.out, "{}", n.into().0);
    }

    /// A percentage with one decimal: "66.7%".
    pub(super) fn percent(&mut self, percent: f64) {
        use std::fmt::Write;
        let _ = write!(self.out, "{:.1}%", percent.clamp(0.0, 100.0));
    }

    /// Text from the database in element content: escaped, hidden characters shown as
    /// `<U+202E>`, and isolated in `<bdi>` when it holds a right-to-left letter or a direction
    /// control, so it cannot reorder what stands around it (issue 11).
    pub(super) fn text(&mut self, text: &str) {
        use crate::model::hidden::{is_hidden, is_right_to_left};
        let isolate = text.contains(|c| is_hidden(c) || is_right_to_left(c));
        if isolate {
            self.raw("<bdi>");
        }
        self.plain(text);
        if isolate {
            self.raw("</bdi>");
        }
    }

    /// Text escaped for element content and double-quoted attribute values alike (the title, a
    /// link's target), hidden characters shown as `<U+202E>`.
    pub(super) fn plain(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '&' => self.out.push_str("&amp;"),
                '<' => self.out.push_str("&lt;"),
                '>' => self.out.push_str("&gt;"),
                '"' => self.out.push_str("&quot;"),
                '\'' => self.out.push_str("&#39;"),
                // Harmless once the angle brackets are escaped, but escaped anyway so that no
                // attribute-looking text (`onerror=`) survives in the page's source.
                '=' => self.out.push_str("&#61;"),
                '`' => self.out.push_str("&#96;"),
                '\n' | '\t' => self.out.push(c),
                c if crate::model::hidden::is_hidden(c) => {
                    let name = crate::model::hidden::visible_name(c);
                    self.out
                        .push_str(&name.replace('<', "&lt;").replace('>', "&gt;"));
                }
                c => self.out.push(c),
            }
        }
    }

    /// Text whose line breaks are kept as `<br>`.
    pub(super) fn text_with_breaks(&mut self, text: &str) {
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                self.raw("<br>");
            }
            self.text(line);
        }
    }
}

/// An integer, the only other thing allowed into the page unescaped.
pub(super) struct Number(i128);

macro_rules! number_from {
    ($($t:ty),*) => { $(impl From<$t> for Number { fn from(n: $t) -> Number { Number(n as i128) } })* };
}
number_from!(u32, u64, i64);

impl From<crate::model::StatementId> for Number {
    fn from(id: crate::model::StatementId) -> Number {
        Number(id.0 as i128)
    }
}

impl Display for Number {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}
