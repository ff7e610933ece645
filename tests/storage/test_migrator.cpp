#include "storage/database.h"
#include "storage/migrator.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <gtest/gtest.h>
#include <thread>

using namespace madoguchi;
using namespace madoguchi::storage;
using madoguchi::testing::TestDatabase;

namespace {

void writeFile(const QTemporaryDir& dir, const char* name, const char* text)
{
    QFile file(dir.filePath(QString::fromLatin1(name)));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

bool hasTable(Database& db, const char* table)
{
    return db.sql().tables().contains(QString::fromLatin1(table));
}

class MigratorTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(steps.isValid());
        writeFile(steps, "0001_first.sql",
            "-- a comment line\nCREATE TABLE alpha (id {{ID}}, name TEXT NOT NULL);\n"
            "INSERT INTO alpha (name) VALUES ('one;two');\n");
        writeFile(steps, "README.txt", "not a step");
    }

    std::unique_ptr<Database> openUnmigrated()
    {
        return testDb.open({.create = true, .migrate = false});
    }

    TestDatabase testDb{GetParam()};
    QTemporaryDir steps;
};

} // namespace

TEST(MigratorSplit, StatementsEndAtASemicolonAtTheEndOfALine)
{
    const QStringList statements = Migrator::splitStatements(QStringLiteral(
        "-- header\nCREATE TABLE a (x TEXT);\n\nINSERT INTO a VALUES ('x;y');\nSELECT 1"));
    ASSERT_EQ(statements.size(), 3);
    EXPECT_EQ(statements[0], QStringLiteral("CREATE TABLE a (x TEXT)"));
    EXPECT_EQ(statements[1], QStringLiteral("INSERT INTO a VALUES ('x;y')"));
    EXPECT_EQ(statements[2], QStringLiteral("SELECT 1"));
}

TEST(MigratorBuiltIn, StepsAreNumberedFromOneWithoutGaps)
{
    TestDatabase testDb(Engine::Sqlite);
    auto db = testDb.open({.create = true, .migrate = false});
    ASSERT_TRUE(db);
    auto steps = Migrator(*db).migrations();
    ASSERT_TRUE(steps.ok());
    ASSERT_FALSE(steps.value().isEmpty());
    for (qsizetype i = 0; i < steps.value().size(); ++i)
        EXPECT_EQ(steps.value()[i].version, i + 1);
}

TEST_P(MigratorTest, AppliesStepsInOrderAndRecordsThem)
{
    writeFile(steps, "0002_second.sql", "CREATE TABLE beta (id {{ID}});\n");
    auto db = openUnmigrated();
    ASSERT_TRUE(db);
    Migrator migrator(*db, steps.path());
    EXPECT_EQ(migrator.latestVersion(), 2);
    Status done = migrator.migrate();
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(db->schemaVersion(), 2);
    EXPECT_TRUE(hasTable(*db, "alpha"));
    EXPECT_TRUE(hasTable(*db, "beta"));
    QSqlQuery query(db->sql());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT name FROM alpha")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("one;two"));
    // Running again changes nothing.
    ASSERT_TRUE(migrator.migrate().ok());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT COUNT(*) FROM alpha")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
}

TEST_P(MigratorTest, AFailedStepLeavesThePreviousVersionIntact)
{
    writeFile(steps, "0002_broken.sql",
        "CREATE TABLE gamma (id {{ID}});\nINSERT INTO no_such_table VALUES (1);\n");
    auto db = openUnmigrated();
    ASSERT_TRUE(db);
    Status done = Migrator(*db, steps.path()).migrate();
    ASSERT_FALSE(done.ok());
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("migration 2 (broken)")))
        << done.error().message.toStdString();
    EXPECT_EQ(db->schemaVersion(), 1);
    EXPECT_TRUE(hasTable(*db, "alpha"));
    EXPECT_FALSE(hasTable(*db, "gamma")); // rolled back with its step
}

TEST_P(MigratorTest, AnEngineSpecificFileWinsOverTheCommonOne)
{
    writeFile(steps, "0002_special.sql", "CREATE TABLE common_one (id INTEGER);\n");
    writeFile(steps, "0002_special.sqlite.sql", "CREATE TABLE only_sqlite (id INTEGER);\n");
    writeFile(steps, "0002_special.postgresql.sql", "CREATE TABLE only_postgresql (id INTEGER);\n");
    auto db = openUnmigrated();
    ASSERT_TRUE(db);
    Status done = Migrator(*db, steps.path()).migrate();
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_FALSE(hasTable(*db, "common_one"));
    EXPECT_EQ(hasTable(*db, "only_sqlite"), GetParam() == Engine::Sqlite);
    EXPECT_EQ(hasTable(*db, "only_postgresql"), GetParam() == Engine::PostgreSql);
}

TEST_P(MigratorTest, CountersStartingTogetherMigrateOnce)
{
    {
        auto db = openUnmigrated(); // creates the SQLite file / checks the server first
        ASSERT_TRUE(db);
    }
    std::vector<QString> errors(4);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < errors.size(); ++i) {
        threads.emplace_back([&, i] {
            auto db = Database::open(testDb.location(), {.create = true, .migrate = false});
            if (!db) {
                errors[i] = db.error().message;
                return;
            }
            Status done = Migrator(*db.value(), steps.path()).migrate();
            if (!done)
                errors[i] = done.error().message;
        });
    }
    for (auto& thread : threads)
        thread.join();
    for (const QString& error : errors)
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    auto db = openUnmigrated();
    ASSERT_TRUE(db);
    QSqlQuery query(db->sql());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT COUNT(*) FROM alpha")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
}

INSTANTIATE_TEST_SUITE_P(
    Engines, MigratorTest, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());

TEST(SqliteMigrator, AnExistingFileIsBackedUpBeforeItIsMigrated)
{
    QTemporaryDir steps;
    writeFile(steps, "0001_first.sql", "CREATE TABLE alpha (id {{ID}});\n");
    TestDatabase testDb(Engine::Sqlite);
    {
        auto db = testDb.open({.create = true, .migrate = false});
        ASSERT_TRUE(db);
        ASSERT_TRUE(Migrator(*db, steps.path()).migrate().ok());
        EXPECT_FALSE(QFile::exists(testDb.location() + QStringLiteral(".before-v1.bak")));
    }
    writeFile(steps, "0002_second.sql", "CREATE TABLE beta (id {{ID}});\n");
    auto db = testDb.open({.create = true, .migrate = false});
    ASSERT_TRUE(db);
    ASSERT_TRUE(Migrator(*db, steps.path()).migrate().ok());
    const QString backup = testDb.location() + QStringLiteral(".before-v2.bak");
    ASSERT_TRUE(QFile::exists(backup));
    auto old = Database::open(backup, {.create = false, .migrate = false});
    ASSERT_TRUE(old.ok()) << old.error().message.toStdString();
    EXPECT_EQ(old.value()->schemaVersion(), 1);
    EXPECT_FALSE(old.value()->sql().tables().contains(QStringLiteral("beta")));
}
