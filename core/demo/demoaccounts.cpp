#include "demo/demoaccounts.h"

#include <QRandomGenerator>

namespace madoguchi::demo {
namespace {

// Letters and digits a person reads back without doubt: no 0, O, o, 1, l, I.
constexpr char kAlphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

} // namespace

QString demoOffice()
{
    return QStringLiteral("本庁");
}

QByteArray makeDemoPassword()
{
    constexpr quint32 size = sizeof(kAlphabet) - 1;
    QRandomGenerator* random = QRandomGenerator::system();
    QByteArray password;
    password.reserve(kDemoPasswordLength);
    for (int i = 0; i < kDemoPasswordLength; ++i)
        password.append(kAlphabet[random->bounded(size)]);
    return password;
}

Result<QList<DemoAccount>> createDemoAccounts(storage::Database& database)
{
    QList<DemoAccount> accounts{
        {QStringLiteral("demo-clerk"), security::Role::Clerk, demoOffice(), {}},
        {QStringLiteral("demo-supervisor"), security::Role::Supervisor, demoOffice(), {}},
    };
    security::StaffDirectory directory(database);
    for (DemoAccount& account : accounts) {
        account.password = makeDemoPassword();
        if (Status added
            = directory.add(account.id, account.role, account.office, account.password);
            !added)
            return added.error();
    }
    return accounts;
}

} // namespace madoguchi::demo
