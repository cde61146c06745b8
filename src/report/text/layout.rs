//! The wrapper: words with their colour laid out in lines of at most 80 characters, long words
//! broken, continuation lines hanging under their label.

use std::borrow::Cow;

use super::{BOLD, LABEL_WIDTH, RESET, STATEMENT_INDENT, WIDTH, label, words_of};

/// A unit the wrapper keeps on one line when it can, with its colour.
pub(super) struct Word<'a> {
    pub(super) text: Cow<'a, str>,
    pub(super) paint: Option<&'static str>,
}

impl<'a> Word<'a> {
    pub(super) fn plain(text: &'a str) -> Word<'a> {
        Word {
            text: Cow::Borrowed(text),
            paint: None,
        }
    }

    pub(super) fn painted(text: &'a str, paint: &'static str) -> Word<'a> {
        Word {
            text: Cow::Borrowed(text),
            paint: Some(paint),
        }
    }

    pub(super) fn owned(text: String, paint: Option<&'static str>) -> Word<'a> {
        Word {
            text: Cow::Owned(text),
            paint,
        }
    }
}

/// The output being built, one line at a time.
pub(super) struct Out {
    pub(super) text: String,
    pub(super) color: bool,
}

impl Out {
    pub(super) fn blank(&mut self) {
        self.text.push('\n');
    }

    pub(super) fn title(&mut self, title: &str) {
        self.line_of(&[Word::plain(title).with_paint(BOLD)]);
        self.text.push_str(&"=".repeat(WIDTH));
        self.text.push('\n');
    }

    /// A header line: the label, then the value wrapped under the value column.
    pub(super) fn field(&mut self, name: &str, value: &str) {
        self.wrap(
            &label(name),
            &" ".repeat(LABEL_WIDTH),
            &words_of(value, None),
        );
    }

    /// Words run together (no space added between them), wrapped as one unit.
    pub(super) fn line_of(&mut self, words: &[Word]) {
        let joined: String = words.iter().map(|w| w.text.as_ref()).collect();
        let plain = joined.chars().count() <= WIDTH;
        if plain {
            for word in words {
                self.push(&word.text, word.paint);
            }
            self.text.push('\n');
        } else {
            let words: Vec<Word> = words_of(&joined, None);
            self.wrap("", STATEMENT_INDENT, &words);
        }
    }

    /// Words separated by single spaces: the first line starts with `first`, the others with
    /// `indent`; a word longer than a line is broken wherever the line ends.
    pub(super) fn wrap(&mut self, first: &str, indent: &str, words: &[Word]) {
        if words.is_empty() {
            self.text.push_str(first.trim_end());
            self.text.push('\n');
            return;
        }
        let indent_len = indent.chars().count();
        debug_assert!(indent_len < WIDTH / 2, "an indent leaves room for text");
        self.text.push_str(first);
        let mut used = first.chars().count();
        let mut empty = true;
        for word in words {
            let len = word.text.chars().count();
            if !empty && used + 1 + len <= WIDTH {
                self.text.push(' ');
                used += 1;
            } else if !empty {
                self.new_line(indent);
                used = indent_len;
            }
            empty = false;
            let mut rest: &str = &word.text;
            while used + rest.chars().count() > WIDTH {
                let room = WIDTH.saturating_sub(used);
                let cut = rest.char_indices().nth(room).map_or(rest.len(), |(i, _)| i);
                self.push(&rest[..cut], word.paint);
                self.new_line(indent);
                used = indent_len;
                rest = &rest[cut..];
            }
            self.push(rest, word.paint);
            used += rest.chars().count();
        }
        self.text.push('\n');
    }

    pub(super) fn new_line(&mut self, indent: &str) {
        self.text.push('\n');
        self.text.push_str(indent);
    }

    pub(super) fn push(&mut self, text: &str, paint: Option<&'static str>) {
        match paint {
            Some(paint) if self.color && !text.is_empty() => {
                self.text.push_str(paint);
                self.text.push_str(text);
                self.text.push_str(RESET);
            }
            _ => self.text.push_str(text),
        }
    }
}

impl Word<'_> {
    pub(super) fn with_paint(mut self, paint: &'static str) -> Self {
        self.paint = Some(paint);
        self
    }
}
