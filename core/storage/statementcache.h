#pragma once

#include "common/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>

namespace madoguchi::storage {

// Statements prepared once per connection and executed many times. On
// PostgreSQL, Qt prepares a statement with a round trip of its own and
// deallocates it with another when the query object goes, so a statement
// run through exec() (sqlerror.h) costs three round trips and a plan; a
// cached one costs one. For the hot paths of a service that lives as long
// as its connection (the ticket store at 50 desks, docs/queue.md).
class StatementCache {
public:
    explicit StatementCache(QSqlDatabase& db);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Prepares `sql` the first time, binds `values` by position and
    // executes it. The query stays owned by the cache: read it, then
    // finish() it (on SQLite an unfinished SELECT holds its read lock).
    // A statement that fails is dropped, so the next call prepares it anew
    // (after a lost connection, for instance).
    Result<QSqlQuery*> exec(const QString& sql, const QVariantList& values, const QString& doing);

    // Prepares `sql` now, without executing it, so that its first exec()
    // costs what the later ones do (already prepared: nothing to do).
    Status prepare(const QString& sql, const QString& doing);

private:
    QSqlDatabase& m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace madoguchi::storage
