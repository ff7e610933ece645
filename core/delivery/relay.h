#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "delivery/backoff.h"
#include "delivery/outbox.h"

#include <QRandomGenerator>
#include <atomic>

namespace madoguchi::storage {
class SecretStore;
}

namespace madoguchi::delivery {

class ConnectorSet;

struct RelayOptions {
    QString owner; // who holds the leases: host, process, thread
    int batch = 32; // items claimed at once
    std::chrono::milliseconds lease{std::chrono::minutes(2)};
    BackoffPolicy backoff;
};

// What one round did.
struct RelayRound {
    int claimed = 0;
    int delivered = 0;
    int retrying = 0;
    int rejected = 0;
    int lost = 0; // finished after the lease had passed to another relay

    RelayRound& operator+=(const RelayRound& other)
    {
        claimed += other.claimed;
        delivered += other.delivered;
        retrying += other.retrying;
        rejected += other.rejected;
        lost += other.lost;
        return *this;
    }
};

// Takes due applications from the outbox and hands each to its system's
// connector (docs/delivery.md, "The relay"). One failing item never holds
// up the others: each gets its own outcome. There is no attempt limit, so
// the hours a back-end is unreachable cost nothing but the back-off (capped
// at an hour); a supervisor decides about rejected ones.
class Relay {
public:
    Relay(storage::Database& db, ConnectorSet& connectors, storage::SecretStore& secrets,
        RelayOptions options, const Clock& clock = Clock::system());

    // Claims one batch and sends it; `stop` is looked at between items, so
    // a stop request lets the send in flight finish and leaves the rest of
    // the batch to a lease that expires.
    Result<RelayRound> runOnce(const std::atomic<bool>* stop = nullptr);

private:
    storage::Database& m_db;
    Outbox m_outbox;
    ConnectorSet& m_connectors;
    storage::SecretStore& m_secrets;
    RelayOptions m_options;
    const Clock& m_clock;
    QRandomGenerator m_random;
};

// The envelope as it goes out: the stored one with sent_at set.
QByteArray outgoingBody(const OutboxItem& item, const QDateTime& now);

} // namespace madoguchi::delivery
