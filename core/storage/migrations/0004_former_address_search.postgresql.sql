-- Past addresses in the search, PostgreSQL variant: the same two tables as
-- 0004_former_address_search.sqlite.sql (read its comments), with the bigram
-- GIN of search_addresses (0002) instead of FTS5 trigrams, and a unique
-- index to find a text's id.
CREATE TABLE search_former_addresses (
    text_id BIGINT PRIMARY KEY,
    text    TEXT COLLATE "C" NOT NULL UNIQUE,
    grams   TEXT[] NOT NULL
);
CREATE INDEX search_former_addresses_grams ON search_former_addresses USING gin (grams);
CREATE TABLE search_former_address_persons (
    text_id   BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (text_id, person_id)
);
