#pragma once

#include "common/result.h"

#include <QDate>
#include <QString>
#include <cstdint>
#include <functional>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::demo {

inline constexpr std::int64_t kMaxDemoResidents = 10'000'000;

// The demo city is a function of these three values (and of the
// generator's version, kept in meta as demo_version): the same options give
// the same rows, byte for byte, on SQLite and PostgreSQL alike.
struct DemoOptions {
    std::int64_t residents = 10'000;
    std::uint64_t seed = 1;
    QDate asOf; // ages, periods and expiries are counted from this day
    // Households written per transaction; changes nothing in the city
    // (tests make it small to cross transaction boundaries cheaply).
    int householdsPerTransaction = 20'000;
};

struct DemoSummary {
    std::int64_t residents = 0;
    std::int64_t households = 0;
    std::int64_t foreignResidents = 0;
    std::int64_t supportMeasures = 0; // rows (victims and their children)
    std::int64_t nameHistory = 0;
    std::int64_t addressHistory = 0;
    QString prefecture;
    QString cityName;
    QString cityCode; // 全国地方公共団体コード, 6 digits
};

// Called now and then with the residents written so far.
using DemoProgress = std::function<void(std::int64_t written, std::int64_t total)>;

// Why the options cannot make a city (resident count out of 1 … 10,000,000,
// invalid date), or nothing.
Status validateDemoOptions(const DemoOptions& options);

// Fills an empty register with the fictitious city 東京都みどり野市
// (docs/demo-city.md): households, persons, entitlements, former names and
// addresses, support measures and the meta rows. Refuses a database that
// already holds residents. Writes in transactions of 20,000 households (by
// default); if one fails, the rows already written are removed again, so
// the register is left as empty as it was.
Result<DemoSummary> seedDemoCity(
    storage::Database& database, const DemoOptions& options, const DemoProgress& progress = {});

} // namespace madoguchi::demo
