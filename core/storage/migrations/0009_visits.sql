-- Counter visits and their applications (docs/visits.md). Portable SQL for
-- SQLite and PostgreSQL. A submission writes the visit, its applications
-- and one outbox row per application in one transaction.
CREATE TABLE visits (
    ref          TEXT PRIMARY KEY,          -- V20261126-000001: the day and its serial
    person_id    BIGINT NOT NULL REFERENCES persons (id),
    atena_no     TEXT NOT NULL,
    event_type   TEXT NOT NULL,
    event_date   TEXT NOT NULL,
    staff        TEXT NOT NULL,
    role         TEXT NOT NULL,
    office       TEXT NOT NULL,
    terminal     TEXT NOT NULL,
    answers      TEXT NOT NULL,             -- the interview's answers (JSON)
    decisions    TEXT NOT NULL,             -- procedures left out, with the clerk's reason (JSON)
    submitted_at TEXT NOT NULL
);
CREATE INDEX visits_person ON visits (person_id);

-- The serial of a visit reference, per day.
CREATE TABLE visit_serials (
    day  TEXT PRIMARY KEY,
    last INTEGER NOT NULL
);

-- One application per procedure (and member): its filled form with where
-- each value came from. id is the outbox row's id (the Idempotency-Key).
CREATE TABLE applications (
    id                TEXT PRIMARY KEY,
    visit_ref         TEXT NOT NULL REFERENCES visits (ref),
    position          INTEGER NOT NULL,     -- 1, 2 …: the checklist's order
    procedure_id      TEXT NOT NULL,
    procedure_version INTEGER NOT NULL,
    system            TEXT NOT NULL,
    member_id         TEXT NOT NULL,        -- m1 …; '' for a household procedure
    member_atena_no   TEXT,
    deadline          TEXT,
    documents         TEXT NOT NULL,        -- what to bring, [{"ja", "en"}] (JSON)
    form              TEXT NOT NULL         -- {"id", "fields": [{id, label, value, provenance}]}
);
CREATE INDEX applications_visit ON applications (visit_ref);
