//! The boundary decision between two tokens: paragraph and line breaks, terminal punctuation,
//! and whether a full stop ends its sentence.

use super::super::lists;
use super::super::scan::{self, Gap, Terminal, Token};
use super::super::words::{self, WordClass};
use super::{Previous, Sink, Splitter};

impl<S: Sink> Splitter<'_, '_, S> {
    /// Whether a sentence ends between `prev` and `next`.
    pub(super) fn boundary(&mut self, prev: &Previous, gap: Gap, next: Token) -> bool {
        if gap.paragraph_break() {
            // A quotation open at the end of its paragraph carries on only where the next
            // paragraph reopens it (the AP way); otherwise its mark was a stray.
            if scan::starts_with_double_quote(self.bytes, next) {
                self.close_quotation();
            } else {
                self.drop_stray_quotation();
            }
            self.bracket_depth = 0;
            return true;
        }
        // A quotation running over several paragraphs is not closed before the next one reopens
        // it: the earlier quotation ended with its line.
        if gap.line_break()
            && self.quote_depth > 0
            && scan::starts_with_double_quote(self.bytes, next)
        {
            self.close_quotation();
        }
        // A rule line (`___`, `***`) stands alone, as annotators draw it: it sets off what
        // follows (a wire story's sign-off, a footnote) from what came before.
        if scan::is_rule_line(self.bytes, prev.token) && self.sentence.tokens == 1 {
            return true;
        }
        if !self.sentence.has_word {
            return false;
        }
        if scan::is_rule_line(self.bytes, next) {
            return true;
        }
        if !gap.line_break()
            && let Some(list) = self.list
            && let Some(marker) = lists::list_marker(&self.text[next.start..next.end])
            && list.continued_by(marker)
        {
            return true;
        }
        let Some(terminal) = prev.terminal else {
            // A line without terminal punctuation (a heading, a list item) ends at its line
            // break, unless the next line carries on in lowercase (a wrapped line).
            return gap.line_break() && !self.continues_on_next_line(next);
        };
        if scan::is_dots_only(self.bytes, next) {
            return terminal == Terminal::Period
                && prev.glued_period
                && self.ellipsis_opens_sentence(next);
        }
        // Marks set off by spaces (`Really ? ? ?`) and stray punctuation (`cream. , It`) belong
        // to the sentence before them.
        if scan::is_marks_only(self.bytes, next)
            || matches!(self.bytes[next.start], b',' | b';' | b':')
        {
            return false;
        }
        let line_break = gap.line_break();
        // A mark set off by a space closes what came before (`end . ”`); at the start of a line a
        // lone `*` or `_` is a bullet.
        if !line_break
            && scan::is_closers_only(self.bytes, next)
            && !(self.quote_depth == 0 && scan::is_double_quotes_only(self.bytes, next))
        {
            return false;
        }
        // Inside brackets a sentence starts with a capital letter (`[page. 42]` is one).
        if self.bracket_depth > 0 && terminal == Terminal::Period && !self.starts_uppercase(next) {
            return false;
        }
        match terminal {
            Terminal::QuestionOrExclamation if prev.quote_closed => {
                !self.starts_lowercase(next) && !self.is_attribution(next, true)
            }
            Terminal::QuestionOrExclamation => {
                if self.starts_lowercase(next) {
                    self.lowercase_starts_sentence(next) || self.starts_bracket(next)
                } else {
                    !self.is_exclamation_name(prev, next)
                }
            }
            Terminal::Ellipsis if prev.bracketed_ellipsis => false,
            Terminal::Ellipsis if line_break => !self.starts_lowercase(next),
            // After an ellipsis of spaced full stops (`. . . I`), the style for words left out
            // of a quotation, the pronoun carries on the same sentence; after one written in one
            // token (`wait... I`, `so … I`) it starts the next.
            Terminal::Ellipsis => {
                self.starts_uppercase(next) && (prev.compact_ellipsis || !self.is_pronoun_i(next))
            }
            Terminal::Period if prev.quote_closed && self.is_attribution(next, false) => false,
            Terminal::Period => self.period_ends(prev, next, line_break),
        }
    }

    /// Whether a full stop after `prev`'s word ends the sentence before `next`.
    pub(super) fn period_ends(&self, prev: &Previous, next: Token, line_break: bool) -> bool {
        let ordinary = || {
            !self.starts_lowercase(next)
                || self.lowercase_starts_sentence(next)
                || self.starts_bracket(next)
        };
        let ambiguous =
            || self.starts_with_starter(next) || scan::starts_with_double_quote(self.bytes, next);
        match prev.class {
            WordClass::Ordinary => {
                ordinary() || (!prev.quote_closed && self.pronoun_starts_sentence(next))
            }
            WordClass::NeverEnds => false,
            WordClass::Numbered if self.starts_number(next) => false,
            WordClass::Numbered => ordinary(),
            WordClass::Month if self.starts_number(next) => false,
            // A state before a ZIP code (`Washington, D.C. 20006`) is inside an address.
            WordClass::State if self.starts_digit(next) => false,
            WordClass::ClosesList => self.starts_capitalised(next) && !self.starts_digit(next),
            WordClass::Month | WordClass::Ambiguous | WordClass::State if line_break => ordinary(),
            WordClass::State if prev.follows_comma => self.starts_capitalised(next),
            WordClass::Month | WordClass::Ambiguous | WordClass::State => ambiguous(),
            WordClass::Trailing if line_break => ordinary(),
            WordClass::Trailing => {
                let word = scan::leading_word(self.bytes, next);
                if self.starts_lowercase(next) || word.is_empty() || words::follows_clock_time(word)
                {
                    false
                } else if self.starts_with_starter(next) {
                    true
                } else {
                    self.starts_capitalised(next) && !self.in_fronted_time_phrase()
                }
            }
        }
    }
}
