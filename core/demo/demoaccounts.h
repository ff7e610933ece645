#pragma once

#include "common/result.h"
#include "security/staffdirectory.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::demo {

// One account `demo seed` creates, with the password it was given. The
// password exists only here, in memory, until the command has printed it:
// the database holds its argon2id hash (security::StaffDirectory).
struct DemoAccount {
    QString id;
    security::Role role = security::Role::Clerk;
    QString office;
    QByteArray password;
};

// The office of the demo accounts: 本庁, the main city hall.
QString demoOffice();
inline constexpr int kDemoPasswordLength = 12;

// A fresh random password of kDemoPasswordLength characters from an
// alphabet without look-alikes (no 0/O, 1/l/I), drawn from the system's
// secure random source (QRandomGenerator::system()).
QByteArray makeDemoPassword();

// Adds `demo-clerk` (clerk) and `demo-supervisor` (supervisor) of office
// demoOffice(), each with a fresh makeDemoPassword(), and returns them with
// their passwords. Only `demo seed` calls this: a database made any other
// way has no account and no default password (docs/security.md).
Result<QList<DemoAccount>> createDemoAccounts(storage::Database& database);

} // namespace madoguchi::demo
