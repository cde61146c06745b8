//! The extracted text is written as CommonMark so that the Markdown reader gives each element its
//! role. Text from the source is escaped, so nothing in it reads as markup, and each block is
//! one line: runs of whitespace (the source's layout) become one space.

/// A CommonMark document built block by block.
#[derive(Debug, Default)]
pub struct MarkdownOut {
    out: String,
}

impl MarkdownOut {
    fn block(&mut self, prefix: &str, text: &str) {
        let text = escape(text);
        if text.is_empty() {
            return;
        }
        if !self.out.is_empty() {
            self.out.push_str("\n\n");
        }
        self.out.push_str(prefix);
        self.out.push_str(&text);
    }

    /// `# Headline` for level 1, `##`… for subheads.
    pub fn heading(&mut self, level: u8, text: &str) {
        let marks = "#".repeat(level.clamp(1, 6) as usize);
        self.block(&format!("{marks} "), text);
    }

    pub fn paragraph(&mut self, text: &str) {
        self.block("", text);
    }

    pub fn list_item(&mut self, text: &str) {
        self.block("- ", text);
    }

    pub fn quote(&mut self, text: &str) {
        self.block("> ", text);
    }

    /// A figure's caption: a paragraph that holds an image, which the Markdown reader reads as a
    /// caption. The image stands for the figure; its picture is not kept.
    pub fn caption(&mut self, text: &str) {
        self.block("![](figure)\n", text);
    }

    pub fn finish(mut self) -> String {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out
    }
}

/// Collapses whitespace to single spaces and escapes what CommonMark would read as markup: inline
/// marks anywhere, block marks (`#`, `-`, `>`, `1.`) at the start.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text
        .split_whitespace()
        .flat_map(|w| w.chars().chain([' ']))
        .peekable();
    while let Some(c) = chars.next() {
        let at_start = out.is_empty();
        let escaped = match c {
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' => true,
            '&' => chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#'),
            '#' | '-' | '+' | '>' | '=' | '|' => at_start,
            _ => false,
        };
        if escaped {
            out.push('\\');
        }
        out.push(c);
    }
    while out.ends_with(' ') {
        out.pop();
    }
    escape_ordered_marker(out)
}

/// "1990. A year…" at the start of a block would open an ordered list: escape its dot.
fn escape_ordered_marker(text: String) -> String {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let marker = text.as_bytes().get(digits).copied();
    if digits > 0 && digits <= 9 && matches!(marker, Some(b'.') | Some(b')')) {
        format!("{}\\{}", &text[..digits], &text[digits..])
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{BlockRole, Format, parse};

    #[test]
    fn escaped_text_reads_back_as_itself() {
        let tricky = [
            "# not a heading",
            "- not an item",
            "1990. A year of *stars* and _underscores_",
            "AT&T paid &amp; [bracketed] <b>tags</b> `code` back\\slash",
        ];
        for text in tricky {
            let mut out = MarkdownOut::default();
            out.paragraph(text);
            let source = out.finish();
            let parsed = parse(&source, Format::Markdown);
            assert_eq!(parsed.blocks.len(), 1, "{source}");
            assert_eq!(parsed.blocks[0].role, BlockRole::Body, "{source}");
            let statements: Vec<&str> = parsed.statements.iter().map(|s| s.text.as_str()).collect();
            assert_eq!(statements.join(" "), text, "{source}");
        }
    }

    #[test]
    fn blocks_carry_their_roles() {
        let mut out = MarkdownOut::default();
        out.heading(1, "Port Strike Ends After Nine Days");
        out.paragraph("The strike ended on Friday.");
        out.heading(2, "What comes next");
        out.list_item("Ships unload first.");
        out.quote("We are relieved.");
        out.caption("Ferries at the quay on Friday.");
        out.paragraph("Talks resume in May.");
        let parsed = parse(&out.finish(), Format::Markdown);
        let roles: Vec<BlockRole> = parsed.blocks.iter().map(|b| b.role).collect();
        assert_eq!(
            roles,
            [
                BlockRole::Headline,
                BlockRole::Body,
                BlockRole::Heading,
                BlockRole::ListItem,
                BlockRole::BlockQuote,
                BlockRole::Caption,
                BlockRole::Body
            ]
        );
    }
}
