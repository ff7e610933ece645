#pragma once

// Internal to core/text: the span of days a partial date covers, shared by
// validation, formatting and the storage string.
#include "text/era.h"
#include "text/japanesedate.h"

#include <QDate>
#include <QList>

namespace madoguchi::text {

struct DatePeriod {
    QDate first;
    QDate last;
};

// The days a value of `precision` covers; `year` is Gregorian and valid,
// `month`/`day` are valid where the precision uses them. 頃 counts as its
// year here. Not for DatePrecision::Unknown.
inline DatePeriod periodOf(DatePrecision precision, int year, int month, int day)
{
    switch (precision) {
    case DatePrecision::Unknown:
    case DatePrecision::ApproximateYear:
    case DatePrecision::Year:
        return {QDate(year, 1, 1), QDate(year, 12, 31)};
    case DatePrecision::Month: {
        const QDate first(year, month, 1);
        return {first, QDate(year, month, first.daysInMonth())};
    }
    case DatePrecision::EarlyMonth:
        return {QDate(year, month, 1), QDate(year, month, 10)};
    case DatePrecision::MidMonth:
        return {QDate(year, month, 11), QDate(year, month, 20)};
    case DatePrecision::LateMonth:
        return {QDate(year, month, 21), QDate(year, month, QDate(year, month, 1).daysInMonth())};
    case DatePrecision::Day:
        return {QDate(year, month, day), QDate(year, month, day)};
    }
    return {};
}

// The eras that share at least one day with the period, oldest first.
inline QList<Era> erasTouching(const DatePeriod& period)
{
    QList<Era> eras;
    for (Era era : kAllEras) {
        if (eraIntersects(era, period.first, period.last))
            eras.append(era);
    }
    return eras;
}

} // namespace madoguchi::text
