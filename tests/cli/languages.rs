//! Copy in Spanish, French, German, Portuguese and Swedish reads as well as English: the language
//! is detected (or given with --lang) and stored, bylines and datelines are metadata, dates and
//! quotation marks are read in the language's own forms, and lint speaks each language.

use crate::Backend;
use crate::{Desk, seed, statement_texts};

/// One seed story and what a reader of its language sees in it.
struct Story {
    file: &'static str,
    language: &'static str,
    byline: &'static str,
    dateline: &'static str,
    date: &'static str,
    /// A statement that must stand whole (an abbreviation or ordinal inside it).
    whole: &'static str,
}

const STORIES: &[Story] = &[
    Story {
        file: "es-sevilla-agua-2026-03-13.txt",
        language: "es",
        byline: "María José Núñez",
        dateline: "SEVILLA",
        date: "2026-03-13",
        whole: "«No tenemos otra opción», afirmó la concejala de Medio Ambiente, Dña. Carmen Ruiz, en el pleno.",
    },
    Story {
        file: "fr-lyon-tramway-2026-03-03.txt",
        language: "fr",
        byline: "Claire Dubois",
        dateline: "LYON",
        date: "2026-03-03",
        whole: "« Nous avons découvert des réseaux souterrains que personne n'avait cartographiés », a déclaré le vice-président chargé des mobilités, M. Julien Faure.",
    },
    Story {
        file: "de-koeln-bruecke-2026-03-03.txt",
        language: "de",
        byline: "Anna Schmidt",
        dateline: "KÖLN",
        date: "2026-03-03",
        whole: "Der Verkehrsausschuss berät am Donnerstag, dem 12. März 2026, über mögliche Umleitungen.",
    },
    Story {
        file: "pt-lisboa-rendas-2026-03-03.txt",
        language: "pt",
        byline: "João Pedro Almeida",
        dateline: "LISBOA",
        date: "2026-03-03",
        whole: "“Não podemos continuar a ver famílias a sair da cidade onde sempre viveram”, disse a vereadora da Habitação, Sra. Marta Lopes.",
    },
    Story {
        file: "sv-goteborg-skolor-2026-03-03.txt",
        language: "sv",
        byline: "Åsa Öberg",
        dateline: "GÖTEBORG",
        date: "2026-03-03",
        whole: "Enligt förvaltningen står omkring 1 400 elevplatser tomma i området, bl.a. eftersom barnkullarna har minskat sedan 2018.",
    },
];

fn findings(desk: &Desk, slug: &str) -> Vec<serde_json::Value> {
    let run = desk.run(&["lint", slug, "--json"]).ok();
    let json = run.json();
    json.as_array()
        .or_else(|| json["findings"].as_array())
        .unwrap_or_else(|| panic!("no findings list in {json}"))
        .clone()
}

fn each_language_gives_its_metadata_and_whole_statements(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    for story in STORIES {
        let json = desk
            .run(&["split", &seed(story.file), "--json"])
            .ok()
            .json();
        let metadata = &json["metadata"];
        assert_eq!(metadata["language"], story.language, "{}", story.file);
        assert_eq!(
            metadata["bylines"][0]["name"], story.byline,
            "{}",
            story.file
        );
        assert_eq!(metadata["dateline"], story.dateline, "{}", story.file);
        assert_eq!(metadata["published"]["date"], story.date, "{}", story.file);
        let texts = statement_texts(&json);
        assert!(texts.contains(&story.whole), "{}: {texts:#?}", story.file);
        for text in &texts {
            assert!(
                !text.contains(story.byline),
                "the byline is no statement: {text}"
            );
            assert!(
                !text.starts_with(story.dateline),
                "the dateline is no statement: {text}"
            );
        }
    }
}

fn the_language_is_stored_with_the_revision_and_can_be_given(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let file = seed("sv-goteborg-skolor-2026-03-03.txt");
    desk.run_as("ed", &["ingest", &file, "--slug", "skolor"])
        .ok();
    let metadata = desk.query_text("SELECT metadata FROM revisions WHERE number = 1");
    assert!(metadata.contains("\"language\":\"sv\""), "{metadata}");
    // Read as English on purpose, the Swedish byline word means nothing and the byline is a
    // statement again: --lang decides.
    let as_english = desk
        .run(&["split", &file, "--lang", "en", "--json"])
        .ok()
        .json();
    assert_eq!(as_english["metadata"]["language"], "en");
    assert!(
        as_english["metadata"]["bylines"].is_null(),
        "{}",
        as_english["metadata"]
    );
    desk.run(&["split", &file, "--lang", "klingon"])
        .usage_error("en, es, fr, de, pt, sv");
}

fn lint_reads_each_language_without_false_findings_and_finds_the_planted_weekday(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    for story in STORIES {
        let slug = story.file.trim_end_matches(".txt");
        desk.run_as("ed", &["ingest", &seed(story.file), "--slug", slug])
            .ok();
        let found = findings(&desk, slug);
        if story.language == "es" {
            // "el lunes 13 de marzo de 2026": March 13, 2026 is a Friday.
            assert_eq!(found.len(), 1, "{found:#?}");
            assert_eq!(found[0]["rule"], "weekday-mismatch");
            let message = found[0]["message"].as_str().unwrap();
            assert!(
                message.contains("lunes 13 de marzo de 2026") && message.contains("Friday"),
                "{message}"
            );
        } else {
            // No unbalanced „…“ or ”…”, no quotation without its sagte/sade/disse/a déclaré,
            // no dateline or party taken for an undefined acronym.
            assert!(found.is_empty(), "{}: {found:#?}", story.file);
        }
    }
}

fn a_wrong_weekday_and_a_quote_without_speaker_are_found_in_other_languages_too(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let text = "Stadsbudgeten Klubbad Efter Lång Debatt\n\nAv Erik Nord\n\nKommunfullmäktige i Uppsala röstade igenom budgeten onsdagen den 3 mars 2026 efter en debatt som varade i nio timmar.\n\n”Det här är en budget som ingen kommer att minnas med glädje och som alla får betala.”\n\nOppositionen röstade nej.\n";
    let path = desk.dir.path().join("budget.txt");
    std::fs::write(&path, text).unwrap();
    desk.run_as(
        "ed",
        &["ingest", &path.display().to_string(), "--slug", "budget"],
    )
    .ok();
    let found = findings(&desk, "budget");
    let rules: Vec<&str> = found.iter().map(|f| f["rule"].as_str().unwrap()).collect();
    assert!(rules.contains(&"weekday-mismatch"), "{found:#?}");
    assert!(rules.contains(&"quote-without-speaker"), "{found:#?}");
    assert!(!rules.contains(&"unbalanced-quotes"), "{found:#?}");
}

both_backends!(
    the_language_is_stored_with_the_revision_and_can_be_given,
    each_language_gives_its_metadata_and_whole_statements,
    lint_reads_each_language_without_false_findings_and_finds_the_planted_weekday,
    a_wrong_weekday_and_a_quote_without_speaker_are_found_in_other_languages_too,
);
