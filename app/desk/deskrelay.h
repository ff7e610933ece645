#pragma once

#include "delivery/relayworker.h"

#include <QString>
#include <memory>

namespace madoguchi::desk {

// The desk's own relay in standalone mode (docs/delivery.md, "The
// relay"): when the database is an SQLite file and connectors are
// configured (MADOGUCHI_CONNECTORS or MADOGUCHI_BACKEND_URL), a relay
// thread delivers what this desk submits. Otherwise (a hall on PostgreSQL
// has relay services; a branch replica hands its visits to the hall, whose
// relays deliver them; no connectors) none, and `why` says so. Back-end
// tokens are read from the keychain here, on the main thread.
std::unique_ptr<delivery::RelayWorker> startDeskRelay(
    const QString& location, bool branchReplica, QString& why);

} // namespace madoguchi::desk
