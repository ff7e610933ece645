#include "sync/replicakeys.h"

#include "storage/database.h"
#include "storage/secretnames.h"
#include "storage/secretstore.h"
#include "storage/sqlerror.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace madoguchi::sync {
namespace {

// What the key check seals: fixed text at a place no register value has.
const QString kKeyCheckText = QStringLiteral("madoguchi replica key v1");
const SealedPlace kKeyCheckPlace{u"meta.replica.key_check", 0};

Result<std::optional<QString>> metaValue(QSqlDatabase& db, const QString& key)
{
    auto q = storage::exec(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key},
        QCoreApplication::translate("ReplicaKeys", "reading %1 from the replica").arg(key));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<QString> requireBranchCode(QSqlDatabase& db)
{
    Result<QString> code = replicaBranchCode(db);
    if (code && code->isEmpty())
        return Error{QCoreApplication::translate("ReplicaKeys",
            "this database is not a branch replica (its meta has no %1), so it has no replica key")
                         .arg(QLatin1String(kBranchCodeKey))};
    return code;
}

Result<ReplicaCipher> cipherFromSecret(const QByteArray& secret, const QString& name)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(secret.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kReplicaKeyBytes)
        return Error{QCoreApplication::translate("ReplicaKeys",
            "the keychain secret '%1' is not a replica key (%2 bytes in base64 text)")
                         .arg(name)
                         .arg(kReplicaKeyBytes)};
    return ReplicaCipher::fromKey(decoded.decoded);
}

// Whether `cipher` opens the replica's key check; a replica without one
// was never sealed, so any key will do.
Status checkKey(
    const ReplicaCipher& cipher, const std::optional<QString>& check, const QString& name)
{
    if (!check)
        return {};
    Result<QString> opened = cipher.open(*check, kKeyCheckPlace);
    if (!opened || opened.value() != kKeyCheckText)
        return Error{QCoreApplication::translate("ReplicaKeys",
            "the key in this computer's keychain (secret '%1') does not open this replica: it "
            "was sealed with another key. 個人番号, 支援措置 details and entitlement details "
            "stay withheld; restore the replica's own key with 'madoguchi-cli secret set %1', "
            "or remove the replica and sync a fresh one")
                         .arg(name)};
    return {};
}

Error missingKey(const QString& name)
{
    return Error{QCoreApplication::translate("ReplicaKeys",
        "the replica's key is not in this computer's keychain (secret '%1'), so 個人番号, "
        "支援措置 details and entitlement details stay withheld; restore the key with "
        "'madoguchi-cli secret set %1' (base64 text from standard input), or remove the "
        "replica and sync a fresh one")
                     .arg(name)};
}

struct Attachments {
    QMutex mutex;
    QHash<QString, AttachedCipher> byConnection;
};

Attachments& attachments()
{
    static Attachments instance; // thread-safe initialisation
    return instance;
}

void remember(const QSqlDatabase& db, AttachedCipher attached)
{
    Attachments& all = attachments();
    const QMutexLocker lock(&all.mutex);
    all.byConnection.insert(db.connectionName(), std::move(attached));
}

} // namespace

Result<QString> replicaBranchCode(QSqlDatabase& db)
{
    Result<std::optional<QString>> code = metaValue(db, QLatin1String(kBranchCodeKey));
    if (!code)
        return code.error();
    return code->value_or(QString());
}

Result<ReplicaCipher> loadReplicaCipher(QSqlDatabase& replica, storage::SecretStore& store)
{
    Result<QString> code = requireBranchCode(replica);
    if (!code)
        return code.error();
    Result<QString> name = storage::replicaKeySecretName(code.value());
    if (!name)
        return name.error();
    Result<std::optional<QString>> check = metaValue(replica, QLatin1String(kKeyCheckKey));
    if (!check)
        return check.error();
    Result<std::optional<QByteArray>> secret = store.read(name.value());
    if (!secret)
        return Error{QCoreApplication::translate("ReplicaKeys",
            "the replica's key (secret '%1') could not be read from the keychain, so 個人番号, "
            "支援措置 details and entitlement details stay withheld: %2")
                         .arg(name.value(), secret.error().message)};
    if (!secret->has_value() || secret->value().isEmpty())
        return missingKey(name.value());
    Result<ReplicaCipher> cipher = cipherFromSecret(*secret.value(), name.value());
    if (!cipher)
        return cipher.error();
    if (Status ok = checkKey(cipher.value(), check.value(), name.value()); !ok)
        return ok.error();
    return cipher;
}

Result<ReplicaCipher> ensureReplicaKey(storage::Database& replica, storage::SecretStore& store)
{
    QSqlDatabase& db = replica.sql();
    Result<QString> code = requireBranchCode(db);
    if (!code)
        return code.error();
    Result<QString> name = storage::replicaKeySecretName(code.value());
    if (!name)
        return name.error();
    Result<std::optional<QString>> check = metaValue(db, QLatin1String(kKeyCheckKey));
    if (!check)
        return check.error();
    Result<std::optional<QByteArray>> secret = store.read(name.value());
    if (!secret)
        return Error{QCoreApplication::translate("ReplicaKeys",
            "the replica's key (secret '%1') could not be read from the keychain: %2")
                         .arg(name.value(), secret.error().message)};

    std::optional<ReplicaCipher> cipher;
    if (secret->has_value() && !secret->value().isEmpty()) {
        Result<ReplicaCipher> existing = cipherFromSecret(*secret.value(), name.value());
        if (!existing)
            return existing.error();
        if (Status ok = checkKey(existing.value(), check.value(), name.value()); !ok)
            return ok.error();
        cipher = std::move(existing).value();
    } else {
        if (check.value())
            return missingKey(name.value());
        const QByteArray key = ReplicaCipher::generateKey();
        Result<ReplicaCipher> made = ReplicaCipher::fromKey(key);
        if (!made)
            return made.error();
        // Into the keychain first and read back: a key check recorded for a
        // key the keychain did not keep would lock the replica for good.
        if (Status written = store.write(name.value(), key.toBase64()); !written)
            return Error{QCoreApplication::translate("ReplicaKeys",
                "the replica's new key could not be stored in the keychain (secret '%1'), so "
                "nothing is sealed and the sync stops: %2")
                             .arg(name.value(), written.error().message)};
        Result<std::optional<QByteArray>> back = store.read(name.value());
        if (!back || !back->has_value() || back->value() != key.toBase64())
            return Error{QCoreApplication::translate("ReplicaKeys",
                "the keychain did not keep the replica's new key (secret '%1'), so nothing is "
                "sealed and the sync stops")
                             .arg(name.value())};
        cipher = std::move(made).value();
    }
    if (!check.value()) {
        if (Status stored = storeMeta(
                db, QLatin1String(kKeyCheckKey), cipher->seal(kKeyCheckText, kKeyCheckPlace));
            !stored)
            return stored.error();
    }
    return std::move(*cipher);
}

Status attachReplicaCipher(storage::Database& replica, storage::SecretStore& store)
{
    Result<ReplicaCipher> cipher = loadReplicaCipher(replica.sql(), store);
    if (!cipher) {
        remember(replica.sql(), AttachedCipher{nullptr, cipher.error().message});
        return cipher.error();
    }
    attachReplicaCipher(replica.sql(), cipher.value());
    return {};
}

void attachReplicaCipher(const QSqlDatabase& replica, const ReplicaCipher& cipher)
{
    remember(replica, AttachedCipher{std::make_shared<const ReplicaCipher>(cipher), {}});
}

void detachReplicaCipher(const QSqlDatabase& replica)
{
    Attachments& all = attachments();
    const QMutexLocker lock(&all.mutex);
    all.byConnection.remove(replica.connectionName());
}

AttachedCipher attachedReplicaCipher(const QSqlDatabase& replica)
{
    Attachments& all = attachments();
    const QMutexLocker lock(&all.mutex);
    return all.byConnection.value(replica.connectionName());
}

} // namespace madoguchi::sync
