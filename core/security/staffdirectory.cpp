#include "security/staffdirectory.h"

#include "security/passwordhash.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::security {

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Console:
        return QStringLiteral("console");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role role : {Role::Clerk, Role::Supervisor, Role::Admin, Role::Auditor})
        if (roleName(role) == name)
            return role;
    return std::nullopt;
}

QString staffTimeText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime staffTimeFromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

StaffDirectory::StaffDirectory(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{ }

Status StaffDirectory::add(
    const QString& staffId, Role role, const QString& office, const QByteArray& password)
{
    if (staffId.isEmpty())
        return Error{QCoreApplication::translate("Staff", "the staff id is empty")};
    if (const Status policy = checkPasswordPolicy(password); !policy)
        return Error{QCoreApplication::translate("Staff", "staff account '%1': %2")
                         .arg(staffId, policy.error().message)};
    auto hash = hashPassword(password);
    if (!hash)
        return Error{QCoreApplication::translate("Staff", "staff account '%1': %2")
                         .arg(staffId, hash.error().message)};

    storage::Transaction transaction(m_db.sql());
    if (!transaction.begun())
        return transaction.begun();
    const QString doing
        = QCoreApplication::translate("Staff", "adding staff account '%1'").arg(staffId);
    auto existing = storage::exec(
        m_db.sql(), QStringLiteral("SELECT 1 FROM staff WHERE id = ?"), {staffId}, doing);
    if (!existing)
        return existing.error();
    if (existing.value().next())
        return Error{
            QCoreApplication::translate("Staff", "staff account '%1' already exists").arg(staffId)};
    const QString now = staffTimeText(m_clock.now());
    // A null QString would bind as NULL: "no office" is stored as ''.
    auto inserted = storage::exec(m_db.sql(),
        QStringLiteral("INSERT INTO staff (id, role, office, password_hash, disabled, "
                       "failed_logins, locked_until, created_at, updated_at, version) "
                       "VALUES (?, ?, ?, ?, 0, 0, NULL, ?, ?, 1)"),
        {staffId, roleName(role), office.isNull() ? QStringLiteral("") : office, hash.value(), now,
            now},
        doing);
    if (!inserted)
        return inserted.error();
    return transaction.commit();
}

Status StaffDirectory::update(
    const QString& staffId, const QString& setClause, QVariantList values, const QString& doing)
{
    storage::Transaction transaction(m_db.sql());
    if (!transaction.begun())
        return transaction.begun();
    values.append(staffTimeText(m_clock.now()));
    values.append(staffId);
    auto updated = storage::exec(m_db.sql(),
        QStringLiteral("UPDATE staff SET ") + setClause
            + QStringLiteral(", updated_at = ?, version = version + 1 WHERE id = ?"),
        values, doing);
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() < 1)
        return Error{
            QCoreApplication::translate("Staff", "there is no staff account '%1'").arg(staffId)};
    return transaction.commit();
}

Status StaffDirectory::setPassword(const QString& staffId, const QByteArray& password)
{
    if (const Status policy = checkPasswordPolicy(password); !policy)
        return Error{QCoreApplication::translate("Staff", "staff account '%1': %2")
                         .arg(staffId, policy.error().message)};
    auto hash = hashPassword(password);
    if (!hash)
        return Error{QCoreApplication::translate("Staff", "staff account '%1': %2")
                         .arg(staffId, hash.error().message)};
    return update(staffId, QStringLiteral("password_hash = ?"), {hash.value()},
        QCoreApplication::translate("Staff", "changing the password of staff account '%1'")
            .arg(staffId));
}

Status StaffDirectory::disable(const QString& staffId)
{
    return update(staffId, QStringLiteral("disabled = 1"), {},
        QCoreApplication::translate("Staff", "disabling staff account '%1'").arg(staffId));
}

Status StaffDirectory::unlock(const QString& staffId)
{
    return update(staffId, QStringLiteral("failed_logins = 0, locked_until = NULL"), {},
        QCoreApplication::translate("Staff", "unlocking staff account '%1'").arg(staffId));
}

Result<QList<StaffAccount>> StaffDirectory::list()
{
    QSqlQuery query(m_db.sql());
    if (!query.prepare(QStringLiteral(
            "SELECT id, role, office, disabled, failed_logins, locked_until, created_at, "
            "updated_at, version FROM staff ORDER BY id"))
        || !query.exec())
        return storage::sqlError(
            QCoreApplication::translate("Staff", "listing the staff accounts"), query);
    QList<StaffAccount> accounts;
    while (query.next()) {
        StaffAccount account;
        account.id = query.value(0).toString();
        account.role = roleFromName(query.value(1).toString()).value_or(Role::Clerk);
        account.office = query.value(2).toString();
        account.disabled = query.value(3).toInt() != 0;
        account.failedLogins = query.value(4).toInt();
        account.lockedUntil = staffTimeFromText(query.value(5).toString());
        account.createdAt = staffTimeFromText(query.value(6).toString());
        account.updatedAt = staffTimeFromText(query.value(7).toString());
        account.version = query.value(8).toInt();
        accounts.append(account);
    }
    return accounts;
}

} // namespace madoguchi::security
