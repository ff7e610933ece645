// Storage on both engines: the same tests against an SQLite file and a real
// PostgreSQL server.
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlerror.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <gtest/gtest.h>

using namespace madoguchi;
using namespace madoguchi::storage;
using madoguchi::testing::TestDatabase;

namespace {

class DatabaseTest : public ::testing::TestWithParam<Engine> {
protected:
    TestDatabase testDb{GetParam()};
};

QString scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.sql());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<error: %1>").arg(query.lastError().text());
    return query.value(0).toString();
}

} // namespace

TEST_P(DatabaseTest, OpenCreatesAndMigratesToTheLatestVersion)
{
    auto db = testDb.open();
    ASSERT_TRUE(db);
    Migrator migrator(*db);
    EXPECT_GE(migrator.latestVersion(), 1);
    EXPECT_EQ(db->schemaVersion(), migrator.latestVersion());
    for (const char* table : {"meta", "households", "persons", "entitlements", "support_measures",
             "name_history", "address_history", "register_changes", "schema_version"})
        EXPECT_TRUE(db->sql().tables().contains(QString::fromLatin1(table))) << table;
}

TEST_P(DatabaseTest, ReopeningDoesNotApplyMigrationsTwice)
{
    {
        auto db = testDb.open();
        ASSERT_TRUE(db);
    }
    auto db = testDb.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM schema_version")),
        QString::number(Migrator(*db).latestVersion()));
}

TEST_P(DatabaseTest, ADatabaseNewerThanTheBinaryIsRefused)
{
    {
        auto db = testDb.open();
        ASSERT_TRUE(db);
        auto inserted = exec(db->sql(),
            QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                           "VALUES (?, ?, ?)"),
            {9999, QStringLiteral("from_the_future"), QStringLiteral("2030-01-01")});
        ASSERT_TRUE(inserted.ok()) << inserted.error().message.toStdString();
    }
    auto reopened = Database::open(testDb.location());
    ASSERT_FALSE(reopened.ok());
    EXPECT_TRUE(reopened.error().message.contains(QStringLiteral("9999")))
        << reopened.error().message.toStdString();
    EXPECT_TRUE(reopened.error().message.contains(QStringLiteral("newer")));
}

TEST_P(DatabaseTest, ForeignKeysAreEnforced)
{
    auto db = testDb.open();
    ASSERT_TRUE(db);
    auto inserted = exec(db->sql(),
        QStringLiteral("INSERT INTO persons (atena_no, household_id, relationship, "
                       "name_kanji, name_kana, birth_date, sex) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {QStringLiteral("00000000018"), 424242, QStringLiteral("世帯主"),
            QStringLiteral("山田 太郎"), QStringLiteral("ヤマダ タロウ"),
            QStringLiteral("1975-04-01"), 1});
    EXPECT_FALSE(inserted.ok());
}

TEST_P(DatabaseTest, JapaneseTextRoundTrips)
{
    auto db = testDb.open();
    ASSERT_TRUE(db);
    const QString value = QStringLiteral("髙橋 𠮷太郎 ｶﾀｶﾅ 〒100-0001");
    ASSERT_TRUE(exec(db->sql(), QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
        {QStringLiteral("probe"), value})
                    .ok());
    auto read = exec(db->sql(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
        {QStringLiteral("probe")});
    ASSERT_TRUE(read.ok());
    ASSERT_TRUE(read.value().next());
    EXPECT_EQ(read.value().value(0).toString(), value);
}

TEST_P(DatabaseTest, SqlMetacharactersAreOnlyData)
{
    auto db = testDb.open();
    ASSERT_TRUE(db);
    const QString hostile = QStringLiteral("x'); DROP TABLE persons; --");
    ASSERT_TRUE(exec(db->sql(), QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
        {hostile, hostile})
                    .ok());
    EXPECT_TRUE(db->sql().tables().contains(QStringLiteral("persons")));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM meta")), QStringLiteral("1"));
}

INSTANTIATE_TEST_SUITE_P(
    Engines, DatabaseTest, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());

// SQLite-only policy (STYLE.md).
TEST(SqliteDatabase, PolicyIsApplied)
{
    TestDatabase testDb(Engine::Sqlite);
    auto db = testDb.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA synchronous")), QStringLiteral("1")); // NORMAL
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA busy_timeout")), QStringLiteral("5000"));
}

TEST(SqliteDatabase, AFileThatIsNotADatabaseIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(path)) << db.error().message.toStdString();
    QFile check(path);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), QByteArray(8192, 'x')); // nothing was written into it
}

TEST(SqliteDatabase, AFolderIsNotADatabase)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("folder")));
}

TEST(SqliteDatabase, MissingFileWithoutCreateIsAnError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    auto db = Database::open(path, {.create = false});
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(SqliteDatabase, MissingFoldersAreCreated)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/c/city.sqlite"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_TRUE(QFile::exists(path));
}

TEST(PostgresDatabase, UnreachableServerIsAClearError)
{
    // Port 1 on loopback: nothing listens there.
    auto db = Database::open(
        QStringLiteral("postgresql://nobody:pw@127.0.0.1:1/none?connect_timeout=2"));
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("postgresql://nobody@127.0.0.1:1/none")))
        << db.error().message.toStdString();
    EXPECT_FALSE(db.error().message.contains(QStringLiteral(":pw@")));
}
