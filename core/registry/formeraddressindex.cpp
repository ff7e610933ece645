#include "registry/formeraddressindex.h"

#include "registry/searchindexrows.h"
#include "registry/searchkeys.h"
#include "registry/searchstatements.h"
#include "storage/bulkinsert.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <utility>
#include <vector>

namespace madoguchi::registry {
namespace {

constexpr int kChunk = 20'000;
// Ids per IN (?, …) list (see searchindex.cpp).
constexpr qsizetype kIdsPerRead = 500;

QString doing()
{
    return QCoreApplication::translate("SearchIndex", "indexing the former addresses");
}

bool isSqlite(const storage::Database& db)
{
    return db.engine() == storage::Engine::Sqlite;
}

Status run(QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    Result<QSqlQuery> done = storage::exec(db, sql, values, doing());
    if (!done)
        return done.error();
    return {};
}

struct FormerAddress {
    qint64 historyId = 0;
    qint64 personId = 0;
    QString text; // addressText()
};

const QString kSelect
    = QStringLiteral("SELECT h.id, h.person_id, h.address, h.katagaki FROM address_history h "
                     "JOIN persons p ON p.id = h.person_id WHERE p.status = 'resident' AND ");

Result<QList<FormerAddress>> collect(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<FormerAddress> rows;
    while (query->next())
        rows.append({query->value(0).toLongLong(), query->value(1).toLongLong(),
            addressText(query->value(2).toString(), query->value(3).toString())});
    return rows;
}

// History rows after `afterId`, in id order, at most `limit`.
Result<QList<FormerAddress>> readChunk(QSqlDatabase& db, qint64 afterId, int limit)
{
    return collect(storage::exec(
        db, kSelect + QStringLiteral("h.id > ? ORDER BY h.id LIMIT ?"), {afterId, limit}, doing()));
}

Result<QList<FormerAddress>> readOf(QSqlDatabase& db, const QList<qint64>& personIds)
{
    QList<FormerAddress> rows;
    for (qsizetype at = 0; at < personIds.size(); at += kIdsPerRead) {
        const QList<qint64> slice = personIds.mid(at, kIdsPerRead);
        Result<QList<FormerAddress>> part = collect(storage::exec(db,
            kSelect + QStringLiteral("h.person_id IN (") + inPlaceholders(slice.size())
                + QStringLiteral(") ORDER BY h.id"),
            inValues(slice), doing()));
        if (!part)
            return part.error();
        rows.append(part.value());
    }
    return rows;
}

storage::BulkInsert textWriter(const storage::Database& database)
{
    return isSqlite(database)
        ? storage::BulkInsert(QStringLiteral("search_former_addresses"),
            {QStringLiteral("rowid"), QStringLiteral("text")})
        : storage::BulkInsert(QStringLiteral("search_former_addresses"),
            {QStringLiteral("text_hash"), QStringLiteral("text"), QStringLiteral("grams")});
}

void addText(
    const storage::Database& database, storage::BulkInsert& texts, qint64 hash, const QString& text)
{
    if (isSqlite(database))
        texts.add({hash, text});
    else
        texts.add({hash, text, addressGramsLiteral(text)});
}

Status flushIfFull(storage::BulkInsert& rows)
{
    if (rows.pendingRows() >= storage::BulkInsert::kMaxRows)
        return rows.flush();
    return {};
}

} // namespace

Status rebuildFormerAddresses(storage::Database& database)
{
    QSqlDatabase& db = database.sql();
    for (const char* sql :
        {"DELETE FROM search_former_addresses", "DELETE FROM search_former_address_persons"})
        if (Status s = run(db, QString::fromLatin1(sql)); !s)
            return s;
    storage::BulkInsert texts = textWriter(database);
    storage::BulkInsert links(QStringLiteral("search_former_address_persons"),
        {QStringLiteral("text_hash"), QStringLiteral("person_id")});
    if (Status s = texts.prepare(db); !s)
        return s;
    if (Status s = links.prepare(db); !s)
        return s;
    // The links are written sorted (the clustered key's order), so the
    // b-tree fills front to back; a million pairs are 16 MB here.
    QSet<qint64> seen;
    std::vector<std::pair<qint64, qint64>> pairs;
    for (qint64 after = 0;;) {
        Result<QList<FormerAddress>> chunk = readChunk(db, after, kChunk);
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            break;
        for (const FormerAddress& row : chunk.value()) {
            const qint64 hash = addressTextHash(row.text);
            if (!seen.contains(hash)) {
                seen.insert(hash);
                addText(database, texts, hash, row.text);
                if (Status s = flushIfFull(texts); !s)
                    return s;
            }
            pairs.emplace_back(hash, row.personId);
        }
        after = chunk->last().historyId;
    }
    if (Status s = texts.flush(); !s)
        return s;
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (const auto& [hash, person] : pairs) {
        links.add({hash, person});
        if (Status s = flushIfFull(links); !s)
            return s;
    }
    return links.flush();
}

Status addFormerAddresses(storage::Database& database, const QList<qint64>& personIds)
{
    QSqlDatabase& db = database.sql();
    Result<QList<FormerAddress>> rows = readOf(db, personIds);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return {};
    const bool sqlite = isSqlite(database);
    QSqlQuery addLink(db), hasText(db), addText(db);
    const QString linkSql = sqlite
        ? QStringLiteral("INSERT OR IGNORE INTO search_former_address_persons "
                         "(text_hash, person_id) VALUES (?, ?)")
        : QStringLiteral("INSERT INTO search_former_address_persons (text_hash, person_id) "
                         "VALUES (?, ?) ON CONFLICT DO NOTHING");
    const QString hasSql = sqlite
        ? QStringLiteral("SELECT 1 FROM search_former_addresses WHERE rowid = ?")
        : QStringLiteral("SELECT 1 FROM search_former_addresses WHERE text_hash = ?");
    const QString textSql = sqlite
        ? QStringLiteral("INSERT INTO search_former_addresses (rowid, text) VALUES (?, ?)")
        : QStringLiteral("INSERT INTO search_former_addresses (text_hash, text, grams) "
                         "VALUES (?, ?, CAST(? AS text[]))");
    for (auto [query, sql] :
        {std::pair{&addLink, linkSql}, {&hasText, hasSql}, {&addText, textSql}})
        if (!query->prepare(sql))
            return storage::sqlError(doing(), *query);
    for (const FormerAddress& row : rows.value()) {
        const qint64 hash = addressTextHash(row.text);
        hasText.bindValue(0, hash);
        if (!hasText.exec())
            return storage::sqlError(doing(), hasText);
        const bool known = hasText.next();
        hasText.finish();
        if (!known) {
            addText.bindValue(0, hash);
            addText.bindValue(1, row.text);
            if (!sqlite)
                addText.bindValue(2, addressGramsLiteral(row.text));
            if (!addText.exec())
                return storage::sqlError(doing(), addText);
        }
        addLink.bindValue(0, hash);
        addLink.bindValue(1, row.personId);
        if (!addLink.exec())
            return storage::sqlError(doing(), addLink);
    }
    return {};
}

Result<QHash<qint64, QStringList>> formerAddressTexts(
    QSqlDatabase& db, const QList<qint64>& personIds)
{
    Result<QList<FormerAddress>> rows = readOf(db, personIds);
    if (!rows)
        return rows.error();
    QHash<qint64, QStringList> texts;
    for (const FormerAddress& row : rows.value())
        texts[row.personId].append(row.text);
    return texts;
}

} // namespace madoguchi::registry
