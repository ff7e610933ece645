#pragma once

#include "storage/secretstore.h"

namespace madoguchi::storage {

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows). Each call waits for its
// job in a local event loop, one job at a time, so a job is never started
// from another job's finished handler (STYLE.md pitfall). When no keyring is
// reachable the call fails with a message that names the problem.
class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("madoguchi"));

    Status write(const QString& key, const QByteArray& secret) override;
    Result<std::optional<QByteArray>> read(const QString& key) override;
    Status remove(const QString& key) override;

private:
    QString m_service;
};

} // namespace madoguchi::storage
