#include "registry/formeraddressindex.h"

#include "registry/searchindexrows.h"
#include "registry/searchkeys.h"
#include "registry/searchstatements.h"
#include "storage/bulkinsert.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
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
            {QStringLiteral("text_id"), QStringLiteral("text"), QStringLiteral("grams")});
}

void addText(
    const storage::Database& database, storage::BulkInsert& texts, qint64 id, const QString& text)
{
    if (isSqlite(database))
        texts.add({id, text});
    else
        texts.add({id, text, addressGramsLiteral(text)});
}

Status flushIfFull(storage::BulkInsert& rows)
{
    if (rows.pendingRows() >= storage::BulkInsert::kMaxRows)
        return rows.flush();
    return {};
}

// Finds or adds the id of a folded address text (addFormerAddresses).
class TextIds {
public:
    explicit TextIds(storage::Database& database)
        : m_database(database)
        , m_find(database.sql())
        , m_scan(database.sql())
        , m_last(database.sql())
        , m_add(database.sql())
    { }

    Status prepare()
    {
        // SQLite: FTS5 has no index on the text itself, but the text's own
        // trigrams find it among a handful of candidates.
        const bool sqlite = isSqlite(m_database);
        const std::pair<QSqlQuery*, QString> statements[] = {
            {&m_find,
                sqlite ? QStringLiteral("SELECT rowid FROM search_former_addresses "
                                        "WHERE search_former_addresses MATCH ? AND text = ?")
                       : QStringLiteral("SELECT text_id FROM search_former_addresses "
                                        "WHERE text = ?")},
            {&m_scan,
                sqlite ? QStringLiteral("SELECT rowid FROM search_former_addresses WHERE text = ?")
                       : QStringLiteral("SELECT text_id FROM search_former_addresses "
                                        "WHERE text = ?")},
            {&m_last,
                sqlite ? QStringLiteral("SELECT rowid FROM search_former_addresses "
                                        "ORDER BY rowid DESC LIMIT 1")
                       : QStringLiteral("SELECT MAX(text_id) FROM search_former_addresses")},
            {&m_add,
                sqlite
                    ? QStringLiteral("INSERT INTO search_former_addresses (rowid, text) "
                                     "VALUES (?, ?)")
                    : QStringLiteral("INSERT INTO search_former_addresses (text_id, text, grams) "
                                     "VALUES (?, ?, CAST(? AS text[]))")},
        };
        for (const auto& [query, sql] : statements)
            if (!query->prepare(sql))
                return storage::sqlError(doing(), *query);
        return {};
    }

    Result<qint64> idOf(const QString& text)
    {
        const bool sqlite = isSqlite(m_database);
        const bool byTrigrams = sqlite && text.toUcs4().size() >= 3;
        QSqlQuery& find = byTrigrams ? m_find : m_scan;
        if (byTrigrams)
            find.addBindValue(trigramQuery(text));
        find.addBindValue(text);
        if (!find.exec())
            return storage::sqlError(doing(), find);
        if (find.next()) {
            const qint64 id = find.value(0).toLongLong();
            find.finish();
            return id;
        }
        if (!m_last.exec())
            return storage::sqlError(doing(), m_last);
        const qint64 id = (m_last.next() ? m_last.value(0).toLongLong() : 0) + 1;
        m_last.finish();
        m_add.addBindValue(id);
        m_add.addBindValue(text);
        if (!sqlite)
            m_add.addBindValue(addressGramsLiteral(text));
        if (!m_add.exec())
            return storage::sqlError(doing(), m_add);
        return id;
    }

private:
    storage::Database& m_database;
    QSqlQuery m_find, m_scan, m_last, m_add;
};

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
        {QStringLiteral("text_id"), QStringLiteral("person_id")});
    if (Status s = texts.prepare(db); !s)
        return s;
    if (Status s = links.prepare(db); !s)
        return s;
    // Texts are numbered in order of first appearance (history id order),
    // so both engines number them alike. The links are written sorted (the
    // clustered key's order): the b-tree fills front to back.
    QHash<QString, qint64> ids;
    std::vector<std::pair<qint64, qint64>> pairs;
    for (qint64 after = 0;;) {
        Result<QList<FormerAddress>> chunk = readChunk(db, after, kChunk);
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            break;
        for (const FormerAddress& row : chunk.value()) {
            qint64& id = ids[row.text];
            if (id == 0) {
                id = ids.size();
                addText(database, texts, id, row.text);
                if (Status s = flushIfFull(texts); !s)
                    return s;
            }
            pairs.emplace_back(id, row.personId);
        }
        after = chunk->last().historyId;
    }
    if (Status s = texts.flush(); !s)
        return s;
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (const auto& [id, person] : pairs) {
        links.add({id, person});
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
    TextIds textIds(database);
    if (Status s = textIds.prepare(); !s)
        return s;
    QSqlQuery addLink(db);
    if (!addLink.prepare(isSqlite(database)
                ? QStringLiteral("INSERT OR IGNORE INTO search_former_address_persons "
                                 "(text_id, person_id) VALUES (?, ?)")
                : QStringLiteral("INSERT INTO search_former_address_persons (text_id, person_id) "
                                 "VALUES (?, ?) ON CONFLICT DO NOTHING")))
        return storage::sqlError(doing(), addLink);
    for (const FormerAddress& row : rows.value()) {
        Result<qint64> id = textIds.idOf(row.text);
        if (!id)
            return id.error();
        addLink.addBindValue(id.value());
        addLink.addBindValue(row.personId);
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
