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

// Key rows a name may have to be read whole and checked against addresses
// person by person; a more common name is checked from the place's side.
constexpr int kSideRows = 500;
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

// The place's side, for a name too common to read whole: the place's
// residents (and former residents) in the index's order, the name checked
// per person, so the lookup stops after a few rows.
Status fromPlace(
    SearchStatements& sql, QSqlDatabase& db, const Split& split, Found& found, int limit)
{
    Result<QList<qint64>> ids = sql.namedAt(split.spelling, split.folded, split.place, limit);
    if (!ids)
        return ids.error();
    // Former residents only when the current ones do not fill the limit.
    Result<QList<qint64>> former = ids->size() < limit
        ? sql.namedFormerlyAt(split.spelling, split.folded, split.place, 2 * limit + 8)
        : Result<QList<qint64>>(QList<qint64>{});
    if (!former)
        return former.error();
    ids->append(former.value()); // their history is re-checked below
    Result<QList<StoredKey>> keys = sql.keysOf(ids.value());
    if (!keys)
        return keys.error();
    QHash<qint64, QList<StoredKey>> byPerson;
    for (const StoredKey& k : keys.value())
        byPerson[k.personId].append(k);
    Result<QHash<qint64, QStringList>> texts = addressesOf(db, ids.value());
    if (!texts)
        return texts.error();
    for (qint64 id : ids.value())
        if (anyContains(texts->value(id), split.place))
            if (auto kind = matchStoredKeys(byPerson.value(id), split.spelling, split.folded))
                note(found, id, *kind, limit);
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
