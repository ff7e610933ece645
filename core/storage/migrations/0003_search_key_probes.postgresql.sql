-- Name probes without skipped rows (docs/search.md, "The index"), PostgreSQL
-- only. A probe filters on `form` (spelling: form <> 2, folded: form <> 1),
-- which the primary key does not hold, so a common range such as ワタ (where
-- ワタナヘ, the folded keys of every ワタナベ, sort before the spellings)
-- made PostgreSQL fetch and discard tens of thousands of heap rows. A
-- partial index per probe holds only the rows it may return, in the same
-- (key, person_id) order, with `kind` for an index-only scan. SQLite needs
-- none: its search_keys is WITHOUT ROWID, form is in the b-tree itself.
CREATE INDEX search_keys_spelling ON search_keys (key, person_id) INCLUDE (kind) WHERE form <> 2;
CREATE INDEX search_keys_folded ON search_keys (key, person_id) INCLUDE (kind) WHERE form <> 1;
