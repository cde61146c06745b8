//! Loading and validating checklists: the built-ins, and each kind of mistake a desk can make
//! in its own file, with where it is reported.

use super::*;
use crate::lint::RULES;
use crate::model::KindSet;

/// A small valid checklist; tests change one thing in it.
const VALID: &str = "\
name: desk
title: City desk
items:
  quote:
    - id: quote-verbatim
      text: Word for word.
      required: true
  figure:
    - id: figure-source
      text: Traced to the source.
routing:
  figure: [data, finance]
checks:
  weekday-mismatch: error
  anonymous-sourcing: note
  superlative-needs-source: off
gate:
  blocking_statuses: [unchecked, incorrect]
  block_stale: false
  verified_needs_source: true
  blocking_levels: [error, warning]
  require_items: true
";

fn error_of(yaml: &str) -> String {
    parse(yaml, "checklists/desk.yaml")
        .expect_err("should be refused")
        .to_string()
}

#[test]
fn a_valid_checklist_is_read_whole() {
    let checklist = parse(VALID, "checklists/desk.yaml").unwrap();
    assert_eq!(checklist.name, "desk");
    assert_eq!(checklist.title, "City desk");
    assert_eq!(checklist.items[&Kind::Quote][0].id, "quote-verbatim");
    assert!(checklist.items[&Kind::Quote][0].required);
    assert!(
        !checklist.items[&Kind::Figure][0].required,
        "required defaults to false"
    );
    assert_eq!(checklist.routing[&Kind::Figure], ["data", "finance"]);
    assert_eq!(
        checklist.checks,
        BTreeMap::from([
            ("weekday-mismatch".to_string(), Level::Error),
            ("anonymous-sourcing".to_string(), Level::Note),
        ]),
        "'off' and absent rules do not run"
    );
    assert_eq!(
        checklist.gate,
        GatePolicy {
            blocking_statuses: vec![Status::Unchecked, Status::Incorrect],
            block_stale: false,
            verified_needs_source: true,
            blocking_levels: vec![Level::Error, Level::Warning],
            require_items: true,
            block_open_queries: true,
            two_verifiers: vec![],
        }
    );
}

#[test]
fn absent_sections_take_the_defaults() {
    let checklist = parse("name: bare\ntitle: Bare\n", "x.yaml").unwrap();
    assert!(checklist.items.is_empty());
    assert_eq!(checklist.gate, GatePolicy::default());
    assert_eq!(
        checklist.checks.len(),
        RULES.len(),
        "every rule at its default level"
    );
    let partial = parse(
        "name: bare\ntitle: Bare\ngate:\n  require_items: true\n",
        "x.yaml",
    );
    let gate = partial.unwrap().gate;
    assert!(gate.require_items);
    assert_eq!(
        gate.blocking_statuses,
        GatePolicy::default().blocking_statuses
    );
}

#[test]
fn the_builtins_load_and_the_default_is_among_them() {
    assert_eq!(builtin_names()[0], DEFAULT_NAME);
    let compiled: Vec<&str> = BUILTIN.iter().map(|(name, _)| *name).collect();
    assert_eq!(builtin_names(), compiled.as_slice());
    for name in builtin_names() {
        let checklist = Checklist::builtin(name).unwrap();
        assert_eq!(checklist.name, *name);
        // Each ships items for every kind, routing for every kind, and every rule.
        assert_eq!(checklist.items.len(), Kind::ALL.len(), "{name}");
        assert_eq!(checklist.routing.len(), Kind::ALL.len(), "{name}");
        assert_eq!(checklist.checks.len(), RULES.len(), "{name}");
        assert!(
            builtin_source(name)
                .unwrap()
                .contains(&format!("name: {name}"))
        );
    }
    assert!(Checklist::builtin("rumours").is_none());
    let investigation = Checklist::builtin("investigation").unwrap();
    assert!(investigation.gate.require_items);
}

#[test]
fn items_for_a_statement_come_from_each_of_its_kinds() {
    let checklist = parse(VALID, "x").unwrap();
    let kinds: KindSet = [Kind::Figure, Kind::Quote].into_iter().collect();
    let ids: Vec<&str> = checklist
        .items_for(kinds)
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ids, ["quote-verbatim", "figure-source"]);
    assert_eq!(
        checklist.item("figure-source").unwrap().text,
        "Traced to the source."
    );
    assert!(checklist.item("nope").is_none());
}

#[test]
fn an_unknown_key_is_placed_and_the_expected_keys_named() {
    let yaml = VALID.replace("  block_stale: false", "  block_stail: false");
    let message = error_of(&yaml);
    assert!(
        message.starts_with(
            "checklists/desk.yaml:19:3: unknown field `block_stail` under gate, expected one of"
        ),
        "{message}"
    );
    assert!(message.contains("block_stale"), "{message}");
    let top = error_of(&format!("{VALID}owner: me\n"));
    assert!(
        top.starts_with("checklists/desk.yaml:23:1: unknown field `owner`"),
        "{top}"
    );
    let item = error_of(&VALID.replace("      required: true", "      mandatory: true"));
    assert!(
        item.starts_with("checklists/desk.yaml:7:7: unknown field `mandatory`"),
        "{item}"
    );
}

#[test]
fn a_wrong_type_is_placed_and_the_expected_type_named() {
    let message = error_of(&VALID.replace("      required: true", "      required: maybe"));
    assert!(
        message.starts_with("checklists/desk.yaml:7:17: invalid type"),
        "{message}"
    );
    assert!(message.contains("expected a boolean"), "{message}");
    let routing = error_of(&VALID.replace("figure: [data, finance]", "figure: data"));
    assert!(
        routing.starts_with("checklists/desk.yaml:12:11:"),
        "{routing}"
    );
    assert!(routing.contains("expected a sequence"), "{routing}");
}

#[test]
fn an_unknown_kind_status_level_or_rule_lists_the_accepted_names() {
    let kind = error_of(&VALID.replace("  figure: [data, finance]", "  rumour: [data]"));
    assert!(
        kind.starts_with("checklists/desk.yaml:12:3: unknown kind 'rumour' under routing (expected one of: quote, figure,"),
        "{kind}"
    );
    let status = error_of(&VALID.replace("[unchecked, incorrect]", "[unchecked, wrong]"));
    assert!(
        status.starts_with("checklists/desk.yaml:18:34: unknown status 'wrong'"),
        "{status}"
    );
    assert!(status.contains("in-progress"), "{status}");
    let level = error_of(&VALID.replace("anonymous-sourcing: note", "anonymous-sourcing: loud"));
    assert!(
        level.starts_with("checklists/desk.yaml:15:23: unknown level 'loud'"),
        "{level}"
    );
    assert!(level.contains("note, warning, error, off"), "{level}");
    let rule = error_of(&VALID.replace("weekday-mismatch: error", "spellcheck: error"));
    assert!(
        rule.starts_with("checklists/desk.yaml:14:3: unknown rule 'spellcheck'"),
        "{rule}"
    );
    assert!(rule.contains("quote-without-speaker"), "{rule}");
    let blocking = error_of(&VALID.replace("[error, warning]", "[error, fatal]"));
    assert!(blocking.contains("unknown level 'fatal'"), "{blocking}");
}

#[test]
fn a_duplicate_item_id_is_placed_at_its_second_use() {
    let yaml = VALID.replace("id: figure-source", "id: quote-verbatim");
    let message = error_of(&yaml);
    assert_eq!(
        message,
        "checklists/desk.yaml:9:11: duplicate item id 'quote-verbatim' under items.figure (expected each item id once in the whole checklist: reviewers tick items by id)"
    );
}

#[test]
fn a_kind_written_twice_is_refused() {
    let yaml = VALID.replace(
        "  figure: [data, finance]",
        "  figure: [data]\n  figure: [finance]",
    );
    let message = error_of(&yaml);
    assert!(message.contains("'figure' is written twice"), "{message}");
    assert!(message.starts_with("checklists/desk.yaml:13:"), "{message}");
}

#[test]
fn ids_and_names_must_be_kebab_case() {
    let id = error_of(&VALID.replace("id: figure-source", "id: Figure_Source"));
    assert!(
        id.starts_with("checklists/desk.yaml:9:11: item id 'Figure_Source'"),
        "{id}"
    );
    let name = error_of(&VALID.replace("name: desk", "name: City Desk"));
    assert!(
        name.starts_with("checklists/desk.yaml:1:1: checklist name 'City Desk'"),
        "{name}"
    );
}

#[test]
fn verified_cannot_block() {
    let message = error_of(&VALID.replace("[unchecked, incorrect]", "[unchecked, verified]"));
    assert!(
        message.starts_with("checklists/desk.yaml:18:3: 'verified' cannot be a blocking status"),
        "{message}"
    );
}

#[test]
fn yaml_syntax_errors_are_placed() {
    assert_eq!(
        error_of("name: desk\ntitle: x: y\n"),
        "checklists/desk.yaml:2:9: mapping values are not allowed in this context"
    );
    let tabs = error_of("name: desk\n\ttitle: x\n");
    assert!(
        tabs.starts_with("checklists/desk.yaml:2:1: found a tab character"),
        "{tabs}"
    );
    let location = parse("name: desk\ntitle: x: y\n", "x")
        .unwrap_err()
        .location();
    assert_eq!(location, Some((2, 9)));
}

#[test]
fn missing_keys_and_empty_files_say_what_was_expected() {
    let missing = error_of("name: desk\n");
    assert!(missing.contains("missing field `title`"), "{missing}");
    for empty in ["", "\n# only a comment\n"] {
        let message = error_of(empty);
        assert!(
            message.starts_with("checklists/desk.yaml: the checklist is empty"),
            "{message}"
        );
    }
    let scalar = error_of("just words\n");
    assert!(
        scalar.starts_with("checklists/desk.yaml:1:1: invalid type: string \"just words\", expected a mapping with name, title"),
        "{scalar}"
    );
}

#[test]
fn load_reads_a_file_and_names_it_in_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.yaml");
    std::fs::write(&path, VALID.replace("  rumour", "  figure")).unwrap();
    assert_eq!(load(&path).unwrap().name, "desk");
    std::fs::write(&path, "name: desk\ntitle: x\nroutes: {}\n").unwrap();
    let message = load(&path).unwrap_err().to_string();
    assert!(
        message.starts_with(&format!("{}:3:1:", path.display())),
        "{message}"
    );
    let missing = load(&dir.path().join("absent.yaml")).unwrap_err();
    assert!(matches!(missing, ChecklistError::Read { .. }));
    assert!(
        missing
            .to_string()
            .contains("absent.yaml: cannot read the checklist")
    );
    std::fs::write(&path, b"name: \xff\n").unwrap();
    assert!(load(&path).unwrap_err().to_string().contains("not UTF-8"));
}

#[test]
fn every_schema_mistake_is_reported_each_at_its_line_and_column() {
    let yaml = VALID
        .replace("      required: true", "      required: maybe")
        .replace("  figure: [data, finance]", "  rumour: [data]")
        .replace("anonymous-sourcing: note", "anonymous-sourcing: loud")
        .replace("[unchecked, incorrect]", "[unchecked, wrong]")
        .replace(
            "      text: Traced to the source.\n",
            "      text: Traced.\n      colour: red\n",
        );
    let error = parse(&yaml, "checklists/desk.yaml").expect_err("refused");
    let lines: Vec<String> = error.to_string().lines().map(str::to_string).collect();
    let starts = [
        "checklists/desk.yaml:7:17: invalid type: string \"maybe\" under items.quote[0].required",
        "checklists/desk.yaml:11:7: unknown field `colour`",
        "checklists/desk.yaml:13:3: unknown kind 'rumour' under routing",
        "checklists/desk.yaml:16:23: unknown level 'loud'",
        "checklists/desk.yaml:19:34: unknown status 'wrong'",
    ];
    assert_eq!(lines.len(), starts.len(), "{error}");
    for (line, start) in lines.iter().zip(starts) {
        assert!(
            line.starts_with(start),
            "{line}\n  should start with\n{start}"
        );
    }
    assert_eq!(error.location(), Some((7, 17)));
}

#[test]
fn a_list_element_is_named_by_its_real_index() {
    let yaml = VALID.replace(
        "      text: Traced to the source.\n",
        "      text: Traced to the source.\n    - id: figure-sum\n      text: Added up.\n      required: perhaps\n",
    );
    let message = error_of(&yaml);
    assert!(
        message.contains("under items.figure[1].required"),
        "{message}"
    );
}

#[test]
fn every_rule_mistake_after_parsing_is_reported_too() {
    let yaml = VALID
        .replace("name: desk", "name: City Desk")
        .replace("id: figure-source", "id: Figure_Source");
    let error = parse(&yaml, "checklists/desk.yaml").expect_err("refused");
    let text = error.to_string();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.contains("checklist name 'City Desk'"), "{text}");
    assert!(text.contains("item id 'Figure_Source'"), "{text}");
}
