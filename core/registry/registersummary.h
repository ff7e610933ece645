#pragma once

#include "common/result.h"

#include <QString>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::registry {

// What the desk's home page says about the open register: whose it is and
// how large. An empty (new) database gives zeros and empty texts.
struct RegisterSummary {
    QString cityName; // meta city_name, e.g. 北見市
    QString prefecture; // meta prefecture, e.g. 北海道
    QString cityCode; // meta city_code (全国地方公共団体コード)
    qint64 residents = 0; // persons whose status is 'resident'
    qint64 households = 0; // households with at least one resident member
    bool demo = false; // meta demo = 1: made-up people, never real ones
};

// Reads the summary with a few prepared statements on the caller's thread.
Result<RegisterSummary> loadRegisterSummary(storage::Database& database);

} // namespace madoguchi::registry
