-- The search index (docs/search.md) and the access log, PostgreSQL variant.
-- Same tables and meaning as 0002_search_index.sqlite.sql (read that file's
-- comments); the differences are the engine's:
--  * key columns are COLLATE "C", so range scans follow code-point order
--    exactly like SQLite's BINARY and both engines walk the same rows;
--  * addresses: pg_trgm cannot see kanji and kana in the databases we
--    create (LC_CTYPE C treats them as separators), so the index is a GIN
--    over the distinct bigrams of the folded text, and every candidate is
--    re-checked with strpos (exact substring semantics, like FTS5 trigram).

CREATE TABLE search_keys (
    key       TEXT COLLATE "C" NOT NULL,
    person_id BIGINT NOT NULL,
    kind      SMALLINT NOT NULL,
    form      SMALLINT NOT NULL,
    PRIMARY KEY (key, person_id)
);
CREATE INDEX search_keys_person ON search_keys (person_id);

CREATE TABLE search_addresses (
    household_id BIGINT PRIMARY KEY,
    text         TEXT COLLATE "C" NOT NULL,
    grams        TEXT[] NOT NULL              -- distinct 2-character substrings of text
);
CREATE INDEX search_addresses_grams ON search_addresses USING gin (grams);

CREATE TABLE access_log (
    id              {{ID}},
    at              TEXT NOT NULL,
    operator        TEXT NOT NULL,
    terminal        TEXT NOT NULL,
    office          TEXT NOT NULL,
    person_id       BIGINT,
    function        TEXT NOT NULL,
    my_number_shown INTEGER NOT NULL DEFAULT 0 CHECK (my_number_shown IN (0, 1))
);
CREATE INDEX access_log_person ON access_log (person_id);
