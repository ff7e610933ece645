-- The outbox (docs/delivery.md): every application is a row here before it
-- is anything else. Portable SQL for SQLite and PostgreSQL. Times are ISO
-- 8601 UTC with milliseconds, so they compare as text.
--
-- id is the application's UUID and its Idempotency-Key: every attempt to
-- deliver it sends the same key. state follows the machine
--   queued -> sending -> delivered | retry-wait | rejected
--   retry-wait -> sending;  rejected -> queued (retried) | cancelled | handled
-- A relay owns a 'sending' row until lease_until; a relay that died leaves
-- a lease that expires, and the row is claimed and sent again.
CREATE TABLE outbox (
    id                TEXT PRIMARY KEY,
    visit_ref         TEXT NOT NULL,
    system            TEXT NOT NULL,
    procedure_id      TEXT NOT NULL,
    procedure_version INTEGER NOT NULL,
    envelope          TEXT NOT NULL,
    state             TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'delivered', 'retry-wait', 'rejected', 'cancelled', 'handled')),
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
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_visit ON outbox (visit_ref);
