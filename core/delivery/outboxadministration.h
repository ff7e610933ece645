#pragma once

#include "common/result.h"
#include "delivery/outboxitem.h"

namespace madoguchi::storage {
class Database;
}
namespace madoguchi::security {
class AccessControl;
}

namespace madoguchi::delivery {

// A supervisor's decisions about applications that did not go through
// (docs/delivery.md, "A supervisor's decisions"). Each needs its right
// (retry-delivery or cancel-delivery, docs/security.md) and a reason, and is
// recorded in the audit chain (action 'delivery') before it is applied.
class OutboxAdministration {
public:
    OutboxAdministration(storage::Database& db, security::AccessControl& access);

    // A rejected or waiting application is queued again, due now (after
    // the back-end or the data was fixed). Same id: same Idempotency-Key.
    Result<OutboxItem> retry(const QString& id, const QString& reason);
    // It will not be sent: cancelled (queued, waiting or rejected ones).
    Result<OutboxItem> cancel(const QString& id, const QString& reason);
    // It was settled by hand (the department was called, a paper form
    // sent): handled (waiting or rejected ones).
    Result<OutboxItem> markHandled(const QString& id, const QString& reason);

private:
    Result<OutboxItem> decide(const QString& id, const QString& reason, const char* verb,
        OutboxState to, std::initializer_list<OutboxState> from);

    storage::Database& m_db;
    security::AccessControl& m_access;
};

} // namespace madoguchi::delivery
