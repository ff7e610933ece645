#include "registry/protectedcolumns.h"

#include "sync/replicacipher.h"
#include "sync/replicakeys.h"

#include <QCoreApplication>

namespace madoguchi::registry {

Result<ProtectedColumns> ProtectedColumns::of(QSqlDatabase& db)
{
    Result<QString> branch = sync::replicaBranchCode(db);
    if (!branch)
        return branch.error();
    ProtectedColumns columns;
    columns.m_replica = !branch->isEmpty();
    if (!columns.m_replica)
        return columns;
    sync::AttachedCipher attached = sync::attachedReplicaCipher(db);
    columns.m_cipher = std::move(attached.cipher);
    if (!columns.m_cipher)
        columns.m_keyError = !attached.error.isEmpty()
            ? attached.error
            : QCoreApplication::translate("ProtectedColumns",
                "the key of branch %1's replica was not read from this computer's keychain when "
                "the replica was opened, so 個人番号, 支援措置 details and entitlement details "
                "stay withheld")
                  .arg(branch.value());
    return columns;
}

Result<QString> ProtectedColumns::open(const QString& stored, QStringView column, qint64 row) const
{
    if (m_replica) {
        if (!m_cipher)
            return Error{m_keyError};
        return m_cipher->open(stored, {column, row});
    }
    // Not a replica, yet sealed text: a replica's file opened without being
    // known as one (its meta damaged), or a value copied from one. Never
    // shown as if it were the value.
    if (sync::ReplicaCipher::isSealed(stored))
        return Error{QCoreApplication::translate("ProtectedColumns",
            "%1 of row %2 holds a sealed replica value in a database that is not a replica; it "
            "is withheld")
                         .arg(column.toString())
                         .arg(row)};
    return stored;
}

std::optional<QString> ProtectedColumns::read(
    const QVariant& stored, QStringView column, qint64 row)
{
    if (stored.isNull())
        return std::nullopt;
    const QString text = stored.toString();
    if (text.isEmpty())
        return text; // nothing to hide, and never sealed
    Result<QString> opened = open(text, column, row);
    if (!opened) {
        m_withheld = opened.error().message;
        return std::nullopt;
    }
    return std::move(opened).value();
}

Result<std::optional<QString>> ProtectedColumns::require(
    const QVariant& stored, QStringView column, qint64 row)
{
    std::optional<QString> value = read(stored, column, row);
    if (!value && !stored.isNull())
        return Error{m_withheld};
    return value;
}

Result<QString> ProtectedColumns::myNumberIndex(const QString& digits) const
{
    if (!m_cipher)
        return Error{m_replica ? m_keyError
                               : QCoreApplication::translate("ProtectedColumns",
                                   "this database is not a replica and keeps no blind index")};
    return m_cipher->blindIndex(digits);
}

} // namespace madoguchi::registry
