-- Tamper evidence (issue 11). Shipped migrations are never edited: a change is a new file.
--
-- 1. factdesk's marker in the file header, so a command recognises its own database before it
--    touches it (src/store/open.rs).
-- 2. Checklists are stored once, by the SHA-256 of their text; which one an article uses, from
--    when and on whose word, is an append-only row. The old per-article copies
--    (articles.checklist_yaml) are moved here and dropped by the migration's Rust step
--    (src/store/chain/upgrade.rs), which can compute the hashes.
-- 3. The chain: one row per row of every append-only table, in the order they were written,
--    each carrying SHA-256(previous link of the same chain, table, key, the row's content).
--    One chain per article, one for the desk (reviewers, sources, checklists). The store
--    appends to it on every insert (src/store/chain.rs); `factdesk verify` walks it.
-- 4. Triggers refuse UPDATE and DELETE on every table the model never changes.

PRAGMA application_id = 1717859179; -- "fdsk"

CREATE TABLE checklists (
    hash       TEXT PRIMARY KEY,        -- SHA-256 of yaml, lowercase hex: the text's own name
    name       TEXT NOT NULL,
    yaml       TEXT NOT NULL,
    stored_at  TEXT NOT NULL,
    stored_by  TEXT NOT NULL
);

-- The checklist an article uses: the latest row wins. Choosing one other than the desk's default
-- or one that relaxes the default gate is an editor's act; `note` says what was relaxed.
CREATE TABLE article_checklists (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    checklist  TEXT NOT NULL REFERENCES checklists(hash),
    chosen_by  TEXT NOT NULL,
    chosen_at  TEXT NOT NULL,
    note       TEXT
);
CREATE INDEX article_checklists_by_article ON article_checklists(article_id, id);

CREATE TABLE chain (
    seq        INTEGER PRIMARY KEY,
    article_id INTEGER,                 -- NULL: the desk's own chain
    tbl        TEXT NOT NULL,
    row_key    TEXT NOT NULL,           -- JSON array of the row's key columns
    columns    INTEGER NOT NULL,        -- how many of the row's columns the hash covers
    link       BLOB NOT NULL            -- SHA-256(previous link, tbl, row_key, row hash)
);
CREATE INDEX chain_by_article ON chain(article_id, seq);
CREATE UNIQUE INDEX chain_by_row ON chain(tbl, row_key);

-- The foreign key from check_sources to sources is looked up when a source is inserted.
CREATE INDEX check_sources_by_source ON check_sources(source_id);

CREATE TRIGGER articles_append_only_u BEFORE UPDATE ON articles BEGIN SELECT RAISE(ABORT, 'articles are append-only'); END;
CREATE TRIGGER articles_append_only_d BEFORE DELETE ON articles BEGIN SELECT RAISE(ABORT, 'articles are append-only'); END;
CREATE TRIGGER statements_append_only_u BEFORE UPDATE ON statements BEGIN SELECT RAISE(ABORT, 'statements are append-only'); END;
CREATE TRIGGER statements_append_only_d BEFORE DELETE ON statements BEGIN SELECT RAISE(ABORT, 'statements are append-only'); END;
-- A reviewer may be deactivated and reactivated (an event records it); nothing else changes.
CREATE TRIGGER reviewers_append_only_u BEFORE UPDATE OF handle, name, role, skills, added_at, added_by ON reviewers BEGIN SELECT RAISE(ABORT, 'reviewers change only by deactivation'); END;
CREATE TRIGGER reviewers_append_only_d BEFORE DELETE ON reviewers BEGIN SELECT RAISE(ABORT, 'reviewers are never deleted'); END;
CREATE TRIGGER checklists_append_only_u BEFORE UPDATE ON checklists BEGIN SELECT RAISE(ABORT, 'checklists are append-only'); END;
CREATE TRIGGER checklists_append_only_d BEFORE DELETE ON checklists BEGIN SELECT RAISE(ABORT, 'checklists are append-only'); END;
CREATE TRIGGER article_checklists_append_only_u BEFORE UPDATE ON article_checklists BEGIN SELECT RAISE(ABORT, 'checklist choices are append-only'); END;
CREATE TRIGGER article_checklists_append_only_d BEFORE DELETE ON article_checklists BEGIN SELECT RAISE(ABORT, 'checklist choices are append-only'); END;
CREATE TRIGGER chain_append_only_u BEFORE UPDATE ON chain BEGIN SELECT RAISE(ABORT, 'the chain is append-only'); END;
CREATE TRIGGER chain_append_only_d BEFORE DELETE ON chain BEGIN SELECT RAISE(ABORT, 'the chain is append-only'); END;
