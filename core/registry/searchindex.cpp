#include "registry/searchindex.h"

#include "registry/formeraddressindex.h"
#include "registry/searchindexrows.h"
#include "registry/searchkeyload.h"
#include "registry/searchkeys.h"
#include "storage/bulkinsert.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace madoguchi::registry {
namespace {

constexpr int kChunk = 20'000;
// Ids per IN (?, …) list: Qt's SQLite driver binds such a list in time
// quadratic in its length.
constexpr qsizetype kIdsPerRead = 500;

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

QString doingIndex()
{
    return QCoreApplication::translate("SearchIndex", "updating the search index");
}

Status prepare(QSqlQuery& query, const QString& sql)
{
    if (!query.prepare(sql))
        return storage::sqlError(doingIndex(), query);
    return {};
}

Status execWith(QSqlQuery& query, qint64 id)
{
    query.bindValue(0, id);
    if (!query.exec())
        return storage::sqlError(doingIndex(), query);
    return {};
}

// The keys are collected in memory and written sorted (searchkeyload.h);
// the person index (and on PostgreSQL the primary key and the probe
// indexes) are built once at the end.
Status beginKeys(storage::Database& database)
{
    QSqlDatabase& db = database.sql();
    for (const char* sql : {"DELETE FROM search_keys", "DROP INDEX search_keys_person"})
        if (Status s = run(db, QString::fromLatin1(sql)); !s)
            return s;
    if (isSqlite(database))
        return {};
    for (const char* sql : {"DROP INDEX search_keys_spelling", "DROP INDEX search_keys_folded"})
        if (Status s = run(db, QString::fromLatin1(sql)); !s)
            return s;
    return run(db, QStringLiteral("ALTER TABLE search_keys DROP CONSTRAINT search_keys_pkey"));
}

Status endKeys(storage::Database& database)
{
    QSqlDatabase& db = database.sql();
    if (!isSqlite(database))
        if (Status s
            = run(db, QStringLiteral("ALTER TABLE search_keys ADD PRIMARY KEY (key, person_id)"));
            !s)
            return s;
    // Must stay the index of migration 0002.
    if (Status s
        = run(db, QStringLiteral("CREATE INDEX search_keys_person ON search_keys (person_id)"));
        !s)
        return s;
    if (isSqlite(database))
        return {};
    // Must stay the probe indexes of migration 0003.
    for (const char* sql :
        {"CREATE INDEX search_keys_spelling ON search_keys (key, person_id) INCLUDE (kind) "
         "WHERE form <> 2",
            "CREATE INDEX search_keys_folded ON search_keys (key, person_id) INCLUDE (kind) "
            "WHERE form <> 1"})
        if (Status s = run(db, QString::fromLatin1(sql)); !s)
            return s;
    // PostgreSQL plans the probes from statistics; fresh tables have none
    // until autovacuum comes by.
    return run(db,
        QStringLiteral("ANALYZE search_keys, search_addresses, "
                       "search_former_addresses, search_former_address_persons"));
}

void addKeys(storage::BulkInsert& keys, const IndexedPerson& p)
{
    if (!p.resident)
        return; // removed persons (除票) are not searched: docs/search.md
    for (const NameKey& k : indexedKeys(p))
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
    // Sorted: the former names of a slice are read by id range.
    QList<qint64> ids = personIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    storage::BulkInsert keys(QStringLiteral("search_keys"),
        {QStringLiteral("key"), QStringLiteral("person_id"), QStringLiteral("kind"),
            QStringLiteral("form")});
    storage::BulkInsert addresses = addressWriter(database);
    if (Status s = keys.prepare(db); !s)
        return s;
    if (Status s = prepareAddresses(database, addresses); !s)
        return s;
    QSqlQuery dropKeys(db), dropAddress(db);
    if (Status s = prepare(dropKeys, QStringLiteral("DELETE FROM search_keys WHERE person_id = ?"));
        !s)
        return s;
    if (Status s = prepare(dropAddress,
            QStringLiteral("DELETE FROM search_addresses WHERE ") + addressKeyColumn(database)
                + QStringLiteral(" = ?"));
        !s)
        return s;
    QSet<qint64> households;
    for (qsizetype at = 0; at < ids.size(); at += kIdsPerRead) {
        const QList<qint64> slice = ids.mid(at, kIdsPerRead);
        Result<QList<IndexedPerson>> persons = readPersons(db, 0, 0, slice);
        if (!persons)
            return persons.error();
        for (qint64 id : slice)
            if (Status s = execWith(dropKeys, id); !s)
                return s;
        for (const IndexedPerson& p : persons.value()) {
            addKeys(keys, p);
            households.insert(p.householdId);
            if (keys.pendingRows() >= storage::BulkInsert::kMaxRows)
                if (Status s = keys.flush(); !s)
                    return s;
        }
    }
    if (Status s = keys.flush(); !s)
        return s;
    QList<qint64> householdIds(households.cbegin(), households.cend());
    std::sort(householdIds.begin(), householdIds.end());
    for (qsizetype at = 0; at < householdIds.size(); at += kIdsPerRead) {
        const QList<qint64> slice = householdIds.mid(at, kIdsPerRead);
        Result<QList<IndexedHousehold>> rows = readHouseholds(db, 0, 0, slice);
        if (!rows)
            return rows.error();
        for (qint64 id : slice)
            if (Status s = execWith(dropAddress, id); !s)
                return s;
        for (const IndexedHousehold& h : rows.value()) {
            addAddress(database, addresses, h);
            if (addresses.pendingRows() >= storage::BulkInsert::kMaxRows)
                if (Status s = addresses.flush(); !s)
                    return s;
        }
    }
    if (Status s = addresses.flush(); !s)
        return s;
    return addFormerAddresses(database, ids);
}

Status rebuildSearchIndex(storage::Database& database,
    const std::function<void(qint64 done, qint64 total)>& progress, SearchKeyLoad* preloaded)
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
    SearchKeyLoad ownLoad;
    SearchKeyLoad& keys = preloaded ? *preloaded : ownLoad;
    storage::BulkInsert addresses = addressWriter(database);
    if (Status s = prepareAddresses(database, addresses); !s)
        return s;

    qint64 done = 0;
    for (qint64 after = 0; !preloaded;) {
        Result<QList<IndexedPerson>> chunk = readPersons(db, after, kChunk);
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            break;
        for (const IndexedPerson& p : chunk.value())
            if (p.resident) // removed persons (除票) are not searched: docs/search.md
                keys.add(p.id, indexedKeys(p));
        after = chunk->last().id;
        done += chunk->size();
        if (progress)
            progress(done, total.value());
    }
    if (Status s = keys.write(database); !s)
        return s;
    const auto addAll = [&](const QList<IndexedHousehold>& households) -> Status {
        for (const IndexedHousehold& h : households) {
            addAddress(database, addresses, h);
            if (addresses.pendingRows() >= storage::BulkInsert::kMaxRows)
                if (Status s = addresses.flush(); !s)
                    return s;
        }
        return {};
    };
    if (preloaded) {
        QList<IndexedHousehold> handedOver;
        for (auto& [id, text] : preloaded->takeAddresses())
            handedOver.append({id, std::move(text)});
        if (Status s = addAll(handedOver); !s)
            return s;
    }
    for (qint64 after = 0; !preloaded;) {
        Result<QList<IndexedHousehold>> chunk = readHouseholds(db, after, kChunk);
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            break;
        if (Status s = addAll(chunk.value()); !s)
            return s;
        after = chunk->last().id;
    }
    if (Status s = addresses.flush(); !s)
        return s;
    if (Status s = rebuildFormerAddresses(database); !s)
        return s;
    if (Status s = endKeys(database); !s)
        return s;
    return transaction.commit();
}

} // namespace madoguchi::registry
