//! News cases about structure: quotations, parentheses, lists, addresses, citations, headings,
//! sports results, wire copy and typography from outside ASCII.

pub(super) const CASES: &[(&str, &[&str])] = &[
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
