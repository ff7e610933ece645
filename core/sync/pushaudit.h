#pragma once

#include "common/result.h"

#include <QString>

namespace madoguchi::storage {
class Database;
}

// The audit part of a branch's push (sync/branchpush.h, docs/branch.md, "Push",
// "The audit chain").
namespace madoguchi::sync {

// The branch's last entry whose copy the hall has, and its hash (the next
// entry must link to it).
inline constexpr char kAuditPushedSeqKey[] = "sync.audit_pushed_seq";
inline constexpr char kAuditPushedHashKey[] = "sync.audit_pushed_hash";

// The hall's origin of branch entry `seq`: "audit:K01:42".
QString auditOrigin(const QString& branchCode, qint64 seq);

// Appends the branch's entries after kAuditPushedSeqKey to the hall's chain
// through the hall's own append (security/auditlog.h), `batch` entries per
// hall transaction, each with its branch_imports row; moves the branch's
// keys after each batch. An entry the hall already has (an earlier push
// stopped between the hall's commit and the branch's) is not appended again.
// Refuses, before writing anything, entries that do not chain from the
// last one pushed: a copy at the hall would hide that the branch's chain
// was changed. Returns the number of entries newly appended.
Result<int> pushAuditEntries(storage::Database& replica, storage::Database& hall,
    const QString& branchCode, int batch = 500);

} // namespace madoguchi::sync
