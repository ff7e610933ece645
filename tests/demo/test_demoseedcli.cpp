// `madoguchi-cli demo seed` as a user runs it: the real binary, its exit
// codes, its messages and its --json result.
#include "support/clirunner.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using madoguchi::testing::CliRun;

CliRun cli(const QStringList& arguments)
{
    return madoguchi::testing::runCli(
        QStringList{QStringLiteral("demo"), QStringLiteral("seed")} + arguments);
}

class DemoSeedCli : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("city.sqlite")); }
};

} // namespace

TEST_F(DemoSeedCli, BadArgumentsAreUsageErrors)
{
    const QList<QStringList> cases = {
        {}, // no --db
        {QStringLiteral("--db"), db(), QStringLiteral("--residents"), QStringLiteral("0")},
        {QStringLiteral("--db"), db(), QStringLiteral("--residents"), QStringLiteral("-5")},
        {QStringLiteral("--db"), db(), QStringLiteral("--residents"), QStringLiteral("10000001")},
        {QStringLiteral("--db"), db(), QStringLiteral("--residents"), QStringLiteral("many")},
        {QStringLiteral("--db"), db(), QStringLiteral("--seed"), QStringLiteral("abc")},
        {QStringLiteral("--db"), db(), QStringLiteral("--seed"), QStringLiteral("-1")},
        {QStringLiteral("--db"), db(), QStringLiteral("--seed"),
            QStringLiteral("18446744073709551616")},
        {QStringLiteral("--db"), db(), QStringLiteral("--as-of"), QStringLiteral("2026-02-30")},
        {QStringLiteral("--db"), db(), QStringLiteral("--as-of"), QStringLiteral("26-1-1")},
        {QStringLiteral("--db"), db(), QStringLiteral("--as-of"), QStringLiteral("tomorrow")},
    };
    for (const QStringList& args : cases) {
        const CliRun run = cli(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("madoguchi-cli demo seed: ")))
            << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    EXPECT_TRUE(
        cli({QStringLiteral("--db"), db(), QStringLiteral("--residents"), QStringLiteral("0")})
            .err.contains(QStringLiteral("--residents")));
    EXPECT_TRUE(
        cli({QStringLiteral("--db"), db(), QStringLiteral("--as-of"), QStringLiteral("2026-02-30")})
            .err.contains(QStringLiteral("YYYY-MM-DD")));
    EXPECT_FALSE(QFile::exists(db())); // nothing was created
}

TEST_F(DemoSeedCli, SeedsPrintsJsonAndRefusesASecondSeed)
{
    const QStringList args{QStringLiteral("--db"), db(), QStringLiteral("--residents"),
        QStringLiteral("600"), QStringLiteral("--seed"), QStringLiteral("18446744073709551615"),
        QStringLiteral("--as-of"), QStringLiteral("2026-04-01"), QStringLiteral("--json")};
    const CliRun first = cli(args);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(first.out.toUtf8()).object();
    EXPECT_EQ(result.value(QStringLiteral("residents")).toInteger(), 600);
    EXPECT_GT(result.value(QStringLiteral("households")).toInteger(), 200);
    EXPECT_GE(result.value(QStringLiteral("foreignResidents")).toInteger(), 0);
    EXPECT_GE(result.value(QStringLiteral("supportMeasures")).toInteger(), 0);
    EXPECT_GT(result.value(QStringLiteral("databaseBytes")).toInteger(), 0);
    EXPECT_TRUE(result.value(QStringLiteral("seconds")).isDouble());
    EXPECT_EQ(
        result.value(QStringLiteral("seed")).toString(), QStringLiteral("18446744073709551615"));
    EXPECT_EQ(result.value(QStringLiteral("asOf")).toString(), QStringLiteral("2026-04-01"));
    EXPECT_EQ(result.value(QStringLiteral("city")).toString(), QStringLiteral("みどり野市"));
    EXPECT_EQ(result.value(QStringLiteral("cityCode")).toString(), QStringLiteral("132918"));

    const CliRun second = cli(args);
    EXPECT_EQ(second.exitCode, 1);
    EXPECT_TRUE(second.err.contains(QStringLiteral("already holds 600 residents")))
        << second.err.toStdString();
    EXPECT_TRUE(second.out.isEmpty());
}

TEST_F(DemoSeedCli, PlainOutputIsASummary)
{
    const CliRun run = cli({QStringLiteral("--db"), db(), QStringLiteral("--residents"),
        QStringLiteral("50"), QStringLiteral("--as-of"), QStringLiteral("2025-01-01")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    for (const char* word : {"residents:", "households:", "foreign residents:", "support measures:",
             "seconds", "MB", "みどり野市"})
        EXPECT_TRUE(run.out.contains(QString::fromUtf8(word))) << word << "\n"
                                                               << run.out.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString(); // no progress when not a terminal
}

TEST_F(DemoSeedCli, SeedsPostgreSql)
{
    madoguchi::testing::TestDatabase pg(madoguchi::storage::Engine::PostgreSql);
    ASSERT_FALSE(pg.location().isEmpty()) << pg.error().toStdString();
    const CliRun run = cli({QStringLiteral("--db"), pg.location(), QStringLiteral("--residents"),
        QStringLiteral("300"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(result.value(QStringLiteral("residents")).toInteger(), 300);
    EXPECT_TRUE(result.value(QStringLiteral("databaseBytes")).isNull());
}
