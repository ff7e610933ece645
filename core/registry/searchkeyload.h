#pragma once

#include "common/result.h"
#include "registry/searchkeys.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>
#include <vector>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::registry {

// The name keys of a full rebuild, held in memory compactly (one byte
// arena, 16 bytes per key: about 190 MB for a million residents' five
// million keys) and written to the empty search_keys in its own order
// (key, person), so the clustered b-tree is built front to back. Sorting
// here takes a second; SQLite's sorter took six for the same rows.
class SearchKeyLoad {
public:
    void add(qint64 personId, const QList<NameKey>& keys);
    qsizetype size() const { return qsizetype(m_entries.size()); }
    // Puts the keys in search_keys' order. Touches only this object: it may
    // run on another thread while the database builds other indexes.
    void sort();
    // Sorts (unless sort() ran) and inserts every key (search_keys must be
    // empty), then frees the memory.
    Status write(storage::Database& db);

    // The address text (searchkeys.h addressText) of each household the load
    // inserted, so that the address index need not read them back.
    void addAddress(qint64 householdId, QString text);
    std::vector<std::pair<qint64, QString>> takeAddresses() { return std::exchange(m_addresses, {}); }

private:
    struct Entry {
        qint64 personId;
        quint32 offset; // of the key's UTF-8 in m_arena
        quint16 length;
        quint8 kind;
        quint8 form;
    };
    Status writeSqlite(storage::Database& db);
    Status writeGeneric(storage::Database& db);

    QByteArray m_arena;
    std::vector<Entry> m_entries;
    bool m_sorted = false;
    std::vector<std::pair<qint64, QString>> m_addresses;
};

} // namespace madoguchi::registry
