#pragma once

#include "common/result.h"
#include "sync/branchpush.h"
#include "sync/registerpull.h"

#include <QDateTime>
#include <QString>

namespace madoguchi::storage {
class Database;
class SecretStore;
} // namespace madoguchi::storage

namespace madoguchi::sync {

struct SyncOptions {
    QString hallName; // the hall's URL without password (recorded in the replica)
    QString office; // the branch's office (staff verifiers)
    int offlineLoginDays = 14;
    // Where the replica's key is (and is made at the first sync); null: the
    // OS keychain (storage::databaseSecretStore()).
    storage::SecretStore* secrets = nullptr;
    PullOptions pull; // its cipher is set by syncBranch
    PushOptions push;
};

struct SyncReport {
    PushReport push;
    PullReport pull;
    int staff = 0; // accounts able to log in offline
    qint64 milliseconds = 0;
};

// One sync of a branch with the hall: the replica's key first (made and put
// in the keychain at the first sync), then push (the hall gets the branch's
// visits before anything else), then pull the register, sealing the
// protected values as they are written, and the staff verifiers. Each part
// commits as it goes; an error says which part failed and what was done
// before it.
Result<SyncReport> syncBranch(storage::Database& replica, storage::Database& hall,
    const SyncOptions& options, const PullProgressFn& progress = {});

} // namespace madoguchi::sync
