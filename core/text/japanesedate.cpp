// Validation of date parts and the accessors of JapaneseDate. The storage
// string is in datestorage.cpp, parsing in dateparser.cpp, output in
// dateformat.cpp.
#include "text/japanesedate.h"

#include "text/dateperiod.h"

#include <QCoreApplication>
#include <algorithm>

namespace madoguchi::text {
namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// How the parts read, for messages: 令和2年2月30日, 2019年2月30日, 昭和40年4月上旬.
QString writtenForm(const DateParts& p)
{
    QString s = p.era ? eraName(*p.era) : QString();
    s += QString::number(p.year) + QChar(u'年');
    if (p.precision == DatePrecision::ApproximateYear)
        return s + QChar(u'頃');
    if (p.precision == DatePrecision::Year)
        return s;
    s += QString::number(p.month) + QChar(u'月');
    switch (p.precision) {
    case DatePrecision::EarlyMonth:
        return s + QStringView(u"上旬");
    case DatePrecision::MidMonth:
        return s + QStringView(u"中旬");
    case DatePrecision::LateMonth:
        return s + QStringView(u"下旬");
    case DatePrecision::Day:
        return s + QString::number(p.day) + QChar(u'日');
    default:
        return s;
    }
}

bool hasMonth(DatePrecision p)
{
    return p >= DatePrecision::Month;
}

} // namespace

Result<JapaneseDate> JapaneseDate::fromParts(const DateParts& p)
{
    if (p.precision == DatePrecision::Unknown)
        return JapaneseDate();
    const QString written = writtenForm(p);

    // Bounds first, so the arithmetic below cannot overflow.
    if (p.era && p.year < 1)
        return Error{QCoreApplication::translate(
            "JapaneseDate", "%1 does not exist: an era starts with year 1 (元年)")
                         .arg(written)};
    const int gy = p.era
        ? (p.year > kLastSupportedYear ? kLastSupportedYear + 1 : gregorianYear(*p.era, p.year))
        : p.year;
    if (gy > kLastSupportedYear)
        return Error{QCoreApplication::translate(
            "JapaneseDate", "%1: the year is out of range (the last supported year is %2)")
                         .arg(written)
                         .arg(kLastSupportedYear)};
    if (gy < firstSupportedDay().year())
        return Error{QCoreApplication::translate("JapaneseDate",
            "%1 is before 1873-01-01: earlier dates are in the old lunisolar "
            "calendar, which is not supported")
                         .arg(written)};
    if (hasMonth(p.precision) && (p.month < 1 || p.month > 12))
        return Error{QCoreApplication::translate("JapaneseDate", "%1: there is no month %2")
                         .arg(written)
                         .arg(p.month)};
    if (p.precision == DatePrecision::Day) {
        const int days = QDate(gy, p.month, 1).daysInMonth();
        if (p.day < 1)
            return Error{QCoreApplication::translate("JapaneseDate", "%1: there is no day %2")
                             .arg(written)
                             .arg(p.day)};
        if (p.day > days)
            return Error{
                QCoreApplication::translate("JapaneseDate", "%1: %2 has only %3 days")
                    .arg(written, QDate(gy, p.month, 1).toString(QStringLiteral("yyyy-MM")))
                    .arg(days)};
    }

    JapaneseDate date;
    date.m_precision = p.precision;
    date.m_year = gy;
    date.m_month = hasMonth(p.precision) ? p.month : 0;
    date.m_day = p.precision == DatePrecision::Day ? p.day : 0;
    const DatePeriod period = periodOf(date.m_precision, gy, date.m_month, date.m_day);

    if (p.era) {
        const Era era = *p.era;
        const QDate last = eraLastDay(era);
        if (period.last < eraFirstDay(era))
            return Error{QCoreApplication::translate("JapaneseDate", "%1 is before %2 began (%3)")
                             .arg(written, eraName(era), iso(eraFirstDay(era)))};
        if (!last.isNull() && gy > last.year())
            return Error{
                QCoreApplication::translate(
                    "JapaneseDate", "%1 does not exist: %2 ended in %3 (%4)")
                    .arg(written, eraName(era),
                        eraName(era) + QString::number(eraYearOf(era, last.year())) + QChar(u'年'),
                        iso(last))};
        if (!last.isNull() && period.first > last)
            return Error{QCoreApplication::translate("JapaneseDate", "%1 is after %2 ended (%3)")
                             .arg(written, eraName(era), iso(last))};
        // Keep the era only where it tells more than the Gregorian date does:
        // a day shown under another name than the usual (newest) one, or a
        // period that the written era narrows (昭和64年 is 1989-01-01…07).
        const QList<Era> eras = erasTouching(period);
        if (p.precision == DatePrecision::Day ? era != eras.last() : eras.size() > 1)
            date.m_era = era;
    }
    return date;
}

Result<JapaneseDate> JapaneseDate::fromDate(QDate d)
{
    if (!d.isValid())
        return Error{QCoreApplication::translate("JapaneseDate", "not a valid date")};
    return fromParts({DatePrecision::Day, std::nullopt, d.year(), d.month(), d.day()});
}

std::optional<int> JapaneseDate::year() const
{
    return isUnknown() ? std::nullopt : std::optional<int>(m_year);
}

std::optional<int> JapaneseDate::month() const
{
    return hasMonth(m_precision) ? std::optional<int>(m_month) : std::nullopt;
}

std::optional<int> JapaneseDate::day() const
{
    return isExact() ? std::optional<int>(m_day) : std::nullopt;
}

std::optional<QDate> JapaneseDate::exactDate() const
{
    return isExact() ? std::optional<QDate>(QDate(m_year, m_month, m_day)) : std::nullopt;
}

std::optional<Era> JapaneseDate::displayEra() const
{
    if (isUnknown())
        return std::nullopt;
    if (m_era)
        return m_era;
    const auto eras = erasTouching(periodOf(m_precision, m_year, m_month, m_day));
    return eras.isEmpty() ? std::nullopt : std::optional<Era>(eras.last());
}

std::optional<QDate> JapaneseDate::earliest() const
{
    if (isUnknown() || m_precision == DatePrecision::ApproximateYear)
        return std::nullopt;
    const DatePeriod period = periodOf(m_precision, m_year, m_month, m_day);
    return m_era ? std::max(period.first, eraFirstDay(*m_era)) : period.first;
}

std::optional<QDate> JapaneseDate::latest() const
{
    if (isUnknown() || m_precision == DatePrecision::ApproximateYear)
        return std::nullopt;
    const DatePeriod period = periodOf(m_precision, m_year, m_month, m_day);
    const QDate eraLast = m_era ? eraLastDay(*m_era) : QDate();
    return eraLast.isNull() ? period.last : std::min(period.last, eraLast);
}

QString precisionKeyword(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Unknown:
        return QStringLiteral("unknown");
    case DatePrecision::ApproximateYear:
        return QStringLiteral("approximate-year");
    case DatePrecision::Year:
        return QStringLiteral("year");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::EarlyMonth:
        return QStringLiteral("early-month");
    case DatePrecision::MidMonth:
        return QStringLiteral("mid-month");
    case DatePrecision::LateMonth:
        return QStringLiteral("late-month");
    case DatePrecision::Day:
        return QStringLiteral("day");
    }
    return QString();
}

QString precisionDescription(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Unknown:
        return QCoreApplication::translate("JapaneseDate", "date unknown (年月日不詳)");
    case DatePrecision::ApproximateYear:
        return QCoreApplication::translate("JapaneseDate", "approximate year (頃)");
    case DatePrecision::Year:
        return QCoreApplication::translate("JapaneseDate", "year only");
    case DatePrecision::Month:
        return QCoreApplication::translate("JapaneseDate", "year and month only");
    case DatePrecision::EarlyMonth:
        return QCoreApplication::translate("JapaneseDate", "early in the month (上旬, days 1–10)");
    case DatePrecision::MidMonth:
        return QCoreApplication::translate(
            "JapaneseDate", "middle of the month (中旬, days 11–20)");
    case DatePrecision::LateMonth:
        return QCoreApplication::translate(
            "JapaneseDate", "late in the month (下旬, day 21 to the end)");
    case DatePrecision::Day:
        return QCoreApplication::translate("JapaneseDate", "exact day");
    }
    return QString();
}

} // namespace madoguchi::text
