#pragma once

#include "common/result.h"

#include <QList>
#include <functional>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::registry {

// The search keys of the register (docs/search.md), kept beside the rows
// they describe. Every writer of persons, households, names or addresses
// calls reindexPersons() for what it changed, inside its own transaction;
// bulk loaders (demo seed) call rebuildSearchIndex() once at the end.

// Recomputes the keys of these persons (inserted, updated or removed).
Status reindexPersons(storage::Database& db, const QList<qint64>& personIds);

class SearchKeyLoad;

// Drops and recomputes every key. `progress(done, total)` may be empty.
// `preloaded`, when given, holds every resident's name keys and every
// household's address text already (a first import computes them while it
// writes): the persons and households are not read back. It is emptied.
Status rebuildSearchIndex(storage::Database& db,
    const std::function<void(qint64 done, qint64 total)>& progress = {},
    SearchKeyLoad* preloaded = nullptr);

} // namespace madoguchi::registry
