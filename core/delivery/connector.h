#pragma once

#include "delivery/outboxitem.h"

#include <QByteArray>
#include <QString>
#include <chrono>
#include <optional>

namespace madoguchi::delivery {

// What one attempt to hand an application to its back-end gave.
struct SendResult {
    enum class Kind {
        Delivered, // the back-end holds it: receipt (and its body) kept
        Rejected, // the back-end refused it for good: a supervisor decides
        Retry, // not now: the back-end was down, busy or out of reach
    };
    Kind kind = Kind::Retry;
    QString receipt;
    QByteArray body; // the back-end's answer as received
    QString message; // for a person: why it was refused or will be retried
    std::optional<std::chrono::milliseconds> retryAfter; // asked for by the back-end
};

// One way to reach back-end systems: HTTP JSON or a file drop
// (docs/delivery.md). A connector is used by one relay thread at a time.
class Connector {
public:
    virtual ~Connector() = default;
    // Sends `body` (the envelope as it goes out) with the item's id as its
    // idempotency key.
    virtual SendResult send(const OutboxItem& item, const QByteArray& body) = 0;
};

} // namespace madoguchi::delivery
