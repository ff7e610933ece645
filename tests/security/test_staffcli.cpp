// `madoguchi-cli staff …` through the real binary, on both engines; the
// password arrives on stdin, which is not a terminal here.
#include "security/login.h"
#include "support/clirunner.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace madoguchi;
using madoguchi::testing::CliRun;
using madoguchi::testing::runCli;
using madoguchi::testing::TestDatabase;

class StaffCli : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        // Created and migrated: the staff commands never create a database.
        ASSERT_TRUE(testDb.open());
    }

    CliRun staff(const QStringList& arguments, const QByteArray& input = {})
    {
        return runCli(QStringList{QStringLiteral("staff")} + arguments
                + QStringList{QStringLiteral("--db"), testDb.location()},
            input);
    }

    CliRun add(const QString& id, const QString& role, const QByteArray& input)
    {
        return staff({QStringLiteral("add"), QStringLiteral("--id"), id, QStringLiteral("--role"),
                         role, QStringLiteral("--office"), QStringLiteral("本庁")},
            input);
    }

    Result<security::Session> tryLogin(const QString& id, const QByteArray& password)
    {
        auto db = testDb.open();
        if (!db)
            return Error{QStringLiteral("cannot open")};
        return security::login(*db, id, password, QStringLiteral("T-01"));
    }

    QJsonArray list()
    {
        const CliRun run = staff({QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    TestDatabase testDb{GetParam()};
};

TEST_P(StaffCli, AddReadsThePasswordFromStdinAndLoginWorks)
{
    const CliRun run = add(QStringLiteral("k.tanaka"), QStringLiteral("clerk"), "s3cret-pass\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("k.tanaka"))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("s3cret")));
    auto session = tryLogin(QStringLiteral("k.tanaka"), "s3cret-pass");
    ASSERT_TRUE(session) << session.error().message.toStdString();
    EXPECT_EQ(session->office, QStringLiteral("本庁"));
    EXPECT_EQ(session->role, security::Role::Clerk);
}

TEST_P(StaffCli, ListNeverPrintsHashes)
{
    ASSERT_EQ(add(QStringLiteral("a.sato"), QStringLiteral("admin"), "password-1\n").exitCode, 0);
    ASSERT_EQ(add(QStringLiteral("b.ito"), QStringLiteral("auditor"), "password-2\n").exitCode, 0);
    const CliRun plain = staff({QStringLiteral("list")});
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_TRUE(plain.out.contains(QStringLiteral("a.sato")));
    EXPECT_TRUE(plain.out.contains(QStringLiteral("auditor")));
    EXPECT_FALSE(plain.out.contains(QStringLiteral("argon2")));
    const QJsonArray accounts = list();
    ASSERT_EQ(accounts.size(), 2);
    const QJsonObject first = accounts.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("a.sato"));
    EXPECT_EQ(first.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    EXPECT_EQ(first.value(QStringLiteral("office")).toString(), QStringLiteral("本庁"));
    EXPECT_FALSE(first.value(QStringLiteral("disabled")).toBool());
    EXPECT_FALSE(first.contains(QStringLiteral("password_hash")));
    EXPECT_FALSE(QJsonDocument(accounts).toJson().contains("argon2"));
}

TEST_P(StaffCli, RefusesShortEmptyAndMissingPasswords)
{
    CliRun run = add(QStringLiteral("k.tanaka"), QStringLiteral("clerk"), "short\n");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("too short"))) << run.err.toStdString();
    run = add(QStringLiteral("k.tanaka"), QStringLiteral("clerk"), "\n");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("empty"))) << run.err.toStdString();
    run = add(QStringLiteral("k.tanaka"), QStringLiteral("clerk"), {});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("standard input"))) << run.err.toStdString();
    EXPECT_TRUE(list().isEmpty());
}

TEST_P(StaffCli, RefusesAPasswordAsAnArgument)
{
    const CliRun run = staff(
        {QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("k.tanaka"),
            QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("s3cret-pass")},
        "s3cret-pass\n");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("never taken from arguments")))
        << run.err.toStdString();
    const CliRun option
        = staff({QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("k.tanaka"),
                    QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--password"),
                    QStringLiteral("s3cret-pass")},
            "s3cret-pass\n");
    EXPECT_EQ(option.exitCode, 2);
    EXPECT_TRUE(list().isEmpty());
}

TEST_P(StaffCli, UnknownRoleAndDuplicateIdAreRefused)
{
    CliRun run = add(QStringLiteral("k.tanaka"), QStringLiteral("root"), "s3cret-pass\n");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("unknown role 'root'"))) << run.err.toStdString();
    ASSERT_EQ(
        add(QStringLiteral("k.tanaka"), QStringLiteral("clerk"), "s3cret-pass\n").exitCode, 0);
    run = add(QStringLiteral("k.tanaka"), QStringLiteral("admin"), "s3cret-pass\n");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("'k.tanaka' already exists")))
        << run.err.toStdString();
}

TEST_P(StaffCli, PasswdDisableAndUnlock)
{
    ASSERT_EQ(
        add(QStringLiteral("k.tanaka"), QStringLiteral("clerk"), "s3cret-pass\n").exitCode, 0);
    CliRun run
        = staff({QStringLiteral("passwd"), QStringLiteral("--id"), QStringLiteral("k.tanaka")},
            "new-password\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(tryLogin(QStringLiteral("k.tanaka"), "s3cret-pass"));

    // Lock the account, then unlock it with the command.
    for (int i = 0; i < 4; ++i)
        ASSERT_FALSE(tryLogin(QStringLiteral("k.tanaka"), "wrong password"));
    EXPECT_FALSE(tryLogin(QStringLiteral("k.tanaka"), "new-password"));
    EXPECT_TRUE(list().at(0).toObject().value(QStringLiteral("locked_until")).isString());
    run = staff({QStringLiteral("unlock"), QStringLiteral("--id"), QStringLiteral("k.tanaka")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(list().at(0).toObject().value(QStringLiteral("locked_until")).isNull());
    EXPECT_TRUE(tryLogin(QStringLiteral("k.tanaka"), "new-password"));

    run = staff({QStringLiteral("disable"), QStringLiteral("--id"), QStringLiteral("k.tanaka")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(list().at(0).toObject().value(QStringLiteral("disabled")).toBool());
    EXPECT_FALSE(tryLogin(QStringLiteral("k.tanaka"), "new-password"));

    run = staff({QStringLiteral("unlock"), QStringLiteral("--id"), QStringLiteral("ghost")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("'ghost'"))) << run.err.toStdString();
}

TEST_P(StaffCli, MetacharactersInIdAndOfficeAreStoredVerbatim)
{
    const QString id = QStringLiteral("x'; DROP TABLE staff; --");
    const QString office = QStringLiteral("\"%_\\'");
    const CliRun run
        = staff({QStringLiteral("add"), QStringLiteral("--id"), id, QStringLiteral("--role"),
                    QStringLiteral("supervisor"), QStringLiteral("--office"), office},
            "s3cret-pass\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray accounts = list();
    ASSERT_EQ(accounts.size(), 1);
    EXPECT_EQ(accounts.at(0).toObject().value(QStringLiteral("id")).toString(), id);
    EXPECT_EQ(accounts.at(0).toObject().value(QStringLiteral("office")).toString(), office);
    EXPECT_TRUE(tryLogin(id, "s3cret-pass"));
}

INSTANTIATE_TEST_SUITE_P(
    Engines, StaffCli, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());
