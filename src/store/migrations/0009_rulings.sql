-- Rulings (issue 17): an editor's decision on a disputed statement (keep, change to a given
-- wording, or cut), with the reason, tied to the disputed check it settles. Append-only; a
-- dispute is open while its statement's latest check is disputed and no ruling names that check.

CREATE TABLE rulings (
    id           INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES statements(id),
    check_id     INTEGER NOT NULL REFERENCES checks(id),
    revision_id  INTEGER NOT NULL REFERENCES revisions(id),
    decision     TEXT NOT NULL CHECK (decision IN ('keep', 'change', 'cut')),
    wording      TEXT,                  -- for 'change': the words the statement must take
    text         TEXT NOT NULL,         -- the statement's words ruled on
    reason       TEXT NOT NULL,
    ruled_by     TEXT NOT NULL REFERENCES reviewers(handle),
    ruled_at     TEXT NOT NULL
);
CREATE INDEX rulings_by_statement ON rulings(statement_id, id);

CREATE TRIGGER rulings_append_only_u BEFORE UPDATE ON rulings BEGIN SELECT RAISE(ABORT, 'rulings are append-only'); END;
CREATE TRIGGER rulings_append_only_d BEFORE DELETE ON rulings BEGIN SELECT RAISE(ABORT, 'rulings are append-only'); END;

-- The gate reads rulings: the article's overview row must be recomputed.
CREATE TRIGGER overview_dirty_ruling AFTER INSERT ON rulings BEGIN
    INSERT OR IGNORE INTO overview_dirty
        SELECT article_id FROM statements WHERE id = NEW.statement_id;
END;
