// The supervisor's room (issue #8, docs/queue.md, "The supervisor's room"):
// exact figures for a morning built at known times, on both engines; and
// `madoguchi-cli room --json` through the real binary.
#include "queue/roomstats.h"
#include "queue/ticketstore.h"
#include "roomfixture.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;
using namespace madoguchi::roomtest;
using queue::CounterActivity;
using queue::WaitLevel;

TEST(RoomLevels, TwentyMinutesWarnFortyAlert)
{
    EXPECT_EQ(queue::waitLevel(0), WaitLevel::Normal);
    EXPECT_EQ(queue::waitLevel(20 * 60 - 1), WaitLevel::Normal);
    EXPECT_EQ(queue::waitLevel(20 * 60), WaitLevel::Warning);
    EXPECT_EQ(queue::waitLevel(40 * 60 - 1), WaitLevel::Warning);
    EXPECT_EQ(queue::waitLevel(40 * 60), WaitLevel::Alert);
    EXPECT_EQ(queue::waitLevelName(WaitLevel::Alert), QStringLiteral("alert"));
    EXPECT_EQ(queue::counterActivityName(CounterActivity::Calling), QStringLiteral("calling"));
}

class Room : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
        store = std::make_unique<queue::TicketStore>(*db, clock);
    }

    queue::RoomSnapshot snapshot(const QDateTime& now)
    {
        auto room = queue::roomSnapshot(*db, kDay, now);
        EXPECT_TRUE(room) << room.error().message.toStdString();
        return room ? room.value() : queue::RoomSnapshot{};
    }

    FixedClock clock{jst(8, 30)};
    madoguchi::testing::TestDatabase testDb{GetParam()};
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<queue::TicketStore> store;
};

TEST_P(Room, AnEmptyDayHasEveryPurposeAndCounterAtZero)
{
    ASSERT_TRUE(store->addCounter(
        {QStringLiteral("1"), QStringLiteral("1番窓口"), {}, {QStringLiteral("A")}, true}));
    const queue::RoomSnapshot room = snapshot(jst(9, 0));
    EXPECT_EQ(room.day, kDay);
    EXPECT_EQ(room.waiting, 0);
    EXPECT_EQ(room.longestWaitSeconds, 0);
    ASSERT_EQ(room.purposes.size(), 5);
    EXPECT_EQ(room.purposes.at(0).nameJa, QStringLiteral("転入・転出・転居"));
    ASSERT_EQ(room.counters.size(), 1);
    EXPECT_EQ(room.counters.at(0).activity, CounterActivity::Idle);
    EXPECT_EQ(room.counters.at(0).servedPerHour, 0.0);
    EXPECT_TRUE(room.hours.isEmpty());
    EXPECT_TRUE(room.handling.isEmpty());
    EXPECT_FALSE(queue::roomSnapshot(*db, QDate(), jst(9, 0)));
}

TEST_P(Room, TheMorningsFiguresAreExact)
{
    buildMorning(*db, clock, *store);
    if (HasFatalFailure())
        return;
    const queue::RoomSnapshot room = snapshot(jst(10, 45));

    // Waiting now: B-001 30 min, C-002 25 min, D-001 45 min.
    EXPECT_EQ(room.waiting, 3);
    EXPECT_EQ(room.averageWaitSeconds, (1800 + 1500 + 2700) / 3);
    EXPECT_EQ(room.longestWaitSeconds, 2700);
    EXPECT_EQ(room.servedToday, 1);
    EXPECT_EQ(room.noShows, 1);

    ASSERT_EQ(room.purposes.size(), 5);
    const queue::PurposeLoad& a = room.purposes.at(0);
    EXPECT_EQ(a.purpose, QStringLiteral("A"));
    EXPECT_EQ(a.waiting, 0);
    EXPECT_EQ(a.servedToday, 1);
    EXPECT_EQ(a.averageHandlingSeconds, 18 * 60);
    EXPECT_EQ(queue::waitLevel(a.longestWaitSeconds), WaitLevel::Normal);
    const queue::PurposeLoad& b = room.purposes.at(1);
    EXPECT_EQ(b.waiting, 1);
    EXPECT_EQ(b.averageWaitSeconds, 1800);
    EXPECT_EQ(queue::waitLevel(b.longestWaitSeconds), WaitLevel::Warning);
    const queue::PurposeLoad& c = room.purposes.at(2);
    EXPECT_EQ(c.waiting, 1);
    EXPECT_EQ(c.longestWaitSeconds, 1500);
    EXPECT_EQ(c.servedToday, 0);
    EXPECT_EQ(queue::waitLevel(c.longestWaitSeconds), WaitLevel::Warning);
    const queue::PurposeLoad& d = room.purposes.at(3);
    EXPECT_EQ(d.waiting, 1);
    EXPECT_EQ(d.longestWaitSeconds, 2700);
    EXPECT_EQ(queue::waitLevel(d.longestWaitSeconds), WaitLevel::Alert);
    EXPECT_EQ(room.purposes.at(4).waiting, 0);

    ASSERT_EQ(room.counters.size(), 4);
    const queue::CounterStatus& one = room.counters.at(0);
    EXPECT_EQ(one.activity, CounterActivity::Idle); // its last ticket did not show
    EXPECT_TRUE(one.ticketNumber.isEmpty());
    EXPECT_EQ(one.servedToday, 1);
    EXPECT_EQ(one.averageHandlingSeconds, 18 * 60);
    // One done since its first call at 09:20: 1 / (85/60) an hour.
    EXPECT_NEAR(one.servedPerHour, 60.0 / 85.0, 1e-9);
    const queue::CounterStatus& two = room.counters.at(1);
    EXPECT_EQ(two.activity, CounterActivity::Serving);
    EXPECT_EQ(two.ticketNumber, QStringLiteral("A-002"));
    EXPECT_EQ(two.staff, QStringLiteral("m.kato"));
    EXPECT_EQ(two.since, jst(10, 5));
    EXPECT_EQ(two.servedToday, 0);
    EXPECT_EQ(two.servedPerHour, 0.0);
    const queue::CounterStatus& three = room.counters.at(2);
    EXPECT_EQ(three.activity, CounterActivity::Calling);
    EXPECT_EQ(three.ticketNumber, QStringLiteral("C-001"));
    EXPECT_EQ(three.staff, QStringLiteral("y.ito"));
    EXPECT_EQ(three.since, jst(10, 10));
    EXPECT_EQ(room.counters.at(3).activity, CounterActivity::Closed);
    EXPECT_EQ(room.counters.at(3).name, QStringLiteral("4番窓口"));

    ASSERT_EQ(room.handling.size(), 1);
    EXPECT_EQ(room.handling.at(0).eventType, QStringLiteral("tennyu"));
    EXPECT_EQ(room.handling.at(0).visits, 1);
    EXPECT_EQ(room.handling.at(0).averageSeconds, 18 * 60);

    // 9:00 4 arrivals, A-001 called after 20 min and done; 10:00 3 arrivals,
    // A-002 (55 min), C-001 (60 min) and A-003 (40 min) called.
    ASSERT_EQ(room.hours.size(), 2);
    EXPECT_EQ(room.hours.at(0).hour, 9);
    EXPECT_EQ(room.hours.at(0).arrivals, 4);
    EXPECT_EQ(room.hours.at(0).served, 1);
    EXPECT_EQ(room.hours.at(0).averageWaitSeconds, 1200);
    EXPECT_EQ(room.hours.at(0).longestWaitSeconds, 1200);
    EXPECT_EQ(room.hours.at(1).hour, 10);
    EXPECT_EQ(room.hours.at(1).arrivals, 3);
    EXPECT_EQ(room.hours.at(1).served, 0);
    EXPECT_EQ(room.hours.at(1).averageWaitSeconds, (3300 + 3600 + 2400) / 3);
    EXPECT_EQ(room.hours.at(1).longestWaitSeconds, 3600);

    // Later, the same tickets: the waits grow, nothing else moves.
    const queue::RoomSnapshot later = snapshot(jst(11, 5));
    EXPECT_EQ(later.longestWaitSeconds, 2700 + 20 * 60);
    EXPECT_EQ(queue::waitLevel(later.purposes.at(1).longestWaitSeconds), WaitLevel::Alert);
    EXPECT_EQ(later.hours.size(), 2);
    // Another day is empty.
    auto other = queue::roomSnapshot(*db, kDay.addDays(1), jst(10, 45));
    ASSERT_TRUE(other);
    EXPECT_EQ(other->waiting, 0);
    EXPECT_EQ(other->servedToday, 0);
    EXPECT_EQ(other->counters.at(0).servedToday, 0);
}

TEST_P(Room, HoursHaveNoGapsAndARedirectIsOneArrival)
{
    ASSERT_TRUE(store->addCounter({QStringLiteral("1"), QStringLiteral("1番窓口"), {},
        {QStringLiteral("A"), QStringLiteral("C")}, true}));
    clock.set(jst(9, 10));
    auto first = store->issue(QStringLiteral("A"));
    ASSERT_TRUE(first);
    clock.set(jst(11, 30));
    auto redirected = store->redirect(first->ticket.id, QStringLiteral("C"));
    ASSERT_TRUE(redirected) << redirected.error().message.toStdString();
    const queue::RoomSnapshot room = snapshot(jst(11, 40));
    // The new ticket keeps 09:10: it has waited 2 h 30 min, and counts once.
    EXPECT_EQ(room.waiting, 1);
    EXPECT_EQ(room.longestWaitSeconds, 150 * 60);
    EXPECT_EQ(room.purposes.at(2).waiting, 1);
    ASSERT_EQ(room.hours.size(), 1);
    EXPECT_EQ(room.hours.at(0).arrivals, 1);

    clock.set(jst(11, 45));
    auto called = store->callNext(QStringLiteral("1"), QStringLiteral("k.sato"));
    ASSERT_TRUE(called && called.value());
    const queue::RoomSnapshot after = snapshot(jst(11, 50));
    ASSERT_EQ(after.hours.size(), 3); // 9, 10 (nothing), 11
    EXPECT_EQ(after.hours.at(0).hour, 9);
    EXPECT_EQ(after.hours.at(1).hour, 10);
    EXPECT_EQ(after.hours.at(1).arrivals, 0);
    EXPECT_EQ(after.hours.at(1).averageWaitSeconds, 0);
    EXPECT_EQ(after.hours.at(2).hour, 11);
    EXPECT_EQ(after.hours.at(2).longestWaitSeconds, 155 * 60);
    EXPECT_EQ(after.counters.at(0).activity, CounterActivity::Calling);
}

TEST_P(Room, TheCliPrintsTheRoomAsJson)
{
    // The CLI reads the real clock: a day built around now. Everything
    // happens at one instant, 25 minutes ago, so that the tickets and the
    // call fall on the same day even just after midnight.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    clock.set(now.addSecs(-25 * 60));
    ASSERT_TRUE(store->addCounter(
        {QStringLiteral("1"), QStringLiteral("1番窓口"), {}, {QStringLiteral("A")}, true}));
    auto issued = store->issue(QStringLiteral("A"));
    ASSERT_TRUE(issued);
    ASSERT_TRUE(store->issue(QStringLiteral("A")));
    auto called
        = store->callNext(QStringLiteral("1"), QStringLiteral("k.sato"), queue::Discipline::Fifo);
    ASSERT_TRUE(called && called.value());
    ASSERT_TRUE(store->startServing(called.value()->ticket.id, QStringLiteral("k.sato")));
    const QString day = issued->ticket.day.toString(Qt::ISODate);

    const auto run = madoguchi::testing::runCli({QStringLiteral("room"), QStringLiteral("--db"),
        testDb.location(), QStringLiteral("--date"), day, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("day")).toString(), day);
    EXPECT_EQ(json.value(QStringLiteral("waiting")).toInt(), 1);
    // 25 minutes and the second or two the run took.
    const qint64 longest = json.value(QStringLiteral("longest_wait_seconds")).toInteger();
    EXPECT_GE(longest, 25 * 60);
    EXPECT_LT(longest, 25 * 60 + 60);
    const QJsonObject a = json.value(QStringLiteral("purposes")).toArray().at(0).toObject();
    EXPECT_EQ(a.value(QStringLiteral("purpose")).toString(), QStringLiteral("A"));
    EXPECT_EQ(a.value(QStringLiteral("name_ja")).toString(), QStringLiteral("転入・転出・転居"));
    EXPECT_EQ(a.value(QStringLiteral("waiting")).toInt(), 1);
    EXPECT_EQ(a.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
    const QJsonObject counter = json.value(QStringLiteral("counters")).toArray().at(0).toObject();
    EXPECT_EQ(counter.value(QStringLiteral("activity")).toString(), QStringLiteral("serving"));
    EXPECT_EQ(counter.value(QStringLiteral("ticket")).toString(), QStringLiteral("A-001"));
    EXPECT_EQ(counter.value(QStringLiteral("staff")).toString(), QStringLiteral("k.sato"));
    EXPECT_TRUE(counter.contains(QStringLiteral("served_per_hour")));
    EXPECT_TRUE(json.value(QStringLiteral("handling")).isArray());
    EXPECT_FALSE(json.value(QStringLiteral("hours")).toArray().isEmpty());

    const auto text = madoguchi::testing::runCli({QStringLiteral("room"), QStringLiteral("--db"),
        testDb.location(), QStringLiteral("--date"), day});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("1 waiting"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("A-001"))) << text.out.toStdString();

    const auto bad = madoguchi::testing::runCli({QStringLiteral("room"), QStringLiteral("--db"),
        testDb.location(), QStringLiteral("--date"), QStringLiteral("2026-13-01")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--date wants YYYY-MM-DD, not '2026-13-01'")))
        << bad.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Room, Room, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());

} // namespace
