#pragma once

#include "common/result.h"
#include "registry/searchmatching.h"

#include <QSqlDatabase>
#include <QStringList>

namespace madoguchi::registry {

struct SearchQuery;
class SearchStatements;

// A name and an address fragment in one query: 「山田 中央三丁目」,
// 「桜台 たかはし」 (docs/search.md, "A name and a place"). For each way of
// cutting the words into a name part and an address part, either way round,
// the persons the name finds whose current or former address contains the
// fragment. The search calls it when the words together matched nothing.
Status noteNameAtPlace(
    SearchStatements& sql, QSqlDatabase& db, const SearchQuery& query, Found& found, int limit);

// The spellings the name part may have had in noteNameAtPlace (each side of
// each cut): a prefix match whose family name is one of them is exact.
QStringList namePartSpellings(const SearchQuery& query);

} // namespace madoguchi::registry
