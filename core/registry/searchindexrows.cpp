#include "registry/searchindexrows.h"

#include "registry/searchkeys.h"
#include "registry/searchstatements.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>
#include <set>

namespace madoguchi::registry {
namespace {

// `select` (ending in "FROM table ") for the rows after `afterId` in id
// order, at most `limit` (a rebuild's chunks), or for exactly `onlyIds`.
Result<QSqlQuery> selectChunk(QSqlDatabase& db, const QString& select, qint64 afterId, int limit,
    const QList<qint64>& onlyIds, const QString& doing)
{
    if (onlyIds.isEmpty())
        return storage::exec(db, select + QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"),
            {afterId, limit}, doing);
    return storage::exec(db,
        select + QStringLiteral("WHERE id IN (") + inPlaceholders(onlyIds.size())
            + QStringLiteral(") ORDER BY id"),
        inValues(onlyIds), doing);
}

void addIfSet(QStringList& names, const QVariant& value)
{
    const QString text = value.toString();
    if (!text.trimmed().isEmpty())
        names << text;
}

QString gramsLiteral(const std::set<QString>& grams)
{
    QStringList quoted;
    for (QString gram : grams) {
        gram.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        gram.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        quoted << QLatin1Char('"') + gram + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

// Substrings of two code points (a surrogate pair is one character).
std::set<QString> bigrams(const QString& text)
{
    const QList<uint> points = text.toUcs4();
    std::set<QString> grams;
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        if (points.at(i) == u' ' || points.at(i + 1) == u' ')
            continue;
        const char32_t pair[2] = {char32_t(points.at(i)), char32_t(points.at(i + 1))};
        grams.insert(QString::fromUcs4(pair, 2));
    }
    return grams;
}

} // namespace

QList<NameKey> indexedKeys(const IndexedPerson& person)
{
    return nameKeys(person.currentNames, person.formerNames);
}

Result<QList<IndexedPerson>> readPersons(
    QSqlDatabase& db, qint64 afterId, int limit, const QList<qint64>& onlyIds)
{
    const QString columns = QStringLiteral(
        "SELECT id, household_id, status, name_kanji, name_kana, kyuuji, kyuuji_kana, tsusho, "
        "tsusho_kana, alphabet_name FROM persons ");
    const QString doing
        = QCoreApplication::translate("SearchIndex", "reading the names of the residents");
    Result<QSqlQuery> query = selectChunk(db, columns, afterId, limit, onlyIds, doing);
    if (!query)
        return query.error();
    QList<IndexedPerson> persons;
    QHash<qint64, qsizetype> index;
    while (query->next()) {
        IndexedPerson p;
        p.id = query->value(0).toLongLong();
        p.householdId = query->value(1).toLongLong();
        p.resident = query->value(2).toString() == QLatin1String("resident");
        for (int column : {3, 4, 7, 8, 9})
            addIfSet(p.currentNames, query->value(column));
        for (int column : {5, 6})
            addIfSet(p.formerNames, query->value(column));
        index.insert(p.id, persons.size());
        persons.append(std::move(p));
    }
    if (persons.isEmpty())
        return persons;
    Result<QSqlQuery> former = storage::exec(db,
        QStringLiteral("SELECT person_id, name_kanji, name_kana FROM name_history "
                       "WHERE person_id >= ? AND person_id <= ? ORDER BY id"),
        {persons.first().id, persons.last().id},
        QCoreApplication::translate("SearchIndex", "reading the former names"));
    if (!former)
        return former.error();
    while (former->next()) {
        const auto it = index.constFind(former->value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        IndexedPerson& p = persons[*it];
        addIfSet(p.formerNames, former->value(1));
        addIfSet(p.formerNames, former->value(2));
    }
    return persons;
}

Result<QList<IndexedHousehold>> readHouseholds(
    QSqlDatabase& db, qint64 afterId, int limit, const QList<qint64>& onlyIds)
{
    const QString columns = QStringLiteral("SELECT id, address, katagaki FROM households ");
    const QString doing
        = QCoreApplication::translate("SearchIndex", "reading the addresses of the households");
    Result<QSqlQuery> query = selectChunk(db, columns, afterId, limit, onlyIds, doing);
    if (!query)
        return query.error();
    QList<IndexedHousehold> households;
    while (query->next())
        households.append({query->value(0).toLongLong(),
            addressText(query->value(1).toString(), query->value(2).toString())});
    return households;
}

QString addressGramsLiteral(const QString& text)
{
    return gramsLiteral(bigrams(text));
}

QString fragmentGramsLiteral(const QString& fragment)
{
    return gramsLiteral(bigrams(fragment));
}

} // namespace madoguchi::registry
