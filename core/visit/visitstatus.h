#pragma once

#include "common/result.h"
#include "delivery/outboxitem.h"
#include "visit/visitrecords.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace madoguchi::security {
class AccessControl;
}
namespace madoguchi::storage {
class Database;
}

namespace madoguchi::visit {

// A value an application carried to its back-end, named without the value:
// what the slip and the resident's access report say was sent.
struct SentField {
    QString field; // the form field's id
    QString label; // as the form carried it (Japanese)
    QString provenance; // register, answer, evidence … (catalog::provenanceName)
};

// The fields of a stored form (applications.form: {"id", "fields": [{"id",
// "label", "value", "provenance"}]}) that carried a value; a field left
// empty sent nothing and is not listed.
QList<SentField> sentFields(const QJsonObject& form);

// One application of a visit, live from the outbox.
struct ApplicationStatus {
    QString id;
    QString procedureId;
    QString system;
    QString member; // m1 …; empty for a household procedure
    QString memberAtenaNo;
    QString deadline; // ISO day; empty when none
    // The documents the procedure needs: {"ja", "en", "status", "bring_by"}
    // as the clerk recorded them (visit_documents; documentStatusName, the
    // day to bring a missing one by). A visit without records (submitted
    // before issue #10) gives applications.documents, each "unrecorded";
    // an object without "status" counts as unrecorded too.
    QList<QJsonObject> documents;
    QList<SentField> sent; // what its form carried, without the values
    delivery::OutboxState state = delivery::OutboxState::Queued;
    int attempts = 0;
    QString receipt;
    QString lastError; // why it waits or was refused
    QDateTime nextAttemptAt;
};

struct VisitStatus {
    QString ref;
    QString atenaNo;
    QString eventType;
    QString eventDate;
    QString staff;
    QString office;
    QString submittedAt;
    QList<ApplicationStatus> applications;
    // The certificates and pre-entry the visit used, and the resident's
    // consents (visitrecords.h).
    QList<EvidenceRecord> evidence;
    QList<ConsentRecord> consents;
};

// Right: open-profile (a visit is a resident's record); recorded as a
// profile view with detail "visit REF". Fails for an unknown reference.
Result<VisitStatus> loadVisitStatus(
    storage::Database& db, security::AccessControl& access, const QString& ref);

// `visit` (as loadVisitStatus() read it) with the delivery states of its
// applications read again: state, attempts, receipt, error, next attempt.
// Reads no personal data (only the outbox rows of the visit's application
// ids), so it is not recorded: the desk that submitted the visit follows
// it live with this after the audited first read.
Status refreshDeliveryStates(storage::Database& db, VisitStatus& visit);

// The receipt and guidance slip (受付案内票) as data (docs/visits.md): per
// application whether it is registered in its system (with the receipt)
// or received at the counter and on its way, its deadline, its documents
// with their status and those still to bring (by the deadline); then the
// data from outside the register the visit used, the resident's consents,
// and which back-end system received which fields — their labels, never
// their values: the slip goes home with the resident. The desk prints it
// (issue #7).
QJsonObject guidanceSlip(const VisitStatus& visit);

} // namespace madoguchi::visit
