#pragma once

#include "common/result.h"
#include "delivery/outboxitem.h"

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

// One application of a visit, live from the outbox.
struct ApplicationStatus {
    QString id;
    QString procedureId;
    QString system;
    QString member; // m1 …; empty for a household procedure
    QString memberAtenaNo;
    QString deadline; // ISO day; empty when none
    QList<QJsonObject> documents; // {"ja", "en"}: what to bring
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
// or received at the counter and on its way, its deadline, and the
// documents still to bring. The desk prints it (issue #7).
QJsonObject guidanceSlip(const VisitStatus& visit);

} // namespace madoguchi::visit
