#pragma once

#include "common/result.h"
#include "sync/branchpush.h"
#include "sync/registerpull.h"

#include <QDateTime>
#include <QString>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::sync {

struct SyncOptions {
    QString hallName; // the hall's URL without password (recorded in the replica)
    QString office; // the branch's office (staff verifiers)
    int offlineLoginDays = 14;
    PullOptions pull;
    PushOptions push;
};

struct SyncReport {
    PushReport push;
    PullReport pull;
    int staff = 0; // accounts able to log in offline
    qint64 milliseconds = 0;
};

// One sync of a branch with the hall: push first (the hall gets the
// branch's visits before anything else), then pull the register and the
// staff verifiers. Each part commits as it goes; an error says which part
// failed and what was done before it.
Result<SyncReport> syncBranch(storage::Database& replica, storage::Database& hall,
    const SyncOptions& options, const PullProgressFn& progress = {});

} // namespace madoguchi::sync
