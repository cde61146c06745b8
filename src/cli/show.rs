//! `show`: the article's text with statement ids and status marks inline.

use super::{Context, Outcome, output};
use crate::model::Metadata;
use crate::report::layout::excepted_runs;

/// The article's text with statement ids and status marks inline.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub article: super::shared::RevisionArgs,
}

pub fn print_metadata(meta: &Metadata) {
    if let Some(h) = &meta.headline {
        println!("headline:  {h}");
    }
    if let Some(p) = &meta.published {
        println!("published: {}", p.raw);
    }
    for b in &meta.bylines {
        println!(
            "byline:    {}{}",
            b.name,
            b.role
                .as_deref()
                .map(|r| format!(", {r}"))
                .unwrap_or_default()
        );
    }
    if let Some(o) = &meta.outlet {
        println!("outlet:    {o}");
    }
    if let Some(d) = &meta.dateline {
        println!("dateline:  {d}");
    }
    for h in &meta.headings {
        println!("section:   {} (¶{})", h.text, h.paragraph);
    }
    for n in &meta.editors_notes {
        println!("ed. note:  {}", output::clip(n, 80));
    }
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    let view = ctx
        .reader()?
        .revision_view(&args.article.slug, args.article.revision)?;
    println!(
        "{} — revision {} of {}",
        view.article.slug, view.revision.number, view.article.latest_revision
    );
    print_metadata(&view.metadata);
    println!();
    let text = &view.revision.text;
    let mut out = String::with_capacity(text.len() * 2);
    let mut at = 0;
    for s in &view.statements {
        if s.span.start < at || s.span.end > text.len() || !text.is_char_boundary(s.span.start) {
            continue;
        }
        out.push_str(&text[at..s.span.start]);
        let runs = excepted_runs(&text[s.span.start..s.span.end], &s.excepted);
        // Excepted words the source text does not hold as such (Markdown markup between them)
        // are named in the mark instead.
        let unmarked = if !s.excepted.is_empty() && !runs.iter().any(|r| r.excepted) {
            let parts: Vec<String> = s.excepted.iter().map(|w| format!("\"{w}\"")).collect();
            format!(" except {}", parts.join(", "))
        } else {
            String::new()
        };
        let mark = format!(
            "[#{} {} {}{unmarked}]",
            s.id,
            s.element,
            output::statement_label(s, false)
        );
        out.push_str(&output::paint(&mark, "2", ctx.color));
        out.push(' ');
        // The words a partly-verified check does not cover, bracketed (and painted on a
        // terminal): the text alone carries the mark.
        for run in runs {
            if run.excepted {
                out.push_str(&output::paint(
                    &format!("⟦{}⟧", run.text),
                    "4;93",
                    ctx.color,
                ));
            } else {
                out.push_str(run.text);
            }
        }
        at = s.span.end;
    }
    out.push_str(&text[at..]);
    print!("{out}");
    if !out.ends_with('\n') {
        println!();
    }
    Ok(())
}
