-- Twin of ../../migrations/0012_confidential_sources.sql: confidential sources, their identities
-- kept apart, and the editors' attestations; append-only.

CREATE TABLE confidential_sources (
    source_id   BIGINT PRIMARY KEY REFERENCES sources(id),
    known_to    TEXT NOT NULL REFERENCES reviewers(handle),
    recorded_by TEXT NOT NULL REFERENCES reviewers(handle),
    recorded_at TEXT NOT NULL
);

CREATE TABLE confidential_identities (
    source_id BIGINT PRIMARY KEY REFERENCES confidential_sources(source_id),
    identity  TEXT NOT NULL,
    salt      TEXT NOT NULL
);

CREATE TABLE confidential_attestations (
    source_id   BIGINT PRIMARY KEY REFERENCES confidential_sources(source_id),
    attested_by TEXT NOT NULL REFERENCES reviewers(handle),
    attested_at TEXT NOT NULL
);

CREATE TRIGGER confidential_sources_append_only_u BEFORE UPDATE ON confidential_sources FOR EACH ROW EXECUTE FUNCTION factdesk_refuse('confidential sources are append-only');
CREATE TRIGGER confidential_sources_append_only_d BEFORE DELETE ON confidential_sources FOR EACH ROW EXECUTE FUNCTION factdesk_refuse('confidential sources are append-only');
CREATE TRIGGER confidential_identities_append_only_u BEFORE UPDATE ON confidential_identities FOR EACH ROW EXECUTE FUNCTION factdesk_refuse('confidential identities are append-only');
CREATE TRIGGER confidential_identities_append_only_d BEFORE DELETE ON confidential_identities FOR EACH ROW EXECUTE FUNCTION factdesk_refuse('confidential identities are append-only');
CREATE TRIGGER confidential_attestations_append_only_u BEFORE UPDATE ON confidential_attestations FOR EACH ROW EXECUTE FUNCTION factdesk_refuse('confidential attestations are append-only');
CREATE TRIGGER confidential_attestations_append_only_d BEFORE DELETE ON confidential_attestations FOR EACH ROW EXECUTE FUNCTION factdesk_refuse('confidential attestations are append-only');

CREATE FUNCTION factdesk_dirty_by_attestation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO overview_dirty
        SELECT DISTINCT s.article_id FROM check_sources cs
        JOIN checks c ON c.id = cs.check_id JOIN statements s ON s.id = c.statement_id
        WHERE cs.source_id = NEW.source_id
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER overview_dirty_attestation AFTER INSERT ON confidential_attestations FOR EACH ROW EXECUTE FUNCTION factdesk_dirty_by_attestation();
