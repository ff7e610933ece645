#include "registry/searchstatements.h"

#include "registry/searchindexrows.h"
#include "registry/searchkeys.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QVariant>
#include <algorithm>

namespace madoguchi::registry {
namespace {

enum Slot {
    ExactSlot,
    PrefixSlot,
    FoldedSlot,
    AddressIndexedSlot,
    AddressScanSlot,
    AddressWindowSlot,
    BornOnSlot,
    Number11Slot,
    MyNumberSlot,
    CardSlot,
    SlotCount
};

// The address window (PostgreSQL): households read in order before the
// bigram index is asked, at least this many, or this many per row wanted.
// About 1 ms of strpos() at 4,096; a fragment in 1 household of 200 or more
// fills 20 rows from it.
constexpr int kAddressWindow = 4'096;
constexpr int kAddressWindowPerRow = 64;

QString doing()
{
    return QCoreApplication::translate("ResidentSearch", "searching the register");
}

} // namespace

QString inPlaceholders(qsizetype n)
{
    return n <= 0 ? QStringLiteral("NULL")
                  : QStringLiteral("?, ").repeated(n - 1) + QStringLiteral("?");
}

QVariantList inValues(const QList<qint64>& ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values << id;
    return values;
}

SearchStatements::SearchStatements(QSqlDatabase db, storage::Engine engine)
    : m_db(std::move(db))
    , m_engine(engine)
{
    for (int i = 0; i < SlotCount; ++i) {
        m_queries.push_back(std::make_unique<QSqlQuery>(m_db));
        m_ready.push_back(false);
    }
}

QSqlQuery& SearchStatements::prepared(int slot, const QString& sql)
{
    QSqlQuery& query = *m_queries[std::size_t(slot)];
    if (!m_ready[std::size_t(slot)]) {
        query.setForwardOnly(true);
        m_ready[std::size_t(slot)] = query.prepare(sql);
    }
    return query;
}

Result<QList<KeyHit>> SearchStatements::keyHits(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return storage::sqlError(doing(), query);
    QList<KeyHit> hits;
    while (query.next())
        hits.append({query.value(0).toLongLong(), query.value(1).toInt()});
    query.finish();
    return hits;
}

Result<QList<qint64>> SearchStatements::ids(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return storage::sqlError(doing(), query);
    QList<qint64> found;
    while (query.next())
        found.append(query.value(0).toLongLong());
    query.finish();
    return found;
}

Result<QList<KeyHit>> SearchStatements::exactKeys(const QString& spelling, int rows)
{
    return keyHits(
        prepared(ExactSlot,
            QStringLiteral("SELECT person_id, kind FROM search_keys "
                           "WHERE key = ? AND form <> 2 ORDER BY key, person_id LIMIT ?")),
        {spelling, rows});
}

Result<QList<KeyHit>> SearchStatements::prefixKeys(const QString& spelling, int rows)
{
    return keyHits(prepared(PrefixSlot,
                       QStringLiteral("SELECT person_id, kind FROM search_keys "
                                      "WHERE key > ? AND key < ? AND form <> 2 "
                                      "ORDER BY key, person_id LIMIT ?")),
        {spelling, prefixUpperBound(spelling), rows});
}

Result<QList<KeyHit>> SearchStatements::foldedKeys(const QString& folded, int rows)
{
    return keyHits(prepared(FoldedSlot,
                       QStringLiteral("SELECT person_id, kind FROM search_keys "
                                      "WHERE key >= ? AND key < ? AND form <> 1 "
                                      "ORDER BY key, person_id LIMIT ?")),
        {folded, prefixUpperBound(folded), rows});
}

Result<QList<qint64>> SearchStatements::addressHouseholds(const QString& fragment, int rows)
{
    const qsizetype length = fragment.toUcs4().size();
    if (m_engine == storage::Engine::Sqlite) {
        if (length >= 3) {
            // Every trigram of the fragment, each an FTS5 string (quotes
            // doubled); instr() then keeps only true substrings.
            const QList<uint> points = fragment.toUcs4();
            QStringList trigrams;
            for (qsizetype i = 0; i + 3 <= points.size(); ++i) {
                const char32_t three[3] = {
                    char32_t(points.at(i)), char32_t(points.at(i + 1)), char32_t(points.at(i + 2))};
                QString t = QString::fromUcs4(three, 3);
                t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                trigrams << QLatin1Char('"') + t + QLatin1Char('"');
            }
            trigrams.removeDuplicates();
            return ids(prepared(AddressIndexedSlot,
                           QStringLiteral("SELECT rowid FROM search_addresses "
                                          "WHERE search_addresses MATCH ? AND instr(text, ?) > 0 "
                                          "ORDER BY rowid LIMIT ?")),
                {trigrams.join(QLatin1Char(' ')), fragment, rows});
        }
        // Trigrams cannot answer 1–2 characters: scan in order, stop early.
        return ids(prepared(AddressScanSlot,
                       QStringLiteral("SELECT rowid FROM search_addresses "
                                      "WHERE instr(text, ?) > 0 ORDER BY rowid LIMIT ?")),
            {fragment, rows});
    }
    if (length >= 2) {
        // A common fragment (a town and its 丁目) makes the GIN bigram probe
        // return thousands of households to re-check and sort. Such a
        // fragment is usually found early in household order, so look at a
        // bounded window of the first households first: when it holds
        // `rows` matches they are exactly the first `rows` of all. Only a
        // rarer fragment falls through to the index, whose candidates are
        // then few.
        const int window = std::max(kAddressWindow, kAddressWindowPerRow * rows);
        Result<QList<qint64>> early
            = ids(prepared(AddressWindowSlot,
                      QStringLiteral("SELECT household_id FROM (SELECT household_id, text "
                                     "FROM search_addresses ORDER BY household_id LIMIT ?) w "
                                     "WHERE strpos(text, ?) > 0 ORDER BY household_id LIMIT ?")),
                {window, fragment, rows});
        if (!early || early->size() >= rows)
            return early;
        return ids(prepared(AddressIndexedSlot,
                       QStringLiteral("SELECT household_id FROM search_addresses "
                                      "WHERE grams @> CAST(? AS text[]) AND strpos(text, ?) > 0 "
                                      "ORDER BY household_id LIMIT ?")),
            {fragmentGramsLiteral(fragment), fragment, rows});
    }
    return ids(prepared(AddressScanSlot,
                   QStringLiteral("SELECT household_id FROM search_addresses "
                                  "WHERE strpos(text, ?) > 0 ORDER BY household_id LIMIT ?")),
        {fragment, rows});
}

Result<QList<qint64>> SearchStatements::bornOn(const QString& iso, int rows)
{
    return ids(prepared(BornOnSlot,
                   QStringLiteral("SELECT id FROM persons WHERE birth_date = ? "
                                  "AND status = 'resident' ORDER BY id LIMIT ?")),
        {iso, rows});
}

Result<QList<qint64>> SearchStatements::byNumber11(const QString& digits)
{
    return ids(
        prepared(Number11Slot,
            QStringLiteral("SELECT id FROM persons WHERE atena_no = ? AND status = 'resident' "
                           "UNION SELECT id FROM persons WHERE resident_code = ? "
                           "AND status = 'resident' "
                           "UNION SELECT p.id FROM households h JOIN persons p "
                           "ON p.household_id = h.id WHERE h.setai_no = ? "
                           "AND p.status = 'resident'")),
        {digits, digits, digits});
}

Result<QList<qint64>> SearchStatements::byMyNumber(const QString& digits)
{
    return ids(prepared(MyNumberSlot,
                   QStringLiteral("SELECT id FROM persons WHERE my_number = ? "
                                  "AND status = 'resident'")),
        {digits});
}

Result<QList<qint64>> SearchStatements::byResidenceCard(const QString& card)
{
    return ids(prepared(CardSlot,
                   QStringLiteral("SELECT id FROM persons WHERE residence_card_no = ? "
                                  "AND status = 'resident'")),
        {card});
}

Result<QList<qint64>> SearchStatements::membersOf(const QList<qint64>& householdIds)
{
    if (householdIds.isEmpty())
        return QList<qint64>{};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM persons WHERE status = 'resident' AND "
                                 "household_id IN (")
        + inPlaceholders(householdIds.size()) + QStringLiteral(") ORDER BY id"));
    return ids(query, inValues(householdIds));
}

Result<QList<StoredKey>> SearchStatements::keysOf(const QList<qint64>& personIds)
{
    if (personIds.isEmpty())
        return QList<StoredKey>{};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT person_id, key, kind, form FROM search_keys "
                                 "WHERE person_id IN (")
        + inPlaceholders(personIds.size()) + QStringLiteral(")"));
    const QVariantList values = inValues(personIds);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return storage::sqlError(doing(), query);
    QList<StoredKey> keys;
    while (query.next())
        keys.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(),
            query.value(3).toInt()});
    return keys;
}

} // namespace madoguchi::registry
