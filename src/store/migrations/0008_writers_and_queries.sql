-- Writers and queries (issue 17). A writer is a third role: they read the desk, answer the
-- queries put to them and file revisions; they never check. An article names its writer
-- (append-only: the latest row is the writer), a checker asks the writer about one statement,
-- and the writer's answers and the closing of the query follow as replies. Nothing here is
-- updated or deleted; a query's state is computed from its replies.

-- The role list is a CHECK constraint, which SQLite cannot alter: the table is rebuilt with the
-- same columns in the same order, so every row keeps its hash-chain link. The foreign keys that
-- point at reviewers are checked at commit, when the rebuilt table holds every handle again.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE reviewers_before_writers AS SELECT * FROM reviewers;
DROP TABLE reviewers;
CREATE TABLE reviewers (
    handle     TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('checker', 'editor', 'writer')),
    skills     TEXT NOT NULL,           -- comma-separated tags
    active     INTEGER NOT NULL DEFAULT 1,
    added_at   TEXT NOT NULL,
    added_by   TEXT NOT NULL
);
INSERT INTO reviewers (handle, name, role, skills, active, added_at, added_by)
    SELECT handle, name, role, skills, active, added_at, added_by FROM reviewers_before_writers;
DROP TABLE reviewers_before_writers;
CREATE TRIGGER reviewers_append_only_u BEFORE UPDATE OF handle, name, role, skills, added_at, added_by ON reviewers BEGIN SELECT RAISE(ABORT, 'reviewers change only by deactivation'); END;
CREATE TRIGGER reviewers_append_only_d BEFORE DELETE ON reviewers BEGIN SELECT RAISE(ABORT, 'reviewers are never deleted'); END;

CREATE TABLE article_writers (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id),
    writer      TEXT NOT NULL REFERENCES reviewers(handle),
    named_by    TEXT NOT NULL,
    named_at    TEXT NOT NULL
);
CREATE INDEX article_writers_by_article ON article_writers(article_id, id);

CREATE TABLE queries (
    id           INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES statements(id),
    revision_id  INTEGER NOT NULL REFERENCES revisions(id),   -- the words the question was asked on
    writer       TEXT NOT NULL REFERENCES reviewers(handle),
    text         TEXT NOT NULL,
    asked_by     TEXT NOT NULL REFERENCES reviewers(handle),
    asked_at     TEXT NOT NULL
);
CREATE INDEX queries_by_statement ON queries(statement_id, id);
CREATE INDEX queries_by_writer ON queries(writer, id);

-- An answer (text, optionally a source) or the resolution that closes the query.
CREATE TABLE query_replies (
    id          INTEGER PRIMARY KEY,
    query_id    INTEGER NOT NULL REFERENCES queries(id),
    reply       TEXT NOT NULL CHECK (reply IN ('answer', 'resolve')),
    text        TEXT,
    source_id   INTEGER REFERENCES sources(id),
    replied_by  TEXT NOT NULL REFERENCES reviewers(handle),
    replied_at  TEXT NOT NULL
);
CREATE INDEX query_replies_by_query ON query_replies(query_id, id);

CREATE TRIGGER article_writers_append_only_u BEFORE UPDATE ON article_writers BEGIN SELECT RAISE(ABORT, 'article writers are append-only'); END;
CREATE TRIGGER article_writers_append_only_d BEFORE DELETE ON article_writers BEGIN SELECT RAISE(ABORT, 'article writers are append-only'); END;
CREATE TRIGGER queries_append_only_u BEFORE UPDATE ON queries BEGIN SELECT RAISE(ABORT, 'queries are append-only'); END;
CREATE TRIGGER queries_append_only_d BEFORE DELETE ON queries BEGIN SELECT RAISE(ABORT, 'queries are append-only'); END;
CREATE TRIGGER query_replies_append_only_u BEFORE UPDATE ON query_replies BEGIN SELECT RAISE(ABORT, 'query replies are append-only'); END;
CREATE TRIGGER query_replies_append_only_d BEFORE DELETE ON query_replies BEGIN SELECT RAISE(ABORT, 'query replies are append-only'); END;

-- A checklist's gate may hold on unresolved queries: the overview row must follow them.
CREATE TRIGGER overview_dirty_query AFTER INSERT ON queries BEGIN
    INSERT OR IGNORE INTO overview_dirty
        SELECT article_id FROM statements WHERE id = NEW.statement_id;
END;
CREATE TRIGGER overview_dirty_query_reply AFTER INSERT ON query_replies BEGIN
    INSERT OR IGNORE INTO overview_dirty
        SELECT s.article_id FROM queries q JOIN statements s ON s.id = q.statement_id
        WHERE q.id = NEW.query_id;
END;
