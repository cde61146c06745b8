//! One table a rule: the cases behind each boundary rule added for standard annotation (issue
//! 10), as the treebanks and news copy draw them. Run through the same comparison as the news
//! cases' `check` helper, named by rule in a failure.

/// Inputs and the sentences each must give.
pub(super) type Cases = &'static [(&'static str, &'static [&'static str])];

/// Every table, by rule.
pub(super) const ALL: &[(&str, Cases)] = &[
    ("quotations of several sentences", QUOTATIONS),
    ("parentheses and brackets", PARENTHESES),
    ("lowercase sentence starts", LOWERCASE_STARTS),
    ("abbreviations", ABBREVIATIONS),
    ("names with a dot or !", NAMES),
    ("ellipses, rule lines, no-break spaces", MARKS_AND_SPACES),
    ("tokenised copy", TOKENISED),
];

/// A quotation of several sentences is several sentences; the attribution stays with the one it
/// closes.
pub(super) const QUOTATIONS: &[(&str, &[&str])] = &[
    (
        "\"Cool clock, Ahmed. Want to bring it to the White House? We should inspire more kids,\" said the president.",
        &[
            "\"Cool clock, Ahmed.",
            "Want to bring it to the White House?",
            "We should inspire more kids,\" said the president.",
        ],
    ),
    (
        "“Pregnant women are getting half of what they need. So that alarms me,” he said. Officials disagreed.",
        &[
            "“Pregnant women are getting half of what they need.",
            "So that alarms me,” he said.",
            "Officials disagreed.",
        ],
    ),
    // A quotation ending in `!` or `?` before a short clause of a name and a verb not on the
    // list of speech verbs: its attribution.
    (
        "\"Wonderful!\" Winston beams. The hall fell silent.",
        &["\"Wonderful!\" Winston beams.", "The hall fell silent."],
    ),
    (
        "“Is this it?” Maria Lopez wondered aloud. Nobody answered.",
        &[
            "“Is this it?” Maria Lopez wondered aloud.",
            "Nobody answered.",
        ],
    ),
    // A sentence that merely follows a quoted question is not its attribution.
    (
        "\"Why now?\" The committee never answered the question in its report.",
        &[
            "\"Why now?\"",
            "The committee never answered the question in its report.",
        ],
    ),
    // Oddly spaced marks, as tokenised copy has them: the quotation never runs on.
    (
        "“ We ’re looking at that entire process … . ” The review starts Monday. It ends in May.",
        &[
            "“ We ’re looking at that entire process … . ”",
            "The review starts Monday.",
            "It ends in May.",
        ],
    ),
    // A quotation closed with the opening glyph, as careless software writes it.
    (
        "He called it a “misguided decision.“ However, the center gets the seats.",
        &[
            "He called it a “misguided decision.“",
            "However, the center gets the seats.",
        ],
    ),
    // A stray opening mark never swallows the paragraph.
    (
        "He said \"we will see. Officials declined to comment. The talks resume Friday.",
        &[
            "He said \"we will see.",
            "Officials declined to comment.",
            "The talks resume Friday.",
        ],
    ),
];

/// Sentences inside parentheses are sentences; inside brackets a number does not start one; an
/// aside in brackets after a finished sentence is its own.
pub(super) const PARENTHESES: &[(&str, &[&str])] = &[
    (
        "What if Google built an operating system? [via Microsoft Watch from Mary Jo Foley ]",
        &[
            "What if Google built an operating system?",
            "[via Microsoft Watch from Mary Jo Foley ]",
        ],
    ),
    (
        "The vote was close (It was 51-49. Two senators were absent.) and the bill passed.",
        &[
            "The vote was close (It was 51-49.",
            "Two senators were absent.) and the bill passed.",
        ],
    ),
    (
        "See the reference [page. 42] for details. It helps.",
        &["See the reference [page. 42] for details.", "It helps."],
    ),
];

/// A lowercase word starts a sentence on strong evidence only.
pub(super) const LOWERCASE_STARTS: &[(&str, &[&str])] = &[
    (
        "The guide was posted online. eHow later removed it.",
        &["The guide was posted online.", "eHow later removed it."],
    ),
    (
        "Sales doubled in March. iPhone shipments led the gain.",
        &["Sales doubled in March.", "iPhone shipments led the gain."],
    ),
    (
        "your retarded. i used to have one. they are great dogs.",
        &[
            "your retarded.",
            "i used to have one.",
            "they are great dogs.",
        ],
    ),
    // A subject pronoun or `the` after an ordinary word's full stop: careless text.
    (
        "The food was great. the service was slow. i will come back.",
        &[
            "The food was great.",
            "the service was slow.",
            "i will come back.",
        ],
    ),
    // ... but not after a quotation, where it is the attribution, nor after a clock time.
    (
        "She turned to him, \"This is great.\" she said.",
        &["She turned to him, \"This is great.\" she said."],
    ),
    ("At 6a.m. the birds sing.", &["At 6a.m. the birds sing."]),
    // Without the evidence, a lowercase word carries the sentence on.
    (
        "He paid 5 dollars. and then he left.",
        &["He paid 5 dollars. and then he left."],
    ),
    (
        "It was built in 1920 by Smith et al. in Ohio.",
        &["It was built in 1920 by Smith et al. in Ohio."],
    ),
];

/// Abbreviations: `etc.` closes a list, plural titles never end a sentence, a state before a ZIP
/// code is inside an address.
pub(super) const ABBREVIATIONS: &[(&str, &[&str])] = &[
    (
        "The grant covered travel, field work, etc. Manuscript review took four months.",
        &[
            "The grant covered travel, field work, etc.",
            "Manuscript review took four months.",
        ],
    ),
    (
        "Apples, pears, etc. and other fruit.",
        &["Apples, pears, etc. and other fruit."],
    ),
    (
        "Drs. Jane Liu and Omar Khan led the trial. It ended in May.",
        &[
            "Drs. Jane Liu and Omar Khan led the trial.",
            "It ended in May.",
        ],
    ),
    (
        "Write to 1600 Pennsylvania Ave., Washington, D.C. 20006 by Friday. Letters are read.",
        &[
            "Write to 1600 Pennsylvania Ave., Washington, D.C. 20006 by Friday.",
            "Letters are read.",
        ],
    ),
];

/// Names with a full stop or `!` inside.
pub(super) const NAMES: &[(&str, &[&str])] = &[
    (
        "The story ran on Newsfeed.Com last week. It was wrong.",
        &["The story ran on Newsfeed.Com last week.", "It was wrong."],
    ),
    (
        "She bought it from Animals R Us.Net in May.",
        &["She bought it from Animals R Us.Net in May."],
    ),
    (
        "He checks his Yahoo! Mail account daily. It is full.",
        &["He checks his Yahoo! Mail account daily.", "It is full."],
    ),
    // A glued full stop before an ordinary word still splits.
    (
        "Hello world.Today is Monday.",
        &["Hello world.", "Today is Monday."],
    ),
];

/// Ellipses before `I`; wire sign-offs; no-break spaces.
pub(super) const MARKS_AND_SPACES: &[(&str, &[&str])] = &[
    (
        "I waited and waited... I never heard back.",
        &["I waited and waited...", "I never heard back."],
    ),
    (
        "I was tired ... I went home early.",
        &["I was tired ...", "I went home early."],
    ),
    (
        "I wasn’t really . . . I didn’t mean it.",
        &["I wasn’t really . . . I didn’t mean it."],
    ),
    (
        "Stocks closed higher on Friday. ___ Marley Jay can be reached at http://twitter.com/MarleyJayAP",
        &[
            "Stocks closed higher on Friday.",
            "___",
            "Marley Jay can be reached at http://twitter.com/MarleyJayAP",
        ],
    ),
    (
        "We were --- in a sense --- lucky. It ended well.",
        &["We were --- in a sense --- lucky.", "It ended well."],
    ),
    (
        "The vote was delayed.\u{a0}Officials gave no reason.",
        &["The vote was delayed.", "Officials gave no reason."],
    ),
    (
        "Mr.\u{a0}Smith paid $1.5\u{a0}billion.",
        &["Mr.\u{a0}Smith paid $1.5\u{a0}billion."],
    ),
];

/// Tokenised copy, as corpora and some feeds write it: marks set off by spaces.
pub(super) const TOKENISED: &[(&str, &[&str])] = &[
    (
        "Hello Mr . Robinson how are you today ? I am fine .",
        &["Hello Mr . Robinson how are you today ?", "I am fine ."],
    ),
    (
        "'' The internet exploded with questions , '' she wrote . '' Why did n't she leave ?",
        &[
            "'' The internet exploded with questions , '' she wrote .",
            "'' Why did n't she leave ?",
        ],
    ),
    (
        "“ We ’re done . ” “ We leave now . ”",
        &["“ We ’re done . ”", "“ We leave now . ”"],
    ),
];
