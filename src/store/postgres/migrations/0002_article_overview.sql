-- Twin of ../../migrations/0002_article_overview.sql: the desk's overview, derived rows kept in
-- each write's transaction; triggers mark an article dirty when something it depends on arrives.

CREATE TABLE article_overview (
    article_id  BIGINT PRIMARY KEY REFERENCES articles(id),
    revision    BIGINT NOT NULL,
    headline    TEXT,
    statements  BIGINT NOT NULL,
    counts      TEXT NOT NULL,
    ready       BIGINT NOT NULL,
    gate        TEXT NOT NULL
);

CREATE TABLE overview_dirty (
    article_id  BIGINT PRIMARY KEY REFERENCES articles(id)
);

-- One function per way of finding the article: the row itself, its statement, its revision.
CREATE FUNCTION factdesk_dirty_by_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO overview_dirty VALUES (NEW.article_id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;
CREATE FUNCTION factdesk_dirty_by_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO overview_dirty SELECT article_id FROM statements WHERE id = NEW.statement_id
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;
CREATE FUNCTION factdesk_dirty_by_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO overview_dirty SELECT article_id FROM revisions WHERE id = NEW.revision_id
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;
CREATE FUNCTION factdesk_dirty_by_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO overview_dirty
        SELECT article_id FROM statements WHERE id = NEW.statement_id
        UNION SELECT article_id FROM revisions WHERE id = NEW.revision_id
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER overview_dirty_revision AFTER INSERT ON revisions FOR EACH ROW EXECUTE FUNCTION factdesk_dirty_by_article();
CREATE TRIGGER overview_dirty_check AFTER INSERT ON checks FOR EACH ROW EXECUTE FUNCTION factdesk_dirty_by_statement();
CREATE TRIGGER overview_dirty_finding AFTER INSERT ON findings FOR EACH ROW EXECUTE FUNCTION factdesk_dirty_by_revision();
CREATE TRIGGER overview_dirty_event AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION factdesk_dirty_by_event();

INSERT INTO overview_dirty SELECT id FROM articles;
