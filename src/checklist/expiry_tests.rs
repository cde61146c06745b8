//! The `expiry` section: days per kind and per class of dating words, and each mistake a desk
//! can make in it, placed at its line and column.

use super::*;

/// A checklist with an expiry section at lines 3-8; tests change one thing in it.
const WITH_EXPIRY: &str = "\
name: desk
title: City desk
expiry:
  kinds:
    figure: 30
  words:
    ongoing: 7
    age: 90
";

fn error_of(yaml: &str) -> String {
    parse(yaml, "checklists/desk.yaml")
        .expect_err("should be refused")
        .to_string()
}

#[test]
fn the_expiry_section_is_read_and_absent_means_checks_never_lapse() {
    let checklist = parse(WITH_EXPIRY, "desk.yaml").unwrap();
    assert_eq!(checklist.expiry.kinds.get(&Kind::Figure), Some(&30));
    assert_eq!(checklist.expiry.words.get(&DatingClass::Ongoing), Some(&7));
    assert_eq!(checklist.expiry.words.get(&DatingClass::Age), Some(&90));
    assert_eq!(checklist.expiry.words.get(&DatingClass::Title), None);
    let bare = parse("name: bare\ntitle: Bare\n", "bare.yaml").unwrap();
    assert!(bare.expiry.is_empty());
    // Every built-in checklist holds facts that date for a while.
    for name in builtin_names() {
        assert!(
            !Checklist::builtin(name).unwrap().expiry.is_empty(),
            "{name}"
        );
    }
}

#[test]
fn an_unknown_class_or_kind_is_placed_and_the_accepted_names_listed() {
    let class = error_of(&WITH_EXPIRY.replace("ongoing: 7", "sometimes: 7"));
    assert!(
        class.starts_with("checklists/desk.yaml:7:5: unknown class of dating words 'sometimes' under expiry.words (expected one of: ongoing, recent, relative, age, title)"),
        "{class}"
    );
    let kind = error_of(&WITH_EXPIRY.replace("figure: 30", "counts: 30"));
    assert!(
        kind.starts_with("checklists/desk.yaml:5:5: unknown kind 'counts' under expiry.kinds (expected one of: quote, figure,"),
        "{kind}"
    );
}

#[test]
fn days_must_be_a_whole_number_from_one_to_ten_years() {
    for (bad, said) in [
        ("figure: 0", "0 days is out of range"),
        ("figure: -3", "-3 days is out of range"),
        ("figure: 3651", "3651 days is out of range"),
    ] {
        let error = error_of(&WITH_EXPIRY.replace("figure: 30", bad));
        assert!(
            error.starts_with("checklists/desk.yaml:5:") && error.contains(said),
            "{error}"
        );
        assert!(
            error.contains("expected a whole number of days from 1 to 3650"),
            "{error}"
        );
    }
    let words = error_of(&WITH_EXPIRY.replace("ongoing: 7", "ongoing: a week"));
    assert!(
        words.starts_with("checklists/desk.yaml:7:") && words.contains("invalid type: string \"a week\" under expiry.words.ongoing, expected a whole number of days from 1 to 3650"),
        "{words}"
    );
    let fraction = error_of(&WITH_EXPIRY.replace("age: 90", "age: 7.5"));
    assert!(
        fraction.starts_with("checklists/desk.yaml:8:"),
        "{fraction}"
    );
}

#[test]
fn every_expiry_mistake_is_reported_at_once_and_a_class_twice_is_refused() {
    let both = error_of(
        &WITH_EXPIRY
            .replace("figure: 30", "figure: 0")
            .replace("ongoing: 7", "sometimes: 7"),
    );
    let lines: Vec<&str> = both.lines().collect();
    assert_eq!(lines.len(), 2, "{both}");
    assert!(lines[0].starts_with("checklists/desk.yaml:5:"), "{both}");
    assert!(lines[1].starts_with("checklists/desk.yaml:7:5:"), "{both}");
    let twice = error_of(&WITH_EXPIRY.replace("age: 90", "ongoing: 90"));
    assert!(
        twice
            .starts_with("checklists/desk.yaml:8:5: 'ongoing' is written twice under expiry.words"),
        "{twice}"
    );
    let key = error_of(&WITH_EXPIRY.replace("  words:", "  phrases:"));
    assert!(
        key.starts_with("checklists/desk.yaml:6:3: unknown field `phrases` under expiry, expected `kinds` or `words`"),
        "{key}"
    );
}
