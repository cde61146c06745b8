-- Sign-in for the web desk (issue 16). These tables are credentials, not history: a password is
-- replaced when it is set again, a session is deleted when it ends, a token is marked revoked.
-- So they are neither append-only nor in the hash chain (docs/security.md says why).

-- One argon2id hash (PHC string) per reviewer who may sign in.
CREATE TABLE reviewer_passwords (
    handle TEXT PRIMARY KEY REFERENCES reviewers(handle),
    hash TEXT NOT NULL,
    set_at TEXT NOT NULL,
    set_by TEXT NOT NULL
);

-- A signed-in browser. Only the SHA-256 of the cookie's random id is stored, so a copy of the
-- database signs nobody in.
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    handle TEXT NOT NULL REFERENCES reviewers(handle),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_handle ON sessions(handle);

-- A bearer token for automation; it acts as the editor who made it. Only its SHA-256 is stored.
CREATE TABLE api_tokens (
    name TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    handle TEXT NOT NULL REFERENCES reviewers(handle),
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT
);
