-- Twin of ../../migrations/0010_web_auth.sql: the web desk's credentials (not history: neither
-- append-only nor chained).

CREATE TABLE reviewer_passwords (
    handle TEXT PRIMARY KEY REFERENCES reviewers(handle),
    hash TEXT NOT NULL,
    set_at TEXT NOT NULL,
    set_by TEXT NOT NULL
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    handle TEXT NOT NULL REFERENCES reviewers(handle),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_handle ON sessions(handle);

CREATE TABLE api_tokens (
    name TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    handle TEXT NOT NULL REFERENCES reviewers(handle),
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT
);
