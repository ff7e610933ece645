#pragma once

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace madoguchi::text {

// The five modern Japanese eras (元号). The numbers are the era digit of the
// 7-digit code clerks type (3500401 = 昭和50年4月1日). QCalendar knows no
// Japanese era, so the table lives here (era.cpp, docs/dates-and-identifiers.md).
enum class Era : int { Meiji = 1, Taisho = 2, Showa = 3, Heisei = 4, Reiwa = 5 };

inline constexpr std::array<Era, 5> kAllEras{
    Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa};

// Before this day Japan used the lunisolar calendar (明治5年12月2日 was followed by
// 明治6年1月1日 = 1873-01-01). We do not convert lunisolar dates, so nothing
// earlier is accepted, in any notation.
QDate firstSupportedDay();
// Later years in a register are typos (3019 for 2019); the cap also keeps
// 令和 years within three digits, which the short form S50.04.01 relies on.
inline constexpr int kLastSupportedYear = 2999;

QString eraName(Era era); // 昭和
QChar eraLetter(Era era); // S (upper case)
int eraCode(Era era); // 3
QDate eraFirstDay(Era era);
// The last day, or a null QDate for the era in force (令和).
QDate eraLastDay(Era era);

// 昭和, or the one-kanji abbreviation 昭 clerks also write.
std::optional<Era> eraFromName(QStringView name);
// M T S H R, either case, ASCII or full width.
std::optional<Era> eraFromLetter(QChar letter);
std::optional<Era> eraFromCode(int code);

// 昭和50 → 1975. Year 1 is 元年, the year the era began.
int gregorianYear(Era era, int eraYear);
// 1975 → 50 for 昭和 (may be ≤ 0 or past the era's end: callers check).
int eraYearOf(Era era, int gregorianYear);

// Whether the era was in force on `day`. The day an emperor died is in both
// the old and the new era (明治45年7月30日 = 大正元年7月30日, 大正15年12月25日 =
// 昭和元年12月25日); 平成 and 令和 began the day after the previous era ended.
bool eraCovers(Era era, QDate day);
// Whether [first, last] shares at least one day with the era.
bool eraIntersects(Era era, QDate first, QDate last);
// The newest era in force on `day`; nullopt before 明治 began.
std::optional<Era> eraOn(QDate day);

} // namespace madoguchi::text
