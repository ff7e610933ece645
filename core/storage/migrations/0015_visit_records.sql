-- What a visit records besides its forms (issue #10, docs/visits.md,
-- "Documents, evidence and consent"): the documents each application needs
-- and what the clerk recorded about them, the scanned copies sent with an
-- application, the certificates and pre-entry the visit used, and the
-- resident's answer to each request for consent. Portable SQL for SQLite and
-- PostgreSQL ({{BLOB}} is BLOB or BYTEA). The submission writes them in its
-- transaction with the visit and its applications (core/visit/
-- visitrecords.h); nothing changes them afterwards.
--
-- Names are {"ja", "en"} JSON; times ISO 8601 UTC with milliseconds, so
-- they compare as text; booleans INTEGER 0/1.

-- A scanned document: PDF, PNG or JPEG (told by its first bytes), at most
-- 10 MB. id is a UUID, not a serial: a branch's visits are pushed to the
-- hall (docs/branch.md), and their rows must keep their ids there.
CREATE TABLE visit_attachments (
    id             TEXT PRIMARY KEY,
    visit_ref      TEXT NOT NULL REFERENCES visits (ref),
    application_id TEXT NOT NULL REFERENCES applications (id),
    file_name      TEXT NOT NULL,             -- the name only, no folder
    media_type     TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    sha256         TEXT NOT NULL,             -- lower-case hex of content
    size           BIGINT NOT NULL CHECK (size > 0 AND size <= 10485760),
    content        {{BLOB}} NOT NULL
);
CREATE INDEX visit_attachments_visit ON visit_attachments (visit_ref);

-- One row per document an application needs (the procedure's `documents`
-- in the catalog), in the order its checklist item lists them.
--   unrecorded  the clerk did not say (the slip lists it to bring)
--   presented   shown on paper and checked
--   scanned     attached (attachment_id) and sent with the application
--   digital     a signed certificate, verified (certificate_digest)
--   missing     not brought: to bring by bring_by (the deadline)
CREATE TABLE visit_documents (
    visit_ref          TEXT NOT NULL REFERENCES visits (ref),
    application_id     TEXT NOT NULL REFERENCES applications (id),
    position           INTEGER NOT NULL CHECK (position >= 0),
    names              TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('unrecorded', 'presented', 'scanned', 'digital', 'missing')),
    bring_by           TEXT,                  -- ISO day; NULL: no deadline or not missing
    certificate_digest TEXT,                  -- digital: SHA-256 of the certificate as read
    attachment_id      TEXT REFERENCES visit_attachments (id),
    PRIMARY KEY (application_id, position)
);
CREATE INDEX visit_documents_visit ON visit_documents (visit_ref);

-- A certificate from another institution or a smartphone pre-entry code
-- the visit used, and the form values it filled.
CREATE TABLE visit_evidence (
    visit_ref TEXT NOT NULL REFERENCES visits (ref),
    position  INTEGER NOT NULL,               -- 1, 2 …
    source    TEXT NOT NULL,                  -- certificate:<type> | preentry
    names     TEXT NOT NULL,
    issuer    TEXT NOT NULL,                  -- the issuer's id; '' for pre-entry
    digest    TEXT NOT NULL,                  -- SHA-256 of the code as read
    member    TEXT NOT NULL,                  -- m1 … it is about; '' the household
    fields    TEXT NOT NULL,                  -- ["procedure[/member]:field"] (JSON)
    PRIMARY KEY (visit_ref, position)
);

-- The resident's answer to "may we use this data for this purpose", as the
-- clerk recorded it, refusals included.
CREATE TABLE visit_consents (
    visit_ref    TEXT NOT NULL REFERENCES visits (ref),
    position     INTEGER NOT NULL,            -- 1, 2 …
    source       TEXT NOT NULL,               -- as visit_evidence.source
    source_names TEXT NOT NULL,
    purpose      TEXT NOT NULL,               -- what it is used for, in words
    systems      TEXT NOT NULL,               -- ["juki", …]: who receives it (JSON)
    granted      INTEGER NOT NULL CHECK (granted IN (0, 1)),
    staff        TEXT NOT NULL,               -- who recorded the answer
    at           TEXT NOT NULL,
    PRIMARY KEY (visit_ref, position)
);

-- "Who used my data" (docs/security.md) finds the visits whose
-- applications were about a member of the household, not only those of
-- the resident at the counter (visits_person).
CREATE INDEX applications_member ON applications (member_atena_no);
