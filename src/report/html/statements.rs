//! The statement table: each statement with its status, assignee, latest check and sources.

use super::page::Page;
use crate::model::Source;
use crate::report::Report;

pub(super) fn statements(page: &mut Page, report: &Report) {
    page.raw("<section class=\"statements\">\n<h2>Statements (");
    page.num(report.statements.len() as u64);
    page.raw(
        ")</h2>\n<table>\n<thead><tr><th class=\"n\">#</th><th>Status</th>\
         <th>Statement</th><th>Who</th><th>Sources and note</th></tr></thead>\n<tbody>\n",
    );
    for s in &report.statements {
        page.raw("<tr id=\"s");
        page.num(s.id);
        page.raw("\"><td class=\"n\"><a href=\"#t");
        page.num(s.id);
        page.raw("\">");
        page.num(s.id);
        page.raw("</a></td><td class=\"status\"><span class=\"badge st-");
        page.raw(s.status.as_str());
        page.raw("\">");
        page.raw(s.status.as_str());
        page.raw("</span>");
        if s.stale {
            page.raw(" <span class=\"badge stale\">STALE</span>");
        }
        page.raw("</td><td class=\"quote\">");
        page.text(&s.text);
        page.raw("<div class=\"where\">");
        page.raw(s.element.as_str());
        page.raw(" · paragraph ");
        page.num(s.paragraph);
        page.raw(", sentence ");
        page.num(s.position);
        for kind in s.kinds.iter() {
            page.raw(" <span class=\"kind\">");
            page.raw(kind.as_str());
            page.raw("</span>");
        }
        page.raw("</div></td><td class=\"who\"><div><span class=\"label\">Assignee</span> ");
        match &s.assignee {
            Some(who) => page.text(who),
            None => page.raw("<span class=\"none\">none</span>"),
        }
        page.raw("</div><div><span class=\"label\">Checked</span> ");
        match (&s.checked_by, &s.checked_at) {
            (None, None) => page.raw("<span class=\"none\">never</span>"),
            (by, at) => {
                if let Some(by) = by {
                    page.text(by);
                }
                if let Some(at) = at {
                    page.raw("<div class=\"when\">");
                    page.text(at);
                    page.raw("</div>");
                }
            }
        }
        page.raw("</div>");
        page.raw("</td><td class=\"sources\">");
        if !s.sources.is_empty() {
            page.raw("<ul>");
            for source in &s.sources {
                page.raw("<li>");
                source_item(page, source);
                page.raw("</li>");
            }
            page.raw("</ul>");
        }
        if let Some(note) = &s.note {
            page.raw("<p class=\"note\"><b>Note:</b> ");
            page.text_with_breaks(note);
            page.raw("</p>");
        }
        if !s.items.is_empty() {
            page.raw("<p class=\"note\"><b>Checklist:</b> ");
            page.text(&s.items.join(", "));
            page.raw("</p>");
        }
        page.raw("</td></tr>\n");
    }
    page.raw("</tbody>\n</table>\n</section>\n");
}

pub(super) fn source_item(page: &mut Page, source: &Source) {
    page.raw("<span class=\"source-kind\">");
    page.text(source.kind.as_str());
    page.raw("</span> ");
    match source.link() {
        Some(url) => {
            page.raw("<a class=\"citation\" href=\"");
            page.plain(url);
            page.raw("\" rel=\"noopener noreferrer\">");
            page.text(url);
            page.raw("</a>");
        }
        None => {
            page.raw("<span class=\"citation\">");
            page.text(&source.citation);
            page.raw("</span>");
        }
    }
    let unsaid = |extra: &Option<String>| {
        extra
            .clone()
            .filter(|extra| !source.citation.contains(extra.as_str()))
    };
    if let Some(contact) = unsaid(&source.contact) {
        page.raw("; contact: ");
        page.text(&contact);
    }
    if let Some(on) = unsaid(&source.contacted_on) {
        page.raw("; contacted ");
        page.text(&on);
    }
}
