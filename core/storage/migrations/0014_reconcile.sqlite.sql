-- Reconciliation of a branch's offline work (issue #9 item 3,
-- docs/branch-reconcile.md), SQLite variant; the PostgreSQL variant does the
-- same with ALTER … CONSTRAINT.
--
-- visits.read_versions: the versions of the register records a visit relied
-- on, read when it was submitted (JSON, core/visit/readversions.h). NULL on
-- visits submitted before this step: not recorded, so never compared.
ALTER TABLE visits ADD COLUMN read_versions TEXT;

-- Two CHECKs grow a value: outbox.state 'held' (a branch's application
-- waiting for a supervisor because the hall's register changed since the
-- branch read it) and approval_requests.kind 'reconcile' (that review).
-- SQLite cannot alter a CHECK: each table is recreated, rows, ids and
-- indexes kept. Nothing references either table.
CREATE TABLE outbox_new (
    id                TEXT PRIMARY KEY,
    visit_ref         TEXT NOT NULL,
    system            TEXT NOT NULL,
    procedure_id      TEXT NOT NULL,
    procedure_version INTEGER NOT NULL,
    envelope          TEXT NOT NULL,
    state             TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'delivered', 'retry-wait', 'rejected', 'cancelled', 'handled', 'held')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT NOT NULL,
    lease_owner       TEXT,
    lease_until       TEXT,
    last_error        TEXT,
    receipt           TEXT,
    receipt_body      TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    delivered_at      TEXT,
    closed_by         TEXT,
    close_reason      TEXT
);
INSERT INTO outbox_new (id, visit_ref, system, procedure_id, procedure_version, envelope, state,
    attempts, next_attempt_at, lease_owner, lease_until, last_error, receipt, receipt_body,
    created_at, updated_at, delivered_at, closed_by, close_reason)
SELECT id, visit_ref, system, procedure_id, procedure_version, envelope, state,
    attempts, next_attempt_at, lease_owner, lease_until, last_error, receipt, receipt_body,
    created_at, updated_at, delivered_at, closed_by, close_reason
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_visit ON outbox (visit_ref);

CREATE TABLE approval_requests_new (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('override', 'unlock', 'correction', 'reconcile')),
    state        TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'denied')),
    requested_at TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    atena_no     TEXT NOT NULL,
    visit_ref    TEXT,
    details      TEXT NOT NULL DEFAULT '{}',
    reason       TEXT NOT NULL CHECK (reason <> ''),
    decided_at   TEXT,
    decided_by   TEXT,
    comment      TEXT,
    version      INTEGER NOT NULL DEFAULT 1
);
INSERT INTO approval_requests_new (id, kind, state, requested_at, requested_by, atena_no,
    visit_ref, details, reason, decided_at, decided_by, comment, version)
SELECT id, kind, state, requested_at, requested_by, atena_no,
    visit_ref, details, reason, decided_at, decided_by, comment, version
FROM approval_requests;
DROP TABLE approval_requests;
ALTER TABLE approval_requests_new RENAME TO approval_requests;
CREATE INDEX approval_requests_state ON approval_requests (state, requested_at);
-- A visit's requests: the reconcile decision finds the visit's request,
-- the push finds whether one exists.
CREATE INDEX approval_requests_visit ON approval_requests (visit_ref) WHERE visit_ref IS NOT NULL;
