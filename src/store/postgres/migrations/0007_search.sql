-- Twin of ../../migrations/0007_search.sql: one full-text row per statement, its current words
-- and its check notes, kept by triggers in each write's transaction. The document is a tsvector
-- with a GIN index; the words weigh more than the notes (weights A and B), and `unaccent` (a
-- trusted extension since PostgreSQL 13) lets "Ramirez" find "Ramírez", as SQLite's
-- `remove_diacritics` does.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION factdesk_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION factdesk_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, simple;

CREATE TABLE search_text (
    statement_id BIGINT PRIMARY KEY REFERENCES statements(id),
    text         TEXT NOT NULL,
    notes        TEXT NOT NULL DEFAULT '',
    document     tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('factdesk_search', text), 'A')
        || setweight(to_tsvector('factdesk_search', notes), 'B')) STORED
);
CREATE INDEX search_text_document ON search_text USING gin (document);

CREATE FUNCTION factdesk_search_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_text (statement_id, text) VALUES (NEW.statement_id, NEW.text)
        ON CONFLICT (statement_id) DO UPDATE SET text = EXCLUDED.text
        WHERE search_text.text IS DISTINCT FROM EXCLUDED.text;
    RETURN NULL;
END;
$$;
CREATE FUNCTION factdesk_search_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_text
        SET notes = CASE WHEN notes = '' THEN NEW.note ELSE notes || chr(10) || NEW.note END
        WHERE statement_id = NEW.statement_id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER search_text_version AFTER INSERT ON statement_versions
    FOR EACH ROW EXECUTE FUNCTION factdesk_search_version();
CREATE TRIGGER search_text_check AFTER INSERT ON checks
    FOR EACH ROW WHEN (NEW.note IS NOT NULL AND NEW.note <> '')
    EXECUTE FUNCTION factdesk_search_check();

INSERT INTO search_text (statement_id, text, notes)
SELECT sv.statement_id, sv.text,
       coalesce((SELECT string_agg(c.note, chr(10) ORDER BY c.id) FROM checks c
                 WHERE c.statement_id = sv.statement_id AND c.note IS NOT NULL AND c.note <> ''), '')
FROM statement_versions sv
WHERE sv.revision_id = (SELECT max(revision_id) FROM statement_versions v2
                        WHERE v2.statement_id = sv.statement_id);
