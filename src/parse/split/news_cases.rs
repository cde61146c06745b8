//! Hard cases as they appear in real news copy: wire copy, court and government reporting,
//! sports, financial figures, quotations. Each is an input and the sentences it must give.

pub(super) const NEWS_CASES: &[(&str, &[&str])] = &[
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
    // Quotations: a quotation of several sentences is several sentences; the attribution tail
    // stays with the one it closes.
    (
        "\"We will not back down. We will win,\" Smith said. The crowd cheered.",
        &[
            "\"We will not back down.",
            "We will win,\" Smith said.",
            "The crowd cheered.",
        ],
    ),
    ("\"Why now?\" she asked.", &["\"Why now?\" she asked."]),
    (
        "\"Why now?\" Sen. Chuck Schumer asked on the Senate floor.",
        &["\"Why now?\" Sen. Chuck Schumer asked on the Senate floor."],
    ),
    (
        "\"Is this legal?\" That is the question the court must answer.",
        &[
            "\"Is this legal?\"",
            "That is the question the court must answer.",
        ],
    ),
    (
        "He called the plan \"a disaster.\" Then he left the room.",
        &[
            "He called the plan \"a disaster.\"",
            "Then he left the room.",
        ],
    ),
    (
        "“This is not over,” she said. “We will appeal.”",
        &["“This is not over,” she said.", "“We will appeal.”"],
    ),
    (
        "“We followed the law. We always have,” the spokesperson said in a statement.",
        &[
            "“We followed the law.",
            "We always have,” the spokesperson said in a statement.",
        ],
    ),
    (
        "The senator said the bill was “dead on arrival.” Her aides disagreed.",
        &[
            "The senator said the bill was “dead on arrival.”",
            "Her aides disagreed.",
        ],
    ),
    (
        "“Enough!” shouted a protester. Police moved in.",
        &["“Enough!” shouted a protester.", "Police moved in."],
    ),
    (
        "“What happens next?” The answer is unclear.",
        &["“What happens next?”", "The answer is unclear."],
    ),
    (
        "It’s the largest ever. “No one expected it,” said Ms. O’Neill.",
        &[
            "It’s the largest ever.",
            "“No one expected it,” said Ms. O’Neill.",
        ],
    ),
    (
        "\"We are not going anywhere. This is our home.\n\"We will rebuild,\" Ortiz said.",
        &[
            "\"We are not going anywhere.",
            "This is our home.",
            "\"We will rebuild,\" Ortiz said.",
        ],
    ),
    (
        "He said \"the plan was flawed. Officials rejected it.",
        &["He said \"the plan was flawed.", "Officials rejected it."],
    ),
    (
        "He said \"we will\n\nNot this time,\" she replied.",
        &["He said \"we will", "Not this time,\" she replied."],
    ),
    // Parentheses: sentences inside them are sentences.
    (
        "The bill passed 52-48. (Two Democrats voted against it. One Republican voted for it.) It now goes to the House.",
        &[
            "The bill passed 52-48.",
            "(Two Democrats voted against it.",
            "One Republican voted for it.)",
            "It now goes to the House.",
        ],
    ),
    (
        "The senator voted no. (She later changed her vote.)",
        &["The senator voted no.", "(She later changed her vote.)"],
    ),
    (
        "The judge found that (1) the search was unlawful and (2) the evidence must be suppressed.",
        &[
            "The judge found that (1) the search was unlawful and (2) the evidence must be suppressed.",
        ],
    ),
    (
        "(Reporting by Jane Doe; Editing by John Smith)",
        &["(Reporting by Jane Doe; Editing by John Smith)"],
    ),
    // Lists.
    (
        "Key findings:\n- Wages rose 4.1%\n- Inflation slowed to 3.2%\n- Hiring cooled",
        &[
            "Key findings:",
            "- Wages rose 4.1%",
            "- Inflation slowed to 3.2%",
            "- Hiring cooled",
        ],
    ),
    (
        "The plan has three parts:\n1. Cut spending\n2. Raise the debt limit\n3. Reform the tax code",
        &[
            "The plan has three parts:",
            "1. Cut spending",
            "2. Raise the debt limit",
            "3. Reform the tax code",
        ],
    ),
    (
        "• Sen. Mitch McConnell (R-Ky.)\n• Sen. Chuck Schumer (D-N.Y.)",
        &[
            "• Sen. Mitch McConnell (R-Ky.)",
            "• Sen. Chuck Schumer (D-N.Y.)",
        ],
    ),
    (
        "* The court ruled 6-3.\n* The dissent was written by Justice Sonia Sotomayor.",
        &[
            "* The court ruled 6-3.",
            "* The dissent was written by Justice Sonia Sotomayor.",
        ],
    ),
    // Addresses.
    (
        "The full ruling is at https://www.justice.gov/opa/pr/x.html. Read it before the hearing.",
        &[
            "The full ruling is at https://www.justice.gov/opa/pr/x.html.",
            "Read it before the hearing.",
        ],
    ),
    (
        "Questions can be sent to press@state.gov. The department will respond within 48 hours.",
        &[
            "Questions can be sent to press@state.gov.",
            "The department will respond within 48 hours.",
        ],
    ),
    (
        "Visit www.irs.gov for details. The deadline is April 15.",
        &[
            "Visit www.irs.gov for details.",
            "The deadline is April 15.",
        ],
    ),
    (
        "The report was posted on Regulations.gov. Comments close Friday.",
        &[
            "The report was posted on Regulations.gov.",
            "Comments close Friday.",
        ],
    ),
    // Numbered references and court citations.
    (
        "The ruling cites Art. 3 of the treaty and No. 5 of the protocol. Both were ratified in 1994.",
        &[
            "The ruling cites Art. 3 of the treaty and No. 5 of the protocol.",
            "Both were ratified in 1994.",
        ],
    ),
    (
        "The top-seeded team faced No. 16 Fairleigh Dickinson. It lost 63-58.",
        &[
            "The top-seeded team faced No. 16 Fairleigh Dickinson.",
            "It lost 63-58.",
        ],
    ),
    (
        "See Fig. 2 and Vol. 3, p. 114. The data are public.",
        &["See Fig. 2 and Vol. 3, p. 114.", "The data are public."],
    ),
    (
        "The case is U.S. v. Nixon, 418 U.S. 683 (1974). It remains a landmark.",
        &[
            "The case is U.S. v. Nixon, 418 U.S. 683 (1974).",
            "It remains a landmark.",
        ],
    ),
    (
        "The Supreme Court ruled 6-3 in Dobbs v. Jackson Women's Health Organization. The decision overturned Roe v. Wade.",
        &[
            "The Supreme Court ruled 6-3 in Dobbs v. Jackson Women's Health Organization.",
            "The decision overturned Roe v. Wade.",
        ],
    ),
    (
        "The bill passed the House on Feb. 27, 2024. The Senate has not acted.",
        &[
            "The bill passed the House on Feb. 27, 2024.",
            "The Senate has not acted.",
        ],
    ),
    (
        "The hearing is set for 2 p.m. on Dec. 4 in Courtroom No. 12. The judge has not ruled.",
        &[
            "The hearing is set for 2 p.m. on Dec. 4 in Courtroom No. 12.",
            "The judge has not ruled.",
        ],
    ),
    // Headings and lines without a full stop.
    (
        "Scope Of CIA Involvement;\nAccording to Justice Department sources, CIA personnel would advise.",
        &[
            "Scope Of CIA Involvement;",
            "According to Justice Department sources, CIA personnel would advise.",
        ],
    ),
    (
        "What Comes Next\nNegotiations are ongoing.",
        &["What Comes Next", "Negotiations are ongoing."],
    ),
    (
        "Editor’s Note:\nThis report is based on verified reporting.",
        &[
            "Editor’s Note:",
            "This report is based on verified reporting.",
        ],
    ),
    (
        "U.S. Intelligence Personnel To Assist Mexican Forces\nThe U.S. Department of Justice has confirmed it.",
        &[
            "U.S. Intelligence Personnel To Assist Mexican Forces",
            "The U.S. Department of Justice has confirmed it.",
        ],
    ),
    (
        "The agency said it would review\nthe decision next week.",
        &["The agency said it would review\nthe decision next week."],
    ),
    (
        "The measures include:\nhigher tariffs\nexport controls\nsanctions on two banks",
        &[
            "The measures include:",
            "higher tariffs",
            "export controls",
            "sanctions on two banks",
        ],
    ),
    (
        "The agency said it would\nreview the decision and\nrespond next week. A ruling is expected in May.",
        &[
            "The agency said it would\nreview the decision and\nrespond next week.",
            "A ruling is expected in May.",
        ],
    ),
    // Degrees and eras trail a name or a number.
    (
        "The study's author holds a Ph.D. Smith joined the lab in 2019.",
        &[
            "The study's author holds a Ph.D.",
            "Smith joined the lab in 2019.",
        ],
    ),
    (
        "Jane Smith, Ph.D., led the study. The settlement dates to 800 B.C. Archaeologists found it in 1998.",
        &[
            "Jane Smith, Ph.D., led the study.",
            "The settlement dates to 800 B.C.",
            "Archaeologists found it in 1998.",
        ],
    ),
    // Sports.
    (
        "The Lakers beat the Celtics 112-108. LeBron James scored 31 points.",
        &[
            "The Lakers beat the Celtics 112-108.",
            "LeBron James scored 31 points.",
        ],
    ),
    (
        "Ohio St. beat Michigan St. 24-17 on Saturday. The Buckeyes are 9-0.",
        &[
            "Ohio St. beat Michigan St. 24-17 on Saturday.",
            "The Buckeyes are 9-0.",
        ],
    ),
    (
        "Final: Chiefs 38, Eagles 35. Patrick Mahomes was named MVP.",
        &[
            "Final: Chiefs 38, Eagles 35.",
            "Patrick Mahomes was named MVP.",
        ],
    ),
    // Wire copy.
    (
        "WASHINGTON (AP) — The Senate passed the bill 68-32 on Tuesday. It now heads to the House.",
        &[
            "WASHINGTON (AP) — The Senate passed the bill 68-32 on Tuesday.",
            "It now heads to the House.",
        ],
    ),
    (
        "WASHINGTON, DC.- The U.S. Department of Justice has confirmed the plan.",
        &["WASHINGTON, DC.- The U.S. Department of Justice has confirmed the plan."],
    ),
    (
        "NEW YORK (Reuters) - Stocks fell on Friday. The Nasdaq lost 2.1%.",
        &[
            "NEW YORK (Reuters) - Stocks fell on Friday.",
            "The Nasdaq lost 2.1%.",
        ],
    ),
    (
        "Copyright 2024 The Associated Press. All rights reserved. This material may not be published.",
        &[
            "Copyright 2024 The Associated Press.",
            "All rights reserved.",
            "This material may not be published.",
        ],
    ),
    (
        "The first paragraph ends here\n\nThe second paragraph starts here.",
        &[
            "The first paragraph ends here",
            "The second paragraph starts here.",
        ],
    ),
    // Names and typography from outside ASCII.
    (
        "José Martínez, 34, was charged. His lawyer, Ana Núñez, said he is innocent.",
        &[
            "José Martínez, 34, was charged.",
            "His lawyer, Ana Núñez, said he is innocent.",
        ],
    ),
    (
        "The minister — who resigned in March — denied wrongdoing. Élisabeth Borne did not comment.",
        &[
            "The minister — who resigned in March — denied wrongdoing.",
            "Élisabeth Borne did not comment.",
        ],
    ),
    (
        "The fee rose to $1.5\u{a0}billion. Mr.\u{a0}Smith called it 3.2\u{a0}% too high.",
        &[
            "The fee rose to $1.5\u{a0}billion.",
            "Mr.\u{a0}Smith called it 3.2\u{a0}% too high.",
        ],
    ),
];
