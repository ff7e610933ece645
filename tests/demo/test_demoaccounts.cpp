// The demo accounts (docs/security.md, "Desk session"): `demo seed` creates
// demo-clerk and demo-supervisor with fresh passwords it prints once; a
// database made without it has no account at all.
#include "demo/demoaccounts.h"
#include "security/login.h"
#include "security/staffdirectory.h"
#include "storage/database.h"
#include "support/clirunner.h"
#include "support/qtprinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace madoguchi;
using madoguchi::testing::CliRun;
using madoguchi::testing::runCli;

namespace {

std::unique_ptr<storage::Database> openExisting(const QString& location)
{
    auto db = storage::Database::open(location, {.create = false});
    EXPECT_TRUE(db) << db.error().message.toStdString();
    return db ? std::move(db).value() : nullptr;
}

TEST(DemoAccounts, PasswordsAreTwelveUnambiguousCharactersAndDiffer)
{
    const QByteArray a = demo::makeDemoPassword();
    const QByteArray b = demo::makeDemoPassword();
    EXPECT_EQ(a.size(), 12);
    EXPECT_NE(a, b);
    static const QRegularExpression readable(QStringLiteral("^[a-km-zA-HJ-NP-Z2-9]{12}$"));
    EXPECT_TRUE(readable.match(QString::fromLatin1(a)).hasMatch()) << a.toStdString();
}

TEST(DemoAccounts, DemoSeedCreatesBothAccountsWithThePrintedPasswords)
{
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("demo.sqlite"));
    const CliRun run
        = runCli({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--db"), location,
            QStringLiteral("--residents"), QStringLiteral("50"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray accounts = QJsonDocument::fromJson(run.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("accounts"))
                                    .toArray();
    ASSERT_EQ(accounts.size(), 2) << run.out.toStdString();

    auto db = openExisting(location);
    ASSERT_TRUE(db);
    QStringList roles;
    for (const QJsonValue& value : accounts) {
        const QJsonObject account = value.toObject();
        const QString id = account.value(QStringLiteral("id")).toString();
        const QByteArray password = account.value(QStringLiteral("password")).toString().toUtf8();
        EXPECT_EQ(password.size(), 12);
        EXPECT_EQ(account.value(QStringLiteral("office")).toString(), QStringLiteral("本庁"));
        const auto session = security::login(*db, id, password, QStringLiteral("test"));
        ASSERT_TRUE(session) << id.toStdString() << ": " << session.error().message.toStdString();
        EXPECT_EQ(
            security::roleName(session->role), account.value(QStringLiteral("role")).toString());
        roles << id + QLatin1Char('=') + security::roleName(session->role);
        // Only the hash is stored: the password is nowhere in the table.
        QSqlQuery stored(db->sql());
        ASSERT_TRUE(stored.exec(QStringLiteral("SELECT password_hash FROM staff")));
        while (stored.next())
            EXPECT_FALSE(stored.value(0).toString().contains(QString::fromUtf8(password)));
    }
    roles.sort();
    EXPECT_EQ(roles,
        (QStringList{
            QStringLiteral("demo-clerk=clerk"), QStringLiteral("demo-supervisor=supervisor")}));
}

TEST(DemoAccounts, DemoSeedPrintsThePasswordsOnceInALabelledBlock)
{
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("demo.sqlite"));
    const CliRun run = runCli({QStringLiteral("demo"), QStringLiteral("seed"),
        QStringLiteral("--db"), location, QStringLiteral("--residents"), QStringLiteral("20")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Demo accounts"))) << run.out.toStdString();
    static const QRegularExpression line(
        QStringLiteral("^  (demo-clerk|demo-supervisor) .* password: ([A-Za-z0-9]{12})$"),
        QRegularExpression::MultilineOption);
    auto db = openExisting(location);
    ASSERT_TRUE(db);
    int seen = 0;
    for (auto it = line.globalMatch(run.out); it.hasNext(); ++seen) {
        const auto match = it.next();
        const auto session = security::login(
            *db, match.captured(1), match.captured(2).toLatin1(), QStringLiteral("test"));
        EXPECT_TRUE(session) << match.captured(0).toStdString();
    }
    EXPECT_EQ(seen, 2) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("staff passwd"))) << run.out.toStdString();
}

TEST(DemoAccounts, MigrateAloneCreatesNoAccount)
{
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("plain.sqlite"));
    const CliRun run = runCli(
        {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), location});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("password"))) << run.out.toStdString();
    auto db = openExisting(location);
    ASSERT_TRUE(db);
    security::StaffDirectory directory(*db);
    const auto accounts = directory.list();
    ASSERT_TRUE(accounts) << accounts.error().message.toStdString();
    EXPECT_TRUE(accounts->isEmpty());
}

} // namespace
