//! Tests of the language data files and detection.

use super::*;

#[test]
fn every_data_file_loads_with_twelve_months_and_seven_weekdays() {
    for language in Language::ALL {
        let words = language.words();
        assert_eq!(words.code, language.code());
        assert_eq!(words.months.len(), 12, "{}", words.name);
        assert_eq!(words.weekdays.len(), 7, "{}", words.name);
        assert!(!words.byline_words.is_empty(), "{}", words.name);
        assert!(!words.quotes.is_empty(), "{}", words.name);
        assert!(!words.speech_verbs.is_empty(), "{}", words.name);
        assert_eq!(Language::from_name(&words.name), Some(language));
    }
}

#[test]
fn months_and_weekdays_in_each_language() {
    assert_eq!(Language::Spanish.words().month("Marzo"), Some(3));
    assert_eq!(Language::German.words().month("März"), Some(3));
    assert_eq!(Language::Swedish.words().weekday("tisdagen"), Some(1));
    assert_eq!(Language::French.words().weekday("Vendredi"), Some(4));
    assert_eq!(Language::Portuguese.words().weekday("terça-feira"), Some(1));
    assert_eq!(Language::English.words().month("Sept."), Some(9));
    assert_eq!(Language::English.words().month("Maybe"), None);
}

#[test]
fn speech_verbs_and_dialogue_give_kinds() {
    let es = Language::Spanish.words();
    assert!(es.has_speech_verb("«No», afirmó la concejala."));
    assert!(!es.has_speech_verb("Las afirmaciones aparte."));
    assert!(
        Language::French
            .words()
            .has_speech_verb("« Non », a-t-elle déclaré.")
    );
    let found: Vec<Kind> = kinds(
        "—Si no llueve, habrá cortes —advirtió un técnico.",
        Language::Spanish,
    )
    .collect();
    assert_eq!(found, [Kind::Attribution, Kind::Quote]);
    assert_eq!(
        kinds("—Hello there, he said.", Language::English).count(),
        0
    );
}

#[test]
fn detects_each_language_from_a_paragraph() {
    let samples = [
        (
            Language::English,
            "The city council approved the budget on Tuesday after a long debate about the cost of the new bridge and the schools.",
        ),
        (
            Language::Spanish,
            "El ayuntamiento aprobó el presupuesto el martes después de un largo debate sobre el coste del nuevo puente y de las escuelas.",
        ),
        (
            Language::French,
            "Le conseil municipal a approuvé le budget mardi après un long débat sur le coût du nouveau pont et des écoles de la ville.",
        ),
        (
            Language::German,
            "Der Stadtrat hat den Haushalt am Dienstag nach einer langen Debatte über die Kosten der neuen Brücke und der Schulen beschlossen.",
        ),
        (
            Language::Portuguese,
            "A câmara municipal aprovou o orçamento na terça-feira depois de um longo debate sobre o custo da nova ponte e das escolas.",
        ),
        (
            Language::Swedish,
            "Kommunfullmäktige godkände budgeten på tisdagen efter en lång debatt om kostnaden för den nya bron och skolorna i staden.",
        ),
    ];
    for (language, text) in samples {
        assert_eq!(detect(text), language, "{text}");
    }
    assert_eq!(detect("Short."), Language::English);
}

#[test]
fn sentences_split_after_a_languages_abbreviation_are_joined() {
    let cases = [
        (
            Language::Spanish,
            "Lo dijo la concejala, Dña. Carmen Ruiz, en el pleno. Luego se fue.",
        ),
        (
            Language::Spanish,
            "Pidió medidas, p. ej. tarifas más altas. Nadie respondió.",
        ),
        (
            Language::German,
            "Viele Städte, z. B. Köln, sparen. Andere nicht.",
        ),
        (
            Language::Swedish,
            "Flera kommuner, bl.a. Lund, sparar. Andra gör det inte.",
        ),
        (
            Language::French,
            "Selon M. Dupont, le projet avance. Il sera livré en mai.",
        ),
        (
            Language::German,
            "Der Ausschuss berät am Donnerstag, dem 12. März 2026, darüber. Dann ist Schluss.",
        ),
    ];
    for (language, text) in cases {
        let sentences = rejoin(text, crate::parse::split::split(text), language);
        let texts: Vec<&str> = sentences.iter().map(|s| s.span.slice(text)).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[1].split(' ').count() <= 6, "{texts:?}");
    }
    // A sentence that really ends stays ended, and English is the splitter's.
    let text = "Vinieron todos. Sr. Vega habló después.";
    assert_eq!(
        rejoin(text, crate::parse::split::split(text), Language::Spanish).len(),
        2
    );
}

/// A text past the size read whole is read through windows spread over it: each seed article
/// repeated to far past that size is still found to be in its language, and the windows cut
/// at char boundaries whatever the multi-byte letters.
#[test]
fn a_long_text_is_detected_from_its_sample() {
    let seeds = [
        (Language::English, "cia-mexico-2026-01-17.txt"),
        (Language::Spanish, "es-sevilla-agua-2026-03-13.txt"),
        (Language::French, "fr-lyon-tramway-2026-03-03.txt"),
        (Language::German, "de-koeln-bruecke-2026-03-03.txt"),
        (Language::Portuguese, "pt-lisboa-rendas-2026-03-03.txt"),
        (Language::Swedish, "sv-goteborg-skolor-2026-03-03.txt"),
    ];
    for (language, file) in seeds {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("seeds")
            .join(file);
        let text = std::fs::read_to_string(path).unwrap();
        assert_eq!(detect(&text), language, "{file}");
        let long = format!("{text}\n\n").repeat(3 * WHOLE_UP_TO / text.len() + 1);
        assert!(long.len() > WHOLE_UP_TO);
        assert_eq!(detect(&long), language, "{file}, long");
        let odd = format!("é{long}");
        assert!(sample(&odd).len() <= WHOLE_UP_TO + SAMPLE_WINDOWS);
    }
}
