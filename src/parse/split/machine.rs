//! The splitter's single pass: tokens in order, one boundary decision between each pair.
//!
//! State is a handful of counters (quotation and bracket depth, the current sentence's start and
//! size, the list being read). The one way back is the unbalanced-quote rule: when a paragraph
//! ends with a quotation or bracket still open, the pass resumes at the mark that opened it and
//! reads the rest of that paragraph without protection, so each byte is read at most twice.

use super::scan::{self, Gap, Terminal, Token};
use super::words::{self, ListMarker, WordClass};
use crate::model::Span;

/// A parenthetical or quotation still open after this many tokens is not protected any more:
/// nobody quotes a whole article in one breath, and a stray mark must not swallow it.
const MAX_PROTECTED_TOKENS: u32 = 400;

/// How long a sentence's opening phrase can be and still be a fronted time phrase
/// (`On the day they all left at 6 a.m. Mr. Smith greeted him.`).
const MAX_FRONTED_PHRASE_TOKENS: u32 = 8;

/// How many words after a quoted question may name the speaker before the verb
/// (`"Why now?" Senate Majority Leader Chuck Schumer asked.`).
const MAX_ATTRIBUTION_WORDS: usize = 6;

/// What we know about the token before a possible boundary.
#[derive(Debug, Clone, Copy)]
struct Previous {
    token: Token,
    terminal: Option<Terminal>,
    class: WordClass,
    /// A quotation mark follows the terminal mark (`now?"`).
    quote_closed: bool,
    /// An ellipsis in square brackets: an omission mark, never an ending (`[...]`).
    bracketed_ellipsis: bool,
    /// A word glued to one full stop (`compounds.`): a spaced ellipsis after it may open the next
    /// sentence.
    glued_period: bool,
    dots_only: bool,
    /// The token before this one ended with a comma (`Springfield, Ill.`).
    follows_comma: bool,
}

/// The sentence being read.
#[derive(Debug, Clone, Copy, Default)]
struct Sentence {
    start: usize,
    tokens: u32,
    /// It holds a word: a lone list marker or run of dots never makes a sentence.
    has_word: bool,
    first_token: Option<Token>,
}

/// The state to resume from when a quotation or parenthetical turns out not to close.
#[derive(Debug, Clone, Copy)]
struct Checkpoint {
    token: Token,
    line_start: bool,
    sentence: Sentence,
    list: Option<ListMarker>,
    spans: usize,
}

pub(super) struct Splitter<'t, 'o> {
    text: &'t str,
    bytes: &'t [u8],
    out: &'o mut Vec<Span>,
    sentence: Sentence,
    quote_depth: u32,
    bracket_depth: u32,
    protected_tokens: u32,
    /// Quotation and bracket marks before this byte are ignored (set by a resumed pass).
    unprotected_until: usize,
    checkpoint: Option<Checkpoint>,
    /// The list whose next item may start mid-line.
    list: Option<ListMarker>,
    /// How the last token read ended.
    last_ended_with_comma: bool,
    last_ended_with_dot: bool,
}

impl<'t, 'o> Splitter<'t, 'o> {
    pub fn new(text: &'t str, out: &'o mut Vec<Span>) -> Self {
        Splitter {
            text,
            bytes: text.as_bytes(),
            out,
            sentence: Sentence::default(),
            quote_depth: 0,
            bracket_depth: 0,
            protected_tokens: 0,
            unprotected_until: 0,
            checkpoint: None,
            list: None,
            last_ended_with_comma: false,
            last_ended_with_dot: false,
        }
    }

    pub fn run(mut self) {
        let mut pos = 0;
        let mut previous: Option<Previous> = None;
        loop {
            let (gap, token) = scan::next_token(self.bytes, pos);
            let Some(token) = token else {
                if let Some(resume) = self.resume_if_unbalanced(self.bytes.len()) {
                    previous = Some(self.read(resume.token, resume.line_start));
                    pos = resume.token.end;
                    continue;
                }
                break;
            };
            match previous {
                Some(prev) => {
                    if gap.paragraph_break()
                        && let Some(resume) = self.resume_if_unbalanced(prev.token.end)
                    {
                        previous = Some(self.read(resume.token, resume.line_start));
                        pos = resume.token.end;
                        continue;
                    }
                    // Most pairs are two words on one line outside a list: no decision to make.
                    let may_end =
                        prev.terminal.is_some() || gap.line_break() || self.list.is_some();
                    if may_end && self.boundary(&prev, gap, token) {
                        self.emit(prev.token.end);
                        self.begin(token.start);
                    }
                }
                None => self.begin(token.start),
            }
            let line_start = previous.is_none() || gap.line_break();
            previous = Some(self.read(token, line_start));
            pos = token.end;
        }
        if let Some(prev) = previous {
            self.emit(prev.token.end);
        }
    }

    fn begin(&mut self, start: usize) {
        self.sentence = Sentence {
            start,
            ..Sentence::default()
        };
    }

    fn emit(&mut self, end: usize) {
        if end > self.sentence.start {
            self.out.push(Span::new(self.sentence.start, end));
        }
    }

    fn protected(&self) -> bool {
        self.quote_depth + self.bracket_depth > 0
    }

    /// At the end of a paragraph (`scope_end`) with a quotation or bracket still open: go back to
    /// the token that opened it and read on with marks ignored up to the paragraph's end.
    fn resume_if_unbalanced(&mut self, scope_end: usize) -> Option<Checkpoint> {
        if !self.protected() {
            return None;
        }
        self.quote_depth = 0;
        self.bracket_depth = 0;
        self.protected_tokens = 0;
        let checkpoint = self.checkpoint.take()?;
        self.unprotected_until = scope_end;
        self.sentence = checkpoint.sentence;
        self.list = checkpoint.list;
        self.out.truncate(checkpoint.spans);
        Some(checkpoint)
    }

    /// Takes in one token: its words, its quotation marks, any boundary glued inside it, and what
    /// its end looks like to the next boundary decision.
    fn read(&mut self, token: Token, line_start: bool) -> Previous {
        let before = self.sentence;
        let list_before = self.list;
        let first_in_sentence = self.sentence.tokens == 0;
        self.sentence.tokens += 1;
        if first_in_sentence {
            self.sentence.first_token = Some(token);
        }
        let marker = if line_start || self.list.is_some() || first_in_sentence {
            words::list_marker(&self.text[token.start..token.end])
        } else {
            None
        };
        if line_start {
            self.list = marker;
        } else if let (Some(list), Some(next)) = (self.list, marker)
            && list.continued_by(next)
        {
            self.list = Some(next);
        }

        let lone_letter_marker = first_in_sentence && marker.is_some_and(ListMarker::is_letter);
        if !self.sentence.has_word && !lone_letter_marker && self.has_letter(token) {
            self.sentence.has_word = true;
        }

        if self.protected() {
            self.protected_tokens += 1;
            if self.protected_tokens > MAX_PROTECTED_TOKENS {
                self.quote_depth = 0;
                self.bracket_depth = 0;
                self.checkpoint = None;
            }
        }
        if token.start >= self.unprotected_until
            && (token.has(scan::QUOTE_OR_BRACKET) || token.has(scan::NON_ASCII))
        {
            self.track_quotes_and_brackets(token, line_start, before, list_before);
        }

        let mut word_start = token.start;
        if token.has(scan::DOT)
            && !token.has(scan::ADDRESS)
            && !self.bytes[token.start..token.end].starts_with(b"www.")
        {
            word_start = self.split_glued_sentences(token);
        }
        let previous = self.describe_end(token, word_start);
        self.last_ended_with_comma = self.bytes[token.end - 1] == b',';
        self.last_ended_with_dot = self.bytes[token.end - 1] == b'.';
        previous
    }

    fn has_letter(&self, token: Token) -> bool {
        token.has(scan::LETTER)
            || (token.has(scan::NON_ASCII)
                && self.text[token.start..token.end]
                    .chars()
                    .any(char::is_alphabetic))
    }

    /// Updates quotation and bracket depth from the marks in `token`, saving a checkpoint when a
    /// protected region opens.
    fn track_quotes_and_brackets(
        &mut self,
        token: Token,
        line_start: bool,
        before: Sentence,
        list_before: Option<ListMarker>,
    ) {
        let was_protected = self.protected();
        for (offset, c) in self.text[token.start..token.end].char_indices() {
            let at = token.start + offset;
            match c {
                '(' | '[' | '{' => self.bracket_depth += 1,
                ')' | ']' | '}' => self.bracket_depth = self.bracket_depth.saturating_sub(1),
                '"' | '“' | '”' | '„' | '«' | '»' => match self.quote_role(token, at, c) {
                    QuoteRole::Opens => self.quote_depth += 1,
                    QuoteRole::Closes => self.quote_depth = self.quote_depth.saturating_sub(1),
                    QuoteRole::Toggles if self.quote_depth == 0 => self.quote_depth = 1,
                    QuoteRole::Toggles => self.quote_depth -= 1,
                    QuoteRole::Unclear => {}
                },
                _ => {}
            }
        }
        if !was_protected && self.protected() {
            self.protected_tokens = 0;
            self.checkpoint = Some(Checkpoint {
                token,
                line_start,
                sentence: before,
                list: list_before,
                spans: self.out.len(),
            });
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
            (true, true) => QuoteRole::Unclear,
        }
    }

    /// Splits sentences written without a space after the full stop (`Hello world.Today is`):
    /// a full stop between a lowercase letter or digit and a capitalised word, when the word
    /// before it is not an abbreviation. Returns where the token's last sentence begins.
    fn split_glued_sentences(&mut self, token: Token) -> usize {
        let b = self.bytes;
        let mut word_start = token.start;
        let mut segment_start = token.start;
        let mut i = token.start;
        while i + 2 < token.end {
            let c = b[i];
            if c == b'.'
                && i > segment_start + 1
                && (b[i - 1].is_ascii_lowercase() || b[i - 1].is_ascii_digit())
                && b[i + 1].is_ascii_uppercase()
                && b[i + 2].is_ascii_lowercase()
                && !self.protected()
                && self.sentence.has_word
                && words::classify(&b[segment_start..i]) == WordClass::Ordinary
            {
                self.emit(i + 1);
                self.begin(i + 1);
                self.sentence.tokens = 1;
                self.sentence.has_word = true;
                word_start = i + 1;
            }
            if !c.is_ascii_alphanumeric() && c != b',' {
                segment_start = i + 1;
            }
            i += 1;
        }
        word_start
    }

    fn describe_end(&self, token: Token, word_start: usize) -> Previous {
        let b = self.bytes;
        let mut previous = Previous {
            token,
            terminal: None,
            class: WordClass::Ordinary,
            quote_closed: false,
            bracketed_ellipsis: false,
            glued_period: false,
            dots_only: false,
            follows_comma: self.last_ended_with_comma,
        };
        // Most tokens end in a letter, digit or comma: nothing to look at.
        let last = b[token.end - 1];
        if last < 0x80
            && !matches!(
                last,
                b'.' | b'?' | b'!' | b'"' | b'\'' | b')' | b']' | b'}' | b'*' | b'_'
            )
        {
            return previous;
        }
        let closers = scan::strip_closers(b, word_start, token.end);
        let Some((run_start, terminal)) = scan::terminal_run(b, word_start, closers.core_end)
        else {
            return previous;
        };
        previous.dots_only = run_start == token.start;
        // The full stops of a spaced ellipsis (`. . .`) stand one to a token.
        let terminal = if previous.dots_only && self.last_ended_with_dot {
            Terminal::Ellipsis
        } else {
            terminal
        };
        previous.terminal = Some(terminal);
        previous.quote_closed = closers.quote;
        let word_from = scan::skip_openers(b, word_start, run_start);
        let word = &b[word_from..run_start];
        match terminal {
            Terminal::Period => {
                previous.class = words::classify(word);
                previous.glued_period = !word.is_empty();
            }
            Terminal::Ellipsis => {
                previous.bracketed_ellipsis = closers.bracket && b[..run_start].ends_with(b"[");
            }
            Terminal::QuestionOrExclamation => {}
        }
        previous
    }

    /// Whether a sentence ends between `prev` and `next`.
    fn boundary(&mut self, prev: &Previous, gap: Gap, next: Token) -> bool {
        if gap.paragraph_break() {
            self.quote_depth = 0;
            self.bracket_depth = 0;
            self.checkpoint = None;
            return true;
        }
        if gap.only_no_break {
            return false;
        }
        // A quotation running over several paragraphs is not closed before the next one reopens
        // it: the earlier quotation ended with its line.
        if gap.line_break()
            && self.quote_depth > 0
            && scan::starts_with_double_quote(self.bytes, next)
        {
            self.quote_depth = 0;
        }
        if self.protected() || !self.sentence.has_word {
            return false;
        }
        if !gap.line_break()
            && let Some(list) = self.list
            && let Some(marker) = words::list_marker(&self.text[next.start..next.end])
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
        if !line_break && scan::is_closers_only(self.bytes, next) {
            return false;
        }
        match terminal {
            Terminal::QuestionOrExclamation => {
                let attributed = prev.quote_closed && self.is_attribution(next);
                !self.starts_lowercase(next) && !attributed
            }
            Terminal::Ellipsis if prev.bracketed_ellipsis => false,
            Terminal::Ellipsis if line_break => !self.starts_lowercase(next),
            Terminal::Ellipsis => self.starts_uppercase(next) && !self.is_pronoun_i(next),
            Terminal::Period => self.period_ends(prev, next, line_break),
        }
    }

    /// Whether a full stop after `prev`'s word ends the sentence before `next`.
    fn period_ends(&self, prev: &Previous, next: Token, line_break: bool) -> bool {
        let ordinary = || !self.starts_lowercase(next);
        let ambiguous =
            || self.starts_with_starter(next) || scan::starts_with_double_quote(self.bytes, next);
        match prev.class {
            WordClass::Ordinary => ordinary(),
            WordClass::NeverEnds => false,
            WordClass::Numbered if self.starts_number(next) => false,
            WordClass::Numbered => ordinary(),
            WordClass::Month if self.starts_number(next) => false,
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

    /// A line without terminal punctuation carries on into the next one when that line starts in
    /// lowercase and the text reaches terminal punctuation before a line that does not (wrapped
    /// prose). Lowercase lines that never reach one are fragments: list items, one per line.
    fn continues_on_next_line(&self, next: Token) -> bool {
        let mut token = next;
        if !self.starts_lowercase(token) {
            return false;
        }
        loop {
            let closers = scan::strip_closers(self.bytes, token.start, token.end);
            if scan::terminal_run(self.bytes, token.start, closers.core_end).is_some() {
                return true;
            }
            let (gap, after) = scan::next_token(self.bytes, token.end);
            match after {
                Some(after)
                    if !gap.paragraph_break()
                        && (!gap.line_break() || self.starts_lowercase(after)) =>
                {
                    token = after
                }
                _ => return false,
            }
        }
    }

    /// The token opens with a sentence-starting word, not an initial (`A.` in `W. A. Smith`).
    fn starts_with_starter(&self, token: Token) -> bool {
        let word = scan::leading_word(self.bytes, token);
        let word_end = scan::skip_openers(self.bytes, token.start, token.end) + word.len();
        words::is_sentence_starter(word) && self.bytes.get(word_end) != Some(&b'.')
    }

    /// The sentence so far is a short phrase opened by a preposition (`At 5 a.m.`,
    /// `In the morning at 6 a.m.`).
    fn in_fronted_time_phrase(&self) -> bool {
        self.sentence.tokens <= MAX_FRONTED_PHRASE_TOKENS
            && self
                .sentence
                .first_token
                .is_some_and(|t| words::fronts_time_phrase(scan::leading_word(self.bytes, t)))
    }

    /// After a word and its full stop, a spaced ellipsis followed by a capitalised word opens the
    /// next sentence (`compounds. . . . The practice`).
    fn ellipsis_opens_sentence(&self, mut next: Token) -> bool {
        loop {
            let (gap, after) = scan::next_token(self.bytes, next.end);
            let Some(after) = after else { return false };
            if gap.line_break() {
                return false;
            }
            if !scan::is_dots_only(self.bytes, after) {
                return self.starts_uppercase(after) && !self.is_pronoun_i(after);
            }
            next = after;
        }
    }

    /// `"Why now?" Smith asked.`: capitalised words, then a verb of saying.
    fn is_attribution(&self, next: Token) -> bool {
        let mut token = next;
        for _ in 0..MAX_ATTRIBUTION_WORDS {
            let word = scan::leading_word(self.bytes, token);
            if words::is_speech_verb(word) {
                return true;
            }
            if !self.starts_capitalised(token) {
                return false;
            }
            let (gap, after) = scan::next_token(self.bytes, token.end);
            match after {
                Some(after) if !gap.line_break() => token = after,
                _ => return false,
            }
        }
        false
    }

    fn first_char(&self, token: Token) -> Option<char> {
        let from = scan::skip_openers(self.bytes, token.start, token.end);
        self.text[from..token.end].chars().next()
    }

    fn starts_lowercase(&self, token: Token) -> bool {
        self.first_char(token).is_some_and(char::is_lowercase)
    }

    fn starts_capitalised(&self, token: Token) -> bool {
        self.first_char(token)
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    }

    fn starts_uppercase(&self, token: Token) -> bool {
        self.first_char(token).is_some_and(char::is_uppercase)
    }

    /// A number, a `#`, or a Roman numeral follows (`No. 5`, `Art. IV`, `No. #3`).
    fn starts_number(&self, token: Token) -> bool {
        let word = &self.bytes[token.start..token.end];
        let word = word
            .iter()
            .rposition(|b| b.is_ascii_alphanumeric())
            .map_or(&word[..0], |last| &word[..=last]);
        match word.first() {
            Some(b) if b.is_ascii_digit() || *b == b'#' => true,
            Some(_) => word
                .iter()
                .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C')),
            None => false,
        }
    }

    /// The pronoun `I` (`I`, `I’m`, `I'd`): after an ellipsis it continues the sentence.
    fn is_pronoun_i(&self, token: Token) -> bool {
        let b = &self.bytes[token.start..token.end];
        b == b"I" || b.starts_with(b"I'") || b.starts_with("I\u{2019}".as_bytes())
    }
}

enum QuoteRole {
    Opens,
    Closes,
    Toggles,
    Unclear,
}
