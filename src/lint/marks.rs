//! What a language writes quotations with, for the quotation rules: its double quotation marks
//! (from its data file in `lang/`) and the words that attribute speech.

use crate::lang::Language;

/// A language's double quotation marks: marks that open, marks that close, and marks that do
/// both and toggle (straight quotes, Swedish ” ”). So German „…“ and »…« and Swedish ”…” are
/// balanced in their own language. Single marks (‘ ’ ‚) are left out: they double as apostrophes.
pub(crate) struct Marks {
    pub language: Language,
    pub opening: Vec<char>,
    pub closing: Vec<char>,
    pub toggling: Vec<char>,
    /// The ASCII marks (the straight quote), one bit each: the rules read every character of
    /// the text, and nearly all are ASCII and no mark, let go by one test of this mask.
    ascii: u128,
}

impl Marks {
    pub fn of(language: Language) -> Marks {
        let mut marks = Marks {
            language,
            opening: Vec::new(),
            closing: Vec::new(),
            toggling: Vec::new(),
            ascii: 0,
        };
        for [open, close] in &language.words().quotes {
            let (Some(open), Some(close)) = (open.chars().next(), close.chars().next()) else {
                continue;
            };
            if matches!(open, '‘' | '’' | '‚' | '\'') {
                continue;
            }
            if open == close {
                marks.toggling.push(open);
            } else {
                marks.opening.push(open);
                marks.closing.push(close);
            }
        }
        for c in marks
            .opening
            .iter()
            .chain(&marks.closing)
            .chain(&marks.toggling)
        {
            if c.is_ascii() {
                marks.ascii |= 1 << u32::from(*c);
            }
        }
        marks
    }

    /// Whether `c` may be one of the marks: false for every ASCII character but the marks.
    pub fn may_be(&self, c: char) -> bool {
        !c.is_ascii() || self.ascii & (1 << u32::from(c)) != 0
    }

    /// Whether `c` can open a quotation.
    pub fn opens(&self, c: char) -> bool {
        self.opening.contains(&c) || self.toggling.contains(&c)
    }

    /// Whether `c` opens a quotation, given whether one is open.
    pub fn is_opening(&self, c: char, one_open: bool) -> bool {
        self.opening.contains(&c) || (self.toggling.contains(&c) && !one_open)
    }

    /// Whether `c` closes a quotation, given whether one is open.
    pub fn is_closing(&self, c: char, one_open: bool) -> bool {
        self.closing.contains(&c) || (self.toggling.contains(&c) && one_open)
    }
}

/// Whether `text` attributes speech: an English cue (said, told, according…, in lang/en.json),
/// read in every language since wire copy mixes them in, or one of the language's own speech
/// verbs (afirmó, a déclaré, sagte, disse, sade).
pub(crate) fn has_speaker_cue(text: &str, language: Language) -> bool {
    Language::English.words().has_speech_verb(text)
        || (language != Language::English && language.words().has_speech_verb(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_balances_its_own_marks() {
        let swedish = Marks::of(Language::Swedish);
        assert!(swedish.is_opening('”', false) && swedish.is_closing('”', true));
        let german = Marks::of(Language::German);
        assert!(german.is_opening('„', false) && german.is_closing('“', true));
        assert!(!german.is_opening('“', false));
        let english = Marks::of(Language::English);
        assert!(english.is_opening('“', false) && english.is_closing('”', true));
    }

    #[test]
    fn every_mark_may_be_one_and_no_other_ascii_character() {
        for language in Language::ALL {
            let marks = Marks::of(language);
            for c in (0..=0x2100).filter_map(char::from_u32) {
                let mark = marks.opening.contains(&c)
                    || marks.closing.contains(&c)
                    || marks.toggling.contains(&c);
                assert!(!mark || marks.may_be(c), "{c}");
                assert!(mark || !c.is_ascii() || !marks.may_be(c), "{c}");
            }
        }
    }

    #[test]
    fn speech_verbs_in_each_language() {
        assert!(has_speaker_cue("afirmó la concejala", Language::Spanish));
        assert!(has_speaker_cue("a déclaré le maire", Language::French));
        assert!(has_speaker_cue("a-t-elle déclaré", Language::French));
        assert!(has_speaker_cue("sagte die Ministerin", Language::German));
        assert!(has_speaker_cue("disse o autarca", Language::Portuguese));
        assert!(has_speaker_cue("sade kommunalrådet", Language::Swedish));
        assert!(!has_speaker_cue("afirmó la concejala", Language::English));
        assert!(!has_speaker_cue("la concejala votó", Language::Spanish));
    }
}
