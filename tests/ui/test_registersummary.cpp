#include "registerfixture.h"
#include "registry/registersummary.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

namespace madoguchi::storage {
// Readable test names and failure messages: "Sqlite", not "4-byte object".
inline void PrintTo(Engine engine, std::ostream* os)
{
    *os << testing::engineName(engine).toStdString();
}
} // namespace madoguchi::storage

using namespace madoguchi;
using madoguchi::testing::TestDatabase;
namespace fixture = madoguchi::testing;

namespace {

class RegisterSummaryTest : public ::testing::TestWithParam<storage::Engine> { };

TEST_P(RegisterSummaryTest, EmptyDatabaseGivesZerosAndNoCity)
{
    TestDatabase test(GetParam());
    auto db = test.open();
    ASSERT_TRUE(db);
    const auto summary = registry::loadRegisterSummary(*db);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->cityName, QString());
    EXPECT_EQ(summary->prefecture, QString());
    EXPECT_EQ(summary->cityCode, QString());
    EXPECT_EQ(summary->residents, 0);
    EXPECT_EQ(summary->households, 0);
    EXPECT_FALSE(summary->demo);
}

TEST_P(RegisterSummaryTest, CountsResidentsAndTheirHouseholds)
{
    TestDatabase test(GetParam());
    auto db = test.open();
    ASSERT_TRUE(db);
    fixture::fillSmallRegister(*db);

    const auto summary = registry::loadRegisterSummary(*db);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->cityName, QStringLiteral("北見市"));
    EXPECT_EQ(summary->prefecture, QStringLiteral("北海道"));
    EXPECT_EQ(summary->cityCode, QStringLiteral("012084"));
    EXPECT_EQ(summary->residents, 3); // the moved-out person is not counted
    EXPECT_EQ(summary->households, 1); // nor the household left empty
    EXPECT_TRUE(summary->demo);
}

TEST_P(RegisterSummaryTest, OnlyDemoEqualToOneMarksADemo)
{
    TestDatabase test(GetParam());
    auto db = test.open();
    ASSERT_TRUE(db);
    fixture::setMeta(*db, QStringLiteral("demo"), QStringLiteral("0"));
    const auto summary = registry::loadRegisterSummary(*db);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_FALSE(summary->demo);
}

TEST_P(RegisterSummaryTest, AMissingTableIsAnErrorNotACrash)
{
    TestDatabase test(GetParam());
    auto db = test.open();
    ASSERT_TRUE(db);
    QSqlQuery drop(db->sql());
    ASSERT_TRUE(drop.exec(QStringLiteral("DROP TABLE meta")));
    const auto summary = registry::loadRegisterSummary(*db);
    ASSERT_FALSE(summary);
    EXPECT_FALSE(summary.error().message.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Engines, RegisterSummaryTest,
    ::testing::Values(storage::Engine::Sqlite, storage::Engine::PostgreSql),
    [](const auto& param) { return fixture::engineName(param.param).toStdString(); });

} // namespace
