#include "security/login.h"

#include "security/auditlog.h"
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

// What an attempt gives, and what the audit chain is told about it.
struct Attempt {
    Result<Session> result;
    QString detail; // why it failed; empty on success
    QString role; // the account's role when it exists
    QString office;
};

Attempt failure(Error error, QString detail, QString role = {}, QString office = {})
{
    return Attempt{std::move(error), std::move(detail), std::move(role), std::move(office)};
}

Attempt attempt(storage::Database& db, const QString& staffId, const QByteArray& password,
    const QString& terminal, const QDateTime& now, const LoginPolicy& policy)
{
    const QString doing = QCoreApplication::translate("Staff", "logging in as '%1'").arg(staffId);

    storage::Transaction transaction(db.sql());
    if (!transaction.begun())
        return failure(transaction.begun().error(), QStringLiteral("error"));
    // PostgreSQL: two counters failing at once must both be counted.
    QString select = QStringLiteral(
        "SELECT role, office, password_hash, disabled, failed_logins, locked_until "
        "FROM staff WHERE id = ?");
    if (db.engine() == storage::Engine::PostgreSql)
        select += QStringLiteral(" FOR UPDATE");
    auto found = storage::exec(db.sql(), select, {staffId}, doing);
    if (!found)
        return failure(found.error(), QStringLiteral("error"));
    QSqlQuery& row = found.value();
    if (!row.next()) {
        // The same work as for a wrong password: the time tells nothing either.
        (void)verifyPassword(unmatchableHash(), password);
        return failure(wrongIdOrPassword(), QStringLiteral("unknown staff id"));
    }
    const QString roleText = row.value(0).toString();
    const std::optional<Role> role = roleFromName(roleText);
    const QString office = row.value(1).toString();
    const QString hash = row.value(2).toString();
    const bool disabled = row.value(3).toInt() != 0;
    int failed = row.value(4).toInt();
    const QDateTime lockedUntil = staffTimeFromText(row.value(5).toString());
    row.finish();

    if (lockedUntil.isValid()) {
        if (now < lockedUntil)
            return failure(
                Error{QCoreApplication::translate(
                    "Staff", "staff account '%1' is locked after too many wrong passwords until %2")
                          .arg(staffId, lockedUntil.toLocalTime().toString(Qt::ISODate))},
                QStringLiteral("locked"), roleText, office);
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
            return failure(counted.error(), QStringLiteral("error"), roleText, office);
        if (const Status committed = transaction.commit(); !committed)
            return failure(committed.error(), QStringLiteral("error"), roleText, office);
        return failure(wrongIdOrPassword(),
            lock ? QStringLiteral("wrong password; locked") : QStringLiteral("wrong password"),
            roleText, office);
    }

    if (disabled)
        return failure(Error{QCoreApplication::translate("Staff", "staff account '%1' is disabled")
                                 .arg(staffId)},
            QStringLiteral("disabled"), roleText, office);
    if (!role)
        return failure(
            Error{QCoreApplication::translate("Staff", "staff account '%1' has no known role")
                      .arg(staffId)},
            QStringLiteral("unknown role"), roleText, office);

    auto cleared = storage::exec(db.sql(),
        QStringLiteral("UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = ?"),
        {staffId}, doing);
    if (!cleared)
        return failure(cleared.error(), QStringLiteral("error"), roleText, office);
    if (const Status committed = transaction.commit(); !committed)
        return failure(committed.error(), QStringLiteral("error"), roleText, office);
    return Attempt{Session{staffId, *role, office, terminal, now}, {}, roleText, office};
}

} // namespace

Result<Session> login(storage::Database& db, const QString& staffId, const QByteArray& password,
    const QString& terminal, const Clock& clock, const LoginPolicy& policy)
{
    return loginAt(db, staffId, password, terminal, {}, clock, policy);
}

Result<Session> loginAt(storage::Database& db, const QString& staffId, const QByteArray& password,
    const QString& terminal, const QString& office, const Clock& clock, const LoginPolicy& policy)
{
    const QDateTime now = clock.now();
    Attempt tried = attempt(db, staffId, password, terminal, now, policy);
    if (!office.trimmed().isEmpty()) {
        tried.office = office.trimmed();
        if (tried.result)
            tried.result->office = tried.office;
    }
    // Recorded after the attempt's transaction has ended: SQLite has one
    // writer, and the entry must not depend on that transaction.
    AuditEntry entry;
    entry.at = now;
    // What was typed as the id, cut short: a password typed into the id
    // field must not be kept whole.
    entry.operatorId = staffId.left(64);
    entry.role = tried.role;
    entry.office = tried.office;
    entry.terminal = terminal;
    entry.action = QLatin1String(AuditAction::Login);
    entry.outcome = QLatin1String(tried.result ? AuditOutcome::Ok : AuditOutcome::Failed);
    entry.detail = tried.detail;
    AuditLog audit(db);
    if (auto recorded = audit.record(entry); !recorded) {
        // Fail closed: a login that cannot be recorded does not happen.
        return Error{QCoreApplication::translate(
            "Staff", "logging in as '%1' cannot be recorded in the audit log: %2")
                         .arg(staffId, recorded.error().message)};
    }
    return std::move(tried.result);
}

} // namespace madoguchi::security
