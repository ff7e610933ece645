#include "registry/searchstatements.h"

#include "registry/protectedcolumns.h"
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
    FormerIndexedSlot,
    FormerScanSlot,
    FormerWindowSlot,
    NamedIndexedSlot,
    NamedScanSlot,
    NamedWindowSlot,
    NamedFormerIndexedSlot,
    NamedFormerScanSlot,
    NamedFormerWindowSlot,
    BornOnSlot,
    Number11Slot,
    MyNumberSlot,
    MyNumberIndexSlot,
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

QString trigramQuery(const QString& fragment)
{
    const QList<uint> points = fragment.toUcs4();
    QStringList trigrams;
    for (qsizetype i = 0; i + 3 <= points.size(); ++i) {
        const char32_t three[3]
            = {char32_t(points.at(i)), char32_t(points.at(i + 1)), char32_t(points.at(i + 2))};
        QString t = QString::fromUcs4(three, 3);
        t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        trigrams << QLatin1Char('"') + t + QLatin1Char('"');
    }
    trigrams.removeDuplicates();
    return trigrams.join(QLatin1Char(' '));
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

// Where an address fragment is looked up (migrations 0002 and 0004): the
// households' current addresses, or the distinct former addresses joined to
// the persons who lived there. `t` is the text table; `select`, `join` and
// `order` complete the statement. The order is the index's own (the text
// table's key), so a lookup stops after `rows` without sorting.
struct AddressSource {
    const char* table;
    const char* key; // PostgreSQL's key column (SQLite: rowid)
    const char* select;
    const char* join;
    const char* sqliteOrder;
    const char* postgresOrder;
    int indexedSlot, scanSlot, windowSlot;
    const char* filter = ""; // more conditions, their values bound after the fragment's
};

namespace {

const AddressSource kCurrentAddresses{"search_addresses", "household_id", "t.%1", "", "t.rowid",
    "t.household_id", AddressIndexedSlot, AddressScanSlot, AddressWindowSlot};
const AddressSource kFormerAddresses{"search_former_addresses", "text_id", "m.person_id",
    "JOIN search_former_address_persons m ON m.text_id = t.%1", "t.rowid", "t.text_id, m.person_id",
    FormerIndexedSlot, FormerScanSlot, FormerWindowSlot};

// The residents of the place whose names match (spelling prefix or folded
// prefix, as the name probes): checked per person through
// search_keys_person, in the place's order, so the lookup stops early.
#define MADOGUCHI_NAMED                                                                            \
    "(EXISTS (SELECT 1 FROM search_keys k WHERE k.person_id = p.id AND k.key >= ? "                \
    "AND k.key < ? AND k.form <> 2) OR EXISTS (SELECT 1 FROM search_keys k "                       \
    "WHERE k.person_id = p.id AND k.key >= ? AND k.key < ? AND k.form <> 1))"
const AddressSource kNamedAtAddress{"search_addresses", "household_id", "p.id",
    "JOIN persons p ON p.household_id = t.%1 AND p.status = 'resident'", "t.rowid",
    "t.household_id, p.id", NamedIndexedSlot, NamedScanSlot, NamedWindowSlot, MADOGUCHI_NAMED};
const AddressSource kNamedAtFormerAddress{"search_former_addresses", "text_id", "p.id",
    "JOIN search_former_address_persons m ON m.text_id = t.%1 "
    "JOIN persons p ON p.id = m.person_id AND p.status = 'resident'",
    "t.rowid", "t.text_id, m.person_id", NamedFormerIndexedSlot, NamedFormerScanSlot,
    NamedFormerWindowSlot, MADOGUCHI_NAMED};
#undef MADOGUCHI_NAMED

} // namespace

Result<QList<qint64>> SearchStatements::addressHouseholds(const QString& fragment, int rows)
{
    return addressMatches(kCurrentAddresses, fragment, rows);
}

Result<QList<qint64>> SearchStatements::formerAddressPersons(const QString& fragment, int rows)
{
    return addressMatches(kFormerAddresses, fragment, rows);
}

Result<QList<qint64>> SearchStatements::namedAt(
    const QString& spelling, const QString& folded, const QString& fragment, int rows)
{
    return addressMatches(kNamedAtAddress, fragment, rows,
        {spelling, prefixUpperBound(spelling), folded, prefixUpperBound(folded)});
}

Result<QList<qint64>> SearchStatements::namedFormerlyAt(
    const QString& spelling, const QString& folded, const QString& fragment, int rows)
{
    return addressMatches(kNamedAtFormerAddress, fragment, rows,
        {spelling, prefixUpperBound(spelling), folded, prefixUpperBound(folded)});
}

Result<QList<qint64>> SearchStatements::addressMatches(const AddressSource& source,
    const QString& fragment, int rows, const QVariantList& filterValues)
{
    const qsizetype length = fragment.toUcs4().size();
    const QString table = QString::fromLatin1(source.table);
    const bool sqlite = m_engine == storage::Engine::Sqlite;
    const QString key = sqlite ? QStringLiteral("rowid") : QString::fromLatin1(source.key);
    // %1 in `select` and `join` is the text table's key column.
    auto withKey = [&](const char* part) {
        return QString::fromLatin1(part).replace(QStringLiteral("%1"), key);
    };
    const QString head
        = QStringLiteral("SELECT ") + withKey(source.select) + QStringLiteral(" FROM ");
    const QString join = QLatin1Char(' ') + withKey(source.join);
    const QString tail = (*source.filter ? QStringLiteral(" AND ") : QString())
        + QString::fromLatin1(source.filter) + QStringLiteral(" ORDER BY ")
        + QString::fromLatin1(sqlite ? source.sqliteOrder : source.postgresOrder)
        + QStringLiteral(" LIMIT ?");
    if (sqlite) {
        // FTS5's trigrams answer 3 characters and more; instr() then keeps
        // only true substrings. Shorter fragments are scanned in order
        // with an early stop.
        if (length >= 3)
            return ids(
                prepared(source.indexedSlot,
                    head + table + QStringLiteral(" t") + join + QStringLiteral(" WHERE t.") + table
                        + QStringLiteral(" MATCH ? AND instr(t.text, ?) > 0") + tail),
                QVariantList{trigramQuery(fragment), fragment} + filterValues + QVariantList{rows});
        return ids(prepared(source.scanSlot,
                       head + table + QStringLiteral(" t") + join
                           + QStringLiteral(" WHERE instr(t.text, ?) > 0") + tail),
            QVariantList{fragment} + filterValues + QVariantList{rows});
    }
    if (length >= 2) {
        // A common fragment (a town and its 丁目) makes the GIN bigram probe
        // return thousands of rows to re-check and sort. Such a fragment is
        // usually found early in key order, so look at a bounded window of
        // the first rows first: when it holds `rows` matches they are
        // exactly the first `rows` of all. Only a rarer fragment falls
        // through to the index, whose candidates are then few.
        const int window = std::max(kAddressWindow, kAddressWindowPerRow * rows);
        Result<QList<qint64>> early = ids(
            prepared(source.windowSlot,
                head + QStringLiteral("(SELECT ") + key + QStringLiteral(", text FROM ") + table
                    + QStringLiteral(" ORDER BY ") + key + QStringLiteral(" LIMIT ?) t") + join
                    + QStringLiteral(" WHERE strpos(t.text, ?) > 0") + tail),
            QVariantList{window, fragment} + filterValues + QVariantList{rows});
        if (!early || early->size() >= rows)
            return early;
        return ids(prepared(source.indexedSlot,
                       head + table + QStringLiteral(" t") + join
                           + QStringLiteral(" WHERE t.grams @> CAST(? AS text[]) "
                                            "AND strpos(t.text, ?) > 0")
                           + tail),
            QVariantList{fragmentGramsLiteral(fragment), fragment} + filterValues
                + QVariantList{rows});
    }
    return ids(prepared(source.scanSlot,
                   head + table + QStringLiteral(" t") + join
                       + QStringLiteral(" WHERE strpos(t.text, ?) > 0") + tail),
        QVariantList{fragment} + filterValues + QVariantList{rows});
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
    // A branch replica keeps the number sealed with a random nonce, so it is
    // found through its blind index (docs/branch.md, "Replica at rest").
    Result<ProtectedColumns> sealed = ProtectedColumns::of(m_db);
    if (!sealed)
        return sealed.error();
    if (sealed->isReplica()) {
        Result<QString> index = sealed->myNumberIndex(digits);
        if (!index)
            return index.error();
        return ids(prepared(MyNumberIndexSlot,
                       QStringLiteral("SELECT id FROM persons WHERE my_number_index = ? "
                                      "AND status = 'resident'")),
            {index.value()});
    }
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
