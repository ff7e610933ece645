#pragma once

#include "common/result.h"
#include "storage/databaselocation.h"
#include "storage/secretstore.h"

#include <QHash>
#include <memory>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::sync {

// Secrets read on one thread and handed, read-only, to a worker thread: the
// keychain may be reached from the main thread only (storage/
// databasesecretstore.h), while a background sync opens the hall and the
// replica on a thread of its own. Writing and removing are refused: a
// worker never changes the keychain. Immutable once made, so any thread
// may read it.
class SecretSnapshot final : public storage::SecretStore {
public:
    explicit SecretSnapshot(QHash<QString, QByteArray> secrets)
        : m_secrets(std::move(secrets))
    { }
    Status write(const QString& key, const QByteArray& secret) override;
    Result<std::optional<QByteArray>> read(const QString& key) override;
    Status remove(const QString& key) override;

private:
    const QHash<QString, QByteArray> m_secrets;
};

// What a background sync needs from the keychain, gathered on the calling
// (main) thread with the caller's own connection to the replica:
//  - the replica's key, through ensureReplicaKey: at the first sync it is
//    made and written to the keychain here, and the key check recorded, so
//    the worker's ensureReplicaKey only reads it back from the snapshot;
//    the key is also attached to `replica` (the desk's connection), so
//    values sealed by the sync open on the desk at once;
//  - the hall's password, when the keychain holds one for `hall`'s role
//    (storage/databasepassword.h; none is fine: the server may not ask).
// Fails when the key cannot be read or made: nothing would be sealed.
Result<std::shared_ptr<SecretSnapshot>> gatherSyncSecrets(storage::Database& replica,
    const storage::DatabaseLocation& hall, storage::SecretStore& keychain);

} // namespace madoguchi::sync
