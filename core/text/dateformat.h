#pragma once

#include "text/japanesedate.h"

#include <QString>
#include <optional>

namespace madoguchi::text {

// How the long forms show the parts that are not known.
enum class UnknownParts {
    Omit, // 昭和40年, 昭和40年4月
    Mark, // 昭和40年月日不詳, 昭和40年4月日不詳 (the wording of a 住民票)
};

// 和暦, long: 昭和50年4月1日, 令和元年5月1日, 昭和40年4月上旬, 昭和40年頃, 年月日不詳.
// The era is JapaneseDate::displayEra(): the one written where it was kept,
// else the newest era of the period (1912-07-30 → 大正元年7月30日).
QString formatWareki(const JapaneseDate& date, UnknownParts unknown = UnknownParts::Omit);

// 和暦, short: S50.04.01, R01.05.01; partial S40.04上旬, S40.04, S40, S40頃; 不詳.
// Every short form reads back through parseJapaneseDate.
QString formatWarekiShort(const JapaneseDate& date);

// The 7-digit era code, 3500401; nullopt unless the date is exact.
std::optional<QString> formatEraCode(const JapaneseDate& date);

// ISO 8601, 1975-04-01; nullopt unless the date is exact.
std::optional<QString> formatIso(const JapaneseDate& date);

// 西暦 for foreign residents: 1975年4月1日, 1965年頃, 1965年4月上旬, 年月日不詳.
QString formatWestern(const JapaneseDate& date, UnknownParts unknown = UnknownParts::Omit);

// A day as the desk shows it, both calendars: 令和8年11月8日 (2026-11-08);
// the ISO form alone before the eras; empty for an invalid day.
QString formatDay(QDate day);

} // namespace madoguchi::text
