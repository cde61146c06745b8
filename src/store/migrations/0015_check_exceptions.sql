-- Partial verification (issue 17): a `partly-verified` check names the words of the statement it
-- does not cover, one row per part in the order given, as the statement spells them. Append-only
-- and chained like the check's sources and items.

CREATE TABLE check_exceptions (
    check_id INTEGER NOT NULL REFERENCES checks(id),
    ordinal  INTEGER NOT NULL,
    words    TEXT NOT NULL,
    PRIMARY KEY (check_id, ordinal)
);

CREATE TRIGGER check_exceptions_append_only_u BEFORE UPDATE ON check_exceptions BEGIN SELECT RAISE(ABORT, 'check exceptions are append-only'); END;
CREATE TRIGGER check_exceptions_append_only_d BEFORE DELETE ON check_exceptions BEGIN SELECT RAISE(ABORT, 'check exceptions are append-only'); END;
