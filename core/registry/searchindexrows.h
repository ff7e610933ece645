#pragma once

#include "common/result.h"
#include "registry/searchkeys.h"
#include "storage/databaselocation.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace madoguchi::registry {

// Reads what the search index is made of, in chunks of persons or
// households ordered by id (so a million residents never sit in memory at
// once, and PostgreSQL never sends one huge result).
struct IndexedPerson {
    qint64 id = 0;
    qint64 householdId = 0;
    bool resident = false;
    QStringList currentNames; // 氏名 (kanji and kana), 通称, alphabet name
    QStringList formerNames; // name_history, 旧氏
};

// The keys the index holds for a person (searchkeys.h nameKeys of its
// current and former names).
QList<NameKey> indexedKeys(const IndexedPerson& person);

struct IndexedHousehold {
    qint64 id = 0;
    QString text; // searchkeys.h addressText()
};

// Persons with id > afterId, at most `limit`, with their former names.
// `onlyIds` (when not empty) restricts to those ids instead.
Result<QList<IndexedPerson>> readPersons(
    QSqlDatabase& db, qint64 afterId, int limit, const QList<qint64>& onlyIds = {});
Result<QList<IndexedHousehold>> readHouseholds(
    QSqlDatabase& db, qint64 afterId, int limit, const QList<qint64>& onlyIds = {});

// The distinct 2-character substrings of an address text as a PostgreSQL
// text[] literal ({"東京","京都",…}): the GIN key set of search_addresses.
QString addressGramsLiteral(const QString& text);
// The 2-character substrings a fragment must contain, as a text[] literal.
QString fragmentGramsLiteral(const QString& fragment);

} // namespace madoguchi::registry
