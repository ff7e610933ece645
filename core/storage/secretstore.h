#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace madoguchi::storage {

// The seam for secrets (STYLE.md): back-end tokens, database passwords and
// the replica key. The real store is the OS keychain (keychainsecretstore.h);
// unit tests may use a fake. There is never a plaintext fallback.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    virtual Status write(const QString& key, const QByteArray& secret) = 0;
    // An absent key is not an error: the result holds no value.
    virtual Result<std::optional<QByteArray>> read(const QString& key) = 0;
    // Deleting an absent key succeeds.
    virtual Status remove(const QString& key) = 0;
};

} // namespace madoguchi::storage
