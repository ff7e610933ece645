-- The audit chain (issue #5, COUNTER-DOMAIN §6, spec 10.2; docs/security.md
-- "The audit chain"), SQLite variant.
--
-- One row per recorded action: resident search, profile view, reveal,
-- print, submission, approval, login and failed login. Each row carries the
-- SHA-256 of the previous row's hash and its own canonical form
-- (core/security/auditentry.h), so `madoguchi-cli audit verify` finds a
-- changed, deleted or reordered row. `seq` is dense (1..n) and written by
-- core/security/auditlog.cpp inside its own write transaction (BEGIN
-- IMMEDIATE serialises writers), never by the engine.
--
-- access_log (0002) stays as it was: its rows have no chain and cannot be
-- given one in SQL, so they are not copied here. New accesses go to
-- audit_log.
CREATE TABLE audit_log (
    seq             INTEGER PRIMARY KEY,        -- 1..n, no gaps
    at              TEXT NOT NULL,              -- ISO 8601 UTC with milliseconds
    operator        TEXT NOT NULL,              -- staff id
    role            TEXT NOT NULL,
    office          TEXT NOT NULL,
    terminal        TEXT NOT NULL,
    action          TEXT NOT NULL,              -- search, profile-view, reveal, print, submission, approval, login
    person_id       BIGINT,                     -- the resident concerned, if any
    visit_id        BIGINT,                     -- the visit concerned, if any
    purpose         TEXT NOT NULL,
    my_number_shown INTEGER NOT NULL DEFAULT 0 CHECK (my_number_shown IN (0, 1)),
    outcome         TEXT NOT NULL,              -- ok, denied, failed
    detail          TEXT NOT NULL,
    prev_hash       TEXT NOT NULL,              -- hex SHA-256; 64 zeros for seq 1
    hash            TEXT NOT NULL               -- hex SHA-256 of this entry
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_operator ON audit_log (operator, at);
CREATE INDEX audit_log_person ON audit_log (person_id);
CREATE INDEX audit_log_hash ON audit_log (hash);
-- Append-only. Each trigger is on one line: the migration splitter ends a
-- statement at a line ending in ';'.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
