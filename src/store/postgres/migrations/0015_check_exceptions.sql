-- Twin of ../../migrations/0015_check_exceptions.sql: the parts a partly-verified check excepts.

CREATE TABLE check_exceptions (
    check_id BIGINT NOT NULL REFERENCES checks(id),
    ordinal  BIGINT NOT NULL,
    words    TEXT NOT NULL,
    PRIMARY KEY (check_id, ordinal)
);

CREATE TRIGGER check_exceptions_append_only_u BEFORE UPDATE ON check_exceptions FOR EACH ROW EXECUTE FUNCTION factdesk_refuse('check exceptions are append-only');
CREATE TRIGGER check_exceptions_append_only_d BEFORE DELETE ON check_exceptions FOR EACH ROW EXECUTE FUNCTION factdesk_refuse('check exceptions are append-only');
