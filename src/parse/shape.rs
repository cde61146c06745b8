//! What a line looks like: title case, a paragraph's end, a headline, a section heading.
//! Shape alone, never meaning: the document rules decide what to do with it.

/// Words that stay lowercase in Title Case ("Background Of The Proposal" capitalises them anyway).
fn is_small_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "with"
            | "from"
            | "as"
            | "vs"
            | "vs."
            | "via"
            | "into"
            | "over"
            | "per"
            | "than"
            | "up"
    )
}

/// Quotation marks and brackets that may close a line after its real last character.
fn is_closing_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*' | '_')
}

/// The last character of `line` that is not a closing quotation mark or bracket.
pub fn last_significant_char(line: &str) -> Option<char> {
    line.trim_end()
        .trim_end_matches(is_closing_mark)
        .chars()
        .last()
}

/// True when `line` ends the way a paragraph of prose (or a heading with a separator) ends.
pub fn ends_like_paragraph(line: &str) -> bool {
    matches!(
        last_significant_char(line),
        Some('.' | '!' | '?' | ';' | ':' | '…')
    )
}

fn word_starts_upper(word: &str) -> bool {
    word.trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// True for Title Case ("Scope Of CIA Involvement", "Fed Raises Rates to 5%") and ALL CAPS:
/// the first word and at least three in four of the other words that are not small words start
/// with a capital letter or a digit.
pub fn is_title_like(line: &str) -> bool {
    let mut words = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric));
    let Some(first) = words.next() else {
        return false;
    };
    if !word_starts_upper(first) {
        return false;
    }
    let (mut significant, mut capitalised) = (0usize, 0usize);
    for word in words {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if is_small_word(bare) {
            continue;
        }
        significant += 1;
        if word_starts_upper(word) {
            capitalised += 1;
        }
    }
    capitalised * 4 >= significant * 3
}

pub fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

/// The size and ending of a headline: one line of 2 to 20 words, not ending like a sentence or
/// a list (a headline may end in '?' or '!').
pub fn is_headline_sized(line: &str) -> bool {
    let line = line.trim();
    !line.contains('\n')
        && (2..=20).contains(&word_count(line))
        && line.len() <= 200
        && !matches!(last_significant_char(line), Some('.' | ',' | ';' | ':'))
}

/// A first line that reads like a headline: headline-sized and Title Case (or all capitals).
pub fn looks_like_headline(line: &str) -> bool {
    is_headline_sized(line) && is_title_like(line)
}

/// A section heading: a short single line with no full stop. Lines ending in ';' are headings
/// when short ("Scope Of CIA Involvement;"); lines ending in ':' or with no final punctuation
/// must also be title-like, or very short with no comma (or quotation mark), so that a short
/// sentence ("“We will not back down,” she said") is not taken for one.
pub fn looks_like_heading(line: &str) -> bool {
    let line = line.trim();
    // The length first: most lines are paragraphs, and their words need not be counted.
    if line.len() > 120 || line.contains('\n') {
        return false;
    }
    let words = word_count(line);
    if words == 0 || words > 12 {
        return false;
    }
    if !word_starts_upper(line.trim_start_matches(|c: char| !c.is_alphanumeric())) {
        return false;
    }
    match last_significant_char(line) {
        Some(';') => true,
        // "What comes next:" is a heading; "In a statement, Strand defended the plan:" leads
        // into a quotation.
        Some(':') => is_title_like(line) || (words <= 5 && !line.contains(',')),
        Some('?') => is_title_like(line),
        Some(c) if c.is_alphanumeric() || c == ')' => {
            is_title_like(line) || (words <= 6 && !line.contains([',', '"', '“', '”']))
        }
        _ => false,
    }
}

/// The heading's text without its trailing separator: "Scope Of CIA Involvement;" ->
/// "Scope Of CIA Involvement".
pub fn heading_text(line: &str) -> &str {
    line.trim().trim_end_matches([';', ':']).trim_end()
}

/// A list marker opening a line ("- ", "* ", "• ", "1. ", "12) "): the byte offset at which the
/// item's own text begins. `None` unless a word follows the marker, so a scene break ("* * *")
/// or a dash opening dialogue ("– Ingen") is not an item.
pub fn list_marker(line: &str) -> Option<usize> {
    let bullet = line
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '*' | '+' | '•' | '·' | '▪' | '◦' | '‣' | '●'))
        .map(char::len_utf8);
    let numbered = || {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        ((1..=2).contains(&digits) && matches!(line.as_bytes().get(digits), Some(b'.' | b')')))
            .then_some(digits + 1)
    };
    let marker = bullet.or_else(numbered)?;
    let rest = &line[marker..];
    let text = rest.trim_start_matches([' ', '\t']);
    let spaced = text.len() < rest.len();
    let worded = text
        .split_whitespace()
        .next()
        .is_some_and(|word| word.chars().any(char::is_alphanumeric));
    (spaced && worded).then_some(line.len() - text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_markers() {
        let cases = [
            ("- Police get 12 more officers", Some(2)),
            ("* Libraries lose $2 million", Some(2)),
            ("• Parks get 40 trees", Some("• ".len())),
            ("1. First item.", Some(3)),
            ("12) Twelfth item", Some(4)),
            ("* * *", None),
            ("-5 degrees overnight", None),
            ("2026. The year began", None),
            ("3.5% of voters", None),
            ("– Ingen kommentar.", None),
        ];
        for (line, expected) in cases {
            assert_eq!(list_marker(line), expected, "{line:?}");
        }
    }

    #[test]
    fn title_case_and_capitals_are_title_like() {
        assert!(is_title_like("Scope Of CIA Involvement;"));
        assert!(is_title_like("Fed Raises Rates to a 22-Year High"));
        assert!(is_title_like("MARKETS RALLY AFTER JOBS REPORT"));
        assert!(!is_title_like("The proposal follows months of engagement"));
        assert!(!is_title_like("officials said the plan was lawful"));
    }

    #[test]
    fn headline_shape() {
        assert!(looks_like_headline(
            "U.S. Intelligence Personnel To Assist Mexican Forces In Expanded Crackdown On Drug Cartels"
        ));
        assert!(looks_like_headline("Will the Fed Cut Rates in March?"));
        assert!(!looks_like_headline(
            "The U.S. Department of Justice has confirmed the plan."
        ));
        assert!(!looks_like_headline("Saturday, January 17, 2026,"));
        assert!(!looks_like_headline("Brexit"));
    }

    #[test]
    fn heading_shape() {
        assert!(looks_like_heading("Background Of The Proposal;"));
        assert!(looks_like_heading("What comes next:"));
        assert!(looks_like_heading("The Road Ahead"));
        assert!(looks_like_heading("Reactions"));
        assert!(!looks_like_heading(
            "Mexican forces would remain in control."
        ));
        assert!(!looks_like_heading("“We will not back down,” she said"));
        assert!(!looks_like_heading("and then the talks collapsed"));
        assert!(!looks_like_heading(
            "In a statement, Strand defended the plan:"
        ));
        assert_eq!(
            heading_text("Scope Of CIA Involvement;"),
            "Scope Of CIA Involvement"
        );
    }

    #[test]
    fn paragraph_ends() {
        assert!(ends_like_paragraph("He left."));
        assert!(ends_like_paragraph("“We will win.”"));
        assert!(ends_like_paragraph("Background;"));
        assert!(!ends_like_paragraph("officials said the plan would"));
    }
}
