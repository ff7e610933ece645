// The rights and the 支援措置 through the real madoguchi-cli: the console
// (no --as) and a logged-in clerk or supervisor.
#include "registry/profilefixture.h"
#include "registry/searchindex.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;
using namespace madoguchi::profiletest;
using madoguchi::testing::CliRun;
using madoguchi::testing::runCli;

class AccessCli : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        auto db = testDb.open();
        ASSERT_TRUE(db);
        buildRegister(*db, QDate::currentDate());
        ASSERT_TRUE(registry::rebuildSearchIndex(*db));
        for (const auto& [id, role] : {std::pair{"k.sato", "clerk"}, {"m.kato", "supervisor"}}) {
            const CliRun added = cli(QStringLiteral("staff add"),
                {QStringLiteral("--id"), QLatin1String(id), QStringLiteral("--role"),
                    QLatin1String(role)},
                kPassword);
            ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        }
    }

    // `command` is one or two words ("search", "support unlock").
    CliRun cli(const QString& command, const QStringList& arguments, const QByteArray& input = {})
    {
        return runCli(command.split(QLatin1Char(' '))
                + QStringList{QStringLiteral("--db"), testDb.location()} + arguments,
            input);
    }

    static inline const QByteArray kPassword = "counter-pass-1\n";
    madoguchi::testing::TestDatabase testDb{GetParam()};
};

TEST_P(AccessCli, OnlyALoggedInClerkRevealsTheMyNumber)
{
    const QStringList reveal{QStringLiteral("--atena"), kHead,
        QStringLiteral("--reveal-my-number"), QStringLiteral("--json")};
    const CliRun noPurpose = cli(QStringLiteral("profile"), reveal);
    EXPECT_EQ(noPurpose.exitCode, 2) << noPurpose.err.toStdString();

    const QStringList withPurpose
        = reveal + QStringList{QStringLiteral("--purpose"), QStringLiteral("国保 資格確認")};
    const CliRun console = cli(QStringLiteral("profile"), withPurpose);
    EXPECT_EQ(console.exitCode, 1);
    EXPECT_TRUE(console.err.contains(QStringLiteral("console"))) << console.err.toStdString();
    EXPECT_FALSE(console.out.contains(kMyNumber));

    const CliRun clerk
        = cli(QStringLiteral("profile"), withPurpose + QStringList{QStringLiteral("--as"), QStringLiteral("k.sato")}, kPassword);
    ASSERT_EQ(clerk.exitCode, 0) << clerk.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(clerk.out.toUtf8()).object();
    EXPECT_EQ(json[QStringLiteral("person")][QStringLiteral("my_number")].toString(), kMyNumber);

    const CliRun wrong
        = cli(QStringLiteral("profile"), withPurpose + QStringList{QStringLiteral("--as"), QStringLiteral("k.sato")}, "nope\n");
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_FALSE(wrong.out.contains(kMyNumber));

    const CliRun reveals = cli(QStringLiteral("audit query"), {QStringLiteral("--action"), QStringLiteral("reveal"), QStringLiteral("--json")});
    ASSERT_EQ(reveals.exitCode, 0) << reveals.err.toStdString();
    const QJsonArray entries = QJsonDocument::fromJson(reveals.out.toUtf8()).array();
    ASSERT_EQ(entries.size(), 2); // the console's refusal, the clerk's reveal
    EXPECT_FALSE(reveals.out.contains(kMyNumber));
}

TEST_P(AccessCli, SearchWithholdsTheAddressOfAProtectedHousehold)
{
    const CliRun found = cli(QStringLiteral("search"), {QStringLiteral("--json"), QStringLiteral("ヤマダ ヨシコ")});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    const QJsonArray results = QJsonDocument::fromJson(found.out.toUtf8()).array();
    ASSERT_EQ(results.size(), 1);
    EXPECT_TRUE(results[0][QStringLiteral("address_withheld")].toBool());
    EXPECT_EQ(results[0][QStringLiteral("address")].toString(), QString());
    EXPECT_EQ(results[0][QStringLiteral("support_measure")].toString(), QStringLiteral("error"));
    EXPECT_FALSE(found.out.contains(QStringLiteral("本町一丁目")));
}

TEST_P(AccessCli, UnlockingNeedsASupervisor)
{
    const QStringList unlock{QStringLiteral("--atena"), kWife, QStringLiteral("--scope"), QStringLiteral("address"),
        QStringLiteral("--reason"), QStringLiteral("本人確認済み"), QStringLiteral("--as")};
    const CliRun clerk = cli(QStringLiteral("support unlock"), unlock + QStringList{QStringLiteral("k.sato")}, kPassword);
    EXPECT_EQ(clerk.exitCode, 1);
    EXPECT_TRUE(clerk.err.contains(QStringLiteral("k.sato"))) << clerk.err.toStdString();
    const CliRun supervisor = cli(QStringLiteral("support unlock"), unlock + QStringList{QStringLiteral("m.kato")}, kPassword);
    ASSERT_EQ(supervisor.exitCode, 0) << supervisor.err.toStdString();

    const CliRun shown = cli(QStringLiteral("search"), {QStringLiteral("--json"), QStringLiteral("ヤマダ ヨシコ")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("本町一丁目"))) << shown.out.toStdString();

    const CliRun expiring = cli(QStringLiteral("support expiring"), {QStringLiteral("--json")});
    ASSERT_EQ(expiring.exitCode, 0) << expiring.err.toStdString();
    const QJsonArray soon = QJsonDocument::fromJson(expiring.out.toUtf8()).array();
    ASSERT_EQ(soon.size(), 1);
    EXPECT_EQ(soon[0][QStringLiteral("atena_no")].toString(), kNeighbour);
}

INSTANTIATE_TEST_SUITE_P(Engines, AccessCli, madoguchi::testing::kBothEngines,
    madoguchi::testing::EngineParamName());

} // namespace
