// The CLI's conventions, through the real binary: help, version, exit codes,
// errors on stderr, --json on stdout.
#include "support/clirunner.h"
#include "support/qtprinters.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using madoguchi::testing::runCli;

TEST(Cli, VersionPrintsTheVersion)
{
    auto run = runCli({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.trimmed(), QStringLiteral("madoguchi-cli " MADOGUCHI_VERSION));
}

TEST(Cli, HelpListsTheCommands)
{
    auto run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("db info")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("db migrate")));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(Cli, NoArgumentsIsAUsageError)
{
    auto run = runCli({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("Usage:")));
}

TEST(Cli, UnknownCommandIsAUsageErrorOnStderr)
{
    auto run = runCli({QStringLiteral("frobnicate"), QStringLiteral("now")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("unknown command 'frobnicate now'")))
        << run.err.toStdString();
}

TEST(Cli, CommandHelpShowsItsOptions)
{
    auto run = runCli({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("--db")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("--json")));
}

TEST(Cli, UnknownOptionIsAUsageError)
{
    auto run = runCli({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--frob")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("madoguchi-cli db info:")))
        << run.err.toStdString();
}

TEST(Cli, MissingRequiredOptionIsAUsageError)
{
    auto run = runCli({QStringLiteral("db"), QStringLiteral("info")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--db")));
}

TEST(Cli, FailureIsExitCodeOneWithTheReason)
{
    QTemporaryDir dir;
    auto run = runCli({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--db"),
        dir.filePath(QStringLiteral("absent.sqlite"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("does not exist"))) << run.err.toStdString();
}

TEST(Cli, MigrateThenInfoAsJson)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("city.sqlite"));
    auto migrate
        = runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), db});
    ASSERT_EQ(migrate.exitCode, 0) << migrate.err.toStdString();
    auto info = runCli({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--db"), db,
        QStringLiteral("--json")});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(info.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << info.out.toStdString();
    const QJsonObject object = doc.object();
    EXPECT_EQ(object.value(QStringLiteral("engine")).toString(), QStringLiteral("sqlite"));
    EXPECT_GE(object.value(QStringLiteral("schema_version")).toInt(), 1);
    EXPECT_EQ(object.value(QStringLiteral("pending_migrations")).toInt(), 0);
    EXPECT_EQ(object.value(QStringLiteral("location")).toString(), db);
}

// The desk reads only the header at start; `db check` reads every page and
// names what is damaged.
TEST(Cli, DbCheckFindsADamagedPage)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("city.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), db})
                  .exitCode,
        0);
    auto healthy = runCli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"),
        db, QStringLiteral("--json")});
    ASSERT_EQ(healthy.exitCode, 0) << healthy.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(healthy.out.toUtf8())
                    .object()
                    .value(QStringLiteral("ok"))
                    .toBool());

    // Pages 3 to 6 get a b-tree page type that does not exist.
    QFile file(db);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_GT(file.size(), 6 * 4096);
    for (int page = 3; page <= 6; ++page) {
        ASSERT_TRUE(file.seek(qint64(page - 1) * 4096));
        file.write(QByteArray(16, '\xff'));
    }
    file.close();
    auto damaged
        = runCli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
    EXPECT_EQ(damaged.exitCode, 1);
    EXPECT_TRUE(damaged.err.contains(QStringLiteral("damaged"))) << damaged.err.toStdString();
}
