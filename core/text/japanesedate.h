#pragma once

#include "common/result.h"
#include "text/era.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <cstdint>
#include <optional>

namespace madoguchi::text {

// How much of a date is known. A register keeps what the 戸籍 or the resident
// says, and that is sometimes only a year, or nothing (年月日不詳); the
// unknown parts are never filled with a made-up day.
enum class DatePrecision : std::uint8_t {
    Unknown, // 年月日不詳
    ApproximateYear, // 昭和40年頃
    Year, // 昭和40年 (月日不詳)
    Month, // 昭和40年4月 (日不詳)
    EarlyMonth, // 昭和40年4月上旬: days 1–10
    MidMonth, // 昭和40年4月中旬: days 11–20
    LateMonth, // 昭和40年4月下旬: day 21 to the month's end
    Day, // 昭和40年4月1日
};

// A date as someone wrote it, before validation. `year` is an era year when
// `era` is set (昭和 50), a Gregorian year otherwise (1975). Only the fields
// the precision needs are read.
struct DateParts {
    DatePrecision precision = DatePrecision::Unknown;
    std::optional<Era> era;
    int year = 0;
    int month = 0;
    int day = 0;
};

// A possibly partial date (生年月日, 住定日 …) between 1873-01-01 and 2999-12-31.
//
// It remembers the era it was written in only where the era says something
// the Gregorian date cannot: on the two days that carry two era names, when
// the older name was used (明治45年7月30日, 大正15年12月25日; the newer names
// 大正元年7月30日 and 昭和元年12月25日 are how those days are shown anyway), and
// for a year, month or 旬 that two eras share (昭和64年 is 1989-01-01…07,
// 平成元年 is 1989-01-08…12-31, 1989 is the whole year). Elsewhere the era
// follows from the date.
class JapaneseDate {
public:
    // 年月日不詳.
    JapaneseDate() = default;
    static JapaneseDate unknown() { return {}; }

    // Validates and builds; the error says why a date does not exist
    // ("令和2年2月30日: 2020-02 has only 29 days").
    static Result<JapaneseDate> fromParts(const DateParts& parts);
    // An exact day, written in no particular era.
    static Result<JapaneseDate> fromDate(QDate date);

    // The storage string (docs/dates-and-identifiers.md): ISO 8601 for a
    // day (1975-04-01), 1965 for a year, 1965~ for 頃, 1965-04 for a month,
    // 1965-04-01/1965-04-10 for 上旬 (11/20 中旬, 21/last 下旬), XXXX-XX-XX for
    // 年月日不詳; "@S" etc. appended when the era is remembered (1989@S).
    // Plain string order is chronological by the first day of the period.
    QString toStorageString() const;
    // Reads exactly what toStorageString() writes, nothing else.
    static Result<JapaneseDate> fromStorageString(QStringView storage);

    DatePrecision precision() const { return m_precision; }
    bool isUnknown() const { return m_precision == DatePrecision::Unknown; }
    bool isExact() const { return m_precision == DatePrecision::Day; }

    // Gregorian year / month / day where known (the year of 頃 too).
    std::optional<int> year() const;
    std::optional<int> month() const;
    std::optional<int> day() const;
    std::optional<QDate> exactDate() const;

    // The era the date was written in, when it is remembered (see above).
    std::optional<Era> writtenEra() const { return m_era; }
    // The era to show it in: the remembered one, else the newest era the
    // period touches (1989 → 平成, 1912-07-30 → 大正). nullopt for 不詳.
    std::optional<Era> displayEra() const;

    // The first and last day the value can mean, clipped to the remembered
    // era (昭和64年 → 1989-01-01 … 1989-01-07). nullopt for 不詳 and 頃,
    // which have no hard bounds.
    std::optional<QDate> earliest() const;
    std::optional<QDate> latest() const;

    friend bool operator==(const JapaneseDate&, const JapaneseDate&) = default;

private:
    DatePrecision m_precision = DatePrecision::Unknown;
    int m_year = 0; // Gregorian
    int m_month = 0;
    int m_day = 0;
    std::optional<Era> m_era;
};

// Reads a date the way clerks type it: 昭和50年4月1日, 昭和５０年４月１日, 昭和五十年四月一日,
// 令和元年5月1日, S50.4.1, S50/04/01, s50-4-1, Ｓ５０．４．１, S500401, 3500401 (era
// digit + YYMMDD), 1975-04-01, 1975/4/1, 1975年4月1日, 19750401, and partial
// dates: 昭和40年頃, 1965年頃, 昭和40年, 昭和40年4月, 昭和40年4月上旬/中旬/下旬,
// 昭和40年4月日不詳, 年月日不詳, 不詳. Surrounding spaces are ignored. The error
// says why the input is not a date (docs/dates-and-identifiers.md).
Result<JapaneseDate> parseJapaneseDate(QStringView input);

// A stable English keyword for the precision, used in JSON and logs:
// unknown, approximate-year, year, month, early-month, mid-month, late-month, day.
QString precisionKeyword(DatePrecision precision);
// A short description for people, translated ("exact day", "上旬 (days 1–10)").
QString precisionDescription(DatePrecision precision);

} // namespace madoguchi::text
