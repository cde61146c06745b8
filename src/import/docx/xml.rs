//! WordprocessingML -> blocks. Text is read only from `w:t` runs outside deletions (`w:del`,
//! `w:moveFrom`); `w:delText`, field codes (`w:instrText`) and comment references are not text.
//! A paragraph's style (by its name in styles.xml) or its numbering says what it is; a table row
//! is one block of its cells.

use std::collections::HashMap;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Title,
    Heading(u8),
    ListItem,
    Quote,
    Caption,
    Paragraph,
    TableRow,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
}

/// Style id -> style name, lowercased ("Heading1" -> "heading 1").
pub type StyleNames = HashMap<String, String>;

fn attr(e: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local)
            .then(|| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .ok()
                    .map(|v| v.into_owned())
            })
            .flatten()
    })
}

pub fn style_names(xml: &str) -> Result<StyleNames, quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    let mut names = StyleNames::new();
    let mut current: Option<String> = None;
    loop {
        match reader.read_event()? {
            Event::Start(e) if e.local_name().as_ref() == b"style" => {
                current = attr(&e, b"styleId");
            }
            Event::Empty(e) if e.local_name().as_ref() == b"name" => {
                if let (Some(id), Some(name)) = (current.as_ref(), attr(&e, b"val")) {
                    names.insert(id.clone(), name.to_lowercase());
                }
            }
            Event::Eof => return Ok(names),
            _ => {}
        }
    }
}

/// What a style name (or, without styles.xml, its id) makes a paragraph.
fn kind_of_style(name: &str) -> BlockKind {
    let name = name.to_lowercase();
    let compact: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    if compact == "title" {
        return BlockKind::Title;
    }
    if let Some(level) = compact
        .strip_prefix("heading")
        .and_then(|n| n.parse::<u8>().ok())
    {
        return BlockKind::Heading(level.clamp(1, 5));
    }
    if matches!(compact.as_str(), "quote" | "intensequote" | "blocktext") {
        return BlockKind::Quote;
    }
    if compact == "caption" {
        return BlockKind::Caption;
    }
    if compact.starts_with("list") {
        return BlockKind::ListItem;
    }
    BlockKind::Paragraph
}

/// The state of one paragraph being read.
#[derive(Default)]
struct Paragraph {
    style: Option<String>,
    numbered: bool,
    text: String,
}

#[derive(Default)]
struct State {
    blocks: Vec<Block>,
    paragraph: Paragraph,
    /// Inside `w:t`: its text is the document's.
    in_text: bool,
    /// Inside tracked deletions or moved-away text.
    deleted: u32,
    /// Inside a separator footnote: no text.
    skipped: u32,
    /// Table nesting, and the cells of the row being read.
    tables: u32,
    row: Vec<String>,
    cell: String,
}

impl State {
    fn push_text(&mut self, text: &str) {
        if self.in_text && self.deleted == 0 && self.skipped == 0 {
            self.paragraph.text.push_str(text);
        }
    }

    fn end_paragraph(&mut self, styles: &StyleNames) {
        let paragraph = std::mem::take(&mut self.paragraph);
        let text = paragraph
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if text.is_empty() || self.skipped > 0 {
            return;
        }
        if self.tables > 0 {
            if !self.cell.is_empty() {
                self.cell.push(' ');
            }
            self.cell.push_str(&text);
            return;
        }
        let style = paragraph
            .style
            .as_ref()
            .map(|id| styles.get(id).unwrap_or(id));
        let mut kind = style.map_or(BlockKind::Paragraph, |s| kind_of_style(s));
        if paragraph.numbered && kind == BlockKind::Paragraph {
            kind = BlockKind::ListItem;
        }
        self.blocks.push(Block { kind, text });
    }
}

/// The blocks of a document or footnotes part, in order.
pub fn blocks(xml: &str, styles: &StyleNames) -> Result<Vec<Block>, quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    let mut state = State::default();
    loop {
        let event = reader.read_event()?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                match e.local_name().as_ref() {
                    b"t" if !empty => state.in_text = true,
                    b"del" | b"moveFrom" if !empty => state.deleted += 1,
                    b"footnote" | b"endnote" if !empty && attr(e, b"type").is_some() => {
                        state.skipped += 1
                    }
                    b"pStyle" => state.paragraph.style = attr(e, b"val"),
                    b"numPr" => state.paragraph.numbered = true,
                    b"tab" | b"br" | b"cr" if state.deleted == 0 => state.paragraph.text.push(' '),
                    b"noBreakHyphen" if state.deleted == 0 => state.paragraph.text.push('-'),
                    b"tbl" if !empty => state.tables += 1,
                    b"p" if empty => state.end_paragraph(styles),
                    _ => {}
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => state.in_text = false,
                b"del" | b"moveFrom" => state.deleted = state.deleted.saturating_sub(1),
                b"footnote" | b"endnote" => state.skipped = state.skipped.saturating_sub(1),
                b"p" => state.end_paragraph(styles),
                b"tc" => {
                    let cell = std::mem::take(&mut state.cell);
                    state.row.push(cell);
                }
                b"tr" => {
                    let cells: Vec<String> = std::mem::take(&mut state.row)
                        .into_iter()
                        .filter(|c| !c.is_empty())
                        .collect();
                    if !cells.is_empty() {
                        state.blocks.push(Block {
                            kind: BlockKind::TableRow,
                            text: cells.join("; "),
                        });
                    }
                }
                b"tbl" => state.tables = state.tables.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) => state.push_text(&t.decode().map_err(quick_xml::Error::Encoding)?),
            Event::CData(t) => state.push_text(&t.decode().map_err(quick_xml::Error::Encoding)?),
            Event::GeneralRef(r) => {
                let text = match r.resolve_char_ref()? {
                    Some(c) => c.to_string(),
                    None => match r.decode().map_err(quick_xml::Error::Encoding)?.as_ref() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => format!("&{other};"),
                    },
                };
                state.push_text(&text);
            }
            Event::Eof => return Ok(state.blocks),
            _ => {}
        }
    }
}
