-- Branch offices (issue #9, docs/branch-push.md): what a branch's push
-- needs. Portable SQL for SQLite and PostgreSQL; the hall and the branch
-- replicas share one schema, so both get every part.
--
-- At a branch: the time the hall was known to have the visit. A visit with
-- pushed_at NULL is still to be pushed (the partial index finds them).
ALTER TABLE visits ADD COLUMN pushed_at TEXT;
CREATE INDEX visits_unpushed ON visits (ref) WHERE pushed_at IS NULL;

-- At the hall: what a branch's push has written, one row per origin, in
-- the same transaction as the rows it names, so a push that stopped
-- anywhere is resumed without writing anything twice.
--   origin 'visit:V20261126-K01-000001'  a visit with its applications,
--                                        outbox rows and override requests
--   origin 'audit:K01:42'                entry 42 of branch K01's chain
-- The branch's own position in its chain is its meta key
-- sync.audit_pushed_seq.
CREATE TABLE branch_imports (
    origin      TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('visit', 'audit')),
    branch      TEXT NOT NULL,
    imported_at TEXT NOT NULL              -- ISO 8601 UTC with milliseconds
);
CREATE INDEX branch_imports_branch ON branch_imports (branch, kind);
