#include "registry/searchcombined.h"

#include "registry/formeraddressindex.h"
#include "registry/searchkeys.h"
#include "registry/searchquery.h"
#include "registry/searchstatements.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace madoguchi::registry {
namespace {

// Candidates one side (the name or the place) may propose. A name with
// fewer key rows is checked against addresses person by person; a common
// name is checked from the place's side instead, which then proposes at
// most this many households.
constexpr int kSideRows = 2'000;
// Ids per IN (?, …) list (see searchindex.cpp).
constexpr qsizetype kIdsPerRead = 500;

struct Split {
    QString spelling; // of the name part
    QString folded;
    QString place; // the address part, folded
};

QList<Split> splits(const QStringList& words)
{
    QList<Split> result;
    for (qsizetype cut = 1; cut < words.size(); ++cut) {
        const QString head = words.mid(0, cut).join(QString());
        const QString rest = words.mid(cut).join(QString());
        for (const auto& [name, place] : {std::pair{head, rest}, std::pair{rest, head}}) {
            Split s{spellingKey(name), foldedKey(name), foldedKey(place)};
            if (!s.folded.isEmpty() && !s.place.isEmpty())
                result.append(s);
        }
    }
    return result;
}

// Every address of these residents, current and former, as folded text.
Result<QHash<qint64, QStringList>> addressesOf(QSqlDatabase& db, const QList<qint64>& ids)
{
    Result<QHash<qint64, QStringList>> texts = formerAddressTexts(db, ids);
    if (!texts)
        return texts;
    for (qsizetype at = 0; at < ids.size(); at += kIdsPerRead) {
        const QList<qint64> slice = ids.mid(at, kIdsPerRead);
        Result<QSqlQuery> q = storage::exec(db,
            QStringLiteral("SELECT p.id, h.address, h.katagaki FROM persons p "
                           "JOIN households h ON h.id = p.household_id WHERE p.id IN (")
                + inPlaceholders(slice.size()) + QStringLiteral(")"),
            inValues(slice),
            QCoreApplication::translate("ResidentSearch", "searching the register"));
        if (!q)
            return q.error();
        while (q->next())
            texts.value()[q->value(0).toLongLong()].append(
                addressText(q->value(1).toString(), q->value(2).toString()));
    }
    return texts;
}

// The name's side: persons its keys find, checked against the place.
// Gives false when the name is too common to be read whole.
Result<bool> fromName(
    SearchStatements& sql, QSqlDatabase& db, const Split& split, Found& found, int limit)
{
    Found named;
    bool overflow = false;
    auto take = [&](const Result<QList<KeyHit>>& hits, MatchKind kind) -> Status {
        if (!hits)
            return hits.error();
        overflow = overflow || hits->size() >= kSideRows;
        for (const KeyHit& h : hits.value())
            note(named, h.personId, h.kind == FormerName ? MatchKind::FormerName : kind, kSideRows);
        return {};
    };
    if (Status s = take(sql.exactKeys(split.spelling, kSideRows), MatchKind::Exact); !s)
        return s.error();
    if (Status s = take(sql.prefixKeys(split.spelling, kSideRows), MatchKind::Prefix); !s)
        return s.error();
    if (Status s = take(sql.foldedKeys(split.folded, kSideRows), MatchKind::Folded); !s)
        return s.error();
    if (overflow)
        return false;
    QList<qint64> ids;
    for (const auto& entry : named)
        ids << entry.first;
    Result<QHash<qint64, QStringList>> texts = addressesOf(db, ids);
    if (!texts)
        return texts.error();
    for (const auto& [id, kind] : named)
        if (anyContains(texts->value(id), split.place))
            note(found, id, kind, limit);
    return true;
}

// The place's side: residents of the first households at the place and
// former residents, checked against the name's keys.
Status fromPlace(
    SearchStatements& sql, QSqlDatabase& db, const Split& split, Found& found, int limit)
{
    Result<QList<qint64>> households = sql.addressHouseholds(split.place, kSideRows);
    if (!households)
        return households.error();
    QList<qint64> ids;
    for (qsizetype at = 0; at < households->size(); at += kIdsPerRead) {
        Result<QList<qint64>> members = sql.membersOf(households->mid(at, kIdsPerRead));
        if (!members)
            return members.error();
        ids.append(members.value());
    }
    Result<QList<qint64>> former = sql.formerAddressPersons(split.place, kSideRows);
    if (!former)
        return former.error();
    ids.append(former.value()); // their history is re-checked by addressesOf below
    QHash<qint64, QList<StoredKey>> keys;
    for (qsizetype at = 0; at < ids.size(); at += kIdsPerRead) {
        Result<QList<StoredKey>> part = sql.keysOf(ids.mid(at, kIdsPerRead));
        if (!part)
            return part.error();
        for (const StoredKey& k : part.value())
            keys[k.personId].append(k);
    }
    Found named;
    for (qint64 id : ids)
        if (auto kind = matchStoredKeys(keys.value(id), split.spelling, split.folded))
            named.emplace(id, *kind);
    QList<qint64> namedIds;
    for (const auto& entry : named)
        namedIds << entry.first;
    Result<QHash<qint64, QStringList>> texts = addressesOf(db, namedIds);
    if (!texts)
        return texts.error();
    for (const auto& [id, kind] : named)
        if (anyContains(texts->value(id), split.place))
            note(found, id, kind, limit);
    return {};
}

} // namespace

QStringList namePartSpellings(const SearchQuery& query)
{
    QStringList spellings;
    for (const Split& split : splits(query.words))
        spellings << split.spelling;
    return spellings;
}

Status noteNameAtPlace(
    SearchStatements& sql, QSqlDatabase& db, const SearchQuery& query, Found& found, int limit)
{
    for (const Split& split : splits(query.words)) {
        Result<bool> read = fromName(sql, db, split, found, limit);
        if (!read)
            return read.error();
        if (!read.value())
            if (Status s = fromPlace(sql, db, split, found, limit); !s)
                return s;
    }
    return {};
}

} // namespace madoguchi::registry
