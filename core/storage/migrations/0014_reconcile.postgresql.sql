-- Reconciliation of a branch's offline work (issue #9 item 3,
-- docs/branch-reconcile.md), PostgreSQL variant; the SQLite variant
-- recreates the two tables instead (it cannot alter a CHECK).
--
-- visits.read_versions: the versions of the register records a visit relied
-- on, read when it was submitted (JSON, core/visit/readversions.h). NULL on
-- visits submitted before this step: not recorded, so never compared.
ALTER TABLE visits ADD COLUMN read_versions TEXT;

-- outbox.state 'held': a branch's application waiting for a supervisor
-- because the hall's register changed since the branch read it.
-- approval_requests.kind 'reconcile': that review. The inline CHECKs of
-- 0008 and 0011 carry PostgreSQL's default names.
ALTER TABLE outbox DROP CONSTRAINT outbox_state_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_state_check CHECK (state IN ('queued', 'sending', 'delivered', 'retry-wait', 'rejected', 'cancelled', 'handled', 'held'));
ALTER TABLE approval_requests DROP CONSTRAINT approval_requests_kind_check;
ALTER TABLE approval_requests ADD CONSTRAINT approval_requests_kind_check CHECK (kind IN ('override', 'unlock', 'correction', 'reconcile'));
-- A visit's requests: the reconcile decision finds the visit's request,
-- the push finds whether one exists.
CREATE INDEX approval_requests_visit ON approval_requests (visit_ref) WHERE visit_ref IS NOT NULL;
