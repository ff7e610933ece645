#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <cstdint>

namespace madoguchi::cli {

// The query classes of `bench search` (docs/search.md, "The bench").
enum class QueryClass {
    FullKana, // 「さとうはなこ」: the whole reading in hiragana, no space
    KanaPrefix, // 「サト」: the first two kana of the reading
    GivenOnly, // 「ハナコ」: the given name's reading alone
    KanjiVariant, // 「髙橋 一郎」 for 高橋 一郎 and back (10 family names with 異体字)
    DateAndName, // 「さとう S50.04.01」: family reading + short 和暦 birth date
    AddressFragment, // 「桜台三丁」: 4 characters of the address after the city name
    Identifier, // 宛名番号, 世帯番号 or 住民票コード in turn
    NameAndPlace, // 「山田 桜台三丁」: family name in kanji + 4 characters of the address
    FormerAddress, // 「東町四丁目24」: 7 characters of a former address outside the city
};
inline constexpr int kQueryClassCount = 9;
QString queryClassName(QueryClass c); // full_kana, kana_prefix, …

struct BenchQuery {
    QueryClass queryClass;
    QString text;
};

// `perClass` queries of every class, drawn from the register with a fixed
// seed: the same database and seed give the same queries on either engine.
Result<QList<BenchQuery>> drawBenchQueries(QSqlDatabase& db, int perClass, std::uint64_t seed);

} // namespace madoguchi::cli
