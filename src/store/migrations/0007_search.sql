-- Search across the archive (issue 15): "have we checked this figure before?".
--
-- One full-text row per statement, keyed by its id: its current text (the latest version's) and
-- the notes of all its checks. Like the overview (0002) it is derived state, kept in the same
-- transaction as every write by the triggers below; it is not history, so it is neither
-- append-only nor chained, and status, revision and the latest check are read from the history
-- tables when a search is answered. `remove_diacritics 2` lets "Ramirez" find "Ramírez".

CREATE VIRTUAL TABLE search_text USING fts5(
    text,
    notes,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Versions arrive oldest revision first, so the last one written is the statement's current
-- text. Most versions of a revision repeat the text of the one before: those leave the index as
-- it is.
CREATE TRIGGER search_text_version AFTER INSERT ON statement_versions BEGIN
    UPDATE search_text SET text = NEW.text
        WHERE rowid = NEW.statement_id AND text IS NOT NEW.text;
    INSERT INTO search_text (rowid, text, notes)
        SELECT NEW.statement_id, NEW.text, ''
        WHERE NOT EXISTS (SELECT 1 FROM search_text WHERE rowid = NEW.statement_id);
END;

CREATE TRIGGER search_text_check AFTER INSERT ON checks
WHEN NEW.note IS NOT NULL AND NEW.note <> '' BEGIN
    UPDATE search_text
        SET notes = CASE WHEN notes = '' THEN NEW.note ELSE notes || char(10) || NEW.note END
        WHERE rowid = NEW.statement_id;
END;

-- The archive stored before this migration: each statement's latest version and its notes.
INSERT INTO search_text (rowid, text, notes)
SELECT sv.statement_id, sv.text,
       coalesce((SELECT group_concat(c.note, char(10)) FROM
                     (SELECT note FROM checks WHERE statement_id = sv.statement_id
                        AND note IS NOT NULL AND note <> '' ORDER BY id) c), '')
FROM statement_versions sv
WHERE sv.revision_id = (SELECT max(revision_id) FROM statement_versions v2
                        WHERE v2.statement_id = sv.statement_id);

-- Rank by BM25 with a statement's own words weighing twice its check notes.
INSERT INTO search_text (search_text, rank) VALUES ('rank', 'bm25(2.0, 1.0)');
