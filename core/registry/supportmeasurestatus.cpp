#include "registry/supportmeasurestatus.h"

namespace madoguchi::registry {
namespace {

std::optional<QDate> isoDay(QStringView text)
{
    const QDate date = QDate::fromString(text.toString(), Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return std::nullopt;
    return date;
}

} // namespace

QString supportLevelKeyword(SupportLevel level)
{
    switch (level) {
    case SupportLevel::None:
        return QStringLiteral("none");
    case SupportLevel::Alert:
        return QStringLiteral("alert");
    case SupportLevel::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

std::optional<SupportLevel> supportLevelFromKeyword(QStringView keyword)
{
    if (keyword == u"none")
        return SupportLevel::None;
    if (keyword == u"alert")
        return SupportLevel::Alert;
    if (keyword == u"error")
        return SupportLevel::Error;
    return std::nullopt;
}

bool isSupportMeasureActive(QStringView startsOn, QStringView endsOn, QDate on)
{
    // Meguro 2025: a flag lifted by mistake put a person at risk. When the
    // stored period cannot be read, keep protecting rather than guess.
    const std::optional<QDate> start = isoDay(startsOn);
    const std::optional<QDate> end = isoDay(endsOn);
    if (start && on < *start)
        return false;
    if (end && on > *end)
        return false;
    return true;
}

bool isSupportMeasureEndingSoon(QStringView endsOn, QDate on)
{
    const std::optional<QDate> end = isoDay(endsOn);
    return end && on <= *end && on.addMonths(1) >= *end;
}

} // namespace madoguchi::registry
