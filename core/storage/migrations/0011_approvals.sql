-- A supervisor's approvals (issue #8, docs/approvals.md): a clerk's
-- checklist overrides, requests to lift a 支援措置 block for a while and
-- provisional register corrections (仮登録), each decided by a supervisor
-- other than the requester. Portable SQL for SQLite and PostgreSQL. Times are
-- ISO 8601 UTC with milliseconds, so they compare as text.
--
-- state: pending -> approved | denied, once. version grows at the decision:
-- a supervisor decides with UPDATE … WHERE id = ? AND state = 'pending' AND
-- version = ?, so two supervisors never both decide one request.
-- details is JSON, by kind (core/approval/approvals.h):
--   override:   {"procedure", "member", "decision", "title"}
--   unlock:     {"scope", "minutes"}
--   correction: {"changes": {field: {"from", "to"}}, "version"}
-- The requests and the decisions are also in the audit chain (action
-- 'approval').
CREATE TABLE approval_requests (
    id           {{ID}},
    kind         TEXT NOT NULL CHECK (kind IN ('override', 'unlock', 'correction')),
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
-- The supervisor's queue: the pending requests, oldest first.
CREATE INDEX approval_requests_state ON approval_requests (state, requested_at);
