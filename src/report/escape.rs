//! The one HTML escaping of the project: the report's and the web desk's askama templates
//! (`askama.toml` names [`Html`] as the escaper of every `.html` template), so any text from
//! the database printed with `{{ … }}` is escaped, hidden characters shown as `<U+202E>`, and
//! `=` and `` ` `` escaped too, so that no attribute-looking text (`onerror=`) survives in a
//! page's source. [`filters::t`] also isolates right-to-left text in `<bdi>` so it cannot
//! reorder what stands around it (issue 11).

use std::fmt::{self, Write};

use crate::model::hidden::{is_hidden, visible_name};

/// The escaper askama calls for every expression of an `.html` template.
#[derive(Debug, Clone, Copy, Default)]
pub struct Html;

impl askama::filters::Escaper for Html {
    fn write_escaped_str<W: Write>(&self, mut dest: W, text: &str) -> fmt::Result {
        for c in text.chars() {
            match c {
                '&' => dest.write_str("&amp;")?,
                '<' => dest.write_str("&lt;")?,
                '>' => dest.write_str("&gt;")?,
                '"' => dest.write_str("&quot;")?,
                '\'' => dest.write_str("&#39;")?,
                '=' => dest.write_str("&#61;")?,
                '`' => dest.write_str("&#96;")?,
                '\n' | '\t' => dest.write_char(c)?,
                c if is_hidden(c) => {
                    let name = visible_name(c);
                    dest.write_str(&name.replace('<', "&lt;").replace('>', "&gt;"))?;
                }
                c => dest.write_char(c)?,
            }
        }
        Ok(())
    }
}

/// `text` escaped for element content and attribute values alike.
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let _ = askama::filters::Escaper::write_escaped_str(&Html, &mut out, text);
    out
}

/// The templates' own filters (askama finds them as `filters::NAME` where a template is
/// derived: `use crate::report::escape::filters;`). Each escapes its input with [`Html`] first;
/// only the markup it adds itself is left unescaped.
pub mod filters {
    use askama::filters::Safe;

    use super::escaped;
    use crate::model::hidden::{is_hidden, is_right_to_left};

    /// Text from the database in element content: escaped, and in `<bdi>` when it holds a
    /// right-to-left letter or a direction control.
    pub fn t<T: std::fmt::Display>(
        value: T,
        _: &dyn askama::Values,
    ) -> askama::Result<Safe<String>> {
        let text = value.to_string();
        let isolate = text.contains(|c| is_hidden(c) || is_right_to_left(c));
        let escaped = escaped(&text);
        Ok(Safe(if isolate {
            format!("<bdi>{escaped}</bdi>")
        } else {
            escaped
        }))
    }

    /// Text whose line breaks are kept as `<br>`, each line as [`t`] prints it.
    pub fn breaks<T: std::fmt::Display>(
        value: T,
        values: &dyn askama::Values,
    ) -> askama::Result<Safe<String>> {
        let text = value.to_string();
        let mut out = String::with_capacity(text.len());
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                out.push_str("<br>");
            }
            out.push_str(&t(line, values)?.0);
        }
        Ok(Safe(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_quotes_and_attribute_signs_are_escaped_and_hidden_characters_shown() {
        assert_eq!(
            escaped("<img src=x onerror='a'>\"&`"),
            "&lt;img src&#61;x onerror&#61;&#39;a&#39;&gt;&quot;&amp;&#96;"
        );
        assert_eq!(escaped("a\u{202E}b"), "a&lt;U+202E&gt;b");
        let isolated = filters::t("\u{5D0}", askama::NO_VALUES).unwrap().0;
        assert_eq!(isolated, "<bdi>\u{5D0}</bdi>");
        let lines = filters::breaks("one\n<two>", askama::NO_VALUES).unwrap().0;
        assert_eq!(lines, "one<br>&lt;two&gt;");
    }
}
