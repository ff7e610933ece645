-- The resident register (COUNTER-DOMAIN §3), designed whole so that import,
-- search, the desk and branch sync all build on the same tables.
--
-- Portable SQL for SQLite and PostgreSQL. The migrator replaces {{ID}} with
-- each engine's auto-numbered 64-bit key. Dates are TEXT in the storage form
-- of core/text/japanesedate.h: ISO `YYYY-MM-DD` when exact, shorter forms
-- for 不詳 dates (docs/dates-and-identifiers.md). Times are ISO 8601 UTC.
-- Booleans are INTEGER 0/1. Every register table carries `version` (bumped
-- on each change of that row, for optimistic checks) and `change_seq` (the
-- value of the global change sequence at the row's last change, for sync).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The global change sequence: one row per change to a register record.
-- Branch offices pull everything with seq above their watermark.
CREATE TABLE register_changes (
    seq        {{ID}},
    entity     TEXT NOT NULL CHECK (entity IN ('household', 'person', 'entitlement', 'support_measure', 'name_history', 'address_history')),
    entity_id  BIGINT NOT NULL,
    operation  TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    changed_at TEXT NOT NULL
);

-- 世帯: the address belongs to the household; its head is the member whose
-- relationship is 世帯主.
CREATE TABLE households (
    id           {{ID}},
    setai_no     TEXT NOT NULL UNIQUE,          -- 世帯番号 with its mod-11 check digit
    address_code TEXT NOT NULL,                 -- 住所コード: pref 2 + city 3 + 大字 3 + 小字 3
    postal_code  TEXT NOT NULL,                 -- 7 digits, no hyphen
    address      TEXT NOT NULL,                 -- 住所 without 方書
    katagaki     TEXT NOT NULL DEFAULT '',      -- 方書 (building, room)
    formed_on    TEXT,                          -- 世帯 formed
    dogs         INTEGER NOT NULL DEFAULT 0,    -- registered dogs (犬の登録)
    version      INTEGER NOT NULL DEFAULT 1,
    change_seq   BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX households_address_code ON households (address_code);
CREATE INDEX households_change_seq ON households (change_seq);

CREATE TABLE persons (
    id                 {{ID}},
    atena_no           TEXT NOT NULL UNIQUE,    -- 宛名番号 with its mod-11 check digit
    household_id       BIGINT NOT NULL REFERENCES households (id),
    relationship       TEXT NOT NULL,           -- 続柄 (世帯主, 妻, 子, 子の子 …)
    name_kanji         TEXT NOT NULL,           -- 氏名: family and given name, one space between
    name_kana          TEXT NOT NULL,           -- フリガナ in katakana, one space between
    kana_confirmed     INTEGER NOT NULL DEFAULT 0 CHECK (kana_confirmed IN (0, 1)),
    kyuuji             TEXT,                    -- 旧氏
    kyuuji_kana        TEXT,
    tsusho             TEXT,                    -- 通称 (foreign residents)
    tsusho_kana        TEXT,
    alphabet_name      TEXT,                    -- foreign residents
    birth_date         TEXT NOT NULL,           -- storage form; 'XXXX-XX-XX' when wholly unknown (年月日不詳)
    sex                INTEGER NOT NULL CHECK (sex IN (0, 1, 2, 9)),  -- ISO 5218
    honseki            TEXT,                    -- 本籍 (Japanese nationals)
    hittousha          TEXT,                    -- 筆頭者
    became_resident_on TEXT,                    -- 住民となった年月日
    moved_in_on        TEXT,                    -- 住定日
    notified_on        TEXT,                    -- 届出日
    previous_address   TEXT,                    -- 転入前住所
    my_number          TEXT,                    -- 個人番号 (12 digits): hidden by default, every read audited
    resident_code      TEXT,                    -- 住民票コード (11 digits)
    nationality        TEXT,                    -- 国籍・地域; NULL for Japanese nationals
    residence_status   TEXT,                    -- 在留資格
    residence_expiry   TEXT,                    -- 在留期間の満了日
    residence_card_no  TEXT,                    -- 在留カード番号
    status             TEXT NOT NULL DEFAULT 'resident' CHECK (status IN ('resident', 'removed')),
    removed_on         TEXT,                    -- 消除日 (除票)
    removal_reason     TEXT,                    -- 転出, 死亡, 職権消除 …
    version            INTEGER NOT NULL DEFAULT 1,
    change_seq         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX persons_household ON persons (household_id);
CREATE INDEX persons_birth_date ON persons (birth_date);
CREATE UNIQUE INDEX persons_my_number ON persons (my_number) WHERE my_number IS NOT NULL;
CREATE UNIQUE INDEX persons_resident_code ON persons (resident_code) WHERE resident_code IS NOT NULL;
CREATE INDEX persons_residence_card_no ON persons (residence_card_no) WHERE residence_card_no IS NOT NULL;
CREATE INDEX persons_change_seq ON persons (change_seq);

-- 他業務照会: what the business systems know, one row per person.
CREATE TABLE entitlements (
    person_id              BIGINT PRIMARY KEY REFERENCES persons (id) ON DELETE CASCADE,
    insurance              TEXT NOT NULL DEFAULT 'none' CHECK (insurance IN ('kokuho', 'shaho', 'kouki', 'seiho', 'none')),
    insurance_since        TEXT,
    kaigo                  TEXT NOT NULL DEFAULT 'none' CHECK (kaigo IN ('none', 'insured', 'certified')),
    kaigo_care_level       TEXT,                -- 要支援1–2, 要介護1–5 when certified
    nenkin_category        TEXT NOT NULL DEFAULT 'none' CHECK (nenkin_category IN ('1', '2', '3', 'recipient', 'none')),
    jidou_teate_recipient  INTEGER NOT NULL DEFAULT 0 CHECK (jidou_teate_recipient IN (0, 1)),
    jidou_teate_since      TEXT,
    mynumber_card          INTEGER NOT NULL DEFAULT 0 CHECK (mynumber_card IN (0, 1)),
    mynumber_card_expiry   TEXT,
    disability_certificate INTEGER NOT NULL DEFAULT 0 CHECK (disability_certificate IN (0, 1)),
    child_medical          INTEGER NOT NULL DEFAULT 0 CHECK (child_medical IN (0, 1)),   -- 子ども医療証
    single_parent_medical  INTEGER NOT NULL DEFAULT 0 CHECK (single_parent_medical IN (0, 1)),
    seal_registered        INTEGER NOT NULL DEFAULT 0 CHECK (seal_registered IN (0, 1)), -- 印鑑登録
    version                INTEGER NOT NULL DEFAULT 1,
    change_seq             BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX entitlements_change_seq ON entitlements (change_seq);

-- DV等支援措置 (COUNTER-DOMAIN §6). Enforced fail-closed by the services.
CREATE TABLE support_measures (
    id               {{ID}},
    person_id        BIGINT NOT NULL REFERENCES persons (id),
    level            TEXT NOT NULL CHECK (level IN ('alert', 'error')),
    provisional      INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1)),
    starts_on        TEXT NOT NULL,
    ends_on          TEXT NOT NULL,             -- one year, alert a month before
    restricted_party TEXT,                      -- who must not learn the address
    note             TEXT,
    version          INTEGER NOT NULL DEFAULT 1,
    change_seq       BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX support_measures_person ON support_measures (person_id);
CREATE INDEX support_measures_change_seq ON support_measures (change_seq);

-- Past names and addresses stay findable.
CREATE TABLE name_history (
    id         {{ID}},
    person_id  BIGINT NOT NULL REFERENCES persons (id),
    name_kanji TEXT NOT NULL,
    name_kana  TEXT,
    until_on   TEXT,
    version    INTEGER NOT NULL DEFAULT 1,
    change_seq BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX name_history_person ON name_history (person_id);

CREATE TABLE address_history (
    id           {{ID}},
    person_id    BIGINT NOT NULL REFERENCES persons (id),
    address_code TEXT,
    postal_code  TEXT,
    address      TEXT NOT NULL,
    katagaki     TEXT NOT NULL DEFAULT '',
    from_on      TEXT,
    until_on     TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    change_seq   BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX address_history_person ON address_history (person_id);
