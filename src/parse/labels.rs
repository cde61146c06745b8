//! Labels that open a paragraph and are not part of what it claims: an editor's note label
//! ("Editor's Note:"), a caption label ("Photo:") and the credit line of wire copy ("(Reporting
//! by ...; Editing by ...)", "Photo by ...").

/// An editor's note label opening a paragraph ("Editor's Note:", "EDITOR’S NOTE —"): the byte
/// offset at which the note's own text begins (the paragraph's length when the label stands
/// alone).
pub fn editors_note(paragraph: &str) -> Option<usize> {
    let trimmed = paragraph.trim_start_matches(['*', '_', ' ']);
    let lead = paragraph.len() - trimmed.len();
    let label_len = [
        "editor's note",
        "editor’s note",
        "editors' note",
        "editors’ note",
        "editor note",
    ]
    .iter()
    .find(|label| {
        trimmed
            .get(..label.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(label))
    })?
    .len();
    let rest = &trimmed[label_len..];
    let after_label = rest.trim_start_matches(['*', '_', ':', ' ', '-', '—', '–']);
    let separated = after_label.len() < rest.len() || rest.is_empty();
    separated.then(|| lead + label_len + (rest.len() - after_label.len()))
}

/// A credit line, not a statement: "(Reporting by Jane Doe; Editing by John Roe)".
pub fn is_credit_line(paragraph: &str) -> bool {
    let line = paragraph.trim_start_matches(['(', '*', '_', ' ']);
    [
        "Reporting by ",
        "Additional reporting by ",
        "Writing by ",
        "Editing by ",
        "Compiled by ",
        "Photo by ",
        "Photos by ",
        "Photograph by ",
        "Photography by ",
        "Illustration by ",
        "Graphic by ",
        "Video by ",
    ]
    .iter()
    .any(|label| {
        line.strip_prefix(label)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

/// A caption label opening a paragraph ("Caption:", "Photo:", "PICTURED —"): the byte offset at
/// which the caption's own text begins. `None` when the label stands alone or is not followed by
/// a separator: the caption is what carries the facts.
pub fn caption(paragraph: &str) -> Option<usize> {
    let trimmed = paragraph.trim_start_matches(['*', '_', ' ', '(', '[']);
    let lead = paragraph.len() - trimmed.len();
    let label_len = [
        "photo caption",
        "caption",
        "photo",
        "photograph",
        "pictured",
        "picture",
        "image",
        "above",
        "below",
        "top",
        "illustration",
        "chart",
        "graphic",
        "map",
        "video",
    ]
    .iter()
    .find(|label| {
        trimmed.get(..label.len()).is_some_and(|head| {
            head.eq_ignore_ascii_case(label)
                && trimmed[label.len()..].starts_with([':', ' ', '*', '_'])
        })
    })?
    .len();
    let rest = &trimmed[label_len..];
    let after_label = rest.trim_start_matches(['*', '_', ' ']);
    // The separator is what makes it a label: "Photo: ..." but not "Photo finishes decided it."
    let separated = after_label.trim_start_matches([':', '—', '–', '|']);
    if separated.len() == after_label.len() && !after_label.starts_with("- ") {
        return None;
    }
    let text = separated.trim_start_matches(['-', '*', '_', ' ']);
    let at = paragraph.len() - text.len();
    (!text.trim().is_empty() && at > lead).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caption_labels() {
        let photo = "Photo: Mayor Ann Kerr opens the 40th library on Main Street.";
        assert_eq!(
            &photo[caption(photo).unwrap()..],
            "Mayor Ann Kerr opens the 40th library on Main Street."
        );
        let emphasised = "*Caption:* Flooding in 2024 closed 12 roads.";
        assert_eq!(
            &emphasised[caption(emphasised).unwrap()..],
            "Flooding in 2024 closed 12 roads."
        );
        let dashed = "PICTURED — The new bridge.";
        assert_eq!(&dashed[caption(dashed).unwrap()..], "The new bridge.");
        assert_eq!(caption("Photo finishes decided three races."), None);
        assert_eq!(caption("Caption:"), None);
        assert_eq!(caption("Pictures of the flood spread online."), None);
    }

    #[test]
    fn credit_lines() {
        assert!(is_credit_line(
            "(Reporting by Marieke Verhoeven in Rotterdam; Editing by Simon Ashgrove)"
        ));
        assert!(is_credit_line("Additional reporting by Lotte Bakker"));
        assert!(!is_credit_line("Reporting by the Ledger found 40 errors."));
    }

    #[test]
    fn editors_note_labels() {
        assert_eq!(editors_note("Editor’s Note:"), Some("Editor’s Note:".len()));
        let inline = "Editor's note: This story was updated.";
        assert_eq!(
            &inline[editors_note(inline).unwrap()..],
            "This story was updated."
        );
        let emphasised = "*Editor's note:* This story was updated.";
        assert_eq!(
            &emphasised[editors_note(emphasised).unwrap()..],
            "This story was updated."
        );
        assert_eq!(editors_note("Editorial notes are kept apart."), None);
        assert_eq!(editors_note("Editor's notebook: a week in Kyiv"), None);
    }
}
