-- Elements (issue 10): where each statement stands on the page, and the named parts of each
-- revision's text that are not statements, so that nothing on the page escapes the desk.
-- Statements stored before this migration were all read from body text: they are `body`.

ALTER TABLE statement_versions ADD COLUMN element TEXT NOT NULL DEFAULT 'body';

-- The parts of a revision that are not statements (byline, dateline, labels...), in text order.
-- Revisions stored before this migration have none here: the desk reads them from the text.
CREATE TABLE revision_parts (
    revision_id INTEGER NOT NULL REFERENCES revisions(id),
    ordinal     INTEGER NOT NULL,
    kind        TEXT NOT NULL,          -- model::PartKind
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    text        TEXT NOT NULL,          -- exactly the spanned bytes
    PRIMARY KEY (revision_id, ordinal)
) WITHOUT ROWID;

-- An editor's word that the parts of a revision (byline, labels...) are right: changes to parts
-- hold the gate until one is recorded for the revision that made them, or a later one.
CREATE TABLE element_confirmations (
    id           INTEGER PRIMARY KEY,
    revision_id  INTEGER NOT NULL REFERENCES revisions(id),
    confirmed_by TEXT NOT NULL REFERENCES reviewers(handle),
    confirmed_at TEXT NOT NULL,
    note         TEXT
);
CREATE INDEX element_confirmations_by_revision ON element_confirmations(revision_id, id);

CREATE TRIGGER revision_parts_append_only_u BEFORE UPDATE ON revision_parts BEGIN SELECT RAISE(ABORT, 'revision parts are append-only'); END;
CREATE TRIGGER revision_parts_append_only_d BEFORE DELETE ON revision_parts BEGIN SELECT RAISE(ABORT, 'revision parts are append-only'); END;
CREATE TRIGGER element_confirmations_append_only_u BEFORE UPDATE ON element_confirmations BEGIN SELECT RAISE(ABORT, 'confirmations are append-only'); END;
CREATE TRIGGER element_confirmations_append_only_d BEFORE DELETE ON element_confirmations BEGIN SELECT RAISE(ABORT, 'confirmations are append-only'); END;

-- A confirmation changes the gate: the article's overview is recomputed.
CREATE TRIGGER overview_dirty_confirmation AFTER INSERT ON element_confirmations BEGIN
    INSERT OR IGNORE INTO overview_dirty
        SELECT article_id FROM revisions WHERE id = NEW.revision_id;
END;
