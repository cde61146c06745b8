-- Publication and corrections (issue 17). A publication records which revision went out, when
-- and by whom, and, when the gate was not ready, the editor's reason for overriding it with the
-- gate as it stood. A correction after publication is linked to the statement, the publication
-- it corrects, the check the published words rested on and the source of the correction.
-- Append-only and chained, like every record of who decided what.

CREATE TABLE publications (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id),
    revision_id     INTEGER NOT NULL REFERENCES revisions(id),
    override_reason TEXT,               -- set when the gate was blocked: the editor's reason
    gate            TEXT NOT NULL,      -- JSON of model::Gate when published
    published_by    TEXT NOT NULL REFERENCES reviewers(handle),
    published_at    TEXT NOT NULL
);
CREATE INDEX publications_by_article ON publications(article_id, id);

CREATE TABLE corrections (
    id             INTEGER PRIMARY KEY,
    statement_id   INTEGER NOT NULL REFERENCES statements(id),
    publication_id INTEGER NOT NULL REFERENCES publications(id),
    check_id       INTEGER REFERENCES checks(id),   -- the check the published words rested on
    text           TEXT NOT NULL,                   -- the statement's words as published
    note           TEXT NOT NULL,
    source_id      INTEGER REFERENCES sources(id),
    corrected_by   TEXT NOT NULL REFERENCES reviewers(handle),
    corrected_at   TEXT NOT NULL
);
CREATE INDEX corrections_by_statement ON corrections(statement_id, id);

CREATE TRIGGER publications_append_only_u BEFORE UPDATE ON publications BEGIN SELECT RAISE(ABORT, 'publications are append-only'); END;
CREATE TRIGGER publications_append_only_d BEFORE DELETE ON publications BEGIN SELECT RAISE(ABORT, 'publications are append-only'); END;
CREATE TRIGGER corrections_append_only_u BEFORE UPDATE ON corrections BEGIN SELECT RAISE(ABORT, 'corrections are append-only'); END;
CREATE TRIGGER corrections_append_only_d BEFORE DELETE ON corrections BEGIN SELECT RAISE(ABORT, 'corrections are append-only'); END;
