#pragma once

#include "delivery/connectorset.h"
#include "delivery/relay.h"
#include "storage/databaselocation.h"

#include <QString>
#include <atomic>
#include <memory>
#include <mutex>

class QThread;

namespace madoguchi::storage {
class SecretStore;
}

namespace madoguchi::delivery {

// The desk's own relay in standalone mode (ARCHITECTURE.md: "an in-process
// relay thread"): a thread with a connection of its own that runs relay
// rounds, and waits a second when nothing is due, until it is stopped.
// Stopping lets the send in flight finish. Tokens come from `secrets`,
// which must be usable from that thread and outlive the worker
// (storage::databaseSecretStore(), with the tokens read on the main
// thread first).
class RelayWorker {
public:
    RelayWorker(storage::DatabaseLocation location, ConnectorSet connectors,
        storage::SecretStore& secrets, RelayOptions options);
    ~RelayWorker(); // stop() and wait

    void start();
    void stop();

    // What it did so far, and the last error (a database that went away …).
    RelayRound totals() const;
    QString lastError() const;

private:
    void run();

    storage::DatabaseLocation m_location;
    ConnectorSet m_connectors;
    storage::SecretStore& m_secrets;
    RelayOptions m_options;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    RelayRound m_totals; // guarded by m_mutex
    QString m_lastError; // guarded by m_mutex
    std::unique_ptr<QThread> m_thread;
};

} // namespace madoguchi::delivery
