-- Branch replica at rest (issue #9 item 4, docs/branch.md "Replica at
-- rest"). In a replica, persons.my_number holds a sealed value (random
-- nonce, so equal numbers never look equal); a search by 個人番号 finds the
-- person through this blind index instead: hex of a keyed hash of the
-- number, the key derived from the replica's key in the OS keychain
-- (core/sync/replicacipher.h). At the hall and on a standalone desk the
-- column stays NULL. Portable SQL for SQLite and PostgreSQL.
ALTER TABLE persons ADD COLUMN my_number_index TEXT;
CREATE INDEX persons_my_number_index ON persons (my_number_index)
    WHERE my_number_index IS NOT NULL;
