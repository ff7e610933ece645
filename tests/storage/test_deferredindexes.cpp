// Secondary indexes dropped for a bulk load and built again at its end, or
// at the next open when the load died half-way (storage/deferredindexes.h).
#include "storage/database.h"
#include "storage/deferredindexes.h"
#include "support/testdatabase.h"

#include <QSqlQuery>

namespace madoguchi::storage {
namespace {

QStringList indexesOf(Database& db, const QString& table)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                             "AND sql IS NOT NULL AND tbl_name = ? ORDER BY name"));
    q.addBindValue(table);
    EXPECT_TRUE(q.exec());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

qint64 records(Database& db)
{
    QSqlQuery q(db.sql());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'deferred_indexes'"))
        && q.next());
    return q.value(0).toLongLong();
}

const QStringList kPersonIndexes{QStringLiteral("persons_birth_date"),
    QStringLiteral("persons_change_seq"), QStringLiteral("persons_household"),
    QStringLiteral("persons_my_number"), QStringLiteral("persons_my_number_index"),
    QStringLiteral("persons_residence_card_no"), QStringLiteral("persons_resident_code")};

TEST(DeferredIndexes, DroppedThenBuiltAgainWithTheirDefinitions)
{
    testing::TestDatabase testDb(Engine::Sqlite);
    auto db = testDb.open();
    ASSERT_TRUE(db);
    ASSERT_EQ(indexesOf(*db, QStringLiteral("persons")), kPersonIndexes);
    ASSERT_TRUE(deferIndexes(*db, {QStringLiteral("persons"), QStringLiteral("households")}).ok());
    EXPECT_TRUE(indexesOf(*db, QStringLiteral("persons")).isEmpty());
    EXPECT_TRUE(indexesOf(*db, QStringLiteral("households")).isEmpty());
    EXPECT_EQ(records(*db), 1);
    ASSERT_TRUE(restoreIndexes(*db).ok());
    EXPECT_EQ(indexesOf(*db, QStringLiteral("persons")), kPersonIndexes);
    EXPECT_EQ(records(*db), 0);
    // The unique ones are unique again.
    QSqlQuery q(db->sql());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master "
                                      "WHERE name = 'persons_my_number'"))
        && q.next());
    EXPECT_TRUE(q.value(0).toString().startsWith(QStringLiteral("CREATE UNIQUE INDEX")));
    EXPECT_TRUE(restoreIndexes(*db).ok()); // nothing to do
}

TEST(DeferredIndexes, ALoadThatDiedIsRepairedWhenTheDatabaseOpens)
{
    testing::TestDatabase testDb(Engine::Sqlite);
    {
        auto db = testDb.open();
        ASSERT_TRUE(db);
        ASSERT_TRUE(deferIndexes(*db, {QStringLiteral("persons")}).ok());
        // A second deferral before any restore keeps both records.
        ASSERT_TRUE(deferIndexes(*db, {QStringLiteral("households")}).ok());
    }
    auto reopened = testDb.open();
    ASSERT_TRUE(reopened);
    EXPECT_EQ(indexesOf(*reopened, QStringLiteral("persons")), kPersonIndexes);
    EXPECT_EQ(indexesOf(*reopened, QStringLiteral("households")),
        (QStringList{
            QStringLiteral("households_address_code"), QStringLiteral("households_change_seq")}));
    EXPECT_EQ(records(*reopened), 0);
}

TEST(DeferredIndexes, NothingHappensOnPostgreSql)
{
    testing::TestDatabase testDb(Engine::PostgreSql);
    auto db = testDb.open();
    ASSERT_TRUE(db);
    ASSERT_TRUE(deferIndexes(*db, {QStringLiteral("persons")}).ok());
    QSqlQuery q(db->sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE tablename = "
                                      "'persons' AND indexname = 'persons_birth_date'"))
        && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_EQ(records(*db), 0);
}

} // namespace
} // namespace madoguchi::storage
