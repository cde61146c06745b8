//! Each kind with sentences in the style of real news copy (many from the reference article)
//! that must carry it and sentences that must not.

use super::*;

fn check(kind: Kind, must: &[&str], must_not: &[&str]) {
    for sentence in must {
        assert!(
            classify(sentence).contains(kind),
            "{} should be found in: {sentence}",
            kind.as_str()
        );
    }
    for sentence in must_not {
        assert!(
            !classify(sentence).contains(kind),
            "{} should not be found in: {sentence}",
            kind.as_str()
        );
    }
}

#[test]
fn quote() {
    check(
        Kind::Quote,
        &[
            "“We will not allow foreign troops on Mexican soil,” Sheinbaum said.",
            "\"This is a dark day for democracy,\" the senator told reporters.",
            "The minister described the talks as ‘constructive but difficult’.",
            "He called the agreement «historic» in a televised address.",
            "The company said the outage was “regrettable”.",
        ],
        &[
            "Mexico’s political leadership has responded cautiously.",
            "The officers’ union did not respond to requests for comment.",
            "It's the agency's third review this year.",
            "U.S. intelligence involvement in Mexico is not unprecedented.",
        ],
    );
}

#[test]
fn figure() {
    check(
        Kind::Figure,
        &[
            "The company reported revenue of $4.2 billion for the quarter.",
            "Unemployment fell to 3.7% in November.",
            "Over the past two decades, U.S. agencies have worked with vetted Mexican units.",
            "Dozens of migrants were detained near the border.",
            "Police said 1,200 officers would be deployed.",
            "The agency deployed 2000 troops to the border.",
            "Inflation has doubled since the start of the war.",
            "The Senate voted 52-48 to confirm the nominee.",
        ],
        &[
            "The law took effect on January 1, 2024.",
            "The meeting will begin at 7:30 a.m. on Tuesday.",
            "1. The ministry will publish its findings.",
            "Officials said the COVID-19 restrictions would end.",
            "She was first elected in 2019.",
            "No one answered the door at the embassy.",
        ],
    );
}

#[test]
fn date() {
    check(
        Kind::Date,
        &[
            "The talks collapsed last week.",
            "Over the past two decades, U.S. agencies have worked with vetted Mexican units.",
            "The vote is scheduled for Tuesday.",
            "The company was founded in 1998.",
            "The ceasefire took effect at 6 a.m. local time.",
            "All facts have been cross-checked as of January 16, 2026.",
            "The proposal follows months of heightened diplomatic engagement.",
            "Three years ago, the plant was closed.",
            "At present, no formal public agreement has been released.",
        ],
        &[
            "Theresa May said she would stand down.",
            "Thousands of protesters march through the capital.",
            "The agency may expand its role.",
            "Mexican forces would remain in full control of tactical decisions.",
            "The agency deployed 2000 troops to the border.",
        ],
    );
}

#[test]
fn name() {
    check(
        Kind::Name,
        &[
            "President Claudia Sheinbaum has publicly reaffirmed her opposition.",
            "Embedding CIA officers alongside foreign troops raises complex considerations.",
            "Justice Department officials reiterated that sovereignty remains central.",
            "The plan was approved by Sheinbaum on Friday.",
            "Over the past two decades, the DEA and FBI have worked with vetted units.",
        ],
        &[
            "Critics warn such arrangements could blur jurisdictional lines.",
            "Mexican forces would remain in full control of tactical decisions and execution.",
            "Senior U.S. officials described the arrangement as joint cooperation.",
            "Negotiations in Mexico City continued on Tuesday.",
            "The vote was held in March.",
        ],
    );
}

#[test]
fn place() {
    check(
        Kind::Place,
        &[
            "Negotiations continued in Mexico City on Friday.",
            "Drones struck an oil depot near Novorossiysk overnight.",
            "Mexican authorities maintain full operational command.",
            "U.S.-Mexico negotiations on expanded security cooperation are ongoing.",
            "Floods swept across Bavaria after days of rain.",
            "The refinery in Culiacán was shut.",
        ],
        &[
            "The agency declined to comment in March.",
            "The bill passed in Congress after a long debate.",
            "Critics warn such arrangements could blur jurisdictional lines.",
            "The head of the CIA testified in private.",
            "Supporters argue that cartels operate as transnational criminal enterprises.",
        ],
    );
}

#[test]
fn attribution() {
    check(
        Kind::Attribution,
        &[
            "“We are ready,” the minister said.",
            "According to Justice Department sources, CIA personnel would operate in a support capacity.",
            "The company announced the layoffs in a memo to staff.",
            "Police confirmed that two people had died.",
            "Sheinbaum told reporters the plan was not acceptable.",
            "Analysts say the decision came too late.",
            "“What happens to the orchards?” asked Tomas Arreola, a grower.",
        ],
        &[
            "Mexican forces would remain in full control.",
            "The untold story of the cartel's rise is still being written.",
            "Reports of shootings rose sharply in the capital.",
            "The cooperation would involve CIA agents accompanying Mexican troops.",
            "Residents want a say in the matter.",
            "Budgets are moral documents, and this one tells Riverside where it stands.",
        ],
    );
}

#[test]
fn anonymous_source() {
    check(
        Kind::AnonymousSource,
        &[
            "U.S. officials emphasized that the initiative does not involve combat forces.",
            "According to Justice Department sources, CIA personnel would operate in a support capacity.",
            "The talks stalled, according to people familiar with the matter.",
            "Senior officials described the arrangement as joint cooperation.",
            "The official spoke on condition of anonymity because the talks are private.",
            "A person who asked not to be named said the offer would be raised.",
            "The plan was confirmed by multiple verified reports.",
        ],
        &[
            "Attorney General Pam Bondi said the plan was lawful.",
            "Officials from both countries will meet in June.",
            "Fentanyl is the main source of overdose deaths.",
            "Justice Department spokesperson Anna Lee confirmed the plan.",
            "The official Xinhua news agency reported the visit.",
            "Renewable sources now supply a third of the grid's power.",
        ],
    );
}

#[test]
fn superlative() {
    check(
        Kind::Superlative,
        &[
            "Overdose deaths reached a record high last year.",
            "It was the largest seizure of fentanyl in the agency's history.",
            "She became the first woman to lead the country.",
            "Mexico is the only country to have signed the accord.",
            "The deadliest attack in a decade killed 40 people.",
            "U.S. intelligence involvement in Mexico is not unprecedented.",
        ],
        &[
            "The central bank left interest rates unchanged.",
            "Police arrested an honest bystander during the protest.",
            "The storm moved west overnight.",
            "The remarks were made on the record.",
            "CIA personnel would operate in a support and advisory capacity only.",
            "At first, officials denied the report.",
            "The latest figures were released on Monday.",
            "The talks were held in Budapest.",
        ],
    );
}

#[test]
fn opinion() {
    check(
        Kind::Opinion,
        &[
            "The expanded collaboration represents a significant escalation in bilateral efforts.",
            "Critics warn such arrangements could blur jurisdictional lines.",
            "What is clear is that pressure is mounting on both sides of the border.",
            "Whether a final agreement will be formalized remains uncertain.",
            "Any operational framework would likely remain classified.",
        ],
        &[
            "The company reported revenue of $4.2 billion for the quarter.",
            "Police arrested three men in connection with the attack.",
            "The Senate voted 52-48 to confirm the nominee.",
            "Mexican forces would remain in full control of tactical decisions and execution.",
            "Firefighters cleared the area after the blast.",
            "The vote was held in May.",
        ],
    );
}

#[test]
fn a_statement_carries_several_kinds_at_once() {
    let kinds = classify(
        "Over the past two decades, U.S. agencies, including the CIA, DEA, FBI, and Department of Homeland Security, have worked with vetted Mexican units.",
    );
    for kind in [Kind::Figure, Kind::Date, Kind::Name, Kind::Place] {
        assert!(kinds.contains(kind), "{}", kind.as_str());
    }
    assert!(!kinds.contains(Kind::Opinion));
    assert!(classify("").is_empty());
}

/// Issue 10 item 8: kinds that were wrong when tried, each fixed by a general rule.
#[test]
fn dotted_clock_marks_are_not_names_but_dotted_initialisms_are() {
    check(
        Kind::Name,
        &[
            "The F.B.I. opened an inquiry on Monday.",
            "Agents of the D.E.A. were briefed.",
        ],
        &[
            "The meeting will begin at 7:30 A.M.",
            "The polls close at 8 P.M. on Tuesday.",
        ],
    );
}

#[test]
fn a_list_marker_does_not_make_the_first_word_a_name_or_a_place() {
    for sentence in [
        "- Taxes rise 3.5%.",
        "• Fares rise in June.",
        "* Rents doubled in two years.",
        "-- Prices fell 2%.",
    ] {
        let kinds = classify(sentence);
        assert!(!kinds.contains(Kind::Name), "{sentence}: {kinds:?}");
        assert!(!kinds.contains(Kind::Place), "{sentence}: {kinds:?}");
    }
    assert!(classify("- Taxes rise 3.5%.").contains(Kind::Figure));
    assert!(classify("- Mexico raises taxes.").contains(Kind::Place));
}

#[test]
fn a_capitalised_subject_of_a_verb_opening_the_sentence_is_a_name() {
    check(
        Kind::Name,
        &[
            "Apple sold 3 million phones.",
            "Microsoft announced 2,000 layoffs.",
            "Toyota recalled 1.2 million cars.",
            "Sheinbaum said the plan would go ahead.",
        ],
        &[
            "Taxes rise 3.5%.",
            "Officials said the plan would go ahead.",
            "Inflation eased in March.",
            "Spending increased by a third.",
            "Police arrested three men.",
            "Nobody answered the phone.",
        ],
    );
}

#[test]
fn a_view_in_the_first_person_or_a_verdict_is_opinion() {
    check(
        Kind::Opinion,
        &[
            "I think the plan is bad.",
            "We believe the figures were inflated.",
            "In my view, the mayor acted too late.",
            "The decision was misguided.",
        ],
        &[
            "The plan was approved on Tuesday.",
            "Think tanks published a report.",
            "The council voted 7-2 for the budget.",
            "She said she would resign.",
        ],
    );
}

#[test]
fn each_kind_gives_the_words_that_triggered_it() {
    let reasons =
        explain("“Apple sold 3 million phones in Mexico City last week,” officials said.");
    let words = |kind: Kind| reasons.get(&kind).cloned().unwrap_or_default();
    assert_eq!(words(Kind::Quote), ["“"]);
    assert_eq!(words(Kind::Name), ["Apple"]);
    assert_eq!(words(Kind::Figure), ["3", "million"]);
    assert_eq!(words(Kind::Place), ["Mexico City"]);
    assert_eq!(words(Kind::Date), ["week"]);
    assert_eq!(words(Kind::Attribution), ["said"]);
    assert_eq!(words(Kind::AnonymousSource), ["officials"]);
    let kinds: KindSet = reasons.keys().copied().collect();
    assert_eq!(
        kinds,
        classify("“Apple sold 3 million phones in Mexico City last week,” officials said.")
    );
}

#[test]
fn the_reasons_name_exactly_the_kinds_classify_finds_on_every_seed_statement() {
    let seeds = [
        include_str!("../../../seeds/cia-mexico-2026-01-17.txt"),
        include_str!("../../../seeds/feature-glacier-2026-08-30.txt"),
        include_str!("../../../seeds/wire-port-strike-2026-03-04.txt"),
        include_str!("../../../seeds/opinion-transit-2026-06-02.txt"),
    ];
    for seed in seeds {
        for line in seed.lines() {
            let reasons = explain(line);
            let kinds: KindSet = reasons.keys().copied().collect();
            assert_eq!(kinds, classify(line), "{line}");
            assert!(
                reasons
                    .values()
                    .all(|words| !words.is_empty()
                        && words.iter().all(|w| line.contains(w.as_str()))),
                "{line}: {reasons:?}"
            );
        }
    }
}

#[test]
fn explaining_some_kinds_gives_the_same_words_as_explaining_all() {
    let text = "“Apple sold 3 million phones in Mexico City last week,” officials said.";
    let all = explain(text);
    assert_eq!(KindSet::ALL, Kind::ALL.iter().copied().collect::<KindSet>());
    for kind in Kind::ALL {
        let only: KindSet = [*kind].into_iter().collect();
        let some = explain_kinds(text, only);
        assert_eq!(some.get(kind), all.get(kind), "{kind}");
        assert!(some.keys().all(|k| k == kind));
    }
}
