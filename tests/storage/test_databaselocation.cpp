#include "storage/databaselocation.h"
#include "support/qtprinters.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace madoguchi::storage;

TEST(DatabaseLocation, PathMeansSqliteAndIsMadeAbsolute)
{
    auto location = parseDatabaseLocation(QStringLiteral("data/city.sqlite"));
    ASSERT_TRUE(location.ok());
    EXPECT_EQ(location->engine, Engine::Sqlite);
    EXPECT_EQ(
        location->sqlitePath, QDir::current().absoluteFilePath(QStringLiteral("data/city.sqlite")));
    EXPECT_EQ(location->displayName(), location->sqlitePath);
}

TEST(DatabaseLocation, FilePrefixIsAccepted)
{
    auto location = parseDatabaseLocation(QStringLiteral("file:/tmp/x.sqlite"));
    ASSERT_TRUE(location.ok());
    EXPECT_EQ(location->sqlitePath, QStringLiteral("/tmp/x.sqlite"));
}

TEST(DatabaseLocation, PostgresUrlIsTakenApart)
{
    auto location = parseDatabaseLocation(
        QStringLiteral("postgresql://clerk:p%40ss@db.example:6543/madoguchi?sslmode=require"));
    ASSERT_TRUE(location.ok()) << location.error().message.toStdString();
    EXPECT_EQ(location->engine, Engine::PostgreSql);
    EXPECT_EQ(location->host, QStringLiteral("db.example"));
    EXPECT_EQ(location->port, 6543);
    EXPECT_EQ(location->user, QStringLiteral("clerk"));
    EXPECT_EQ(location->password, QStringLiteral("p@ss"));
    EXPECT_EQ(location->databaseName, QStringLiteral("madoguchi"));
    EXPECT_EQ(location->options.value(QStringLiteral("sslmode")), QStringLiteral("require"));
}

TEST(DatabaseLocation, DisplayNameNeverShowsThePassword)
{
    auto location = parseDatabaseLocation(QStringLiteral("postgres://clerk:secret@host/db"));
    ASSERT_TRUE(location.ok());
    EXPECT_EQ(location->displayName(), QStringLiteral("postgresql://clerk@host/db"));
    EXPECT_FALSE(location->displayName().contains(QStringLiteral("secret")));
}

TEST(DatabaseLocation, DefaultsForHostAndPort)
{
    auto location = parseDatabaseLocation(QStringLiteral("postgresql:///madoguchi"));
    ASSERT_TRUE(location.ok()) << location.error().message.toStdString();
    EXPECT_EQ(location->host, QStringLiteral("localhost"));
    EXPECT_EQ(location->port, 5432);
}

struct BadLocation {
    const char* text;
    const char* expectedInMessage;
};

class DatabaseLocationErrors : public ::testing::TestWithParam<BadLocation> { };

TEST_P(DatabaseLocationErrors, AreExplained)
{
    auto location = parseDatabaseLocation(QString::fromUtf8(GetParam().text));
    ASSERT_FALSE(location.ok());
    EXPECT_TRUE(location.error().message.contains(QString::fromUtf8(GetParam().expectedInMessage)))
        << location.error().message.toStdString();
    EXPECT_FALSE(location.error().message.contains(QStringLiteral("hunter2")));
}

INSTANTIATE_TEST_SUITE_P(Cases, DatabaseLocationErrors,
    ::testing::Values(BadLocation{"", "no database given"}, BadLocation{"   ", "no database given"},
        BadLocation{"http://example/db", "neither a file path"},
        BadLocation{"postgresql://u:hunter2@host", "must name one database"},
        BadLocation{"postgresql://u:hunter2@host/a/b", "must name one database"},
        BadLocation{"postgresql://host/db?sslmod=require", "unknown option 'sslmod'"},
        BadLocation{"postgresql://u:hunter2@host:99999/db", "not valid"}));
