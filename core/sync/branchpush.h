#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::sync {

struct PushOptions {
    // Tests: fail after this many visits were committed at the hall (a
    // push killed halfway). Negative: never.
    int failAfterVisits = -1;
    // Branch audit entries appended per hall transaction.
    int auditBatch = 500;
};

struct PushReport {
    int visits = 0; // visits newly written at the hall
    int applications = 0;
    int outboxItems = 0;
    int auditEntries = 0; // branch audit entries appended to the hall's chain
    int alreadyAtHall = 0; // visits a previous, interrupted push had written
    // Of `visits`: those whose register records the hall changed since the
    // branch read them; written with their outbox rows 'held' and one
    // reconcile request each (docs/branch.md, "Reconciliation").
    int held = 0;
    // Visits left at the branch, unpushed, each with why: the hall lacks
    // their resident, or has another visit under their reference. The
    // others are pushed; these are tried again at every push.
    QStringList problems;
    qint64 milliseconds = 0;
};

// Hands the branch's work to the hall (issue #9, docs/branch.md, "Push"):
// every visit submitted at the branch and not yet pushed, with its
// applications and outbox rows (same UUIDs, so the hall's relays send each
// application once, with the same Idempotency-Key), and the branch's audit
// entries, appended to the hall's chain with their original time,
// operator, office and terminal. Idempotent: each visit is written at the
// hall in one transaction together with a branch_imports row naming it, and
// marked pushed at the branch afterwards; a push that stops between the two
// finds the hall's row next time and only marks it. Branch outbox rows stay
// at the branch in state 'queued' until pushed (a branch never delivers
// itself: the hall's relays do).
Result<PushReport> pushBranch(storage::Database& replica, storage::Database& hall,
    const QString& branchCode, const PushOptions& options = {});

} // namespace madoguchi::sync
