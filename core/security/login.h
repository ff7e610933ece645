#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "security/staffdirectory.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <chrono>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::security {

// The lock-out rules (docs/security.md, "Lock-out").
struct LoginPolicy {
    // Wrong passwords in a row that lock the account.
    int maxFailedLogins = 5;
    // How long a locked account stays locked.
    std::chrono::seconds lockout = std::chrono::minutes(15);
};

// Who is at which counter: what a login gives.
struct Session {
    QString staffId;
    Role role = Role::Clerk;
    QString office;
    QString terminal;
    QDateTime loggedInAt;
};

// Checks `password` for `staffId` at `terminal`. A wrong id and a wrong
// password give the same message. A disabled account is refused (said only
// when the password is right). Each wrong password counts; at
// policy.maxFailedLogins the account is locked for policy.lockout, and a
// locked account is refused, even with the right password, until its lock
// has passed (or `staff unlock`). A success clears the count.
Result<Session> login(storage::Database& db, const QString& staffId, const QByteArray& password,
    const QString& terminal, const Clock& clock = Clock::system(), const LoginPolicy& policy = {});

// login() at a desk whose office is configured (the desk setting
// session/office: a branch's terminal is at that branch whoever logs in):
// the session, and so every audit entry of it, the login's included, names
// `office`; empty: the staff record's office, as login().
Result<Session> loginAt(storage::Database& db, const QString& staffId, const QByteArray& password,
    const QString& terminal, const QString& office, const Clock& clock = Clock::system(),
    const LoginPolicy& policy = {});

} // namespace madoguchi::security
