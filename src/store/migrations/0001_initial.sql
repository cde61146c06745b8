-- factdesk schema, version 1. Shipped migrations are never edited: a change is a new file.
-- Append-only tables (revisions, statement_versions, assignments, checks, check_sources,
-- check_items, events, findings) refuse UPDATE and DELETE through triggers: history is never
-- rewritten, whatever client writes to the file.

CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    desk        TEXT,
    checklist   TEXT NOT NULL,          -- the checklist's name
    checklist_yaml TEXT NOT NULL,       -- its text when the article was ingested: reports stay reproducible
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);

CREATE TABLE revisions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id),
    number      INTEGER NOT NULL,
    text        TEXT NOT NULL,          -- exactly as received
    metadata    TEXT NOT NULL,          -- JSON of model::Metadata
    file_name   TEXT,
    received_at TEXT NOT NULL,
    received_by TEXT NOT NULL,
    UNIQUE (article_id, number)
);

-- A statement's identity across revisions: the id survives edits and moves.
CREATE TABLE statements (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id),
    first_revision INTEGER NOT NULL,
    derived_from  INTEGER REFERENCES statements(id)   -- the statement it was split from
);
CREATE INDEX statements_by_article ON statements(article_id);

-- A statement as it stands in one revision.
CREATE TABLE statement_versions (
    revision_id  INTEGER NOT NULL REFERENCES revisions(id),
    statement_id INTEGER NOT NULL REFERENCES statements(id),
    paragraph    INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    text         TEXT NOT NULL,
    kinds        INTEGER NOT NULL,      -- model::KindSet bits
    change       TEXT NOT NULL,         -- unchanged | moved | modified | added (against the previous revision)
    PRIMARY KEY (revision_id, statement_id)
) WITHOUT ROWID;
CREATE INDEX statement_versions_by_statement ON statement_versions(statement_id, revision_id);

CREATE TABLE reviewers (
    handle     TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('checker', 'editor')),
    skills     TEXT NOT NULL,           -- comma-separated tags
    active     INTEGER NOT NULL DEFAULT 1,
    added_at   TEXT NOT NULL,
    added_by   TEXT NOT NULL
);

-- Hand-overs, oldest first; the latest row per statement is its current assignee (NULL: none).
CREATE TABLE assignments (
    id           INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES statements(id),
    reviewer     TEXT REFERENCES reviewers(handle),
    assigned_by  TEXT NOT NULL,
    assigned_at  TEXT NOT NULL
);
CREATE INDEX assignments_by_statement ON assignments(statement_id, id);
CREATE INDEX assignments_by_reviewer ON assignments(reviewer, statement_id);

CREATE TABLE sources (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    citation     TEXT NOT NULL,
    contact      TEXT NOT NULL DEFAULT '',
    contacted_on TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, citation, contact, contacted_on)
);

CREATE TABLE checks (
    id           INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES statements(id),
    revision_id  INTEGER NOT NULL REFERENCES revisions(id),
    status       TEXT NOT NULL,
    note         TEXT,
    text         TEXT NOT NULL,         -- the exact words the verdict was made on
    checked_by   TEXT NOT NULL REFERENCES reviewers(handle),
    checked_at   TEXT NOT NULL
);
CREATE INDEX checks_by_statement ON checks(statement_id, id);

CREATE TABLE check_sources (
    check_id  INTEGER NOT NULL REFERENCES checks(id),
    source_id INTEGER NOT NULL REFERENCES sources(id),
    ordinal   INTEGER NOT NULL,
    PRIMARY KEY (check_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE check_items (
    check_id INTEGER NOT NULL REFERENCES checks(id),
    item     TEXT NOT NULL,
    PRIMARY KEY (check_id, item)
) WITHOUT ROWID;

-- Everything else that happens to a statement: text changes across revisions, retirement,
-- splits and merges, reviewer changes. Old and new value, who and when.
CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    statement_id INTEGER REFERENCES statements(id),
    revision_id  INTEGER REFERENCES revisions(id),
    event        TEXT NOT NULL,
    old_value    TEXT,
    new_value    TEXT,
    actor        TEXT NOT NULL,
    at           TEXT NOT NULL
);
CREATE INDEX events_by_statement ON events(statement_id, id);

CREATE TABLE findings (
    id           INTEGER PRIMARY KEY,
    revision_id  INTEGER NOT NULL REFERENCES revisions(id),
    rule         TEXT NOT NULL,
    level        TEXT NOT NULL,
    message      TEXT NOT NULL,
    statement_ids TEXT NOT NULL,        -- JSON array of statement ids
    span_start   INTEGER,
    span_end     INTEGER
);
CREATE INDEX findings_by_revision ON findings(revision_id);

CREATE TRIGGER revisions_append_only_u BEFORE UPDATE ON revisions BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
CREATE TRIGGER revisions_append_only_d BEFORE DELETE ON revisions BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
CREATE TRIGGER statement_versions_append_only_u BEFORE UPDATE ON statement_versions BEGIN SELECT RAISE(ABORT, 'statement versions are append-only'); END;
CREATE TRIGGER statement_versions_append_only_d BEFORE DELETE ON statement_versions BEGIN SELECT RAISE(ABORT, 'statement versions are append-only'); END;
CREATE TRIGGER assignments_append_only_u BEFORE UPDATE ON assignments BEGIN SELECT RAISE(ABORT, 'assignments are append-only'); END;
CREATE TRIGGER assignments_append_only_d BEFORE DELETE ON assignments BEGIN SELECT RAISE(ABORT, 'assignments are append-only'); END;
CREATE TRIGGER checks_append_only_u BEFORE UPDATE ON checks BEGIN SELECT RAISE(ABORT, 'checks are append-only'); END;
CREATE TRIGGER checks_append_only_d BEFORE DELETE ON checks BEGIN SELECT RAISE(ABORT, 'checks are append-only'); END;
CREATE TRIGGER check_sources_append_only_u BEFORE UPDATE ON check_sources BEGIN SELECT RAISE(ABORT, 'check sources are append-only'); END;
CREATE TRIGGER check_sources_append_only_d BEFORE DELETE ON check_sources BEGIN SELECT RAISE(ABORT, 'check sources are append-only'); END;
CREATE TRIGGER check_items_append_only_u BEFORE UPDATE ON check_items BEGIN SELECT RAISE(ABORT, 'check items are append-only'); END;
CREATE TRIGGER check_items_append_only_d BEFORE DELETE ON check_items BEGIN SELECT RAISE(ABORT, 'check items are append-only'); END;
CREATE TRIGGER events_append_only_u BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER events_append_only_d BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER findings_append_only_u BEFORE UPDATE ON findings BEGIN SELECT RAISE(ABORT, 'findings are append-only'); END;
CREATE TRIGGER findings_append_only_d BEFORE DELETE ON findings BEGIN SELECT RAISE(ABORT, 'findings are append-only'); END;
CREATE TRIGGER sources_append_only_u BEFORE UPDATE ON sources BEGIN SELECT RAISE(ABORT, 'sources are append-only'); END;
CREATE TRIGGER sources_append_only_d BEFORE DELETE ON sources BEGIN SELECT RAISE(ABORT, 'sources are append-only'); END;
