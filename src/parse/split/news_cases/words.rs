//! News cases about words: titles, abbreviations, companies, acronyms, places, initials, clock
//! times, figures and ellipses: where a full stop ends a sentence and where it does not.

pub(super) const CASES: &[(&str, &[&str])] = &[
    // Titles and abbreviations before names.
    (
        "Sen. Elizabeth Warren, D-Mass., said the bill would fail. Republicans disagreed.",
        &[
            "Sen. Elizabeth Warren, D-Mass., said the bill would fail.",
            "Republicans disagreed.",
        ],
    ),
    (
        "Gov. Gavin Newsom signed the measure Tuesday. It takes effect Jan. 1.",
        &[
            "Gov. Gavin Newsom signed the measure Tuesday.",
            "It takes effect Jan. 1.",
        ],
    ),
    (
        "Lt. Col. Sarah Jones and Sgt. Maj. Luis Ortiz led the unit. Both were decorated.",
        &[
            "Lt. Col. Sarah Jones and Sgt. Maj. Luis Ortiz led the unit.",
            "Both were decorated.",
        ],
    ),
    (
        "Dr. Anthony Fauci testified before the committee. Prof. Jane Liu of Stanford followed him.",
        &[
            "Dr. Anthony Fauci testified before the committee.",
            "Prof. Jane Liu of Stanford followed him.",
        ],
    ),
    (
        "Mr. and Mrs. Smith declined to comment. Their lawyer did not respond.",
        &[
            "Mr. and Mrs. Smith declined to comment.",
            "Their lawyer did not respond.",
        ],
    ),
    (
        "Rep. Alexandria Ocasio-Cortez, D-N.Y., voted no. Rep. Jim Jordan, R-Ohio, voted yes.",
        &[
            "Rep. Alexandria Ocasio-Cortez, D-N.Y., voted no.",
            "Rep. Jim Jordan, R-Ohio, voted yes.",
        ],
    ),
    (
        "The Rev. Martin Luther King Jr. spoke in Memphis. He was killed the next day.",
        &[
            "The Rev. Martin Luther King Jr. spoke in Memphis.",
            "He was killed the next day.",
        ],
    ),
    (
        "The award went to Martin Luther King Jr. The ceremony was brief.",
        &[
            "The award went to Martin Luther King Jr.",
            "The ceremony was brief.",
        ],
    ),
    (
        "Gen. Mark Milley, the chairman of the Joint Chiefs, testified. Gen. Milley called the withdrawal a failure.",
        &[
            "Gen. Mark Milley, the chairman of the Joint Chiefs, testified.",
            "Gen. Milley called the withdrawal a failure.",
        ],
    ),
    (
        "St. Louis Mayor Tishaura Jones spoke first. She was followed by Rep. Cori Bush.",
        &[
            "St. Louis Mayor Tishaura Jones spoke first.",
            "She was followed by Rep. Cori Bush.",
        ],
    ),
    (
        "He lives on Elm St. The house was built in 1920.",
        &["He lives on Elm St.", "The house was built in 1920."],
    ),
    // Companies.
    (
        "Apple Inc. reported record revenue. Shares rose 3%.",
        &["Apple Inc. reported record revenue.", "Shares rose 3%."],
    ),
    (
        "The suit names Acme Corp. and two subsidiaries. A hearing is set for Sept. 14.",
        &[
            "The suit names Acme Corp. and two subsidiaries.",
            "A hearing is set for Sept. 14.",
        ],
    ),
    (
        "He worked for Smith & Wesson Holding Corp. He left in 2019.",
        &[
            "He worked for Smith & Wesson Holding Corp.",
            "He left in 2019.",
        ],
    ),
    (
        "The company (formerly known as Facebook Inc.) changed its name in 2021.",
        &["The company (formerly known as Facebook Inc.) changed its name in 2021."],
    ),
    // Acronyms, inside and at the end of a sentence.
    (
        "The drug is made in China and shipped to the U.S. It is then sold online.",
        &[
            "The drug is made in China and shipped to the U.S.",
            "It is then sold online.",
        ],
    ),
    (
        "The U.S. Justice Department declined to comment.",
        &["The U.S. Justice Department declined to comment."],
    ),
    (
        "The company moved its headquarters to the U.K. In 2023 it moved back.",
        &[
            "The company moved its headquarters to the U.K.",
            "In 2023 it moved back.",
        ],
    ),
    (
        "The U.S. and U.K. governments issued a joint statement.",
        &["The U.S. and U.K. governments issued a joint statement."],
    ),
    (
        "According to the U.N. Security Council, the sanctions remain. The U.N. did not say more.",
        &[
            "According to the U.N. Security Council, the sanctions remain.",
            "The U.N. did not say more.",
        ],
    ),
    (
        "The bill, H.R. 2670, passed the House. It now goes to the Senate.",
        &[
            "The bill, H.R. 2670, passed the House.",
            "It now goes to the Senate.",
        ],
    ),
    (
        "U.S.-Mexico talks resumed Monday. U.S. officials called them productive.",
        &[
            "U.S.-Mexico talks resumed Monday.",
            "U.S. officials called them productive.",
        ],
    ),
    // Places.
    (
        "The rally was held in Washington, D.C. Thousands attended.",
        &[
            "The rally was held in Washington, D.C.",
            "Thousands attended.",
        ],
    ),
    (
        "He moved to Springfield, Ill. He later ran for office.",
        &["He moved to Springfield, Ill.", "He later ran for office."],
    ),
    (
        "The company, based in Menlo Park, Calif., employs 3,000 people. It was founded in 2004.",
        &[
            "The company, based in Menlo Park, Calif., employs 3,000 people.",
            "It was founded in 2004.",
        ],
    ),
    (
        "The indictment was filed in U.S. District Court in Washington, D.C. The defendant pleaded not guilty.",
        &[
            "The indictment was filed in U.S. District Court in Washington, D.C.",
            "The defendant pleaded not guilty.",
        ],
    ),
    (
        "The defendant, John A. Smith Jr., 45, of Arlington, Va., faces up to 20 years in prison.",
        &[
            "The defendant, John A. Smith Jr., 45, of Arlington, Va., faces up to 20 years in prison.",
        ],
    ),
    // Initials.
    (
        "J. R. R. Tolkien wrote the books in Oxford. They sold millions of copies.",
        &[
            "J. R. R. Tolkien wrote the books in Oxford.",
            "They sold millions of copies.",
        ],
    ),
    (
        "President George W. Bush signed the bill in 2002. It passed with bipartisan support.",
        &[
            "President George W. Bush signed the bill in 2002.",
            "It passed with bipartisan support.",
        ],
    ),
    (
        "The fund was started by W. A. Harriman in 1920. It closed in 2008.",
        &[
            "The fund was started by W. A. Harriman in 1920.",
            "It closed in 2008.",
        ],
    ),
    (
        "The case was heard by U.S. District Judge P. Kevin Castel. He ruled for the plaintiffs.",
        &[
            "The case was heard by U.S. District Judge P. Kevin Castel.",
            "He ruled for the plaintiffs.",
        ],
    ),
    (
        "Prosecutors said the defendant (identified only as J.D.) fled the country. He was arrested in Spain.",
        &[
            "Prosecutors said the defendant (identified only as J.D.) fled the country.",
            "He was arrested in Spain.",
        ],
    ),
    // Clock times.
    (
        "The vote is scheduled for 7:30 A.M. ET on Saturday. Results are expected by noon.",
        &[
            "The vote is scheduled for 7:30 A.M. ET on Saturday.",
            "Results are expected by noon.",
        ],
    ),
    (
        "Polls close at 8 p.m. Eastern time. Officials expect long lines.",
        &[
            "Polls close at 8 p.m. Eastern time.",
            "Officials expect long lines.",
        ],
    ),
    (
        "The shooting happened at about 10 p.m. Police said two people were hurt.",
        &[
            "The shooting happened at about 10 p.m.",
            "Police said two people were hurt.",
        ],
    ),
    (
        "At 5 a.m. Tuesday the first trucks crossed the border.",
        &["At 5 a.m. Tuesday the first trucks crossed the border."],
    ),
    (
        "By 9 a.m. Gov. Kathy Hochul had declared an emergency. Schools closed.",
        &[
            "By 9 a.m. Gov. Kathy Hochul had declared an emergency.",
            "Schools closed.",
        ],
    ),
    (
        "The meeting ended at 11:45 a.m. and resumed after lunch.",
        &["The meeting ended at 11:45 a.m. and resumed after lunch."],
    ),
    (
        "The rocket lifted off at 6:02 p.m. It reached orbit nine minutes later.",
        &[
            "The rocket lifted off at 6:02 p.m.",
            "It reached orbit nine minutes later.",
        ],
    ),
    (
        "The 4.5-magnitude quake struck at 3:14 a.m. local time. No injuries were reported.",
        &[
            "The 4.5-magnitude quake struck at 3:14 a.m. local time.",
            "No injuries were reported.",
        ],
    ),
    (
        "Saturday, January 17, 2026, 7:30 A.M. ET. 4 Minute Read, By Jennifer Hodges",
        &[
            "Saturday, January 17, 2026, 7:30 A.M. ET.",
            "4 Minute Read, By Jennifer Hodges",
        ],
    ),
    // Decimals, money, percentages.
    (
        "Revenue rose 3.2% to $1.5 billion. Analysts had expected $1.4 billion.",
        &[
            "Revenue rose 3.2% to $1.5 billion.",
            "Analysts had expected $1.4 billion.",
        ],
    ),
    (
        "The fund manages £2.3bn and charged €1.5m in fees. It was founded in 1998.",
        &[
            "The fund manages £2.3bn and charged €1.5m in fees.",
            "It was founded in 1998.",
        ],
    ),
    (
        "Unemployment fell to 3.7 percent in March. Wages rose 0.3%.",
        &[
            "Unemployment fell to 3.7 percent in March.",
            "Wages rose 0.3%.",
        ],
    ),
    (
        "The Dow fell 1.2%, or 412.5 points, to 33,876.78. The S&P 500 lost 0.9%.",
        &[
            "The Dow fell 1.2%, or 412.5 points, to 33,876.78.",
            "The S&P 500 lost 0.9%.",
        ],
    ),
    (
        "Tickets cost $49.99. Children under 5 get in free.",
        &["Tickets cost $49.99.", "Children under 5 get in free."],
    ),
    (
        "The deficit reached $1.7 trillion in fiscal 2023. That was up 23% from a year earlier.",
        &[
            "The deficit reached $1.7 trillion in fiscal 2023.",
            "That was up 23% from a year earlier.",
        ],
    ),
    (
        "The package includes apples, pears, etc. and costs $5. It ships Monday.",
        &[
            "The package includes apples, pears, etc. and costs $5.",
            "It ships Monday.",
        ],
    ),
    (
        "The firm hired approx. 200 workers, e.g. welders and electricians, i.e. skilled trades.",
        &[
            "The firm hired approx. 200 workers, e.g. welders and electricians, i.e. skilled trades.",
        ],
    ),
    (
        "The vote was 52-48.The measure now goes to the governor.",
        &[
            "The vote was 52-48.",
            "The measure now goes to the governor.",
        ],
    ),
    // Ellipses.
    (
        "\"We tried... we really tried,\" she said.",
        &["\"We tried... we really tried,\" she said."],
    ),
    (
        "The statement ended abruptly… Officials did not explain why.",
        &[
            "The statement ended abruptly…",
            "Officials did not explain why.",
        ],
    ),
    (
        "He paused… and then walked out.",
        &["He paused… and then walked out."],
    ),
    (
        "\"I don't know . . . I just don't know,\" the mayor said.",
        &["\"I don't know . . . I just don't know,\" the mayor said."],
    ),
    (
        // An ellipsis after a full stop marks sentences left out: the next sentence opens with it
        // (Golden Rule 51).
        "\"We will fight. . . . We will win,\" he said.",
        &["\"We will fight.", ". . . We will win,\" he said."],
    ),
    (
        "Sales fell sharply in the quarter... The company blamed the weather.",
        &[
            "Sales fell sharply in the quarter...",
            "The company blamed the weather.",
        ],
    ),
];
