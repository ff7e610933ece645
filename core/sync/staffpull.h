#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::sync {

inline constexpr int kDefaultOfflineLoginDays = 14;

// Copies to the replica the accounts of the staff who logged in at `office`
// (the hall's audit log: action login, outcome ok, that office) within
// `days` days before `now`: id, role, office, argon2 verifier, disabled —
// so they can log in at the branch while the hall is unreachable (docs/
// branch.md, "Offline login"). Accounts disabled at the hall are copied as
// disabled; accounts no longer in the set are removed from the replica.
// Never copies a password, only the verifier the hall stores.
// Returns the number of accounts the replica holds afterwards.
Result<int> pullStaffVerifiers(storage::Database& hall, storage::Database& replica,
    const QString& office, const QDateTime& now, int days = kDefaultOfflineLoginDays);

} // namespace madoguchi::sync
