#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::security {

// What a member of staff may do (docs/security.md, "Roles"). Console is not
// an account's role: it is the person at the command line of a machine that
// holds the database's credentials (docs/security.md, "The console").
enum class Role { Clerk, Supervisor, Admin, Auditor, Console };

// "clerk", "supervisor", "admin", "auditor", "console": the stored and typed
// names.
QString roleName(Role role);
// The role of an account; never Console.
std::optional<Role> roleFromName(const QString& name);

// One row of the staff table, without its password hash.
struct StaffAccount {
    QString id;
    Role role = Role::Clerk;
    QString office;
    bool disabled = false;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;
};

// The staff accounts of one database (table `staff`, migration 0005). Every
// value reaches SQL through bound parameters; errors name the staff id.
class StaffDirectory {
public:
    explicit StaffDirectory(storage::Database& db, const Clock& clock = Clock::system());

    // A new account; the password must pass checkPasswordPolicy.
    Status add(
        const QString& staffId, Role role, const QString& office, const QByteArray& password);
    // Replaces the password (lock state and failures are left as they are).
    Status setPassword(const QString& staffId, const QByteArray& password);
    // Disabled accounts cannot log in; nothing is deleted.
    Status disable(const QString& staffId);
    // Clears a lock-out and the failure count.
    Status unlock(const QString& staffId);
    // Every account, ordered by id.
    Result<QList<StaffAccount>> list();

private:
    Status update(const QString& staffId, const QString& setClause, QVariantList values,
        const QString& doing);

    storage::Database& m_db;
    const Clock& m_clock;
};

// The storage form of times in the staff table: ISO 8601 UTC with ms.
QString staffTimeText(const QDateTime& at);
QDateTime staffTimeFromText(const QString& text);

} // namespace madoguchi::security
