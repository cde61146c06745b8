//! `split`: parse and split a text without storing it.

use std::path::PathBuf;

use serde::Serialize;

use super::input::{InputArgs, read_draft};
use super::{Context, Outcome, output};
use crate::model::{Element, KindSet, Metadata, Part, Span};
use crate::parse::kinds::{self, Reasons, ReasonsInText};

/// Parse and split a text without storing it: what `ingest` would store.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The article file (`.md` is read as Markdown, `.html`/`.htm` as a web page, `.docx` as a
    /// Word document), or `-` for standard input.
    #[arg(default_value = "-")]
    pub file: PathBuf,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

#[derive(Serialize)]
struct SplitStatement<'a> {
    text: &'a str,
    span: Span,
    kinds: KindSet,
    /// The words that triggered each kind.
    reasons: ReasonsInText<'a>,
    paragraph: u32,
    position: u32,
    element: Element,
}

#[derive(Serialize)]
struct SplitOutput<'a> {
    statements: Vec<SplitStatement<'a>>,
    /// The named parts that are not statements (byline, dateline, labels, markers).
    elements: &'a [Part],
    metadata: &'a Metadata,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let draft = read_draft(&args.file, &args.input)?;
    if args.output.json {
        let mut parsed = draft.draft().parse_explained();
        let reasons: Vec<Reasons> = parsed
            .statements
            .iter_mut()
            .map(|s| {
                s.reasons
                    .take()
                    .unwrap_or_else(|| kinds::reasons_only(&s.text, s.kinds))
            })
            .collect();
        let statements = parsed
            .statements
            .iter()
            .zip(&reasons)
            .map(|(s, reasons)| SplitStatement {
                text: &s.text,
                span: s.span,
                kinds: s.kinds,
                reasons: reasons.in_text(&s.text),
                paragraph: s.paragraph,
                position: s.position,
                element: s.element,
            })
            .collect();
        return output::print_json(&SplitOutput {
            statements,
            elements: &parsed.parts,
            metadata: &parsed.metadata,
        });
    }
    let parsed = draft.draft().parse();
    super::show::print_metadata(&parsed.metadata);
    for (n, s) in parsed.statements.iter().enumerate() {
        let kinds: Vec<&str> = s.kinds.iter().map(|k| k.as_str()).collect();
        println!(
            "{:>4}  ¶{}.{}  {}  [{}..{}]  {}",
            n + 1,
            s.paragraph,
            s.position,
            s.element,
            s.span.start,
            s.span.end,
            output::paint(&kinds.join(","), "2", ctx.color)
        );
        println!("      {}", s.text);
    }
    for part in &parsed.parts {
        println!(
            "   -  {}  [{}..{}]  {}",
            part.kind,
            part.span.start,
            part.span.end,
            output::paint(&part.text, "2", ctx.color)
        );
    }
    println!(
        "{} statements, {} other elements",
        parsed.statements.len(),
        parsed.parts.len()
    );
    Ok(())
}
