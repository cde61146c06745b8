//! A hand-made report for the renderers' tests: every status that matters to an editor, a stale
//! verification, hostile text (a `<script>` in the article, an `onerror=` attribute in a quote, a
//! `javascript:` citation), a pipe and a newline in a note, multibyte characters, a URL longer
//! than a terminal line, changes of every kind and findings at two levels.

use crate::model::{
    Byline, Change, Diff, Dismissal, Element, Gate, GateReason, Kind, KindSet, Level, Published,
    Role, SinceCheck, Source, SourceKind, Span, Statement, StatementChange, StatementId, Status,
    WordEdit, WordOp,
};

use super::{Counts, Progress, Report, ReportFinding, ReviewerLoad, SCHEMA_VERSION};

pub const HEADLINE: &str = "CIA To Join Mexican Raids <script>alert(1)</script>";

/// Paragraphs one per line, as the seed articles come; a blank line before the last one.
pub const TEXT: &str = "CIA To Join Mexican Raids <script>alert(1)</script>\n\
Saturday, January 17, 2026, 7:30 A.M. ET. By Ana Ruiz, Political Editor\n\
WASHINGTON, DC.- The U.S. Department of Justice confirmed on Friday that CIA officers will \
join Mexican raids. \"We are ready,\" said Ana Ruiz <img src=x onerror=alert(2)>.\n\
Officials said the operations would cost $2.5 billion over three years, the largest such \
programme ever. Mexico’s president, Claudia Sheinbaum, called the plan «a matter of \
sovereignty».\n\
\n\
Analysis: the deal marks a turning point in a relationship long defined by mistrust.\n";

pub const LONG_URL: &str = "https://www.justice.gov/opa/pr/justice-department-confirms-cia-support-for-mexican-operations-against-cartels?utm_source=wire&ref=a";

/// A statement of [`TEXT`], placed by finding its words there.
fn placed(id: i64, paragraph: u32, position: u32, text: &str) -> Statement {
    let start = TEXT.find(text).expect("fixture statement is in the text");
    Statement {
        id: StatementId(id),
        article: "cia-mexico".to_string(),
        revision: 2,
        paragraph,
        position,
        text: text.to_string(),
        span: Span::new(start, start + text.len()),
        kinds: KindSet::EMPTY,
        element: Element::Body,
        reasons: Default::default(),
        status: Status::Unchecked,
        stale: false,
        assignee: None,
        sources: vec![],
        note: None,
        items: vec![],
        excepted: vec![],
        checked_by: None,
        checked_at: None,
        expiry: None,
    }
}

/// A bare statement with a status, for counting.
pub fn statement(id: i64, status: Status, stale: bool) -> Statement {
    let mut statement = placed(id, 1, id as u32, "Officials said");
    statement.status = status;
    statement.stale = stale;
    statement
}

fn kinds(kinds: &[Kind]) -> KindSet {
    kinds.iter().copied().collect()
}

fn checked(statement: &mut Statement, status: Status, by: &str, at: &str) {
    statement.status = status;
    statement.checked_by = Some(by.to_string());
    statement.checked_at = Some(at.parse().expect("a fixture time is RFC 3339"));
}

fn statements() -> Vec<Statement> {
    let mut doj = placed(
        1,
        3,
        1,
        "WASHINGTON, DC.- The U.S. Department of Justice confirmed on Friday that CIA officers \
         will join Mexican raids.",
    );
    doj.kinds = kinds(&[Kind::Date, Kind::Name, Kind::Place]);
    doj.assignee = Some("ana".to_string());
    checked(&mut doj, Status::Verified, "ana", "2026-01-16T14:05:00Z");
    doj.sources = vec![
        Source {
            kind: SourceKind::Web,
            citation: LONG_URL.to_string(),
            contact: None,
            contacted_on: None,
            confidential: None,
        },
        Source::parse_short("interview:Ana Ruiz, DOJ spokeswoman, 2026-01-16").unwrap(),
    ];

    let mut quote = placed(
        2,
        3,
        2,
        "\"We are ready,\" said Ana Ruiz <img src=x onerror=alert(2)>.",
    );
    quote.kinds = kinds(&[Kind::Quote, Kind::Name, Kind::Attribution]);
    quote.assignee = Some("bo".to_string());
    checked(&mut quote, Status::Incorrect, "bo", "2026-01-16T15:30:00Z");
    quote.sources = vec![Source {
        kind: SourceKind::Web,
        citation: "javascript:alert(document.cookie)".to_string(),
        contact: None,
        contacted_on: None,
        confidential: None,
    }];
    quote.note = Some(
        "The transcript says \"We are prepared\" | not \"ready\".\nAsk the writer to fix the quote."
            .to_string(),
    );

    let mut cost = placed(
        3,
        4,
        1,
        "Officials said the operations would cost $2.5 billion over three years, the largest \
         such programme ever.",
    );
    cost.kinds = kinds(&[
        Kind::Figure,
        Kind::Date,
        Kind::AnonymousSource,
        Kind::Superlative,
    ]);
    cost.assignee = Some("bo".to_string());
    checked(&mut cost, Status::Verified, "bo", "2026-01-16T16:00:00Z");
    cost.stale = true;
    cost.sources = vec![Source::parse_short("data:Budget office, table 4 (p. 12)").unwrap()];

    let mut sovereignty = placed(
        4,
        4,
        2,
        "Mexico’s president, Claudia Sheinbaum, called the plan «a matter of sovereignty».",
    );
    sovereignty.kinds = kinds(&[Kind::Quote, Kind::Name, Kind::Attribution]);
    sovereignty.assignee = Some("ana".to_string());

    let mut analysis = placed(
        5,
        6,
        1,
        "Analysis: the deal marks a turning point in a relationship long defined by mistrust.",
    );
    analysis.kinds = kinds(&[Kind::Opinion]);
    checked(
        &mut analysis,
        Status::Waived,
        "chief",
        "2026-01-16T17:45:00Z",
    );
    analysis.note = Some("Opinion: the writer's analysis, labelled as such.".to_string());

    vec![doj, quote, cost, sovereignty, analysis]
}

fn change(
    change: Change,
    id: i64,
    old_text: Option<&str>,
    new_text: Option<&str>,
) -> StatementChange {
    StatementChange {
        change,
        id: StatementId(id),
        old_text: old_text.map(str::to_string),
        new_text: new_text.map(str::to_string),
        edits: vec![],
        related: None,
    }
}

fn changes(statements: &[Statement]) -> Diff {
    let text = |i: usize| Some(statements[i].text.as_str());
    let mut cost = change(
        Change::Modified,
        3,
        Some(
            "Officials said the operations would cost $2 billion over three years, the largest \
             such programme ever.",
        ),
        text(2),
    );
    let edit = |op, text: &str| WordEdit {
        op,
        text: text.to_string(),
    };
    cost.edits = vec![
        edit(WordOp::Equal, "Officials said the operations would cost "),
        edit(WordOp::Delete, "$2"),
        edit(WordOp::Insert, "$2.5"),
        edit(
            WordOp::Equal,
            " billion over three years, the largest such programme ever.",
        ),
    ];
    Diff {
        article: "cia-mexico".to_string(),
        from: 1,
        to: 2,
        elements: vec![],
        changes: vec![
            change(Change::Unchanged, 1, text(0), text(0)),
            change(Change::Moved, 2, text(1), text(1)),
            cost,
            change(Change::Added, 4, None, text(3)),
            change(Change::Unchanged, 5, text(4), text(4)),
            change(
                Change::Removed,
                6,
                Some("The plan was first reported in <b>December</b>."),
                None,
            ),
        ],
    }
}

/// Statement 3 went stale in revision 2: its check, made on revision 1, saw the old words.
fn since_check(changes: &Diff) -> Vec<SinceCheck> {
    let cost = &changes.changes[2];
    vec![SinceCheck {
        id: cost.id,
        checked_revision: 1,
        checked_by: "ana".to_string(),
        checked_at: "2026-01-16T15:00:00Z".parse().unwrap(),
        checked_text: cost.old_text.clone().unwrap_or_default(),
        text: cost.new_text.clone().unwrap_or_default(),
        edits: cost.edits.clone(),
    }]
}

fn reason(code: &str, message: &str, statements: &[StatementId]) -> GateReason {
    GateReason {
        code: code.to_string(),
        message: message.to_string(),
        statements: statements.to_vec(),
    }
}

/// The fixture report: revision 2 of 2 of `cia-mexico`, blocked.
pub fn report() -> Report {
    let statements = statements();
    let changes = changes(&statements);
    Report {
        schema_version: SCHEMA_VERSION,
        article: "cia-mexico".to_string(),
        revision: 2,
        latest_revision: 2,
        headline: Some(HEADLINE.to_string()),
        bylines: vec![Byline {
            name: "Ana Ruiz".to_string(),
            role: Some("Political Editor".to_string()),
        }],
        published: Some(Published {
            raw: "Saturday, January 17, 2026, 7:30 A.M. ET".to_string(),
            date: Some("2026-01-17".to_string()),
            weekday: Some("Saturday".to_string()),
            time: Some("7:30 A.M. ET".to_string()),
        }),
        desk: Some("world".to_string()),
        checklist: "news".to_string(),
        generated_at: "2026-01-17T06:00:00Z".to_string(),
        generated_by: Some("chief".to_string()),
        chain: None,
        gate: Gate {
            ready: false,
            reasons: vec![
                reason(
                    "status:incorrect",
                    "1 statement is incorrect: correct the text or check it again.",
                    &[StatementId(2)],
                ),
                reason(
                    "status:unchecked",
                    "1 statement has not been checked.",
                    &[StatementId(4)],
                ),
                reason(
                    "stale",
                    "1 statement changed after its check: check the new words.",
                    &[StatementId(3)],
                ),
                reason(
                    "finding:error",
                    "1 error-level finding of the automatic checks.",
                    &[StatementId(1)],
                ),
            ],
            next_lapse_at: None,
        },
        counts: Counts::from_statements(&statements),
        progress: Progress::from_statements(&statements),
        reviewers: vec![
            ReviewerLoad {
                handle: "ana".to_string(),
                name: "Ana Ruiz".to_string(),
                role: Role::Checker,
                open: 1,
            },
            ReviewerLoad {
                handle: "bo".to_string(),
                name: "Bo Lindqvist <b>".to_string(),
                role: Role::Checker,
                open: 1,
            },
            ReviewerLoad {
                handle: "chief".to_string(),
                name: "Chris Okafor".to_string(),
                role: Role::Editor,
                open: 0,
            },
        ],
        statements,
        since_check: since_check(&changes),
        changes: Some(changes),
        queries: vec![],
        outlet: None,
        url: None,
        disputes: vec![],
        rulings: vec![],
        findings: vec![
            ReportFinding {
                rule: "weekday-mismatch".to_string(),
                level: Level::Error,
                message: "\"Friday\" is not the weekday of the date the story gives.".to_string(),
                statements: vec![StatementId(1)],
                id: "cia-mexico/3fa9c2e1".to_string(),
                dismissal: None,
            },
            ReportFinding {
                rule: "name-variants".to_string(),
                level: Level::Warning,
                message: "\"Sheinbaum\" is spelled two ways in the article.".to_string(),
                statements: vec![StatementId(4)],
                id: "cia-mexico/b01d5e77".to_string(),
                dismissal: Some(Dismissal {
                    reason: "Two people: the president and her <b>sister</b>.".to_string(),
                    by: "chief".to_string(),
                    at: "2026-01-17T05:00:00Z".parse().unwrap(),
                    revision: 2,
                }),
            },
        ],
        text: TEXT.to_string(),
    }
}

/// The fixture report with statement 2, the quote with an `<img onerror>` in it, partly
/// verified: everything but its attribution, whose words hold the hostile markup.
pub fn partly_verified() -> Report {
    let mut report = report();
    let quote = &mut report.statements[1];
    quote.status = Status::PartlyVerified;
    quote.note = Some("The quote is on the tape; the attribution is not.".to_string());
    quote.excepted = vec!["said Ana Ruiz <img src=x onerror=alert(2)>".to_string()];
    report.gate.reasons[0] = reason(
        "status:partly-verified",
        "1 statement(s) verified except a named part: verify that part too, or have an editor waive it",
        &[StatementId(2)],
    );
    report.counts = Counts::from_statements(&report.statements);
    report
}
