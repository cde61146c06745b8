-- Twin of ../../migrations/0014_search_held.sql: while a write holds the search index (a row in
-- `search_held`, inside that write's own transaction), the version trigger leaves the index
-- alone and the write fills it for its new revisions in one statement before it commits.

CREATE TABLE search_held (
    held BIGINT PRIMARY KEY CHECK (held = 1)
);

CREATE OR REPLACE FUNCTION factdesk_search_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM search_held) THEN
        RETURN NULL;
    END IF;
    INSERT INTO search_text (statement_id, text) VALUES (NEW.statement_id, NEW.text)
        ON CONFLICT (statement_id) DO UPDATE SET text = EXCLUDED.text
        WHERE search_text.text IS DISTINCT FROM EXCLUDED.text;
    RETURN NULL;
END;
$$;
