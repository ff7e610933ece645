#pragma once

#include "approval/approvals.h"

namespace madoguchi::approval {

// The table approval_requests (migration 0011) as the approvals read and
// write it. Unguarded: Approvals checks the rights and records the audit
// entries; these only move rows.

// A request with the version its decision must match (the conditional
// UPDATE that lets one supervisor only decide it).
struct StoredRequest {
    ApprovalRequest request;
    int version = 1;
};

// How the times are stored: ISO 8601 UTC with milliseconds.
QString approvalTime(const QDateTime& at);

// Inserts `request` (its id is ignored) and returns its new id.
Result<qint64> insertRequest(storage::Database& db, const ApprovalRequest& request);

Result<std::optional<StoredRequest>> readRequest(storage::Database& db, qint64 id);
// Newest first.
Result<QList<ApprovalRequest>> readRequests(storage::Database& db, const ApprovalFilter& filter);

// Sets the decision if the request is still pending at `version`; false
// when another decision came first.
Result<bool> storeDecision(storage::Database& db, qint64 id, int version, ApprovalState state,
    const QDateTime& at, const QString& staff, const QString& comment);

} // namespace madoguchi::approval
