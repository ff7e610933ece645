#include "sync/syncsecrets.h"

#include "storage/database.h"
#include "storage/databasepassword.h"
#include "storage/secretnames.h"
#include "sync/replicakeys.h"

#include <QCoreApplication>

namespace madoguchi::sync {

Status SecretSnapshot::write(const QString& key, const QByteArray&)
{
    return Error{QCoreApplication::translate("SecretSnapshot",
        "the secret '%1' may be written on the main thread only (the keychain is not reached "
        "from a sync's thread)")
                     .arg(key)};
}

Result<std::optional<QByteArray>> SecretSnapshot::read(const QString& key)
{
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.constEnd())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(found.value());
}

Status SecretSnapshot::remove(const QString& key)
{
    return write(key, {});
}

Result<std::shared_ptr<SecretSnapshot>> gatherSyncSecrets(storage::Database& replica,
    const storage::DatabaseLocation& hall, storage::SecretStore& keychain)
{
    QHash<QString, QByteArray> secrets;
    Result<ReplicaCipher> cipher = ensureReplicaKey(replica, keychain);
    if (!cipher)
        return cipher.error();
    attachReplicaCipher(replica.sql(), cipher.value());
    Result<QString> code = replicaBranchCode(replica.sql());
    if (!code)
        return code.error();
    Result<QString> keyName = storage::replicaKeySecretName(code.value());
    if (!keyName)
        return keyName.error();
    // ensureReplicaKey just read (or wrote and read back) the key, so this
    // read is answered by the same store; it is what the worker will need.
    Result<std::optional<QByteArray>> key = keychain.read(keyName.value());
    if (!key)
        return key.error();
    if (key->has_value())
        secrets.insert(keyName.value(), *key.value());
    const storage::DatabasePassword password = storage::resolveDatabasePassword(hall, keychain);
    if (password.source == storage::DatabasePassword::Source::Keychain)
        secrets.insert(password.secretName, password.password.toUtf8());
    return std::make_shared<SecretSnapshot>(std::move(secrets));
}

} // namespace madoguchi::sync
