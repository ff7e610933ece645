#include "deskrelay.h"

#include "catalog/catalogloader.h"
#include "catalog/cataloglocation.h"
#include "storage/databasesecretstore.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <unistd.h>

namespace madoguchi::desk {

std::unique_ptr<delivery::RelayWorker> startDeskRelay(
    const QString& location, bool branchReplica, QString& why)
{
    if (branchReplica) {
        // Delivering here too would send an application twice: once from
        // the branch and once from the hall after the push (docs/branch.md).
        why = QCoreApplication::translate("DeskRelay",
            "no relay in the desk: a branch replica's visits are delivered by the hall after sync");
        return nullptr;
    }
    auto parsed = storage::parseDatabaseLocation(location);
    if (!parsed || parsed->engine != storage::Engine::Sqlite) {
        why = QCoreApplication::translate(
            "DeskRelay", "no relay in the desk: a hall database is served by relay services");
        return nullptr;
    }
    const QString file = qEnvironmentVariable("MADOGUCHI_CONNECTORS");
    const QString sandbox = qEnvironmentVariable("MADOGUCHI_BACKEND_URL");
    if (file.isEmpty() && sandbox.isEmpty()) {
        why = QCoreApplication::translate("DeskRelay",
            "no relay in the desk: set MADOGUCHI_CONNECTORS or MADOGUCHI_BACKEND_URL "
            "(docs/delivery.md)");
        return nullptr;
    }
    auto connectors = file.isEmpty() ? delivery::ConnectorSet::sandbox(sandbox)
                                     : delivery::ConnectorSet::fromFile(file);
    if (!connectors) {
        why = connectors.error().message;
        return nullptr;
    }
    // The tokens of the catalog's systems, read here: the keychain is
    // reached from the main thread only.
    QStringList names;
    if (!file.isEmpty()) {
        const catalog::CatalogLoad load
            = catalog::loadCatalog(catalog::locateCatalog({}).directory);
        if (load.ok())
            for (const catalog::System& system : load.catalog->systems)
                names << QStringLiteral("backend/%1/token").arg(system.id);
    }
    storage::SecretStore& secrets = storage::databaseSecretStore();
    for (const QString& name : std::as_const(names))
        (void)secrets.read(name); // remembered for the relay thread; absent stays absent
    delivery::RelayOptions options;
    options.owner = QStringLiteral("%1/%2/desk").arg(QSysInfo::machineHostName()).arg(getpid());
    auto worker = std::make_unique<delivery::RelayWorker>(
        parsed.value(), std::move(connectors).value(), secrets, options);
    worker->start();
    return worker;
}

} // namespace madoguchi::desk
