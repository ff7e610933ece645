#pragma once

#include "common/result.h"
#include "sync/pushreconcile.h"
#include "visit/readversions.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace madoguchi::storage {
class Database;
}

// One visit of a branch's push (sync/branchpush.h, docs/branch.md, "Push"):
// read at the branch, written at the hall in one transaction with the
// branch_imports row that names it, then marked pushed at the branch.
namespace madoguchi::sync {

// A visit as the branch stored it, with everything it owns.
struct BranchVisit {
    QString ref;
    qint64 personId = 0;
    QString atenaNo;
    QVariantList visitRow; // visits columns after ref and person_id (kVisitColumns)
    QList<QVariantList> applications; // applications rows (kApplicationColumns)
    QList<QVariantList>
        outbox; // id, visit_ref, system, procedure_id, procedure_version, envelope, created_at
    QList<QVariantList> overrides; // approval_requests rows without id (kOverrideColumns)
    // The rows of visit_attachments, visit_documents, visit_evidence and
    // visit_consents, one list per table (kRecordTables in pushvisit.cpp).
    QList<QList<QVariantList>> records;
    // The register versions the visit read (none for a visit submitted
    // before they were recorded: never compared), and the replica's rows of
    // those records, read now: the branch's side of a reconcile request.
    std::optional<visit::ReadVersions> readVersions;
    RecordRows branchRows;
};

Result<BranchVisit> readBranchVisit(storage::Database& replica, const QString& ref);

struct VisitOutcome {
    enum class Kind {
        Written, // newly at the hall
        AlreadyAtHall, // an earlier, interrupted push had written it
        KeptAtBranch, // not written: `why` says what the hall lacks or has instead
    };
    Kind kind = Kind::Written;
    QString why;
    int applications = 0;
    int outboxItems = 0;
    // Written, but the hall changed records the visit read: its outbox rows
    // are 'held' and a reconcile request waits for a supervisor.
    bool heldForReview = false;
};

// Writes `visit` at the hall in one transaction (or finds it there). An
// Error is the hall failing (the push stops); KeptAtBranch is this visit's
// data not fitting the hall (the push goes on with the others). In the same
// transaction the hall's rows of the records the visit read are compared
// with its read versions (docs/branch.md, "Reconciliation"): when any changed, the
// visit is written all the same, once, its outbox rows 'held' instead of
// 'queued', with one pending reconcile request.
Result<VisitOutcome> writeVisitAtHall(
    storage::Database& hall, const BranchVisit& visit, const QString& branchCode);

// At the branch, in one transaction: the visit's pushed_at, and its outbox
// rows still queued closed as handled by the hall (a branch never delivers
// itself).
Status markVisitPushed(storage::Database& replica, const QString& ref);

} // namespace madoguchi::sync
