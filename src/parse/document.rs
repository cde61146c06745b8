//! Article structure: which block is the headline, the metadata line, a heading, the editor's
//! note or body, and the statements of the body. The format readers ([`text`](super::text),
//! [`markdown`](super::markdown)) say what the blocks are; the rules here say what they mean,
//! the same for both formats. See `docs/parsing.md`.

use super::raw::{RawBlock, RawKind};
use super::{Block, BlockRole, Format, ParsedRevision, ParsedStatement, kinds, markdown};
use super::{coverage, dateline, labels, metadata, pull_quotes, shape, split, text};
use crate::lang::Language;
use crate::model::{Element, Heading, Kind, Metadata, Part, PartKind, Span};

/// What the rules decided about one block: its role, its statements (where they begin in its
/// plain text and where they stand on the page) and the part it is, or that stands before its
/// statements (a dateline, a label).
struct Reading {
    role: BlockRole,
    statements: Option<(usize, Element)>,
    part: Option<PartKind>,
}

impl Reading {
    /// A block that is one part and holds no statement.
    fn part(role: BlockRole, kind: PartKind) -> Reading {
        Reading {
            role,
            statements: None,
            part: Some(kind),
        }
    }

    /// A block of statements from its first byte.
    fn statements(role: BlockRole, element: Element) -> Reading {
        Reading {
            role,
            statements: Some((0, element)),
            part: None,
        }
    }

    /// A block whose statements begin at `from`, after a part of kind `label`.
    fn labelled(role: BlockRole, element: Element, from: usize, label: PartKind) -> Reading {
        Reading {
            role,
            statements: Some((from, element)),
            part: (from > 0).then_some(label),
        }
    }
}

/// How many body paragraphs may stand before the metadata line or the dateline: one, for a
/// standfirst (the summary a CMS puts under the headline, before the byline).
const TOP_BODY_PARAGRAPHS: u32 = 2;

/// The state carried from block to block while reading down the article.
#[derive(Default)]
struct Reader {
    metadata: Metadata,
    /// Body paragraphs read so far.
    body_paragraphs: u32,
    /// The top of the article (where metadata lines and the dateline stand) is over: a heading,
    /// list or quotation came, the dateline was found, or enough body paragraphs were read.
    past_top: bool,
    /// The previous block was an editor's note label standing alone.
    note_pending: bool,
    /// The role of the previous block.
    previous: Option<BlockRole>,
    /// The language the article is read in: its byline words, dates and datelines.
    language: Language,
}

impl Reader {
    fn in_top(&self) -> bool {
        !self.past_top && self.body_paragraphs < TOP_BODY_PARAGRAPHS
    }

    fn read_block(&mut self, index: usize, blocks: &[RawBlock]) -> Reading {
        let raw = &blocks[index];
        let line = raw.plain.text().trim();
        let number = index as u32 + 1;
        if raw.kind == RawKind::Paragraph {
            return self.read_paragraph(index, blocks);
        }
        if raw.kind == RawKind::Heading(1) && self.metadata.headline.is_none() {
            self.metadata.headline = Some(line.to_string());
            return Reading::statements(BlockRole::Headline, Element::Headline);
        }
        // A picture under the headline (and its caption) does not end the top: the byline may
        // follow it.
        if raw.kind == RawKind::Caption {
            return Reading::statements(BlockRole::Caption, Element::Caption);
        }
        self.past_top = true;
        match raw.kind {
            RawKind::ListItem => Reading::statements(BlockRole::ListItem, Element::ListItem),
            RawKind::BlockQuote => Reading::statements(BlockRole::BlockQuote, Element::Body),
            _ => self.heading(line, number),
        }
    }

    /// A section heading: a part when it is a pure label, a subhead statement otherwise.
    fn heading(&mut self, line: &str, number: u32) -> Reading {
        self.push_heading(line, number);
        if is_pure_label(line) {
            Reading::part(BlockRole::Heading, PartKind::SectionHeading)
        } else {
            Reading::statements(BlockRole::Heading, Element::Subhead)
        }
    }

    fn read_paragraph(&mut self, index: usize, blocks: &[RawBlock]) -> Reading {
        let plain = blocks[index].plain.text();
        let line = plain.trim();
        if std::mem::take(&mut self.note_pending) {
            self.metadata.editors_notes.push(line.to_string());
            return Reading::statements(BlockRole::EditorsNote, Element::Body);
        }
        if let Some(at) = labels::editors_note(plain) {
            let note = plain[at..].trim();
            if note.is_empty() {
                self.note_pending = true;
                return Reading::part(BlockRole::EditorsNoteLabel, PartKind::EditorsNoteLabel);
            }
            self.metadata.editors_notes.push(note.to_string());
            return Reading::labelled(
                BlockRole::EditorsNote,
                Element::Body,
                at,
                PartKind::EditorsNoteLabel,
            );
        }
        if index == 0 && is_headline(line, blocks.get(1), self.language) {
            self.metadata.headline = Some(line.to_string());
            return Reading::statements(BlockRole::Headline, Element::Headline);
        }
        if self.in_top() {
            if let Some(found) = metadata::read_metadata_line_in(line, self.language) {
                let kind = if found.bylines.is_empty() {
                    PartKind::PublicationLine
                } else {
                    PartKind::Byline
                };
                self.merge(found);
                return Reading::part(BlockRole::Metadata, kind);
            }
        }
        if labels::is_credit_line(line) {
            return Reading::part(BlockRole::Metadata, PartKind::Credit);
        }
        if let Some(at) = labels::caption(plain) {
            return Reading::labelled(
                BlockRole::Caption,
                Element::Caption,
                at,
                PartKind::CaptionLabel,
            );
        }
        // A heading introduces what follows it: the last block is never one. A line of several
        // sentences ("Yes. I don't think it matters") is prose, whatever its shape.
        if index + 1 < blocks.len()
            && shape::looks_like_heading(line)
            && split::sentences(line).len() <= 1
        {
            self.past_top = true;
            return self.heading(line, index as u32 + 1);
        }
        // The standfirst: a paragraph between the headline and the metadata line under it.
        let before_metadata = || {
            blocks.get(index + 1).is_some_and(|next| {
                metadata::read_metadata_line_in(next.plain.text().trim(), self.language).is_some()
            })
        };
        if self.previous == Some(BlockRole::Headline) && self.in_top() && before_metadata() {
            self.body_paragraphs += 1;
            return Reading::statements(BlockRole::Deck, Element::Deck);
        }
        let mut from = 0;
        if self.in_top() {
            if let Some((dateline, at)) = dateline::dateline_in(plain, self.language) {
                self.metadata.dateline = Some(dateline.to_string());
                self.past_top = true;
                from = at;
            }
        }
        self.body_paragraphs += 1;
        Reading::labelled(BlockRole::Body, Element::Body, from, PartKind::Dateline)
    }

    fn push_heading(&mut self, line: &str, number: u32) {
        self.metadata.headings.push(Heading {
            text: shape::heading_text(line).to_string(),
            paragraph: number,
        });
    }

    fn merge(&mut self, found: metadata::MetadataLine) {
        let metadata = &mut self.metadata;
        if metadata.published.is_none() {
            metadata.published = found.published;
        }
        if metadata.reading_time.is_none() {
            metadata.reading_time = found.reading_time;
        }
        if metadata.outlet.is_none() {
            metadata.outlet = found.outlet;
        }
        metadata.bylines.extend(found.bylines);
    }
}

/// A first block is the headline when another block follows and it reads like one (and not
/// like a metadata line): Title Case, or headline-sized when a metadata line follows it.
fn is_headline(line: &str, next: Option<&RawBlock>, language: Language) -> bool {
    let Some(next) = next else {
        return false;
    };
    if metadata::read_metadata_line_in(line, language).is_some() {
        return false;
    }
    shape::looks_like_headline(line)
        || (shape::is_headline_sized(line)
            && metadata::read_metadata_line_in(next.plain.text().trim(), language).is_some())
}

/// A heading that only labels what follows ("Background Of The Proposal", "What comes next"):
/// one sentence of at most six words, with no digit, quotation mark, currency or percent sign,
/// no acronym (a name: "CIA"), and no kind of fact but the "names" Title Case makes of every
/// capitalised word. Anything else could be a claim and is a subhead statement: when unsure, a
/// statement (a needless one costs a checker seconds; a missed fact costs a correction).
fn is_pure_label(line: &str) -> bool {
    let text = shape::heading_text(line);
    let figure_like = |c: char| {
        c.is_numeric() || matches!(c, '"' | '“' | '”' | '«' | '»' | '%' | '$' | '€' | '£' | '¥')
    };
    if text.chars().any(figure_like)
        || shape::word_count(text) > 6
        || split::sentences(text).len() > 1
    {
        return false;
    }
    let shouted = text
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let acronym = text
        .split_whitespace()
        .any(|word| word.chars().filter(|c| c.is_uppercase()).count() >= 2);
    if acronym && !shouted {
        return false;
    }
    let title_case = shape::is_title_like(text);
    kinds::classify(text)
        .iter()
        .all(|kind| kind == Kind::Name && title_case)
}

/// The statements of one block: its sentences from plain offset `from` on, with spans mapped
/// back to the revision text. The block's line breaks were judged soft when it was read (a
/// hard-wrapped paragraph), so the splitter sees them as spaces: same bytes, same offsets.
fn statements_of(
    raw: &RawBlock,
    number: u32,
    from: usize,
    element: Element,
    language: Language,
    explain: bool,
) -> impl Iterator<Item = ParsedStatement> {
    let plain = raw.plain.text();
    // Most blocks have no line break left to flatten: they are split as they stand.
    let flat: std::borrow::Cow<str> =
        if memchr::memchr2(b'\n', b'\r', &plain.as_bytes()[from..]).is_some() {
            plain[from..].replace(['\n', '\r'], " ").into()
        } else {
            plain[from..].into()
        };
    crate::lang::rejoin(&flat, split::split(&flat), language)
        .into_iter()
        // A unit with no letter or digit (`___`, `* * *` before a sign-off) says nothing to
        // check: it is left to `name_the_rest`, which names it a separator.
        .filter(move |sentence| {
            sentence
                .span
                .shift(from)
                .slice(plain)
                .chars()
                .any(char::is_alphanumeric)
        })
        .enumerate()
        .map(move |(i, sentence)| {
            let in_plain: Span = sentence.span.shift(from);
            let text = in_plain.slice(plain).to_string();
            // The reasons come from the same pass as the kinds: the rules find the same kinds
            // whether or not they are asked why.
            let (mut found, reasons) = if explain {
                let reasons = kinds::reasons(&text);
                (reasons.kinds(), Some(reasons))
            } else {
                (kinds::classify(&text), None)
            };
            for kind in crate::lang::kinds(&text, language) {
                found.insert(kind);
            }
            // A sentence inside a quotation of several is a quote even without a mark of its own.
            if sentence.quotation.is_some() {
                found.insert(Kind::Quote);
            }
            ParsedStatement {
                kinds: found,
                text,
                span: raw.plain.source_span(in_plain),
                paragraph: number,
                position: i as u32 + 1,
                element,
                reasons,
            }
        })
}

/// The part a block is, or the label before its statements (`from` bytes of its plain text).
fn part_of(source: &str, raw: &RawBlock, kind: PartKind, from: Option<usize>) -> Option<Part> {
    let span = match from {
        None => raw.span,
        Some(from) => {
            let label = raw.plain.text()[..from].trim_end().len();
            if label == 0 {
                return None;
            }
            Span::new(
                raw.span.start,
                raw.plain.source_span(Span::new(0, label)).end,
            )
        }
    };
    Some(Part {
        kind,
        span,
        text: span.slice(source).to_string(),
    })
}

/// Names what no statement or part covers yet: the marker of a list item, a rule line with no
/// letter or digit, and in Markdown the syntax its reader drops. In plain text nothing else may be left (the coverage invariant).
fn name_the_rest(
    source: &str,
    format: Format,
    blocks: &[Block],
    statements: &[ParsedStatement],
    parts: &mut Vec<Part>,
) {
    let covered = statements
        .iter()
        .map(|s| s.span)
        .chain(parts.iter().map(|p| p.span));
    let gaps = coverage::uncovered(source, covered.collect::<Vec<_>>());
    for gap in gaps
        .into_iter()
        .flat_map(|gap| by_block(source, gap, blocks))
    {
        let index = blocks.partition_point(|b| b.span.end <= gap.start);
        let marker = blocks.get(index).is_some_and(|block| {
            block.role == BlockRole::ListItem
                && block.span.contains(gap)
                && statements
                    .get(statements.partition_point(|s| s.paragraph < block.number))
                    .filter(|first| first.paragraph == block.number)
                    .is_none_or(|first| gap.end <= first.span.start)
        });
        let separator = !marker && !gap.slice(source).chars().any(char::is_alphanumeric);
        debug_assert!(
            marker || separator || format.reads_as_markdown(),
            "plain text left {:?} outside every statement and part",
            gap.slice(source)
        );
        parts.push(Part {
            kind: if marker {
                PartKind::ListMarker
            } else if separator {
                PartKind::Separator
            } else {
                PartKind::Markup
            },
            span: gap,
            text: gap.slice(source).to_string(),
        });
    }
    parts.sort_by_key(|p| p.span);
}

/// `gap` cut where blocks begin and end, each piece trimmed: a rule line and the marker of the
/// list item after it are two things, each named by the block it stands in.
fn by_block(source: &str, gap: Span, blocks: &[Block]) -> Vec<Span> {
    let mut cuts = vec![gap.start, gap.end];
    for block in blocks {
        for at in [block.span.start, block.span.end] {
            if gap.start < at && at < gap.end {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter_map(|w| coverage::uncovered(&source[..w[1]], [Span::new(0, w[0])]).pop())
        .collect()
}

pub fn parse(text: &str, format: Format) -> ParsedRevision {
    parse_in(text, format, Language::English)
}

/// Parses `text` read in `language`.
pub fn parse_in(text: &str, format: Format, language: Language) -> ParsedRevision {
    parse_with(text, format, language, false)
}

/// Parses `text` read in `language`; with `explain`, each statement keeps its kind reasons.
pub fn parse_with(text: &str, format: Format, language: Language, explain: bool) -> ParsedRevision {
    let raw_blocks = match format {
        Format::Text => text::read(text),
        Format::Markdown | Format::Html | Format::Docx => markdown::read(text),
    };
    let mut reader = Reader {
        language,
        ..Reader::default()
    };
    reader.metadata.format = format.as_str().to_string();
    let mut blocks = Vec::with_capacity(raw_blocks.len());
    let mut statements = Vec::new();
    let mut parts = Vec::new();
    for (index, raw) in raw_blocks.iter().enumerate() {
        let number = index as u32 + 1;
        let reading = reader.read_block(index, &raw_blocks);
        reader.previous = Some(reading.role);
        blocks.push(Block {
            number,
            role: reading.role,
            span: raw.span,
        });
        let from = reading.statements.map(|(from, _)| from);
        if let Some(part) = reading.part.and_then(|kind| part_of(text, raw, kind, from)) {
            parts.push(part);
        }
        if let Some((from, element)) = reading.statements {
            statements.extend(statements_of(raw, number, from, element, language, explain));
        }
    }
    pull_quotes::mark(text, &blocks, &mut statements);
    name_the_rest(text, format, &blocks, &statements, &mut parts);
    ParsedRevision {
        metadata: reader.metadata,
        blocks,
        statements,
        parts,
    }
}

#[cfg(test)]
pub(super) mod tests;
