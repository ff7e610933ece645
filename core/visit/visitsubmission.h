#pragma once

#include "common/result.h"
#include "visit/visitrecords.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace madoguchi::catalog {
struct Catalog;
}
namespace madoguchi::security {
class AccessControl;
}
namespace madoguchi::storage {
class Database;
}

namespace madoguchi::visit {

// What the clerk has when they press submit (docs/visits.md).
struct VisitDraft {
    // The reference, when one was taken before submitting
    // (allocateVisitReference(): the printed forms carry it); empty: the
    // submission takes the next one.
    QString ref;
    QString atenaNo; // the resident at the counter
    QString eventType; // tennyu, shussei …
    QDate eventDate;
    QDate today;
    QStringList contextAnswers; // PATH=VALUE: member facts, event questions
    QJsonObject eventAnswers; // the life event's questions: {question id: value}
    QJsonObject answers; // the interview's answers ({key: value})
    // Checklist items the clerk leaves out, "procedure" or "procedure/member"
    // → the reason (a procedure the resident does elsewhere, …).
    QMap<QString, QString> leftOut;
    // Procedures the rules did not select that the clerk adds all the same
    // (the resident asks for it; the register is out of date), same keys →
    // the reason. Their forms are filled and must be complete like the
    // others.
    QMap<QString, QString> added;
    // Signed certificates from other institutions whose claims the forms
    // use (compact JWS as read, docs/certificates.md). Verified again at
    // submission; each needs the resident's consent in records.consents.
    QStringList certificates;
    // The documents brought or still to bring, the evidence used and the
    // resident's consents (visitrecords.h), written with the visit.
    VisitRecords records;
};

struct SubmittedApplication {
    QString id; // UUID = Idempotency-Key
    QString procedureId;
    int procedureVersion = 1;
    QString system;
    QString member; // m1 …; empty for a household procedure
};

struct SubmittedVisit {
    QString ref; // V20261126-000001
    QList<SubmittedApplication> applications;
};

// Right: submit. Builds the checklist and the forms from the register, the
// answers and the catalog, with the procedures the clerk added; refuses
// while a form is incomplete (naming the procedure and the fields still
// missing) unless its item is left out with a reason, and an addition
// without a reason, of an unknown procedure or member, or of one already
// in the checklist; then writes the visit, one application per form and one outbox
// row per application in one transaction, and returns the visit's
// reference at once (delivery is the relay's). Recorded in the audit chain
// ('submission') before anything is written.
Result<SubmittedVisit> submitVisit(storage::Database& db, security::AccessControl& access,
    const catalog::Catalog& catalog, const VisitDraft& draft);

} // namespace madoguchi::visit
