#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringView>
#include <QVariant>
#include <memory>
#include <optional>

namespace madoguchi::sync {
class ReplicaCipher;
}

namespace madoguchi::registry {

// The one way the register's read sites get a value that a branch replica
// keeps sealed (sync/replicacipher.h: 個人番号, 支援措置 details, entitlement
// details; docs/branch.md "Replica at rest"). Fails closed: on a replica
// (its meta has branch.code) a value is shown only when it opens with the
// replica's key, which the desk or the CLI attached to the connection
// (sync/replicakeys.h); otherwise it is withheld, and withheld() says why.
// Anywhere, a value that looks sealed is never shown as if it were one.
class ProtectedColumns {
public:
    // Reads the database's branch code once; a read site makes one per load.
    static Result<ProtectedColumns> of(QSqlDatabase& db);

    bool isReplica() const { return m_replica; }

    // NULL → nullopt. Otherwise the plain value, or nullopt with the reason
    // kept for withheld(). `row` is the person's id (persons, entitlements)
    // or the measure's id (support_measures), as sealed.
    std::optional<QString> read(const QVariant& stored, QStringView column, qint64 row);
    // The same for a read that must not go on without the value (the
    // 個人番号 reveal): a withheld value is an error with the reason.
    Result<std::optional<QString>> require(const QVariant& stored, QStringView column, qint64 row);

    // Why the last withheld value was withheld; empty when none was.
    const QString& withheld() const { return m_withheld; }

    // The value persons.my_number_index holds for this 個人番号 on a
    // replica; an error, with the reason, when the key is not attached.
    Result<QString> myNumberIndex(const QString& digits) const;

private:
    ProtectedColumns() = default;
    Result<QString> open(const QString& stored, QStringView column, qint64 row) const;

    bool m_replica = false;
    std::shared_ptr<const sync::ReplicaCipher> m_cipher;
    QString m_keyError; // why there is no cipher on a replica
    QString m_withheld;
};

} // namespace madoguchi::registry
