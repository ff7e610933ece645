#pragma once

#include "common/result.h"
#include "security/auditentry.h"
#include "visit/visitrecords.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::storage {
class Database;
}

// "Who used my data" (issue #10, docs/security.md): what a supervisor or
// an auditor reads to answer a resident who asks who looked at their
// record and where their data went.
namespace madoguchi::security {

class AccessControl;

// The time the report covers, as AuditFilter: `from` inclusive, `to`
// exclusive; an invalid end is open.
struct AccessPeriod {
    QDateTime from;
    QDateTime to;
};

// One application of a visit that used the resident's data, with what its
// back-end has done with it.
struct ResidentApplication {
    QString id;
    QString procedureId;
    QString system;
    QString member; // m1 …; empty for a household procedure
    QString memberAtenaNo;
    bool aboutResident = false; // the application is the resident's own (member_atena_no)
    QString state; // delivery::stateName
    QString receipt; // the back-end's, once registered
    QStringList fields; // the labels of the fields its form carried (no values)
};

// A visit in which the resident's data was used: they were the resident at
// the counter, or a member of the household an application was about.
struct ResidentVisit {
    QString ref;
    QString submittedAt; // ISO 8601 UTC
    QString atenaNo; // the resident at the counter
    bool atCounter = false; // the report's resident was that resident
    QString eventType;
    QString eventDate;
    QString staff;
    QString office;
    QList<ResidentApplication> applications;
    QList<visit::EvidenceRecord> evidence;
    QList<visit::ConsentRecord> consents;
};

struct ResidentAccessReport {
    QString atenaNo;
    qint64 personId = 0;
    QString nameKanji;
    QString nameKana;
    AccessPeriod period;
    // Every audit entry naming the resident (profile views, reveals with
    // their purpose, prints, certificate verifications, unlocks, earlier
    // reads of this report …), in the chain's order.
    QList<AuditEntry> accesses;
    // The visits that used the resident's data, in the order submitted.
    QList<ResidentVisit> visits;
};

// Right: read-audit-log. Recorded as 'audit-read' naming the resident
// (person_id and the detail "resident ATENA_NO …"), after the reads, so
// the report never contains its own entry; a refusal is recorded as
// denied. Fails for an unknown 宛名番号.
Result<ResidentAccessReport> residentAccess(storage::Database& db, AccessControl& access,
    const QString& atenaNo, const AccessPeriod& period = {});

// {"resident": {"atena_no", "name_kanji", "name_kana"}, "from", "to",
//  "accesses": [{"seq", "at", "operator", "role", "office", "terminal",
//                "action", "purpose", "my_number_shown", "outcome", "detail"}],
//  "visits": [{"visit", "submitted_at", "atena_no", "at_counter", "event",
//              "event_date", "staff", "office",
//              "applications": [{"application_id", "procedure", "system",
//                  "member", "member_atena_no", "about_resident", "state",
//                  "receipt", "fields"}],
//              "data_used": [...], "consents": [...]}]}
QJsonObject residentAccessJson(const ResidentAccessReport& report);

} // namespace madoguchi::security
