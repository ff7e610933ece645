-- The waiting room (issue #8, docs/queue.md): queue purposes, counters,
-- tickets and their history. Portable SQL for SQLite and PostgreSQL. Times
-- are ISO 8601 UTC with milliseconds, so they compare as text; day is the
-- local ISO date (2026-11-26) the ticket belongs to.

-- What a resident comes for. prefix is the letter of its numbers (A-012);
-- events lists the life events it maps to (JSON array of event ids).
CREATE TABLE queue_purposes (
    id      TEXT PRIMARY KEY,
    name_ja TEXT NOT NULL,
    name_en TEXT NOT NULL,
    prefix  TEXT NOT NULL UNIQUE,
    events  TEXT NOT NULL DEFAULT '[]',
    active  INTEGER NOT NULL DEFAULT 1
);

-- The default purposes; a city edits them (counters are configured per city).
INSERT INTO queue_purposes (id, name_ja, name_en, prefix, events, active) VALUES ('A', '転入・転出・転居', 'Moving in, out or within the city', 'A', '["tennyu","tenshutsu","tenkyo"]', 1);
INSERT INTO queue_purposes (id, name_ja, name_en, prefix, events, active) VALUES ('B', '出生・死亡・婚姻', 'Birth, death, marriage', 'B', '["shussei","shibou","konin"]', 1);
INSERT INTO queue_purposes (id, name_ja, name_en, prefix, events, active) VALUES ('C', '証明書', 'Certificates', 'C', '[]', 1);
INSERT INTO queue_purposes (id, name_ja, name_en, prefix, events, active) VALUES ('D', '国保・年金', 'Health insurance and pension', 'D', '[]', 1);
INSERT INTO queue_purposes (id, name_ja, name_en, prefix, events, active) VALUES ('E', '子育て・福祉', 'Child-rearing and welfare', 'E', '[]', 1);

-- A desk and the purposes it serves (JSON array of queue_purposes ids).
CREATE TABLE counters (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    office   TEXT NOT NULL DEFAULT '',
    purposes TEXT NOT NULL DEFAULT '[]',
    active   INTEGER NOT NULL DEFAULT 1
);

-- One ticket. state follows the machine
--   issued -> called -> serving -> done;  called -> done | no-show
--   issued | called | serving -> on-hold -> issued (back in its place)
--   issued | called | serving | on-hold -> redirected (redirected_to names
--   the new ticket, which keeps the original issued_at)
-- "Waiting" is state 'issued'.
-- version grows at every change: a desk claims a ticket with
-- UPDATE … WHERE id = ? AND state = ? AND version = ?, so two desks never
-- call the same ticket.
CREATE TABLE tickets (
    id             {{ID}},
    day            TEXT NOT NULL,
    number         TEXT NOT NULL,
    purpose        TEXT NOT NULL REFERENCES queue_purposes (id),
    priority       TEXT NOT NULL CHECK (priority IN ('ordinary', 'elderly', 'pregnant', 'appointment')),
    appointment_at TEXT,
    state          TEXT NOT NULL CHECK (state IN ('issued', 'called', 'serving', 'done', 'no-show', 'redirected', 'on-hold')),
    issued_at      TEXT NOT NULL,
    called_at      TEXT,
    serving_at     TEXT,
    finished_at    TEXT,
    counter        TEXT,
    staff          TEXT,
    visit_ref      TEXT,
    redirected_to  BIGINT,
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (day, number)
);
-- The waiting tickets of some purposes, oldest first.
CREATE INDEX tickets_waiting ON tickets (state, purpose, issued_at);

-- Every change of a ticket's state, written in the same transaction.
CREATE TABLE ticket_history (
    id         {{ID}},
    ticket_id  BIGINT NOT NULL REFERENCES tickets (id),
    at         TEXT NOT NULL,
    from_state TEXT,
    to_state   TEXT NOT NULL,
    counter    TEXT,
    staff      TEXT,
    note       TEXT
);
CREATE INDEX ticket_history_ticket ON ticket_history (ticket_id, at);

-- The daily serial of each purpose's numbers.
CREATE TABLE ticket_serials (
    day     TEXT NOT NULL,
    purpose TEXT NOT NULL,
    last    INTEGER NOT NULL,
    PRIMARY KEY (day, purpose)
);
