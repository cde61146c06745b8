-- An editor's dismissal of one finding on one article, with the reason: a false positive no
-- longer blocks the gate. A finding is named by a key made of its rule, its message and the words
-- it is about, so a revision that changes those words brings it back. Append-only, like every
-- record of who decided what.

CREATE TABLE finding_dismissals (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id),
    finding_key  TEXT NOT NULL,
    rule         TEXT NOT NULL,         -- the finding as it read when dismissed
    message      TEXT NOT NULL,
    revision     INTEGER NOT NULL,      -- the revision it was dismissed on
    reason       TEXT NOT NULL,
    dismissed_by TEXT NOT NULL,
    dismissed_at TEXT NOT NULL
);
CREATE INDEX finding_dismissals_by_article ON finding_dismissals(article_id, finding_key);

CREATE TRIGGER finding_dismissals_append_only_u BEFORE UPDATE ON finding_dismissals BEGIN SELECT RAISE(ABORT, 'dismissals are append-only'); END;
CREATE TRIGGER finding_dismissals_append_only_d BEFORE DELETE ON finding_dismissals BEGIN SELECT RAISE(ABORT, 'dismissals are append-only'); END;

-- The gate reads dismissals: the article's overview row must be recomputed (migration 0002).
CREATE TRIGGER overview_dirty_dismissal AFTER INSERT ON finding_dismissals BEGIN
    INSERT OR IGNORE INTO overview_dirty VALUES (NEW.article_id);
END;
