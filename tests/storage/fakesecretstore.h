#pragma once

// A secret store in memory for unit tests (STYLE.md: fakes only in unit
// tests; the real keyring in integration tests). It counts reads, and can
// act as a keyring that cannot be reached.
#include "storage/secretstore.h"

#include <QMap>
#include <QStringList>

namespace madoguchi::testing {

class FakeSecretStore final : public storage::SecretStore {
public:
    Status write(const QString& key, const QByteArray& secret) override
    {
        if (unreachable)
            return Error{QStringLiteral("fake keyring unreachable")};
        secrets.insert(key, secret);
        return {};
    }
    Result<std::optional<QByteArray>> read(const QString& key) override
    {
        reads << key;
        if (unreachable)
            return Error{QStringLiteral("fake keyring unreachable")};
        if (!secrets.contains(key))
            return std::optional<QByteArray>();
        return std::optional<QByteArray>(secrets.value(key));
    }
    Status remove(const QString& key) override
    {
        if (unreachable)
            return Error{QStringLiteral("fake keyring unreachable")};
        secrets.remove(key);
        return {};
    }

    QMap<QString, QByteArray> secrets;
    QStringList reads;
    bool unreachable = false;
};

} // namespace madoguchi::testing
