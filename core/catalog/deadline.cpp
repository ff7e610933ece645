#include "catalog/deadline.h"

#include "catalog/placeholders.h"
#include "rules/jsonlogic.h"
#include "rules/jsonvalues.h"

#include <QCoreApplication>

namespace madoguchi::catalog {

QDate lastDay(QDate from, const DeadlineLimit& limit)
{
    const QDate first = limit.firstDayCounts ? from : from.addDays(1);
    if (limit.unit == DeadlineUnit::Days)
        return first.addDays(limit.amount - 1);
    const int months = limit.unit == DeadlineUnit::Months ? limit.amount : limit.amount * 12;
    const QDate monthStart = QDate(first.year(), first.month(), 1).addMonths(months);
    if (first.day() > monthStart.daysInMonth())
        return QDate(monthStart.year(), monthStart.month(), monthStart.daysInMonth());
    return QDate(monthStart.year(), monthStart.month(), first.day()).addDays(-1);
}

Result<std::optional<QDate>> deadlineFor(const Deadline& deadline, const QJsonObject& data)
{
    std::optional<QDate> earliest;
    for (qsizetype i = 0; i < deadline.limits.size(); ++i) {
        const DeadlineLimit& limit = deadline.limits.at(i);
        if (!limit.when.isNull()) {
            auto counts = rules::evaluate(limit.when, data);
            if (!counts) {
                // "/and/1: …" from the evaluator: put the limit's place in front.
                const QString at = i == 0 ? QStringLiteral("/when")
                                          : QStringLiteral("/and_within/%1/when").arg(i - 1);
                const QString& message = counts.error().message;
                return Error{
                    message.startsWith(QStringLiteral("/: ")) ? at + message.mid(1) : at + message};
            }
            if (!rules::js::truthy(counts.value()))
                continue;
        }
        for (const QString& path : limit.from) {
            const QJsonValue value = valueAtPath(data, path);
            if (value.isUndefined() || value.isNull() || value == QJsonValue(QString()))
                continue;
            const QDate from
                = value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
            if (!from.isValid() || value.toString().size() != 10)
                return Error{QCoreApplication::translate(
                    "Catalog", "the deadline counts from %1, which is not a date YYYY-MM-DD: %2")
                                 .arg(path, rules::js::describe(value))};
            const QDate last = lastDay(from, limit);
            if (!earliest || last < *earliest)
                earliest = last;
            break;
        }
    }
    return earliest;
}

} // namespace madoguchi::catalog
