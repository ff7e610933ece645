#include "visit/visitstatus.h"

#include "security/accesscontrol.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace madoguchi::visit {
namespace {

QString applicationKey(const ApplicationStatus& a)
{
    return a.member.isEmpty() ? a.procedureId : a.procedureId + QLatin1Char('/') + a.member;
}

// The recorded documents of each application; the old list, unrecorded,
// where the visit has none.
void attachDocuments(QList<ApplicationStatus>& applications, const QList<DocumentRecord>& records)
{
    for (ApplicationStatus& a : applications) {
        QList<QJsonObject> recorded;
        for (const DocumentRecord& d : records)
            if (d.key == applicationKey(a))
                recorded << QJsonObject{{QStringLiteral("ja"), d.names.ja},
                    {QStringLiteral("en"), d.names.en},
                    {QStringLiteral("status"), documentStatusName(d.status)},
                    {QStringLiteral("bring_by"),
                        d.bringBy.isValid() ? QJsonValue(d.bringBy.toString(Qt::ISODate))
                                            : QJsonValue()}};
        if (!recorded.isEmpty()) {
            a.documents = recorded;
            continue;
        }
        for (QJsonObject& d : a.documents)
            if (!d.contains(QLatin1String("status")))
                d.insert(QStringLiteral("status"), documentStatusName(DocumentStatus::Unrecorded));
    }
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Each document with its status, and those still to bring: missing, or
// never recorded as seen; by the day recorded, else the deadline.
std::pair<QJsonArray, QJsonArray> documentsJson(const ApplicationStatus& a)
{
    QJsonArray documents, toBring;
    for (const QJsonObject& d : a.documents) {
        const QString status = d.value(QLatin1String("status"))
                                   .toString(documentStatusName(DocumentStatus::Unrecorded));
        const QJsonValue bringBy = d.value(QLatin1String("bring_by"));
        QJsonObject document{{QStringLiteral("ja"), d.value(QLatin1String("ja"))},
            {QStringLiteral("en"), d.value(QLatin1String("en"))},
            {QStringLiteral("status"), status},
            {QStringLiteral("bring_by"), bringBy.isString() ? bringBy : QJsonValue()}};
        documents.append(document);
        const auto parsed = documentStatusFromName(status);
        if (parsed != DocumentStatus::Missing && parsed != DocumentStatus::Unrecorded)
            continue;
        if (!bringBy.isString())
            document.insert(QStringLiteral("bring_by"), textOrNull(a.deadline));
        toBring.append(document);
    }
    return {documents, toBring};
}

// Which system received which fields: per system in the order the
// applications first name it, its procedures and the labels of the fields
// their forms carried. A cancelled application never counts as sent.
QJsonArray sentToJson(const QList<ApplicationStatus>& applications)
{
    QStringList systems;
    QHash<QString, QJsonArray> procedures, fields;
    for (const ApplicationStatus& a : applications) {
        if (a.state == delivery::OutboxState::Cancelled)
            continue;
        if (!systems.contains(a.system))
            systems << a.system;
        QJsonArray& named = procedures[a.system];
        if (!named.contains(a.procedureId))
            named.append(a.procedureId);
        for (const SentField& f : a.sent)
            fields[a.system].append(QJsonObject{{QStringLiteral("procedure"), a.procedureId},
                {QStringLiteral("member"), textOrNull(a.member)},
                {QStringLiteral("field"), f.field}, {QStringLiteral("label"), f.label},
                {QStringLiteral("provenance"), f.provenance}});
    }
    QJsonArray sent;
    for (const QString& system : systems)
        sent.append(QJsonObject{{QStringLiteral("system"), system},
            {QStringLiteral("procedures"), procedures.value(system)},
            {QStringLiteral("fields"), fields.value(system)}});
    return sent;
}

} // namespace

QList<SentField> sentFields(const QJsonObject& form)
{
    QList<SentField> sent;
    for (const QJsonValue& value : form.value(QLatin1String("fields")).toArray()) {
        const QJsonObject f = value.toObject();
        const QJsonValue carried = f.value(QLatin1String("value"));
        if (carried.isNull() || carried.isUndefined()
            || (carried.isString() && carried.toString().isEmpty()))
            continue;
        sent << SentField{f.value(QLatin1String("id")).toString(),
            f.value(QLatin1String("label")).toString(),
            f.value(QLatin1String("provenance")).toString()};
    }
    return sent;
}

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
                       "o.next_attempt_at, a.form FROM applications a JOIN outbox o ON o.id = a.id "
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
        for (const QJsonValue& d :
            QJsonDocument::fromJson(rows->value(6).toString().toUtf8()).array())
            a.documents << d.toObject();
        a.state = delivery::stateFromName(rows->value(7).toString())
                      .value_or(delivery::OutboxState::Sending);
        a.attempts = rows->value(8).toInt();
        a.receipt = rows->value(9).toString();
        a.lastError = rows->value(10).toString();
        a.nextAttemptAt = delivery::outboxTimeFromText(rows->value(11).toString());
        // Only the labels are kept: the values stay in the database.
        a.sent = sentFields(QJsonDocument::fromJson(rows->value(12).toString().toUtf8()).object());
        status.applications << a;
    }
    rows->finish();
    auto records = readVisitRecords(db, ref);
    if (!records)
        return records.error();
    attachDocuments(status.applications, records->documents);
    status.evidence = records->evidence;
    status.consents = records->consents;
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
        QCoreApplication::translate("VisitStatus", "reading the delivery of visit %1")
            .arg(visit.ref));
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
        const auto [documents, toBring] = documentsJson(a);
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
            {QStringLiteral("deadline"),
                a.deadline.isEmpty() ? QJsonValue() : QJsonValue(a.deadline)},
            {QStringLiteral("documents"), documents}, {QStringLiteral("to_bring"), toBring}});
    }
    // The evidence as the resident may see it: what, from whom, for whom,
    // and the fields it filled (the digest stays in the records).
    QJsonArray used;
    for (const EvidenceRecord& e : visit.evidence) {
        QJsonObject json = evidenceJson(e);
        json.remove(QStringLiteral("digest"));
        used.append(json);
    }
    QJsonArray consents;
    for (const ConsentRecord& c : visit.consents)
        consents.append(consentJson(c));
    return {{QStringLiteral("visit"), visit.ref}, {QStringLiteral("atena_no"), visit.atenaNo},
        {QStringLiteral("event"), visit.eventType}, {QStringLiteral("event_date"), visit.eventDate},
        {QStringLiteral("office"), visit.office},
        {QStringLiteral("submitted_at"), visit.submittedAt}, {QStringLiteral("items"), items},
        {QStringLiteral("data_used"), used}, {QStringLiteral("consents"), consents},
        {QStringLiteral("sent_to"), sentToJson(visit.applications)}};
}

} // namespace madoguchi::visit
