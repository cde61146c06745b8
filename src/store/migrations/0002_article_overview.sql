-- The desk's overview (`factdesk articles`), kept in the same transaction as every write so that
-- listing ten thousand articles reads one row each instead of recomputing every statement's
-- status, staleness and the gate. The rows are derived: triggers mark an article dirty whenever
-- something its overview depends on is inserted, and the desk recomputes the dirty ones before
-- the transaction commits. A listing treats a missing or dirty row as unknown and computes it in
-- full. A new table the gate reads needs its own trigger here (in a new migration).

CREATE TABLE article_overview (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id),
    revision    INTEGER NOT NULL,       -- the latest revision's number
    headline    TEXT,
    statements  INTEGER NOT NULL,
    counts      TEXT NOT NULL,          -- JSON: {status: n, "stale": n}
    ready       INTEGER NOT NULL,
    gate        TEXT NOT NULL           -- JSON of model::Gate
);

CREATE TABLE overview_dirty (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id)
);

-- Statement versions, check sources and check items only arrive with a revision or a check, which
-- mark the article already: no trigger per row of those.
CREATE TRIGGER overview_dirty_revision AFTER INSERT ON revisions BEGIN
    INSERT OR IGNORE INTO overview_dirty VALUES (NEW.article_id);
END;
CREATE TRIGGER overview_dirty_check AFTER INSERT ON checks BEGIN
    INSERT OR IGNORE INTO overview_dirty
        SELECT article_id FROM statements WHERE id = NEW.statement_id;
END;
CREATE TRIGGER overview_dirty_finding AFTER INSERT ON findings BEGIN
    INSERT OR IGNORE INTO overview_dirty
        SELECT article_id FROM revisions WHERE id = NEW.revision_id;
END;
CREATE TRIGGER overview_dirty_event AFTER INSERT ON events BEGIN
    INSERT OR IGNORE INTO overview_dirty
        SELECT article_id FROM statements WHERE id = NEW.statement_id
        UNION SELECT article_id FROM revisions WHERE id = NEW.revision_id;
END;

-- Articles stored before this migration get their overview at the next write.
INSERT INTO overview_dirty SELECT id FROM articles;
