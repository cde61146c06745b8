-- Twin of ../../migrations/0016_search_skips_unchanged_text.sql: a statement version whose text
-- is byte for byte its previous version's leaves the search document as it is (the document
-- holds the latest version's text already), found by one seek in the versions' own index.

CREATE OR REPLACE FUNCTION factdesk_search_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM search_held) THEN
        RETURN NULL;
    END IF;
    IF NEW.text IS NOT DISTINCT FROM (
        SELECT v.text FROM statement_versions v
        WHERE v.statement_id = NEW.statement_id AND v.revision_id < NEW.revision_id
        ORDER BY v.revision_id DESC LIMIT 1
    ) THEN
        RETURN NULL;
    END IF;
    INSERT INTO search_text (statement_id, text) VALUES (NEW.statement_id, NEW.text)
        ON CONFLICT (statement_id) DO UPDATE SET text = EXCLUDED.text
        WHERE search_text.text IS DISTINCT FROM EXCLUDED.text;
    RETURN NULL;
END;
$$;
