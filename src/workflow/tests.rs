//! Tests of the desk's rules: permissions, auto-assignment and the gate.

use super::*;
use std::collections::{BTreeMap, HashMap};

use crate::model::{RevisionFinding, Source, Span, Statement};

fn reviewer(handle: &str, role: Role, skills: &[&str]) -> Reviewer {
    Reviewer {
        handle: handle.into(),
        name: handle.into(),
        role,
        skills: skills.iter().map(|s| s.to_string()).collect(),
        active: true,
    }
}

fn statement(id: i64, status: Status, stale: bool, sources: usize) -> Statement {
    Statement {
        id: StatementId(id),
        article: "a".into(),
        revision: 1,
        paragraph: 1,
        position: id as u32,
        text: format!("Statement {id}."),
        span: Span::new(0, 1),
        kinds: KindSet::EMPTY,
        element: crate::model::Element::Body,
        reasons: Default::default(),
        status,
        stale,
        assignee: None,
        sources: (0..sources)
            .map(|i| Source::parse_short(&format!("web:https://example.org/{i}")).unwrap())
            .collect(),
        note: None,
        items: vec![],
        excepted: vec![],
        checked_by: None,
        checked_at: None,
        expiry: None,
    }
}

fn request<'a>(
    status: Status,
    assignee: Option<&'a str>,
    sources: usize,
    note: Option<&'a str>,
) -> CheckRequest<'a> {
    CheckRequest {
        statement: StatementId(7),
        assignee,
        status,
        source_count: sources,
        note,
    }
}

#[test]
fn verified_needs_a_source_and_incorrect_a_note() {
    let ana = reviewer("ana", Role::Checker, &[]);
    assert_eq!(
        may_check(&ana, &request(Status::Verified, Some("ana"), 0, None)),
        Err(Refusal::VerifiedWithoutSource)
    );
    assert_eq!(
        may_check(&ana, &request(Status::Verified, Some("ana"), 1, None)),
        Ok(())
    );
    assert_eq!(
        may_check(&ana, &request(Status::Incorrect, Some("ana"), 1, Some(" "))),
        Err(Refusal::IncorrectWithoutNote)
    );
    assert_eq!(
        may_check(
            &ana,
            &request(Status::Incorrect, Some("ana"), 0, Some("It is 12."))
        ),
        Ok(())
    );
}

#[test]
fn only_the_assignee_or_an_editor_may_check() {
    let ana = reviewer("ana", Role::Checker, &[]);
    let ed = reviewer("ed", Role::Editor, &[]);
    assert!(matches!(
        may_check(&ana, &request(Status::InProgress, Some("bo"), 0, None)),
        Err(Refusal::NotAssignee { .. })
    ));
    assert!(matches!(
        may_check(&ana, &request(Status::InProgress, None, 0, None)),
        Err(Refusal::Unassigned { .. })
    ));
    assert_eq!(
        may_check(&ed, &request(Status::InProgress, Some("bo"), 0, None)),
        Ok(())
    );
    assert_eq!(
        may_check(&ed, &request(Status::InProgress, None, 0, None)),
        Ok(())
    );
}

#[test]
fn waiving_takes_an_editor_and_a_reason() {
    let ana = reviewer("ana", Role::Checker, &[]);
    let ed = reviewer("ed", Role::Editor, &[]);
    assert!(matches!(
        may_check(
            &ana,
            &request(Status::Waived, Some("ana"), 0, Some("opinion"))
        ),
        Err(Refusal::WaiveByChecker { .. })
    ));
    assert_eq!(
        may_check(&ed, &request(Status::Waived, None, 0, None)),
        Err(Refusal::WaiveWithoutReason)
    );
    assert_eq!(
        may_check(
            &ed,
            &request(Status::Waived, None, 0, Some("Opinion, labelled as such."))
        ),
        Ok(())
    );
}

#[test]
fn items_for_other_kinds_are_told_apart_from_unknown_ones() {
    let checklist = Checklist::builtin(crate::checklist::DEFAULT_NAME).unwrap();
    let figure: KindSet = [Kind::Figure].into_iter().collect();
    let ticked = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        items_apply(
            StatementId(7),
            figure,
            &ticked(&["figure-source"]),
            &checklist
        ),
        Ok(())
    );
    let elsewhere = items_apply(
        StatementId(7),
        figure,
        &ticked(&["quote-verbatim"]),
        &checklist,
    )
    .unwrap_err()
    .to_string();
    assert!(
        elsewhere.contains("quote-verbatim exist but not for statement 7, which is figure")
            && elsewhere.contains("figure-source"),
        "{elsewhere}"
    );
    assert!(matches!(
        items_apply(
            StatementId(7),
            figure,
            &ticked(&["quote-verbatum"]),
            &checklist
        ),
        Err(Refusal::UnknownItems { .. })
    ));
}

#[test]
fn the_last_active_editor_cannot_be_deactivated() {
    let ed = reviewer("ed", Role::Editor, &[]);
    let ana = reviewer("ana", Role::Checker, &[]);
    let mut old = reviewer("old", Role::Editor, &[]);
    old.active = false;
    let desk = [ed.clone(), ana.clone(), old];
    assert!(matches!(
        may_deactivate(&ed, &desk),
        Err(Refusal::LastEditor { .. })
    ));
    assert_eq!(may_deactivate(&ana, &desk), Ok(()));
    let eve = reviewer("eve", Role::Editor, &[]);
    assert_eq!(may_deactivate(&ed, &[ed.clone(), eve]), Ok(()));
}

#[test]
fn skills_are_routing_words_or_kind_names() {
    let news = Checklist::builtin(crate::checklist::DEFAULT_NAME).unwrap();
    let words = skill_vocabulary([&news]);
    let skills = |s: &[&str]| s.iter().map(|w| w.to_string()).collect::<Vec<_>>();
    assert_eq!(
        check_skills(&skills(&["data", "figure", "date"]), &words),
        Ok(())
    );
    let refused = check_skills(&skills(&["data", "figures"]), &words).unwrap_err();
    assert!(
        matches!(&refused, Refusal::UnknownSkills { unknown, known } if unknown == "figures" && known.contains("finance")),
        "{refused}"
    );
}

#[test]
fn a_kind_name_as_skill_matches_that_kind() {
    let reviewers = [
        reviewer("ana", Role::Checker, &["figure"]),
        reviewer("bo", Role::Checker, &[]),
    ];
    let figure: KindSet = [Kind::Figure].into_iter().collect();
    let todo = [
        Unassigned {
            id: StatementId(1),
            kinds: figure,
        },
        Unassigned {
            id: StatementId(2),
            kinds: figure,
        },
    ];
    let got = auto_assign(&todo, &reviewers, &BTreeMap::new(), &HashMap::new());
    assert!(got.iter().all(|p| p.to == "ana" && p.by_skill), "{got:?}");
}

#[test]
fn gate_blocks_on_open_stale_sourceless_and_error_findings() {
    let checklist = Checklist::builtin(crate::checklist::DEFAULT_NAME).unwrap();
    let ready = [
        statement(1, Status::Verified, false, 1),
        statement(2, Status::Waived, false, 0),
    ];
    assert!(gate(&ready, &[], &checklist).ready);

    let held = [
        statement(1, Status::Verified, true, 1),
        statement(2, Status::Verified, false, 0),
        statement(3, Status::Unchecked, false, 0),
        statement(4, Status::Disputed, false, 1),
    ];
    let finding = RevisionFinding {
        rule: "weekday-mismatch".into(),
        level: crate::model::Level::Error,
        message: "Friday, January 17, 2026 was a Saturday".into(),
        statements: vec![StatementId(3)],
        span: None,
        id: String::new(),
        dismissal: None,
    };
    let answer = gate(&held, &[finding], &checklist);
    assert!(!answer.ready);
    let codes: Vec<(&str, &[StatementId])> = answer
        .reasons
        .iter()
        .map(|r| (r.code.as_str(), r.statements.as_slice()))
        .collect();
    assert_eq!(
        codes,
        vec![
            ("status:unchecked", &[StatementId(3)][..]),
            ("status:disputed", &[StatementId(4)][..]),
            ("stale", &[StatementId(1)][..]),
            ("verified-without-source", &[StatementId(2)][..]),
            ("finding:weekday-mismatch", &[StatementId(3)][..]),
        ]
    );
}

#[test]
fn auto_assign_matches_skills_then_balances_load_deterministically() {
    let reviewers = [
        reviewer("bo", Role::Checker, &["data"]),
        reviewer("cy", Role::Checker, &["data"]),
        reviewer("ana", Role::Checker, &["interviews"]),
        reviewer("ed", Role::Editor, &["data", "interviews"]),
    ];
    let routing: BTreeMap<Kind, Vec<String>> = [
        (Kind::Figure, vec!["data".to_string()]),
        (Kind::Quote, vec!["interviews".to_string()]),
    ]
    .into();
    let figure: KindSet = [Kind::Figure].into_iter().collect();
    let quote: KindSet = [Kind::Quote].into_iter().collect();
    let todo = [
        Unassigned {
            id: StatementId(1),
            kinds: figure,
        },
        Unassigned {
            id: StatementId(2),
            kinds: figure,
        },
        Unassigned {
            id: StatementId(3),
            kinds: quote,
        },
        Unassigned {
            id: StatementId(4),
            kinds: figure,
        },
        Unassigned {
            id: StatementId(5),
            kinds: KindSet::EMPTY,
        },
    ];
    let load: HashMap<String, usize> = [("bo".to_string(), 1)].into();
    let got = auto_assign(&todo, &reviewers, &routing, &load);
    let handles: Vec<&str> = got.iter().map(|p| p.to.as_str()).collect();
    let by_skill: Vec<bool> = got.iter().map(|p| p.by_skill).collect();
    assert_eq!(by_skill, [true, true, true, true, false]);
    // cy has less load than bo; then they alternate; the quote goes to ana; the kindless
    // statement goes to whoever has least work (ana, 1; bo 2; cy 2).
    assert_eq!(handles, vec!["cy", "bo", "ana", "cy", "ana"]);
    assert_eq!(
        got,
        auto_assign(&todo, &reviewers, &routing, &load),
        "deterministic"
    );
}
