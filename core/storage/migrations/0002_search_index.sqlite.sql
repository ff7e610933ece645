-- The search index (docs/search.md) and the access log, SQLite variant.
--
-- Keys are derived data: core/registry/searchindex.cpp writes them from the
-- register (reindexPersons for what a writer changed, rebuildSearchIndex
-- for everything) and the search service reads them. Only residents
-- (persons.status = 'resident') are indexed.

-- Name keys, one row per (key, person). `key` is either the spelling of a
-- name (NFKC, no spaces, katakana, Latin upper case) or its folded search
-- key (core/text/folding.h searchKey); `form` says which: 1 spelling only,
-- 2 folded only, 3 both (they are equal). A name gives keys for the whole
-- name and for every part after the first (the given name); the family
-- name is a prefix of the whole name, so prefix lookups find it there.
-- `kind` 0 is a current name (氏名, 通称, alphabet name), 1 a former one
-- (name_history, 旧氏). Clustered on (key, person_id): exact and prefix
-- lookups are range scans in code-point order (BINARY), which is also the
-- order of PostgreSQL's COLLATE "C", so both engines walk the same rows.
CREATE TABLE search_keys (
    key       TEXT NOT NULL,
    person_id BIGINT NOT NULL,
    kind      INTEGER NOT NULL,
    form      INTEGER NOT NULL,
    PRIMARY KEY (key, person_id)
) WITHOUT ROWID;
-- Recomputing one person's keys deletes them by person.
CREATE INDEX search_keys_person ON search_keys (person_id);

-- Address text of each household: searchKey(address), a space, and
-- searchKey(方書). Queries are folded the same way and never contain a
-- space, so no match straddles the two. FTS5's trigram tokenizer answers
-- fragments of 3 characters and more from its index: the query asks for
-- all the fragment's trigrams (detail=none keeps no positions, a third of
-- the size) and instr() re-checks the candidates, so the semantics are
-- exactly PostgreSQL's strpos. Shorter fragments are scanned in household
-- order with an early stop. No bm25 ranking is used: columnsize=0.
CREATE VIRTUAL TABLE search_addresses USING fts5(text, tokenize = 'trigram case_sensitive 1', detail = none, columnsize = 0);

-- Who looked up whom (COUNTER-DOMAIN §6, spec 10.2). Minimal for now: the
-- search service writes one row per person found by a 個人番号 query (and
-- one with person_id NULL when it found nobody). Issue #5 turns this table
-- into the append-only, hash-chained audit log (adding the chain columns
-- in its own migration); nothing may update or delete rows here.
CREATE TABLE access_log (
    id              {{ID}},
    at              TEXT NOT NULL,              -- ISO 8601 UTC
    operator        TEXT NOT NULL,              -- staff id (for now the OS user)
    terminal        TEXT NOT NULL,              -- host name of the counter PC
    office          TEXT NOT NULL,              -- 本庁, 支所 …
    person_id       BIGINT,                     -- the record accessed; NULL when none was found
    function        TEXT NOT NULL,              -- e.g. 'search'
    my_number_shown INTEGER NOT NULL DEFAULT 0 CHECK (my_number_shown IN (0, 1))
);
CREATE INDEX access_log_person ON access_log (person_id);
