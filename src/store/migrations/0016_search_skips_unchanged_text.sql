-- `revise` re-indexed every statement (issue 14 item 4). Each revision stores a version of every
-- statement, most of them with the text of the one before, and the version trigger of 0014 ran
-- FTS5's row lookups for each of them (two per version) to find that nothing had changed: the
-- largest share of storing a 10,000-word revision. The index holds each statement's latest
-- version's text, so a version whose text is byte for byte its previous version's leaves the
-- index as it is; the trigger now asks the versions' own index for that (one seek) and skips
-- FTS5 then. Any other version (a first one, a changed text, a typographic variant the aligner
-- calls unchanged) is indexed as before.

DROP TRIGGER search_text_version;
CREATE TRIGGER search_text_version AFTER INSERT ON statement_versions
WHEN NOT EXISTS (SELECT 1 FROM search_held)
 AND NEW.text IS NOT (SELECT v.text FROM statement_versions v
                      WHERE v.statement_id = NEW.statement_id AND v.revision_id < NEW.revision_id
                      ORDER BY v.revision_id DESC LIMIT 1)
BEGIN
    UPDATE search_text SET text = NEW.text
        WHERE rowid = NEW.statement_id AND text IS NOT NEW.text;
    INSERT INTO search_text (rowid, text, notes)
        SELECT NEW.statement_id, NEW.text, ''
        WHERE NOT EXISTS (SELECT 1 FROM search_text WHERE rowid = NEW.statement_id);
END;
