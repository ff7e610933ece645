#include "text/dateformat.h"

namespace madoguchi::text {
namespace {

QString number2(int n)
{
    return QString::number(n).rightJustified(2, QLatin1Char('0'));
}

QString unknownText()
{
    return QStringLiteral(u"年月日不詳");
}

QString tenDaysText(DatePrecision p)
{
    switch (p) {
    case DatePrecision::EarlyMonth:
        return QStringLiteral(u"上旬");
    case DatePrecision::MidMonth:
        return QStringLiteral(u"中旬");
    case DatePrecision::LateMonth:
        return QStringLiteral(u"下旬");
    default:
        return QString();
    }
}

// What follows the year in the long forms ("4月1日", "頃", "月日不詳" …).
QString afterYear(const JapaneseDate& date, UnknownParts unknown)
{
    const bool mark = unknown == UnknownParts::Mark;
    switch (date.precision()) {
    case DatePrecision::Unknown:
        return QString();
    case DatePrecision::ApproximateYear:
        return QStringLiteral(u"年頃");
    case DatePrecision::Year:
        return mark ? QStringLiteral(u"年月日不詳") : QStringLiteral(u"年");
    case DatePrecision::Month:
        return QStringLiteral(u"年") + QString::number(*date.month())
            + (mark ? QStringLiteral(u"月日不詳") : QStringLiteral(u"月"));
    case DatePrecision::EarlyMonth:
    case DatePrecision::MidMonth:
    case DatePrecision::LateMonth:
        return QStringLiteral(u"年") + QString::number(*date.month()) + QChar(u'月')
            + tenDaysText(date.precision());
    case DatePrecision::Day:
        return QStringLiteral(u"年") + QString::number(*date.month()) + QChar(u'月')
            + QString::number(*date.day()) + QChar(u'日');
    }
    return QString();
}

} // namespace

QString formatWareki(const JapaneseDate& date, UnknownParts unknown)
{
    if (date.isUnknown())
        return unknownText();
    const Era era = *date.displayEra();
    const int year = eraYearOf(era, *date.year());
    // The first year of an era is written 元年 in the long form.
    const QString yearText = year == 1 ? QStringLiteral(u"元") : QString::number(year);
    return eraName(era) + yearText + afterYear(date, unknown);
}

QString formatWarekiShort(const JapaneseDate& date)
{
    if (date.isUnknown())
        return QStringLiteral(u"不詳");
    const Era era = *date.displayEra();
    QString s = eraLetter(era) + number2(eraYearOf(era, *date.year()));
    switch (date.precision()) {
    case DatePrecision::Unknown:
        break;
    case DatePrecision::ApproximateYear:
        s += QChar(u'頃');
        break;
    case DatePrecision::Year:
        break;
    case DatePrecision::Month:
        s += QLatin1Char('.') + number2(*date.month());
        break;
    case DatePrecision::EarlyMonth:
    case DatePrecision::MidMonth:
    case DatePrecision::LateMonth:
        s += QLatin1Char('.') + number2(*date.month()) + tenDaysText(date.precision());
        break;
    case DatePrecision::Day:
        s += QLatin1Char('.') + number2(*date.month()) + QLatin1Char('.') + number2(*date.day());
        break;
    }
    return s;
}

std::optional<QString> formatEraCode(const JapaneseDate& date)
{
    if (!date.isExact())
        return std::nullopt;
    const Era era = *date.displayEra();
    const int year = eraYearOf(era, *date.year());
    // Seven digits hold era years up to 99; later 令和 years have no code.
    if (year > 99)
        return std::nullopt;
    return QString::number(eraCode(era)) + number2(year) + number2(*date.month())
        + number2(*date.day());
}

std::optional<QString> formatIso(const JapaneseDate& date)
{
    if (const auto d = date.exactDate())
        return d->toString(Qt::ISODate);
    return std::nullopt;
}

QString formatWestern(const JapaneseDate& date, UnknownParts unknown)
{
    if (date.isUnknown())
        return unknownText();
    return QString::number(*date.year()) + afterYear(date, unknown);
}

QString formatDay(QDate day)
{
    if (!day.isValid())
        return {};
    const auto date = JapaneseDate::fromDate(day);
    return date ? QStringLiteral("%1 (%2)").arg(formatWareki(date.value()), day.toString(Qt::ISODate))
                : day.toString(Qt::ISODate);
}

} // namespace madoguchi::text
