// The storage string of a JapaneseDate (docs/dates-and-identifiers.md). It is
// what the database keeps, so it must never change meaning: ISO 8601 for days,
// forms modelled on EDTF (ISO 8601-2) for partial dates, and an era suffix
// only where the era carries information.
#include "text/dateperiod.h"
#include "text/japanesedate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace madoguchi::text {
namespace {

// Sorts after every digit, so 不詳 sorts after all dates.
QString unknownStorage()
{
    return QStringLiteral("XXXX-XX-XX");
}

} // namespace

QString JapaneseDate::toStorageString() const
{
    if (isUnknown())
        return unknownStorage();
    const QString year = QString::number(m_year).rightJustified(4, QLatin1Char('0'));
    QString s;
    switch (m_precision) {
    case DatePrecision::Unknown:
        break;
    case DatePrecision::ApproximateYear:
        s = year + QLatin1Char('~');
        break;
    case DatePrecision::Year:
        s = year;
        break;
    case DatePrecision::Month:
        s = year + QLatin1Char('-') + QString::number(m_month).rightJustified(2, QLatin1Char('0'));
        break;
    case DatePrecision::EarlyMonth:
    case DatePrecision::MidMonth:
    case DatePrecision::LateMonth: {
        const DatePeriod p = periodOf(m_precision, m_year, m_month, 0);
        s = p.first.toString(Qt::ISODate) + QLatin1Char('/') + p.last.toString(Qt::ISODate);
        break;
    }
    case DatePrecision::Day:
        s = QDate(m_year, m_month, m_day).toString(Qt::ISODate);
        break;
    }
    if (m_era)
        s += QLatin1Char('@') + eraLetter(*m_era);
    return s;
}

Result<JapaneseDate> JapaneseDate::fromStorageString(QStringView storage)
{
    if (storage == unknownStorage())
        return JapaneseDate();
    // year, then one of: "~" | "-MM" | "-MM-DD" | "-MM-DD/YYYY-MM-DD"; then "@E".
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})(?:(~)|-(\\d{2})(?:-(\\d{2})(?:/\\d{4}-\\d{2}-\\d{2})?)?)?(?:@([MTSHR]))?$"));
    // match(QStringView) rather than matchView(), which is Qt 6.5.
    const QRegularExpressionMatch m = pattern.match(storage);
    if (!m.hasMatch())
        return Error{QCoreApplication::translate("JapaneseDate", "'%1' is not a stored date")
                         .arg(storage.toString())};

    DateParts parts;
    parts.year = m.capturedView(1).toInt();
    parts.month = m.capturedView(3).toInt();
    parts.day = m.capturedView(4).toInt();
    if (m.hasCaptured(2))
        parts.precision = DatePrecision::ApproximateYear;
    else if (!m.hasCaptured(3))
        parts.precision = DatePrecision::Year;
    else if (!m.hasCaptured(4))
        parts.precision = DatePrecision::Month;
    else if (!storage.contains(QLatin1Char('/')))
        parts.precision = DatePrecision::Day;
    else // a 旬: its first day says which; the round trip below checks the rest
        parts.precision = parts.day <= 1 ? DatePrecision::EarlyMonth
            : parts.day <= 11            ? DatePrecision::MidMonth
                                         : DatePrecision::LateMonth;
    if (m.hasCaptured(5)) {
        parts.era = eraFromLetter(m.capturedView(5).front());
        parts.year = eraYearOf(*parts.era, parts.year);
    }

    Result<JapaneseDate> date = fromParts(parts);
    if (!date)
        return Error{QCoreApplication::translate("JapaneseDate", "'%1' is not a stored date: %2")
                         .arg(storage.toString(), date.error().message)};
    // Only the canonical spelling is accepted, so one value has one string.
    const QString canonical = date->toStorageString();
    if (canonical != storage)
        return Error{QCoreApplication::translate(
            "JapaneseDate", "'%1' is not a stored date (the stored form is '%2')")
                         .arg(storage.toString(), canonical)};
    return date;
}

} // namespace madoguchi::text
