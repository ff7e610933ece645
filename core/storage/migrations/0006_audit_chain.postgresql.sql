-- The audit chain, PostgreSQL variant. Same table and meaning as
-- 0006_audit_chain.sqlite.sql (read that file's comments). Writers take a
-- transaction-scoped advisory lock (core/security/auditlog.cpp), so
-- concurrent writers still form one chain; the primary key on seq refuses a
-- fork in any case.
CREATE TABLE audit_log (
    seq             BIGINT PRIMARY KEY,
    at              TEXT NOT NULL,
    operator        TEXT NOT NULL,
    role            TEXT NOT NULL,
    office          TEXT NOT NULL,
    terminal        TEXT NOT NULL,
    action          TEXT NOT NULL,
    person_id       BIGINT,
    visit_id        BIGINT,
    purpose         TEXT NOT NULL,
    my_number_shown INTEGER NOT NULL DEFAULT 0 CHECK (my_number_shown IN (0, 1)),
    outcome         TEXT NOT NULL,
    detail          TEXT NOT NULL,
    prev_hash       TEXT NOT NULL,
    hash            TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_operator ON audit_log (operator, at);
CREATE INDEX audit_log_person ON audit_log (person_id);
CREATE INDEX audit_log_hash ON audit_log (hash);
-- Append-only: UPDATE, DELETE and TRUNCATE are refused. One statement per
-- line (the migration splitter ends a statement at a line ending in ';').
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
