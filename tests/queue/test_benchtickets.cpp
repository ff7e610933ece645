// The queue's load test (issue #8; docs/queue.md, "Load: 50 desks"): `bench
// tickets` through the real binary, briefly, on both engines — its JSON has
// the fields, every operation was measured, and no ticket was called twice.
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;
using madoguchi::testing::runCli;

class BenchTickets : public ::testing::TestWithParam<storage::Engine> {
protected:
    madoguchi::testing::TestDatabase testDb{GetParam()};
};

TEST_P(BenchTickets, FourDesksForTwoSecondsCallNoTicketTwice)
{
    ASSERT_FALSE(testDb.location().isEmpty()) << testDb.error().toStdString();
    ASSERT_TRUE(testDb.open()); // migrated, then closed again
    const auto run = runCli({QStringLiteral("bench"), QStringLiteral("tickets"),
        QStringLiteral("--db"), testDb.location(), QStringLiteral("--desks"), QStringLiteral("4"),
        QStringLiteral("--kiosks"), QStringLiteral("1"), QStringLiteral("--seconds"),
        QStringLiteral("2"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    const bool pg = GetParam() == storage::Engine::PostgreSql;
    EXPECT_EQ(o.value(QStringLiteral("engine")).toString(),
        pg ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    EXPECT_EQ(o.value(QStringLiteral("desks")).toInt(), 4);
    EXPECT_EQ(o.value(QStringLiteral("kiosks")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("seconds")).toInt(), 2);
    const QJsonObject operations = o.value(QStringLiteral("operations")).toObject();
    for (const char* name : {"issue", "call_next", "serve", "finish"}) {
        const QJsonObject op = operations.value(QLatin1String(name)).toObject();
        EXPECT_GT(op.value(QStringLiteral("count")).toInt(), 0) << name;
        for (const char* key : {"p50_ms", "p95_ms", "p99_ms", "max_ms"})
            EXPECT_TRUE(op.value(QLatin1String(key)).isDouble()) << name << " " << key;
        EXPECT_LE(op.value(QStringLiteral("p50_ms")).toDouble(),
            op.value(QStringLiteral("p99_ms")).toDouble())
            << name;
        EXPECT_LE(op.value(QStringLiteral("p99_ms")).toDouble(),
            op.value(QStringLiteral("max_ms")).toDouble())
            << name;
    }
    // Each desk readied its calls once, before the run, timed apart.
    const QJsonObject open = o.value(QStringLiteral("open_desk")).toObject();
    EXPECT_EQ(open.value(QStringLiteral("count")).toInt(), 4);
    EXPECT_FALSE(operations.contains(QStringLiteral("open_desk")));
    EXPECT_EQ(o.value(QStringLiteral("called_twice")).toInt(-1), 0);
    EXPECT_EQ(o.value(QStringLiteral("errors")).toInt(-1), 0);
    // PostgreSQL counts the lost claims; SQLite keeps no count to read.
    if (pg)
        EXPECT_GE(o.value(QStringLiteral("claims_lost")).toInt(-1), 0);
    else
        EXPECT_TRUE(o.value(QStringLiteral("claims_lost")).isNull());
    const QJsonObject tickets = o.value(QStringLiteral("tickets")).toObject();
    EXPECT_GT(tickets.value(QStringLiteral("issued")).toInt(), 0);
    EXPECT_GT(tickets.value(QStringLiteral("finished")).toInt(), 0);
    EXPECT_LE(tickets.value(QStringLiteral("called")).toInt(),
        tickets.value(QStringLiteral("issued")).toInt());
    EXPECT_EQ(operations.value(QStringLiteral("call_next"))
                  .toObject()
                  .value(QStringLiteral("count"))
                  .toInt(),
        tickets.value(QStringLiteral("called")).toInt()
            + o.value(QStringLiteral("calls_empty")).toInt());
}

TEST(BenchTicketsUsage, RefusesABadDeskCount)
{
    const auto run
        = runCli({QStringLiteral("bench"), QStringLiteral("tickets"), QStringLiteral("--db"),
            QStringLiteral("/nonexistent.sqlite"), QStringLiteral("--desks"), QStringLiteral("0")});
    EXPECT_EQ(run.exitCode, 2);
}

INSTANTIATE_TEST_SUITE_P(
    Engines, BenchTickets, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());

} // namespace
