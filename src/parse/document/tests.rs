//! The document rules end to end, on the reference article and on small texts in each style.
//! Every test holds whatever the sentence splitter decides about abbreviations: they check
//! structure, spans and metadata, and count statements only where no boundary is in doubt.

use super::*;
use crate::model::{Element, Kind, PartKind};

const SEED: &str = include_str!("../../../seeds/cia-mexico-2026-01-17.txt");

fn role_of(parsed: &ParsedRevision, paragraph: u32) -> BlockRole {
    parsed.blocks[paragraph as usize - 1].role
}

/// Every statement lies in a block that holds statements, and its span covers its words.
fn assert_statements_sound(source: &str, parsed: &ParsedRevision) {
    for statement in &parsed.statements {
        let role = role_of(parsed, statement.paragraph);
        assert!(
            matches!(
                role,
                BlockRole::Headline
                    | BlockRole::Deck
                    | BlockRole::Heading
                    | BlockRole::Caption
                    | BlockRole::Body
                    | BlockRole::ListItem
                    | BlockRole::BlockQuote
                    | BlockRole::EditorsNote
            ),
            "statement in a {role:?} block: {}",
            statement.text
        );
        let block = &parsed.blocks[statement.paragraph as usize - 1];
        assert!(block.span.contains(statement.span), "{}", statement.text);
        let sliced = statement.span.slice(source);
        assert!(
            sliced.starts_with(statement.text.chars().next().unwrap())
                && sliced.ends_with(statement.text.chars().last().unwrap()),
            "span {sliced:?} does not start and end as {:?}",
            statement.text
        );
    }
    for (i, block) in parsed.blocks.iter().enumerate() {
        assert_eq!(block.number as usize, i + 1);
    }
    assert_eq!(
        coverage::unaccounted(source, parsed),
        [],
        "bytes outside every statement and part"
    );
    for pair in parsed.statements.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(
            a.span.end <= b.span.start,
            "statements overlap or are out of order"
        );
        if a.paragraph == b.paragraph {
            assert_eq!(b.position, a.position + 1);
        } else {
            assert_eq!(b.position, 1);
        }
    }
}

/// Each statement's element and text, in order.
pub(in crate::parse) fn elements_of(parsed: &ParsedRevision) -> Vec<(Element, &str)> {
    parsed
        .statements
        .iter()
        .map(|s| (s.element, s.text.as_str()))
        .collect()
}

/// For plain text, a statement's span slices to a string with exactly its words.
fn assert_spans_hold_the_words(source: &str, parsed: &ParsedRevision) {
    for statement in &parsed.statements {
        let sliced = statement.span.slice(source);
        assert!(
            sliced
                .split_whitespace()
                .eq(statement.text.split_whitespace()),
            "{sliced:?} != {:?}",
            statement.text
        );
    }
}

#[test]
fn seed_article_metadata() {
    let parsed = parse(SEED, Format::Text);
    let metadata = &parsed.metadata;
    assert_eq!(metadata.format, "text");
    assert_eq!(
        metadata.headline.as_deref(),
        Some(
            "U.S. Intelligence Personnel To Assist Mexican Forces In Expanded Crackdown On Drug Cartels"
        )
    );
    let bylines: Vec<(&str, Option<&str>)> = metadata
        .bylines
        .iter()
        .map(|b| (b.name.as_str(), b.role.as_deref()))
        .collect();
    assert_eq!(
        bylines,
        [
            ("Jennifer Hodges", Some("Political Editor")),
            ("Art Fletcher", Some("Executive Editor"))
        ]
    );
    let published = metadata.published.as_ref().expect("a publication date");
    assert_eq!(published.date.as_deref(), Some("2026-01-17"));
    assert_eq!(published.weekday.as_deref(), Some("Saturday"));
    assert_eq!(published.time.as_deref(), Some("7:30 A.M. ET"));
    assert_eq!(published.raw, "Saturday, January 17, 2026, 7:30 A.M. ET");
    assert_eq!(metadata.reading_time.as_deref(), Some("4 Minute Read"));
    assert_eq!(
        metadata.outlet.as_deref(),
        Some("Englebrook Independent News")
    );
    assert_eq!(metadata.dateline.as_deref(), Some("WASHINGTON, DC"));
}

#[test]
fn seed_article_headings_and_editors_note() {
    let parsed = parse(SEED, Format::Text);
    let headings: Vec<&str> = parsed
        .metadata
        .headings
        .iter()
        .map(|h| h.text.as_str())
        .collect();
    assert_eq!(
        headings,
        [
            "Scope Of CIA Involvement",
            "Background Of The Proposal",
            "Mexican Government Response",
            "Historical Context Of Cooperation",
            "Legal And Diplomatic Implications",
            "What Comes Next"
        ]
    );
    for heading in &parsed.metadata.headings {
        assert_eq!(role_of(&parsed, heading.paragraph), BlockRole::Heading);
        let line = parsed.blocks[heading.paragraph as usize - 1]
            .span
            .slice(SEED);
        assert_eq!(line, format!("{};", heading.text));
    }
    assert_eq!(parsed.metadata.editors_notes.len(), 1);
    let note = &parsed.metadata.editors_notes[0];
    assert!(note.starts_with("This report is based on verified reporting"));
    assert!(note.ends_with("at the time of publication."));
    let label = parsed
        .blocks
        .iter()
        .find(|b| b.role == BlockRole::EditorsNoteLabel)
        .expect("the label stands on its own line");
    assert_eq!(label.span.slice(SEED), "Editor’s Note:");
    let note_block = &parsed.blocks[label.number as usize];
    assert_eq!(note_block.role, BlockRole::EditorsNote);
    // The note's sentences are statements: they make claims.
    assert!(
        parsed
            .statements
            .iter()
            .any(|s| s.paragraph == note_block.number && s.text.contains("cross-checked"))
    );
}

#[test]
fn seed_article_statements() {
    let parsed = parse(SEED, Format::Text);
    assert_eq!(role_of(&parsed, 1), BlockRole::Headline);
    assert_eq!(role_of(&parsed, 2), BlockRole::Metadata);
    assert_statements_sound(SEED, &parsed);
    assert_spans_hold_the_words(SEED, &parsed);
    let headline = &parsed.statements[0];
    assert_eq!(
        (headline.paragraph, headline.element),
        (1, Element::Headline)
    );
    assert!(headline.text.starts_with("U.S. Intelligence Personnel"));
    let first = &parsed.statements[1];
    assert_eq!((first.paragraph, first.element), (3, Element::Body));
    assert!(first.text.starts_with("The U.S."), "{}", first.text);
    assert!(!parsed.statements.iter().any(|s| {
        s.text.contains("WASHINGTON")
            || s.text.contains("Minute Read")
            || s.text.contains("Editor’s Note")
            || s.text.contains("Background Of The Proposal")
    }));
    // A heading with a name (an acronym, a place) is a subhead statement; a pure label is a part.
    let subhead = parsed
        .statements
        .iter()
        .find(|s| s.text.starts_with("Scope Of CIA Involvement"))
        .expect("a subhead with a name");
    assert_eq!(subhead.element, Element::Subhead);
    let kinds_of_parts: Vec<(PartKind, &str)> = parsed
        .parts
        .iter()
        .map(|p| (p.kind, p.text.as_str()))
        .collect();
    assert!(kinds_of_parts.contains(&(PartKind::Dateline, "WASHINGTON, DC.-")));
    assert!(kinds_of_parts.contains(&(PartKind::SectionHeading, "Background Of The Proposal;")));
    assert!(kinds_of_parts.contains(&(PartKind::EditorsNoteLabel, "Editor’s Note:")));
    assert!(
        kinds_of_parts
            .iter()
            .any(|(kind, text)| *kind == PartKind::Byline && text.contains("Jennifer Hodges"))
    );
    let record = parsed
        .statements
        .iter()
        .find(|s| s.text.contains("record overdose deaths"))
        .expect("the escalation sentence");
    assert!(record.kinds.contains(Kind::Superlative));
    assert!(record.kinds.contains(Kind::Opinion));
    let critics = parsed
        .statements
        .iter()
        .find(|s| s.text.starts_with("Critics warn"))
        .expect("the critics sentence");
    assert!(critics.kinds.contains(Kind::Opinion));
}

#[test]
fn one_paragraph_of_prose_is_all_body() {
    let text = "Paris is the capital of France. It has about two million residents. The city hosted the Olympic Games in 2024.\n";
    let parsed = parse(text, Format::Text);
    assert_eq!(parsed.metadata.headline, None);
    assert_eq!(parsed.metadata.headings, []);
    assert_eq!(parsed.blocks.len(), 1);
    assert_eq!(parsed.blocks[0].role, BlockRole::Body);
    let texts: Vec<&str> = parsed.statements.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Paris is the capital of France.",
            "It has about two million residents.",
            "The city hosted the Olympic Games in 2024."
        ]
    );
    assert_statements_sound(text, &parsed);
    assert_spans_hold_the_words(text, &parsed);
    assert!(parsed.statements[1].kinds.contains(Kind::Figure));
    assert!(parsed.statements[2].kinds.contains(Kind::Date));
}

#[test]
fn a_lone_title_line_is_body_not_headline_or_heading() {
    let parsed = parse("Markets Slide on Rate Fears\n", Format::Text);
    assert_eq!(parsed.metadata.headline, None);
    assert_eq!(parsed.blocks[0].role, BlockRole::Body);
}

#[test]
fn wire_copy_with_blank_lines_and_hard_wraps() {
    let text = "Britain's Economy Shrinks Unexpectedly\n\nBy Jane Doe and John Roe | Reuters\nMarch 3, 2025\n\nLONDON (Reuters) - Britain's economy shrank by 0.1% in\nJanuary, official data showed on Friday, a blow to the\ngovernment's growth plans.\n\nEconomists polled by Reuters had expected growth of 0.2%.\n";
    let parsed = parse(text, Format::Text);
    let roles: Vec<BlockRole> = parsed.blocks.iter().map(|b| b.role).collect();
    assert_eq!(
        roles,
        [
            BlockRole::Headline,
            BlockRole::Metadata,
            BlockRole::Metadata,
            BlockRole::Body,
            BlockRole::Body
        ]
    );
    assert_eq!(
        parsed.metadata.dateline.as_deref(),
        Some("LONDON (Reuters)")
    );
    assert_eq!(parsed.metadata.bylines.len(), 2);
    assert_eq!(parsed.metadata.outlet.as_deref(), Some("Reuters"));
    assert_eq!(
        parsed.metadata.published.as_ref().unwrap().date.as_deref(),
        Some("2025-03-03")
    );
    assert_eq!(parsed.statements[0].element, Element::Headline);
    let first = &parsed.statements[1];
    assert!(first.text.starts_with("Britain's economy shrank"));
    assert!(first.text.ends_with("growth plans."));
    assert_eq!((first.paragraph, first.position), (4, 1));
    assert!(first.kinds.contains(Kind::Figure));
    assert_statements_sound(text, &parsed);
    assert_spans_hold_the_words(text, &parsed);
}

#[test]
fn inline_editors_note_keeps_its_sentences_but_not_its_label() {
    let text = "Storm Closes Ports Along the Coast\n\nThe storm closed four ports on Monday.\n\nEditor's note: An earlier version of this story misstated the number of ports. It was four.\n";
    let parsed = parse(text, Format::Text);
    assert_eq!(
        parsed.metadata.editors_notes,
        ["An earlier version of this story misstated the number of ports. It was four."]
    );
    assert_eq!(parsed.blocks[2].role, BlockRole::EditorsNote);
    let note: Vec<&str> = parsed
        .statements
        .iter()
        .filter(|s| s.paragraph == 3)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(
        note,
        [
            "An earlier version of this story misstated the number of ports.",
            "It was four."
        ]
    );
    assert_spans_hold_the_words(text, &parsed);
}

const MARKDOWN_SAMPLE: &str = r#"---
slug: city-budget
---

# City Council Approves Record Budget

*By Maria Lopez, City Hall Reporter | May 12, 2026*

SPRINGFIELD — The council voted **7-2** on Tuesday to approve a
*$1.2 billion* budget, the largest in the city's history.

## What the Budget Funds

The plan adds [40 police officers](https://example.com/police-plan) and
expands bus service. Critics called it reckless.

- Libraries get $3 million more.
- Parks get $2 million for repairs.

> "This budget puts residents first," Mayor Ann Kerr said.

```
total = 1_200_000_000
```

*Editor's note: This story was updated to correct the vote count.*
"#;

#[test]
fn markdown_sample() {
    let parsed = parse(MARKDOWN_SAMPLE, Format::Markdown);
    let metadata = &parsed.metadata;
    assert_eq!(metadata.format, "markdown");
    assert_eq!(
        metadata.headline.as_deref(),
        Some("City Council Approves Record Budget")
    );
    assert_eq!(metadata.bylines[0].name, "Maria Lopez");
    assert_eq!(
        metadata.bylines[0].role.as_deref(),
        Some("City Hall Reporter")
    );
    assert_eq!(
        metadata.published.as_ref().unwrap().date.as_deref(),
        Some("2026-05-12")
    );
    assert_eq!(metadata.dateline.as_deref(), Some("SPRINGFIELD"));
    assert_eq!(metadata.headings.len(), 1);
    assert_eq!(metadata.headings[0].text, "What the Budget Funds");
    assert_eq!(
        metadata.editors_notes,
        ["This story was updated to correct the vote count."]
    );

    let roles: Vec<BlockRole> = parsed.blocks.iter().map(|b| b.role).collect();
    assert_eq!(
        roles,
        [
            BlockRole::Headline,
            BlockRole::Metadata,
            BlockRole::Body,
            BlockRole::Heading,
            BlockRole::Body,
            BlockRole::ListItem,
            BlockRole::ListItem,
            BlockRole::BlockQuote,
            BlockRole::EditorsNote,
        ]
    );
    assert_eq!(metadata.headings[0].paragraph, 4);
    assert_statements_sound(MARKDOWN_SAMPLE, &parsed);

    let texts: Vec<&str> = parsed.statements.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "City Council Approves Record Budget",
            "The council voted 7-2 on Tuesday to approve a $1.2 billion budget, the largest in the city's history.",
            "The plan adds 40 police officers and expands bus service.",
            "Critics called it reckless.",
            "Libraries get $3 million more.",
            "Parks get $2 million for repairs.",
            "\"This budget puts residents first,\" Mayor Ann Kerr said.",
            "This story was updated to correct the vote count.",
        ]
    );
    // Markup is gone from the text but the span covers the source from first to last character.
    let link = &parsed.statements[2];
    let source = link.span.slice(MARKDOWN_SAMPLE);
    assert!(source.starts_with("The plan adds [40 police officers](https://"));
    assert!(source.ends_with("bus service."));
    let first = &parsed.statements[1];
    assert!(
        first
            .span
            .slice(MARKDOWN_SAMPLE)
            .starts_with("The council voted **7-2**")
    );
    assert!(first.kinds.contains(Kind::Superlative));
    assert!(first.kinds.contains(Kind::Figure));
    let quote = &parsed.statements[6];
    assert!(quote.kinds.contains(Kind::Quote));
    assert!(quote.kinds.contains(Kind::Attribution));
    assert!(
        quote
            .span
            .slice(MARKDOWN_SAMPLE)
            .starts_with("\"This budget")
    );
}

#[test]
fn markdown_headings_below_the_first_h1_are_sections() {
    let source =
        "# Headline One\n\nBody text here.\n\n# Second Top Heading\n\n### Detail\n\nMore text.\n";
    let parsed = parse(source, Format::Markdown);
    assert_eq!(parsed.metadata.headline.as_deref(), Some("Headline One"));
    let headings: Vec<(&str, u32)> = parsed
        .metadata
        .headings
        .iter()
        .map(|h| (h.text.as_str(), h.paragraph))
        .collect();
    assert_eq!(headings, [("Second Top Heading", 3), ("Detail", 4)]);
    // The headline and the two paragraphs; the headings are pure labels.
    assert_eq!(parsed.statements.len(), 3);
    assert_eq!(parsed.statements[0].element, Element::Headline);
}

#[test]
fn standfirst_before_byline_lead_in_colon_and_credit_line() {
    let source = "# Council Passes Budget\n\n*A 7-2 vote ends a month of hearings.*\n\n*By Dana Okafor, City Hall Reporter*\n\nTuesday, May 12, 2026 · The Northmere Ledger\n\nNORTHMERE, May 12 — The council approved the budget.\n\nIn a statement, Strand defended the plan:\n\n> \"It keeps every library open.\"\n\n(Reporting by Dana Okafor; Editing by Sam Reed)\n";
    let parsed = parse(source, Format::Markdown);
    let roles: Vec<BlockRole> = parsed.blocks.iter().map(|b| b.role).collect();
    assert_eq!(
        roles,
        [
            BlockRole::Headline,
            BlockRole::Deck,
            BlockRole::Metadata,
            BlockRole::Metadata,
            BlockRole::Body,
            BlockRole::Body,
            BlockRole::BlockQuote,
            BlockRole::Metadata,
        ]
    );
    assert_eq!(
        parsed.metadata.dateline.as_deref(),
        Some("NORTHMERE, May 12")
    );
    assert_eq!(parsed.metadata.bylines[0].name, "Dana Okafor");
    assert_eq!(
        parsed.metadata.published.as_ref().unwrap().date.as_deref(),
        Some("2026-05-12")
    );
    assert_eq!(parsed.metadata.headings, []);
    let first_in_body = parsed.statements.iter().find(|s| s.paragraph == 5).unwrap();
    assert_eq!(first_in_body.text, "The council approved the budget.");
    assert!(
        !parsed
            .statements
            .iter()
            .any(|s| s.text.contains("Reporting by"))
    );
    assert_statements_sound(source, &parsed);
}

#[test]
fn markdown_picture_under_the_headline_has_a_caption_and_the_byline_still_follows() {
    let source = "# Library Hours Grow\n\n![A reader](reader.jpg)\n*Mayor Ann Kerr opens the 40th library.*\n\n*By Jane Doe, City Hall Reporter*\n\nThe council added 6 hours a week.\n";
    let parsed = parse(source, Format::Markdown);
    assert_eq!(
        elements_of(&parsed),
        [
            (Element::Headline, "Library Hours Grow"),
            (Element::Caption, "Mayor Ann Kerr opens the 40th library."),
            (Element::Body, "The council added 6 hours a week."),
        ]
    );
    assert_eq!(parsed.metadata.bylines[0].name, "Jane Doe");
    assert!(parsed.parts.iter().any(|p| p.kind == PartKind::Byline));
    assert_statements_sound(source, &parsed);
}

#[test]
fn plain_text_story_of_issue_10() {
    let text = "City Budget Adds $12 Million For Libraries\n\nBy Jane Doe\n\nThe council voted 7-2.\n\nWhat the money buys:\n\n- Police get 12 more officers\n- Libraries lose $2 million\n\nParks: 40 new trees on Main Street\n\nYes. I don't think it matters\n\nAwesome! Great food cheap\n\nPhoto: Mayor Ann Kerr opens the 40th library.\n\nThe End Of The Story\n";
    let parsed = parse(text, Format::Text);
    assert_eq!(
        elements_of(&parsed),
        [
            (
                Element::Headline,
                "City Budget Adds $12 Million For Libraries"
            ),
            (Element::Body, "The council voted 7-2."),
            (Element::ListItem, "Police get 12 more officers"),
            (Element::ListItem, "Libraries lose $2 million"),
            (Element::Body, "Parks: 40 new trees on Main Street"),
            (Element::Body, "Yes."),
            (Element::Body, "I don't think it matters"),
            (Element::Body, "Awesome!"),
            (Element::Body, "Great food cheap"),
            (Element::Caption, "Mayor Ann Kerr opens the 40th library."),
            (Element::Body, "The End Of The Story"),
        ]
    );
    let parts: Vec<(PartKind, &str)> = parsed
        .parts
        .iter()
        .map(|p| (p.kind, p.text.as_str()))
        .collect();
    assert_eq!(
        parts,
        [
            (PartKind::Byline, "By Jane Doe"),
            (PartKind::SectionHeading, "What the money buys:"),
            (PartKind::ListMarker, "-"),
            (PartKind::ListMarker, "-"),
            (PartKind::CaptionLabel, "Photo:"),
        ]
    );
    assert_statements_sound(text, &parsed);
    assert_spans_hold_the_words(text, &parsed);
}

#[test]
fn headings_with_a_fact_are_subheads_and_pure_labels_are_parts() {
    let text = "A Headline For The Test\n\nBy Jane Doe\n\nFirst paragraph here.\n\nBackground Of The Proposal\n\nMore prose follows here.\n\nScope Of CIA Involvement\n\nMore prose follows here too.\n\nThe 2026 Budget\n\nEven more prose.\n\nTalks with Mexico stall\n\nThe last paragraph.\n";
    let parsed = parse(text, Format::Text);
    let subheads: Vec<&str> = parsed
        .statements
        .iter()
        .filter(|s| s.element == Element::Subhead)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(
        subheads,
        [
            "Scope Of CIA Involvement",
            "The 2026 Budget",
            "Talks with Mexico stall"
        ]
    );
    let labels: Vec<&str> = parsed
        .parts
        .iter()
        .filter(|p| p.kind == PartKind::SectionHeading)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(labels, ["Background Of The Proposal"]);
}

/// Issue 10 item 7: a change of spacing alone leaves every statement with the same words, so no
/// verification is lost; the statements are read the same way on both sides.
#[test]
fn respaced_drafts_read_as_the_same_words() {
    let pairs = [
        (
            "Det blir starkare .\n\n–Ingen kommentar, säger hon.\n\nBarn-,äldre- och skolnämnden möts.\n",
            "Det blir starkare.\n\n– Ingen kommentar, säger hon.\n\nBarn-, äldre- och skolnämnden möts.\n",
        ),
        (
            "“ We ’re looking at that entire process … . ” The port reopened.\n",
            "“We’re looking at that entire process ….” The port reopened.\n",
        ),
    ];
    for (before, after) in pairs {
        let (old, new) = (parse(before, Format::Text), parse(after, Format::Text));
        assert_eq!(old.statements.len(), new.statements.len(), "{before:?}");
        for (a, b) in old.statements.iter().zip(&new.statements) {
            assert!(
                crate::normalize::same_words(&a.text, &b.text),
                "{:?} vs {:?}",
                a.text,
                b.text
            );
            assert_eq!(a.element, b.element);
        }
    }
}
