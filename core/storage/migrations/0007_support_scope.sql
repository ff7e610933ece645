-- 支援措置 scope and temporary unlocks (docs/security.md, "Support
-- measures"). Portable SQL for SQLite and PostgreSQL.
--
-- A measure blocks (level error) or warns about (level alert) up to three
-- processes: showing the address, printing, issuing copies (住民票, 戸籍の
-- 附票). Every existing and imported measure covers all three: a scope is
-- only ever narrowed on purpose (fail closed).
ALTER TABLE support_measures ADD COLUMN scope_address INTEGER NOT NULL DEFAULT 1 CHECK (scope_address IN (0, 1));
ALTER TABLE support_measures ADD COLUMN scope_print INTEGER NOT NULL DEFAULT 1 CHECK (scope_print IN (0, 1));
ALTER TABLE support_measures ADD COLUMN scope_copies INTEGER NOT NULL DEFAULT 1 CHECK (scope_copies IN (0, 1));

-- A supervisor's time-limited lift of a block, for one person and one
-- process. It reverts by itself at expires_at; nothing is deleted. Times are
-- ISO 8601 UTC with milliseconds. The unlock is also in the audit chain
-- (action 'unlock').
CREATE TABLE support_unlocks (
    id          {{ID}},
    person_id   BIGINT NOT NULL REFERENCES persons (id),
    scope       TEXT NOT NULL CHECK (scope IN ('address', 'print', 'copies')),
    granted_by  TEXT NOT NULL,
    role        TEXT NOT NULL,
    office      TEXT NOT NULL,
    terminal    TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (reason <> ''),
    granted_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL CHECK (expires_at > granted_at)
);
CREATE INDEX support_unlocks_person ON support_unlocks (person_id, scope, expires_at);
