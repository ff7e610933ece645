#include "registry/searchindex.h"

#include "registry/searchindexrows.h"
#include "registry/searchkeys.h"
#include "storage/bulkinsert.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace madoguchi::registry {
namespace {

constexpr int kChunk = 20'000;

bool isSqlite(const storage::Database& db)
{
    return db.engine() == storage::Engine::Sqlite;
}

Status run(QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    Result<QSqlQuery> done = storage::exec(
        db, sql, values, QCoreApplication::translate("SearchIndex", "updating the search index"));
    if (!done)
        return done.error();
    return {};
}

// Rows go to a staging table first and reach search_keys sorted by its
// key, so the clustered b-tree is written front to back (compact pages,
// no random page splits); the person index is built once at the end.
Status beginKeys(storage::Database& database)
{
    QSqlDatabase& db = database.sql();
    for (const char* sql : {"DELETE FROM search_keys", "DROP INDEX search_keys_person"})
        if (Status s = run(db, QString::fromLatin1(sql)); !s)
            return s;
    if (isSqlite(database))
        return run(db,
            QStringLiteral("CREATE TEMP TABLE search_keys_staging "
                           "(key TEXT, person_id INTEGER, kind INTEGER, form INTEGER)"));
    return run(db, QStringLiteral("ALTER TABLE search_keys DROP CONSTRAINT search_keys_pkey"));
}

Status endKeys(storage::Database& database)
{
    QSqlDatabase& db = database.sql();
    if (isSqlite(database)) {
        if (Status s = run(db,
                QStringLiteral("INSERT INTO search_keys (key, person_id, kind, form) "
                               "SELECT key, person_id, kind, form FROM search_keys_staging "
                               "ORDER BY key, person_id"));
            !s)
            return s;
        if (Status s = run(db, QStringLiteral("DROP TABLE search_keys_staging")); !s)
            return s;
    } else if (Status s = run(
                   db, QStringLiteral("ALTER TABLE search_keys ADD PRIMARY KEY (key, person_id)"));
               !s) {
        return s;
    }
    // Must stay the index of migration 0002.
    if (Status s
        = run(db, QStringLiteral("CREATE INDEX search_keys_person ON search_keys (person_id)"));
        !s)
        return s;
    // PostgreSQL plans the probes from statistics; fresh tables have none
    // until autovacuum comes by.
    if (!isSqlite(database))
        return run(db, QStringLiteral("ANALYZE search_keys, search_addresses"));
    return {};
}

void addKeys(storage::BulkInsert& keys, const IndexedPerson& p)
{
    if (!p.resident)
        return; // removed persons (除票) are not searched: docs/search.md
    for (const NameKey& k : nameKeys(p.currentNames, p.formerNames))
        keys.add({k.key, p.id, k.kind, k.form});
}

Status prepareAddresses(storage::Database& database, storage::BulkInsert& addresses)
{
    return addresses.prepare(database.sql());
}

void addAddress(
    const storage::Database& database, storage::BulkInsert& addresses, const IndexedHousehold& h)
{
    if (isSqlite(database))
        addresses.add({h.id, h.text});
    else
        addresses.add({h.id, h.text, addressGramsLiteral(h.text)});
}

storage::BulkInsert addressWriter(const storage::Database& database)
{
    return isSqlite(database)
        ? storage::BulkInsert(
            QStringLiteral("search_addresses"), {QStringLiteral("rowid"), QStringLiteral("text")})
        : storage::BulkInsert(QStringLiteral("search_addresses"),
            {QStringLiteral("household_id"), QStringLiteral("text"), QStringLiteral("grams")});
}

QString addressKeyColumn(const storage::Database& database)
{
    return isSqlite(database) ? QStringLiteral("rowid") : QStringLiteral("household_id");
}

Result<qint64> countResidents(QSqlDatabase& db)
{
    Result<QSqlQuery> q = storage::exec(db, QStringLiteral("SELECT COUNT(*) FROM persons"), {},
        QCoreApplication::translate("SearchIndex", "counting the residents"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace

Status reindexPersons(storage::Database& database, const QList<qint64>& personIds)
{
    if (personIds.isEmpty())
        return {};
    QSqlDatabase& db = database.sql();
    Result<QList<IndexedPerson>> persons = readPersons(db, 0, 0, personIds);
    if (!persons)
        return persons.error();
    storage::BulkInsert keys(QStringLiteral("search_keys"),
        {QStringLiteral("key"), QStringLiteral("person_id"), QStringLiteral("kind"),
            QStringLiteral("form")});
    storage::BulkInsert addresses = addressWriter(database);
    if (Status s = keys.prepare(db); !s)
        return s;
    if (Status s = prepareAddresses(database, addresses); !s)
        return s;
    QSet<qint64> households;
    for (qint64 id : personIds)
        if (Status s = run(db, QStringLiteral("DELETE FROM search_keys WHERE person_id = ?"), {id});
            !s)
            return s;
    for (const IndexedPerson& p : persons.value()) {
        addKeys(keys, p);
        households.insert(p.householdId);
    }
    if (Status s = keys.flush(); !s)
        return s;
    const QList<qint64> householdIds(households.cbegin(), households.cend());
    Result<QList<IndexedHousehold>> rows = readHouseholds(db, 0, 0, householdIds);
    if (!rows)
        return rows.error();
    for (qint64 id : householdIds)
        if (Status s = run(db,
                QStringLiteral("DELETE FROM search_addresses WHERE ") + addressKeyColumn(database)
                    + QStringLiteral(" = ?"),
                {id});
            !s)
            return s;
    for (const IndexedHousehold& h : rows.value())
        addAddress(database, addresses, h);
    return addresses.flush();
}

Status rebuildSearchIndex(
    storage::Database& database, const std::function<void(qint64 done, qint64 total)>& progress)
{
    QSqlDatabase& db = database.sql();
    Result<qint64> total = countResidents(db);
    if (!total)
        return total.error();
    storage::Transaction transaction(db);
    if (Status s = transaction.begun(); !s)
        return s;
    if (Status s = beginKeys(database); !s)
        return s;
    if (Status s = run(db, QStringLiteral("DELETE FROM search_addresses")); !s)
        return s;
    storage::BulkInsert keys(
        isSqlite(database) ? QStringLiteral("search_keys_staging") : QStringLiteral("search_keys"),
        {QStringLiteral("key"), QStringLiteral("person_id"), QStringLiteral("kind"),
            QStringLiteral("form")});
    storage::BulkInsert addresses = addressWriter(database);
    if (Status s = keys.prepare(db); !s)
        return s;
    if (Status s = prepareAddresses(database, addresses); !s)
        return s;

    qint64 done = 0;
    for (qint64 after = 0;;) {
        Result<QList<IndexedPerson>> chunk = readPersons(db, after, kChunk);
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            break;
        for (const IndexedPerson& p : chunk.value()) {
            addKeys(keys, p);
            if (keys.pendingRows() >= storage::BulkInsert::kMaxRows)
                if (Status s = keys.flush(); !s)
                    return s;
        }
        after = chunk->last().id;
        done += chunk->size();
        if (progress)
            progress(done, total.value());
    }
    if (Status s = keys.flush(); !s)
        return s;
    for (qint64 after = 0;;) {
        Result<QList<IndexedHousehold>> chunk = readHouseholds(db, after, kChunk);
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            break;
        for (const IndexedHousehold& h : chunk.value()) {
            addAddress(database, addresses, h);
            if (addresses.pendingRows() >= storage::BulkInsert::kMaxRows)
                if (Status s = addresses.flush(); !s)
                    return s;
        }
        after = chunk->last().id;
    }
    if (Status s = addresses.flush(); !s)
        return s;
    if (Status s = endKeys(database); !s)
        return s;
    return transaction.commit();
}

} // namespace madoguchi::registry
