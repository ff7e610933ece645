-- Staff accounts (docs/security.md, "Staff accounts"): who may log in at a
-- counter, with which role and for which office. Portable SQL for SQLite and
-- PostgreSQL. `id` is the staff id people type; `password_hash` is a
-- libsodium crypto_pwhash_str string ($argon2id$…), never a password.
-- `disabled` is 0/1. `failed_logins` counts wrong passwords since the last
-- success or lock-out; `locked_until` is set when the limit is reached.
-- Times are ISO 8601 UTC. `version` is bumped on each change of the account
-- (not on logins), for optimistic checks.
CREATE TABLE staff (
    id            TEXT PRIMARY KEY,
    role          TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin', 'auditor')),
    office        TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
