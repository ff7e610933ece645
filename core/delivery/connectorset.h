#pragma once

#include "common/result.h"
#include "delivery/connector.h"

#include <QJsonObject>
#include <QString>
#include <map>
#include <memory>

namespace madoguchi::storage {
class SecretStore;
}

namespace madoguchi::delivery {

// Which connector reaches which back-end system (docs/delivery.md,
// "Connectors"): a JSON file
//   {"systems": {"kokuho": {"type": "http", "url": "https://…", "auth": "bearer",
//                           "ca": "/etc/madoguchi/city-ca.pem", "timeout_ms": 15000},
//                "juki": {"type": "file", "directory": "/srv/exchange/juki"}},
//    "default": {"type": "http", "base_url": "http://127.0.0.1:8080", "auth": "none"}}
// where "default" serves every system not named, at
// BASE_URL/systems/SYSTEM/applications. auth "bearer" (the default for
// http) reads the token from the secret backend/SYSTEM/token.
class ConnectorSet {
public:
    // Reads the file; errors name it, the system and the key.
    static Result<ConnectorSet> fromFile(const QString& path);
    static Result<ConnectorSet> fromJson(const QJsonObject& json, const QString& origin);
    // Every system over HTTP at BASE_URL/systems/SYSTEM/applications with no
    // token: the sandbox of the demo and the tests (MADOGUCHI_BACKEND_URL).
    static Result<ConnectorSet> sandbox(const QString& baseUrl);

    // The connector of `system`, made on first use; tokens are read from
    // `secrets` then. An error names what is missing (no configuration for
    // the system, no token).
    Result<Connector*> connectorFor(const QString& system, storage::SecretStore& secrets);

private:
    QJsonObject m_systems;
    QJsonObject m_default;
    QString m_origin;
    std::map<QString, std::unique_ptr<Connector>> m_made;
};

} // namespace madoguchi::delivery
