#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::registry {

inline constexpr int kDefaultFlagsMaxAgeHours = 24;

// How fresh a branch replica's 支援措置 are (issue #9, docs/branch.md,
// "Victim protection offline"). A replica knows the measures as of its last
// pull (meta sync.flags_fresh_at, sync/syncstate.h); a measure the hall
// added since is not in it. When that is older than the limit (meta
// sync.flags_max_age_hours, default 24), or the replica was never pulled,
// every resident counts as protected until a supervisor unlocks them: the
// guard fails closed. Any other database (the hall, a standalone desk) is
// always fresh.
struct FlagFreshness {
    bool stale = false;
    QString reason; // why, when stale: "… 31 hours old (the limit is 24)"
};

Result<FlagFreshness> flagFreshness(storage::Database& db, const QDateTime& now);

} // namespace madoguchi::registry
