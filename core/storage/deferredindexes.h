#pragma once

#include "common/result.h"

#include <QStringList>

namespace madoguchi::storage {

class Database;

// A first load into an empty register writes a million rows into tables
// with several secondary indexes; keeping each index up to date row by row
// (random b-tree inserts) costs more than building it once at the end,
// where SQLite sorts. deferIndexes() drops the secondary indexes of these
// tables and records their CREATE statements in meta ('deferred_indexes')
// in one transaction; restoreIndexes() builds them again and removes the
// record in another. Database::open() calls restoreIndexes(), so a load that
// died half-way never leaves a database without its indexes.
// SQLite only: on PostgreSQL both do nothing.
// Indexes named in `keep` stay (those a load fills in key order).
Status deferIndexes(Database& db, const QStringList& tables, const QStringList& keep = {});
Status restoreIndexes(Database& db);

} // namespace madoguchi::storage
