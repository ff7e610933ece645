-- Past addresses in the search (docs/search.md, "Former addresses"), SQLite
-- variant. A million residents have over a million address_history rows but
-- only a few hundred thousand distinct addresses, so the trigram index holds
-- each distinct folded text once (searchkeys.h addressText), under a small
-- id of its own (rowid: FTS5 stores rowid deltas, and small ids keep them a
-- byte or two), and a second table maps a text to the persons who lived
-- there. The map only grows between rebuilds: a search re-checks every
-- candidate against its address_history, so a row left behind by a changed
-- history can never produce a result.
CREATE VIRTUAL TABLE search_former_addresses USING fts5(text, tokenize = 'trigram case_sensitive 1', detail = none, columnsize = 0);
CREATE TABLE search_former_address_persons (
    text_id   INTEGER NOT NULL,
    person_id INTEGER NOT NULL,
    PRIMARY KEY (text_id, person_id)
) WITHOUT ROWID;
