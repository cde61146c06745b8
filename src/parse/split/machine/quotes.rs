//! How the splitter reads double quotation marks: which ones open and close a quotation, how
//! quotations are numbered, and how a stray mark that never closes is let go.

use super::{Sink, Splitter, Token};

impl<S: Sink> Splitter<'_, '_, S> {
    pub(super) fn close_quotation(&mut self) {
        self.quote_depth = 0;
        self.open_quotation = None;
    }

    /// Closes a quotation that never closed: a stray mark. The sentences after the one holding
    /// it, emitted or being read, lose its number.
    pub(super) fn drop_stray_quotation(&mut self) {
        if let Some(quotation) = self.open_quotation {
            let first = self.quotation_opened_in;
            self.out.unquote_after(first, quotation);
            if self.out.count() > first && self.sentence.quotation == Some(quotation) {
                self.sentence.quotation = None;
            }
        }
        self.close_quotation();
    }

    /// Updates the quotation depth from the double quotation marks in `token`, numbering each
    /// quotation as it opens.
    pub(super) fn track_quotes(&mut self, token: Token) {
        for (offset, c) in self.text[token.start..token.end].char_indices() {
            let at = token.start + offset;
            match c {
                '(' | '[' | '{' => self.bracket_depth += 1,
                ')' | ']' | '}' => self.bracket_depth = self.bracket_depth.saturating_sub(1),
                _ => {}
            }
            if !matches!(c, '"' | '“' | '”' | '„' | '«' | '»') {
                continue;
            }
            match self.quote_role(token, at, c) {
                QuoteRole::Opens => self.open_one(),
                QuoteRole::Closes => self.close_one(),
                QuoteRole::Toggles if self.quote_depth == 0 => self.open_one(),
                QuoteRole::Toggles => self.close_one(),
                QuoteRole::Unclear => {}
            }
        }
    }

    fn open_one(&mut self) {
        if self.quote_depth == 0 {
            self.open_quotation = Some(self.quotations);
            self.quotation_opened_in = self.out.count();
            self.quotations += 1;
            self.quotation_tokens = 0;
            if self.sentence.quotation.is_none() {
                self.sentence.quotation = self.open_quotation;
            }
        }
        self.quote_depth += 1;
    }

    fn close_one(&mut self) {
        self.quote_depth = self.quote_depth.saturating_sub(1);
        if self.quote_depth == 0 {
            self.open_quotation = None;
        }
    }

    /// Reads a double quotation mark by what stands on either side of it, not by its glyph:
    /// writers and software mix up straight and curly marks.
    fn quote_role(&self, token: Token, at: usize, c: char) -> QuoteRole {
        let left = self.text[token.start..at].chars().next_back();
        let right = self.text[at + c.len_utf8()..token.end].chars().next();
        let opens_left = left.is_none_or(|l| {
            matches!(
                l,
                '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '‘' | '\'' | '“' | '"' | '«'
            )
        });
        let closes_right = right.is_none_or(|r| {
            matches!(
                r,
                ',' | '.'
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | ')'
                    | ']'
                    | '}'
                    | '—'
                    | '–'
                    | '-'
                    | '…'
                    | '’'
                    | '\''
                    | '”'
                    | '"'
                    | '»'
                    | '*'
                    | '_'
            )
        });
        match (opens_left, closes_right) {
            (true, false) => QuoteRole::Opens,
            (false, true) => QuoteRole::Closes,
            (false, false) => QuoteRole::Toggles,
            // Set off by spaces on both sides (`“ We`, `… . ”`, as tokenised copy writes them):
            // only the glyph can tell.
            (true, true) if left.is_none() && right.is_none() => match c {
                '“' | '„' | '«' => QuoteRole::Opens,
                '”' | '»' => QuoteRole::Closes,
                _ => QuoteRole::Toggles,
            },
            (true, true) => QuoteRole::Unclear,
        }
    }
}

enum QuoteRole {
    Opens,
    Closes,
    Toggles,
    Unclear,
}
