#include "delivery/outboxadministration.h"

#include "delivery/outbox.h"
#include "security/accesscontrol.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace madoguchi::delivery {

OutboxAdministration::OutboxAdministration(storage::Database& db, security::AccessControl& access)
    : m_db(db)
    , m_access(access)
{ }

Result<OutboxItem> OutboxAdministration::decide(const QString& id, const QString& reason,
    const char* verb, OutboxState to, std::initializer_list<OutboxState> from)
{
    security::AuditEntry entry = m_access.entry(QLatin1String(security::AuditAction::Delivery));
    entry.purpose = reason.trimmed();
    entry.detail = QStringLiteral("%1 %2").arg(QLatin1String(verb), id);
    const security::Permission right = to == OutboxState::Queued
        ? security::Permission::RetryDelivery
        : security::Permission::CancelDelivery;
    if (Status allowed = m_access.require(right, entry); !allowed)
        return allowed.error();
    if (entry.purpose.isEmpty())
        return Error{QCoreApplication::translate("OutboxAdministration", "a reason is required")};

    Outbox outbox(m_db, m_access.clock());
    auto found = outbox.find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{QCoreApplication::translate("OutboxAdministration", "no application %1 in the outbox")
                         .arg(id)};
    const OutboxItem before = found->value();
    QStringList allowedStates;
    QVariantList values;
    for (OutboxState s : from)
        allowedStates << stateName(s);
    if (!allowedStates.contains(stateName(before.state)))
        return Error{QCoreApplication::translate("OutboxAdministration",
            "application %1 is %2; only one that is %3 can be changed so")
                         .arg(id, stateName(before.state), allowedStates.join(QStringLiteral(", ")))};
    // Recorded first: a decision that cannot be recorded is not taken.
    if (Status recorded = m_access.record(entry); !recorded)
        return recorded.error();
    const QString now = outboxTime(m_access.clock().now());
    QString sql = QStringLiteral("UPDATE outbox SET state = ?, closed_by = ?, close_reason = ?, "
                                 "updated_at = ?");
    values << stateName(to) << m_access.session().staffId << entry.purpose << now;
    if (to == OutboxState::Queued) {
        // A fresh start: the back-off begins again from its first delay and
        // the attempts limit counts from zero (the cause was fixed).
        sql += QStringLiteral(", attempts = 0, next_attempt_at = ?");
        values << now;
    }
    sql += QStringLiteral(" WHERE id = ? AND state = ?");
    values << id << stateName(before.state);
    auto updated = storage::exec(m_db.sql(), sql, values,
        QCoreApplication::translate("OutboxAdministration", "changing application %1").arg(id));
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{QCoreApplication::translate("OutboxAdministration",
            "application %1 changed meanwhile (a relay took it); look again")
                         .arg(id)};
    auto after = outbox.find(id);
    if (!after)
        return after.error();
    return after->value_or(before);
}

Result<OutboxItem> OutboxAdministration::retry(const QString& id, const QString& reason)
{
    return decide(id, reason, "retry", OutboxState::Queued,
        {OutboxState::Rejected, OutboxState::RetryWait});
}

Result<OutboxItem> OutboxAdministration::cancel(const QString& id, const QString& reason)
{
    return decide(id, reason, "cancel", OutboxState::Cancelled,
        {OutboxState::Queued, OutboxState::RetryWait, OutboxState::Rejected});
}

Result<OutboxItem> OutboxAdministration::markHandled(const QString& id, const QString& reason)
{
    return decide(id, reason, "handled", OutboxState::Handled,
        {OutboxState::RetryWait, OutboxState::Rejected});
}

} // namespace madoguchi::delivery
