#pragma once

#include <QSqlDatabase>
#include <QString>

namespace madoguchi::storage {

class Database;

// A larger SQLite page cache for one bulk job on this connection, given back
// when the job ends. SQLite's default (2 MiB) is far smaller than the unique
// indexes on random numbers (atena_no, 個人番号, …) of a large register, so a
// bulk load would otherwise read most index pages back from the OS for every
// row it inserts. Does nothing on PostgreSQL.
class SqliteCacheSize {
public:
    SqliteCacheSize(Database& database, int mebibytes);
    ~SqliteCacheSize();
    SqliteCacheSize(const SqliteCacheSize&) = delete;
    SqliteCacheSize& operator=(const SqliteCacheSize&) = delete;

private:
    QSqlDatabase m_db;
    QString m_previous; // empty: nothing to give back
};

} // namespace madoguchi::storage
