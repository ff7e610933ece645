#pragma once

#include "storage/secretstore.h"

#include <QHash>
#include <QStringList>
#include <mutex>

namespace madoguchi::storage {

// Secrets read once, on the thread that may reach the keychain (the main
// thread, docs/security.md "Secrets"), for a worker that needs them later:
// the desk's relay thread. Only the names given are read; a name that is
// absent (or could not be read) stays absent, and the worker's error names
// it. Writing and removing are refused: this is a read-only snapshot.
class PrefetchedSecretStore final : public SecretStore {
public:
    PrefetchedSecretStore(SecretStore& source, const QStringList& names);

    Status write(const QString& key, const QByteArray& secret) override;
    Result<std::optional<QByteArray>> read(const QString& key) override;
    Status remove(const QString& key) override;

private:
    mutable std::mutex m_mutex;
    QHash<QString, QByteArray> m_values;
};

} // namespace madoguchi::storage
