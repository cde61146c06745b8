-- Confidential sources (issue 17). A source of kind `confidential` has its row in `sources`
-- like any other, with an opaque reference as its citation; what else the desk knows of it is
-- kept apart, in three append-only, chained tables:
--   confidential_sources      what may be shown: the editor who knows the identity (and attests
--                             it), who recorded the source and when;
--   confidential_identities   who it is. Only `store/confidential.rs` reads this table, for the
--                             readers the desk allows (editors, the statement's assignee), so no
--                             SELECT of `sources` or of the public half can show it by accident.
--                             `salt` is random: the chain hashes every row, and without it the
--                             hash of a short name could be found by trying a list of names;
--   confidential_attestations the named editor's word that they know the identity, and when.
-- The search index never sees any of them (it holds statement words and check notes only).

CREATE TABLE confidential_sources (
    source_id   INTEGER PRIMARY KEY REFERENCES sources(id),
    known_to    TEXT NOT NULL REFERENCES reviewers(handle),
    recorded_by TEXT NOT NULL REFERENCES reviewers(handle),
    recorded_at TEXT NOT NULL
);

CREATE TABLE confidential_identities (
    source_id INTEGER PRIMARY KEY REFERENCES confidential_sources(source_id),
    identity  TEXT NOT NULL,
    salt      TEXT NOT NULL
);

CREATE TABLE confidential_attestations (
    source_id   INTEGER PRIMARY KEY REFERENCES confidential_sources(source_id),
    attested_by TEXT NOT NULL REFERENCES reviewers(handle),
    attested_at TEXT NOT NULL
);

CREATE TRIGGER confidential_sources_append_only_u BEFORE UPDATE ON confidential_sources BEGIN SELECT RAISE(ABORT, 'confidential sources are append-only'); END;
CREATE TRIGGER confidential_sources_append_only_d BEFORE DELETE ON confidential_sources BEGIN SELECT RAISE(ABORT, 'confidential sources are append-only'); END;
CREATE TRIGGER confidential_identities_append_only_u BEFORE UPDATE ON confidential_identities BEGIN SELECT RAISE(ABORT, 'confidential identities are append-only'); END;
CREATE TRIGGER confidential_identities_append_only_d BEFORE DELETE ON confidential_identities BEGIN SELECT RAISE(ABORT, 'confidential identities are append-only'); END;
CREATE TRIGGER confidential_attestations_append_only_u BEFORE UPDATE ON confidential_attestations BEGIN SELECT RAISE(ABORT, 'confidential attestations are append-only'); END;
CREATE TRIGGER confidential_attestations_append_only_d BEFORE DELETE ON confidential_attestations BEGIN SELECT RAISE(ABORT, 'confidential attestations are append-only'); END;

-- The gate holds a verified statement whose confidential source awaits its attestation: an
-- attestation changes the gate of every article with a check citing the source.
CREATE TRIGGER overview_dirty_attestation AFTER INSERT ON confidential_attestations BEGIN
    INSERT OR IGNORE INTO overview_dirty
        SELECT DISTINCT s.article_id FROM check_sources cs
        JOIN checks c ON c.id = cs.check_id JOIN statements s ON s.id = c.statement_id
        WHERE cs.source_id = NEW.source_id;
END;
