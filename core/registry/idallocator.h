#pragma once

#include "common/result.h"
#include "storage/databaselocation.h"

#include <QList>
#include <QSqlDatabase>

namespace madoguchi::registry {

// Hands out the ids of new rows before they are written, so the importer can
// stamp change_seq and foreign keys without a round trip per row and write
// rows in multi-row INSERTs. SQLite: the next id after MAX, read at the start
// of each transaction (the write lock we then hold keeps it ours).
// PostgreSQL: blocks reserved from the table's identity sequence, which is
// safe beside other writers.
class IdAllocator {
public:
    IdAllocator(QString table, QString column);

    // Call after BEGIN, before the first next().
    Status begin(QSqlDatabase& db, storage::Engine engine);
    Result<qint64> next();

private:
    Status reserve();

    QString m_table;
    QString m_column;
    QSqlDatabase m_db;
    storage::Engine m_engine = storage::Engine::Sqlite;
    qint64 m_next = 0;
    QList<qint64> m_reserved;
};

} // namespace madoguchi::registry
