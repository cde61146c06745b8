-- Bulk ingest fills the search index once per batch (issue 14 item 2). FTS5 writes its pending
-- rows to disk at every statement's savepoint, so the version trigger of 0007, one row per
-- statement, cost a flush per statement and then the merging of thousands of tiny segments:
-- a fifth of a bulk ingest's time. While a write holds the index (a row in `search_held`,
-- inserted and deleted inside that write's own transaction, so no other connection ever sees
-- it), the trigger leaves the index alone, and the write fills it for its new revisions in one
-- statement before it commits. Every other write is indexed by the trigger, as before.

CREATE TABLE search_held (
    held INTEGER PRIMARY KEY CHECK (held = 1)
);

DROP TRIGGER search_text_version;
CREATE TRIGGER search_text_version AFTER INSERT ON statement_versions
WHEN NOT EXISTS (SELECT 1 FROM search_held) BEGIN
    UPDATE search_text SET text = NEW.text
        WHERE rowid = NEW.statement_id AND text IS NOT NEW.text;
    INSERT INTO search_text (rowid, text, notes)
        SELECT NEW.statement_id, NEW.text, ''
        WHERE NOT EXISTS (SELECT 1 FROM search_text WHERE rowid = NEW.statement_id);
END;
