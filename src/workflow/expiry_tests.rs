//! Tests of the expiry rule: which verification lapses when, at the boundaries.

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;

use super::*;
use crate::checklist::ExpiryPolicy;
use crate::model::{DatingClass, Kind, KindSet, Span};

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn verified(id: i64, text: &str, kinds: &[Kind], checked_at: &str) -> Statement {
    let mut set = KindSet::EMPTY;
    for kind in kinds {
        set.insert(*kind);
    }
    Statement {
        id: StatementId(id),
        article: "a".into(),
        revision: 1,
        paragraph: 1,
        position: id as u32,
        text: text.into(),
        span: Span::new(0, text.len()),
        kinds: set,
        element: crate::model::Element::Body,
        reasons: Default::default(),
        status: Status::Verified,
        stale: false,
        assignee: Some("ana".into()),
        sources: vec![],
        note: None,
        items: vec![],
        excepted: vec![],
        checked_by: Some("ana".into()),
        checked_at: Some(at(checked_at)),
        expiry: None,
    }
}

fn policy(kinds: &[(Kind, u32)], words: &[(DatingClass, u32)]) -> ExpiryPolicy {
    ExpiryPolicy {
        kinds: kinds.iter().copied().collect(),
        words: words.iter().copied().collect(),
    }
}

const CHECKED: &str = "2026-01-01T12:00:00Z";

#[test]
fn a_check_lapses_at_exactly_n_days_and_not_a_second_before() {
    let s = verified(1, "The club has 14 members.", &[Kind::Figure], CHECKED);
    let policy = policy(&[(Kind::Figure, 30)], &[]);
    let before = expiry(&s, Language::English, &policy, at("2026-01-31T11:59:59Z")).unwrap();
    assert!(!before.expired);
    assert_eq!(before.lapses_at, at("2026-01-31T12:00:00Z"));
    assert_eq!((before.rule.as_str(), before.days), ("kind:figure", 30));
    let on_the_dot = expiry(&s, Language::English, &policy, at("2026-01-31T12:00:00Z")).unwrap();
    assert!(on_the_dot.expired);
}

#[test]
fn the_same_instant_in_another_time_zone_is_the_same_verdict() {
    let s = verified(1, "The club has 14 members.", &[Kind::Figure], CHECKED);
    let policy = policy(&[(Kind::Figure, 30)], &[]);
    // 13:00 in Berlin (UTC+1) is 12:00 UTC: the hold has run out; 12:59:59 there has not.
    let berlin = |t: &str| {
        expiry(&s, Language::English, &policy, at(t))
            .unwrap()
            .expired
    };
    assert!(berlin("2026-01-31T13:00:00+01:00"));
    assert!(!berlin("2026-01-31T12:59:59+01:00"));
    // New York, five hours behind: 07:00 there is 12:00 UTC.
    assert!(berlin("2026-01-31T07:00:00-05:00"));
    // Days are 24 hours of UTC: a change to summer time in between moves nothing.
    let march = verified(
        2,
        "The club has 14 members.",
        &[Kind::Figure],
        "2026-03-28T12:00:00Z",
    );
    let short = policy_days(Kind::Figure, 2);
    let e = expiry(
        &march,
        Language::English,
        &short,
        at("2026-03-30T12:00:00Z"),
    )
    .unwrap();
    assert!(e.expired);
    assert_eq!(e.lapses_at, at("2026-03-30T14:00:00+02:00"));
}

fn policy_days(kind: Kind, days: u32) -> ExpiryPolicy {
    policy(&[(kind, days)], &[])
}

#[test]
fn the_shortest_hold_counts_and_names_the_dating_words() {
    let s = verified(
        1,
        "The club currently has 14 members.",
        &[Kind::Figure],
        CHECKED,
    );
    let policy = policy(
        &[(Kind::Figure, 30)],
        &[(DatingClass::Ongoing, 7), (DatingClass::Title, 60)],
    );
    let e = expiry(&s, Language::English, &policy, at("2026-01-08T12:00:00Z")).unwrap();
    assert_eq!(e.rule, "words:ongoing");
    assert_eq!(e.words.as_deref(), Some("currently"));
    assert_eq!(e.days, 7);
    assert!(e.expired);
}

#[test]
fn only_a_verification_of_the_current_words_lapses() {
    let policy = policy(&[(Kind::Figure, 1)], &[]);
    let late = at("2027-01-01T00:00:00Z");
    for status in Status::ALL.iter().filter(|s| **s != Status::Verified) {
        let mut s = verified(1, "It has 14 members.", &[Kind::Figure], CHECKED);
        s.status = *status;
        assert_eq!(
            expiry(&s, Language::English, &policy, late),
            None,
            "{status}"
        );
    }
    let mut stale = verified(1, "It has 14 members.", &[Kind::Figure], CHECKED);
    stale.stale = true;
    assert_eq!(expiry(&stale, Language::English, &policy, late), None);
    // Nothing in the statement dates: it never lapses.
    let plain = verified(2, "It was founded in a barn.", &[], CHECKED);
    assert_eq!(expiry(&plain, Language::English, &policy, late), None);
}

#[test]
fn a_statement_whose_dating_words_were_removed_no_longer_lapses() {
    let policy = policy(&[], &[(DatingClass::Ongoing, 7)]);
    let late = at("2026-03-01T00:00:00Z");
    let dated = verified(1, "She is currently the club's treasurer.", &[], CHECKED);
    assert!(
        expiry(&dated, Language::English, &policy, late)
            .unwrap()
            .expired
    );
    // Revision 2 dropped "currently"; the new words were checked again on the same day.
    let mut revised = verified(1, "She was the club's treasurer in 2025.", &[], CHECKED);
    revised.revision = 2;
    assert_eq!(expiry(&revised, Language::English, &policy, late), None);
    // Before that fresh check the statement is stale: open work for that reason, not expiry.
    let mut stale = revised.clone();
    stale.stale = true;
    assert_eq!(expiry(&stale, Language::English, &policy, late), None);
}

#[test]
fn dating_words_are_read_in_the_articles_language() {
    let policy = policy(&[], &[(DatingClass::Ongoing, 7), (DatingClass::Age, 90)]);
    let s = verified(1, "Der Verein hat derzeit 14 Mitglieder.", &[], CHECKED);
    let late = at("2026-02-01T00:00:00Z");
    let e = expiry(&s, Language::German, &policy, late).unwrap();
    assert_eq!(
        (e.rule.as_str(), e.words.as_deref()),
        ("words:ongoing", Some("derzeit"))
    );
    assert_eq!(expiry(&s, Language::English, &policy, late), None);
    let age = verified(2, "Die 42-Jährige führt den Verein.", &[], CHECKED);
    let e = expiry(&age, Language::German, &policy, late).unwrap();
    assert_eq!(
        (e.rule.as_str(), e.days, e.expired),
        ("words:age", 90, false)
    );
}

#[test]
fn the_gate_reason_lists_every_lapsed_verification_and_the_next_lapse_is_the_earliest_left() {
    let policy = policy(&[(Kind::Figure, 30)], &[(DatingClass::Ongoing, 7)]);
    let mut statements = vec![
        verified(1, "It currently has 14 members.", &[Kind::Figure], CHECKED),
        verified(2, "It has 14 members.", &[Kind::Figure], CHECKED),
        verified(
            3,
            "It currently has 9 boats.",
            &[Kind::Figure],
            "2026-01-05T00:00:00Z",
        ),
        verified(4, "It was founded in a barn.", &[], CHECKED),
    ];
    apply_expiry(
        &mut statements,
        Language::English,
        &policy,
        at("2026-01-10T00:00:00Z"),
    );
    let reason = expired_reason(&statements).unwrap();
    assert_eq!(reason.code, "expired");
    assert_eq!(reason.statements, vec![StatementId(1)]);
    assert!(
        reason.message.contains("\"currently\""),
        "{}",
        reason.message
    );
    assert!(
        reason.message.contains("check them again"),
        "{}",
        reason.message
    );
    assert_eq!(next_lapse(&statements), Some(at("2026-01-12T00:00:00Z")));
    // With no policy nothing lapses and nothing holds the gate.
    let mut none = statements.clone();
    for s in &mut none {
        s.expiry = None;
    }
    apply_expiry(
        &mut none,
        Language::English,
        &ExpiryPolicy::default(),
        at("2030-01-01T00:00:00Z"),
    );
    assert_eq!(expired_reason(&none), None);
    assert_eq!(next_lapse(&none), None);
}

proptest! {
    /// Whatever the times and the hold: a check has lapsed exactly when `days` full days have
    /// passed since it, and once lapsed it stays lapsed as time goes on.
    #[test]
    fn lapsing_is_days_elapsed_and_never_undone(
        checked in 0i64..4_000_000_000,
        days in 1u32..=3650,
        elapsed in -10_000_000i64..400_000_000,
        later in 0i64..100_000_000,
    ) {
        let checked_at = DateTime::from_timestamp(checked, 0).unwrap();
        let mut s = verified(1, "It has 14 members.", &[Kind::Figure], CHECKED);
        s.checked_at = Some(checked_at);
        let policy = policy_days(Kind::Figure, days);
        let now = checked_at + Duration::seconds(elapsed);
        let e = expiry(&s, Language::English, &policy, now).unwrap();
        prop_assert_eq!(e.expired, elapsed >= i64::from(days) * 86_400);
        prop_assert_eq!(e.lapses_at - e.checked_at, Duration::days(i64::from(days)));
        if e.expired {
            let then = now + Duration::seconds(later);
            prop_assert!(expiry(&s, Language::English, &policy, then).unwrap().expired);
        }
    }
}
