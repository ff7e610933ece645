#include "delivery/outboxitem.h"

#include <QTimeZone>

namespace madoguchi::delivery {

QString stateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Delivered:
        return QStringLiteral("delivered");
    case OutboxState::RetryWait:
        return QStringLiteral("retry-wait");
    case OutboxState::Rejected:
        return QStringLiteral("rejected");
    case OutboxState::Cancelled:
        return QStringLiteral("cancelled");
    case OutboxState::Handled:
        return QStringLiteral("handled");
    case OutboxState::Held:
        return QStringLiteral("held");
    }
    return {};
}

std::optional<OutboxState> stateFromName(QStringView name)
{
    for (OutboxState s :
        {OutboxState::Queued, OutboxState::Sending, OutboxState::Delivered, OutboxState::RetryWait,
            OutboxState::Rejected, OutboxState::Cancelled, OutboxState::Handled, OutboxState::Held})
        if (name == stateName(s))
            return s;
    return std::nullopt;
}

QString outboxTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime outboxTimeFromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

} // namespace madoguchi::delivery
