#pragma once

#include "common/result.h"
#include "registry/searchkeys.h"

#include <QByteArray>
#include <QList>
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
    // Sorts and inserts every key (search_keys must be empty), then frees
    // the memory.
    Status write(storage::Database& db);

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
};

} // namespace madoguchi::registry
