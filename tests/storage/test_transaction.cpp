#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QVariant>
#include <gtest/gtest.h>

using namespace madoguchi::storage;
using madoguchi::testing::TestDatabase;

namespace {

class TransactionTest : public ::testing::TestWithParam<Engine> {
protected:
    int metaRows()
    {
        QSqlQuery query(db->sql());
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM meta")) && query.next()
            ? query.value(0).toInt()
            : -1;
    }
    void insert(const char* key)
    {
        auto r = exec(db->sql(), QStringLiteral("INSERT INTO meta (key, value) VALUES (?, 'v')"),
            {QString::fromLatin1(key)});
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    }

    TestDatabase testDb{GetParam()};
    std::unique_ptr<Database> db = testDb.open();
};

} // namespace

TEST_P(TransactionTest, CommittedWorkStays)
{
    ASSERT_TRUE(db);
    Transaction transaction(db->sql());
    ASSERT_TRUE(transaction.begun().ok());
    insert("a");
    ASSERT_TRUE(transaction.commit().ok());
    EXPECT_EQ(metaRows(), 1);
    EXPECT_FALSE(transaction.commit().ok()); // a second commit is an error, not a crash
}

TEST_P(TransactionTest, AnAbandonedTransactionRollsBack)
{
    ASSERT_TRUE(db);
    {
        Transaction transaction(db->sql());
        ASSERT_TRUE(transaction.begun().ok());
        insert("a");
        insert("b");
    } // early exit without commit
    EXPECT_EQ(metaRows(), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, TransactionTest, madoguchi::testing::kBothEngines,
    madoguchi::testing::EngineParamName());
