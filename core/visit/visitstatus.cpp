#include "visit/visitstatus.h"

#include "security/accesscontrol.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace madoguchi::visit {

Result<VisitStatus> loadVisitStatus(
    storage::Database& db, security::AccessControl& access, const QString& ref)
{
    security::AuditEntry entry = access.entry(QLatin1String(security::AuditAction::ProfileView));
    entry.detail = QStringLiteral("visit ") + ref;
    if (Status allowed = access.require(security::Permission::OpenProfile, entry); !allowed)
        return allowed.error();
    const QString doing = QCoreApplication::translate("VisitStatus", "reading visit %1").arg(ref);
    auto visit = storage::exec(db.sql(),
        QStringLiteral("SELECT ref, atena_no, event_type, event_date, staff, office, submitted_at, "
                       "person_id FROM visits WHERE ref = ?"),
        {ref}, doing);
    if (!visit)
        return visit.error();
    if (!visit->next())
        return Error{QCoreApplication::translate("VisitStatus", "there is no visit %1").arg(ref)};
    VisitStatus status;
    status.ref = visit->value(0).toString();
    status.atenaNo = visit->value(1).toString();
    status.eventType = visit->value(2).toString();
    status.eventDate = visit->value(3).toString();
    status.staff = visit->value(4).toString();
    status.office = visit->value(5).toString();
    status.submittedAt = visit->value(6).toString();
    entry.personId = visit->value(7).toLongLong();
    visit->finish();

    auto rows = storage::exec(db.sql(),
        QStringLiteral("SELECT a.id, a.procedure_id, a.system, a.member_id, a.member_atena_no, "
                       "a.deadline, a.documents, o.state, o.attempts, o.receipt, o.last_error, "
                       "o.next_attempt_at FROM applications a JOIN outbox o ON o.id = a.id "
                       "WHERE a.visit_ref = ? ORDER BY a.position"),
        {ref}, doing);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        ApplicationStatus a;
        a.id = rows->value(0).toString();
        a.procedureId = rows->value(1).toString();
        a.system = rows->value(2).toString();
        a.member = rows->value(3).toString();
        a.memberAtenaNo = rows->value(4).toString();
        a.deadline = rows->value(5).toString();
        for (const QJsonValue& d : QJsonDocument::fromJson(rows->value(6).toString().toUtf8()).array())
            a.documents << d.toObject();
        a.state = delivery::stateFromName(rows->value(7).toString())
                      .value_or(delivery::OutboxState::Sending);
        a.attempts = rows->value(8).toInt();
        a.receipt = rows->value(9).toString();
        a.lastError = rows->value(10).toString();
        a.nextAttemptAt = delivery::outboxTimeFromText(rows->value(11).toString());
        status.applications << a;
    }
    if (Status recorded = access.record(entry); !recorded)
        return recorded.error();
    return status;
}

Status refreshDeliveryStates(storage::Database& db, VisitStatus& visit)
{
    auto rows = storage::exec(db.sql(),
        QStringLiteral("SELECT o.id, o.state, o.attempts, o.receipt, o.last_error, "
                       "o.next_attempt_at FROM applications a JOIN outbox o ON o.id = a.id "
                       "WHERE a.visit_ref = ?"),
        {visit.ref},
        QCoreApplication::translate("VisitStatus", "reading the delivery of visit %1").arg(visit.ref));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const QString id = rows->value(0).toString();
        for (ApplicationStatus& a : visit.applications) {
            if (a.id != id)
                continue;
            a.state = delivery::stateFromName(rows->value(1).toString())
                          .value_or(delivery::OutboxState::Sending);
            a.attempts = rows->value(2).toInt();
            a.receipt = rows->value(3).toString();
            a.lastError = rows->value(4).toString();
            a.nextAttemptAt = delivery::outboxTimeFromText(rows->value(5).toString());
        }
    }
    return {};
}

QJsonObject guidanceSlip(const VisitStatus& visit)
{
    QJsonArray items;
    for (const ApplicationStatus& a : visit.applications) {
        const bool registered = a.state == delivery::OutboxState::Delivered;
        QJsonArray documents;
        for (const QJsonObject& d : a.documents)
            documents.append(d);
        items.append(QJsonObject{{QStringLiteral("application_id"), a.id},
            {QStringLiteral("procedure"), a.procedureId}, {QStringLiteral("system"), a.system},
            {QStringLiteral("member_atena_no"),
                a.memberAtenaNo.isEmpty() ? QJsonValue() : QJsonValue(a.memberAtenaNo)},
            // registered: in system X with its receipt; received: at the
            // counter, on its way (or waiting for a supervisor).
            {QStringLiteral("status"),
                registered ? QStringLiteral("registered") : QStringLiteral("received")},
            {QStringLiteral("state"), delivery::stateName(a.state)},
            {QStringLiteral("receipt"), registered ? QJsonValue(a.receipt) : QJsonValue()},
            {QStringLiteral("deadline"), a.deadline.isEmpty() ? QJsonValue() : QJsonValue(a.deadline)},
            {QStringLiteral("documents"), documents}});
    }
    return {{QStringLiteral("visit"), visit.ref}, {QStringLiteral("atena_no"), visit.atenaNo},
        {QStringLiteral("event"), visit.eventType}, {QStringLiteral("event_date"), visit.eventDate},
        {QStringLiteral("office"), visit.office}, {QStringLiteral("submitted_at"), visit.submittedAt},
        {QStringLiteral("items"), items}};
}

} // namespace madoguchi::visit
