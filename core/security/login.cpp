#include "security/login.h"

#include "security/passwordhash.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::security {
namespace {

Error wrongIdOrPassword()
{
    return Error{QCoreApplication::translate("Staff", "wrong staff id or password")};
}

} // namespace

Result<Session> login(storage::Database& db, const QString& staffId, const QByteArray& password,
    const QString& terminal, const Clock& clock, const LoginPolicy& policy)
{
    const QDateTime now = clock.now();
    const QString doing = QCoreApplication::translate("Staff", "logging in as '%1'").arg(staffId);

    storage::Transaction transaction(db.sql());
    if (!transaction.begun())
        return transaction.begun().error();
    // PostgreSQL: two counters failing at once must both be counted.
    QString select = QStringLiteral(
        "SELECT role, office, password_hash, disabled, failed_logins, locked_until "
        "FROM staff WHERE id = ?");
    if (db.engine() == storage::Engine::PostgreSql)
        select += QStringLiteral(" FOR UPDATE");
    auto found = storage::exec(db.sql(), select, {staffId}, doing);
    if (!found)
        return found.error();
    QSqlQuery& row = found.value();
    if (!row.next()) {
        // The same work as for a wrong password: the time tells nothing either.
        (void)verifyPassword(unmatchableHash(), password);
        return wrongIdOrPassword();
    }
    const std::optional<Role> role = roleFromName(row.value(0).toString());
    const QString office = row.value(1).toString();
    const QString hash = row.value(2).toString();
    const bool disabled = row.value(3).toInt() != 0;
    int failed = row.value(4).toInt();
    const QDateTime lockedUntil = staffTimeFromText(row.value(5).toString());
    row.finish();

    if (lockedUntil.isValid()) {
        if (now < lockedUntil)
            return Error{QCoreApplication::translate(
                "Staff", "staff account '%1' is locked after too many wrong passwords until %2")
                             .arg(staffId, lockedUntil.toLocalTime().toString(Qt::ISODate))};
        failed = 0; // the lock has passed: a fresh count
    }

    if (!verifyPassword(hash, password)) {
        ++failed;
        const bool lock = failed >= policy.maxFailedLogins;
        const QVariant until = lock ? QVariant(staffTimeText(now.addSecs(policy.lockout.count())))
                                    : QVariant(QMetaType(QMetaType::QString));
        auto counted = storage::exec(db.sql(),
            QStringLiteral("UPDATE staff SET failed_logins = ?, locked_until = ? WHERE id = ?"),
            {failed, until, staffId}, doing);
        if (!counted)
            return counted.error();
        if (const Status committed = transaction.commit(); !committed)
            return committed.error();
        return wrongIdOrPassword();
    }

    if (disabled)
        return Error{
            QCoreApplication::translate("Staff", "staff account '%1' is disabled").arg(staffId)};
    if (!role)
        return Error{QCoreApplication::translate("Staff", "staff account '%1' has no known role")
                         .arg(staffId)};

    auto cleared = storage::exec(db.sql(),
        QStringLiteral("UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = ?"),
        {staffId}, doing);
    if (!cleared)
        return cleared.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return Session{staffId, *role, office, terminal, now};
}

} // namespace madoguchi::security
