//! Where a piece of the text stands on the page. Every non-whitespace byte of a revision lies in
//! a statement (whose [`Element`] says where it stands) or in a [`Part`]: a named piece that is
//! not checked as a statement but whose changes are still reported and confirmed.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Span, named_enum};

named_enum! {
    /// Where a statement stands in the piece. Readers read the headline, deck, subheads and
    /// captions first: each is a statement like a sentence of the body.
    pub enum Element as "element" {
        Headline = "headline",
        /// The standfirst under the headline.
        Deck = "deck",
        /// A section heading that carries a figure, a name or a claim.
        Subhead = "subhead",
        Body = "body",
        ListItem = "list-item",
        Caption = "caption",
        PullQuote = "pull-quote",
    }
}

named_enum! {
    /// What a non-statement part of the text is.
    pub enum PartKind as "part kind" {
        /// A metadata line with one or more bylines (it may hold the date too).
        Byline = "byline",
        /// A metadata line with the publication date, time or reading time and no byline.
        PublicationLine = "publication-line",
        /// "WASHINGTON, DC.-" opening the first paragraph.
        Dateline = "dateline",
        /// A heading with no figure, name or claim: "Background Of The Proposal".
        SectionHeading = "section-heading",
        /// "(Reporting by ...; Editing by ...)", "Photo by ...".
        Credit = "credit",
        /// "Editor's Note:" standing before the note.
        EditorsNoteLabel = "editors-note-label",
        /// "Caption:" or "Photo:" standing before a caption.
        CaptionLabel = "caption-label",
        /// "-", "•", "1." opening a list item.
        ListMarker = "list-marker",
        /// A line or unit with no letter or digit: `___`, `* * *`, `--` between sections.
        Separator = "separator",
        /// Markdown syntax the reader drops: heading and quote markers, emphasis marks, link
        /// targets, code blocks, HTML, front matter.
        Markup = "markup",
    }
}

/// A named piece of a revision's text that is not a statement: its kind, where it stands and its
/// text as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    pub kind: PartKind,
    pub span: Span,
    pub text: String,
}

/// A change to the non-statement parts between two revisions: `added`, `removed` or `modified`
/// (the same kind of part in the same place with other words). Reported by `revise` and `diff`;
/// it holds the gate until an editor confirms it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartChange {
    pub change: super::Change,
    pub kind: PartKind,
    pub old_text: Option<String>,
    pub new_text: Option<String>,
}

/// An editor's confirmation that the parts of a revision are as they should be.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Confirmation {
    pub revision: u32,
    pub by: String,
    #[serde(with = "crate::model::time")]
    pub at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
