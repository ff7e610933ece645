// Tickets and counters in the database (issue #8): numbering, people ahead,
// the state machine with its history, redirects that keep the place, calls
// from many desks at once (none called twice) — on both engines; and the
// CLI round trip through the real binary.
#include "queue/ticketstore.h"
#include "storage/sqlerror.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

namespace {

using namespace madoguchi;
using queue::PriorityClass;
using queue::Ticket;
using queue::TicketState;
using queue::TicketStore;

const QDateTime kMorning(QDate(2026, 11, 26), QTime(9, 0));

class Tickets : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
        store = std::make_unique<TicketStore>(*db, clock);
        ASSERT_TRUE(store->addCounter({QStringLiteral("1"), QStringLiteral("1番窓口"),
            QStringLiteral("本庁"), {QStringLiteral("A"), QStringLiteral("B")}, true}));
        ASSERT_TRUE(store->addCounter({QStringLiteral("3"), QStringLiteral("3番窓口"),
            QStringLiteral("本庁"), {QStringLiteral("C")}, true}));
    }

    Ticket issue(const QString& purpose, PriorityClass priority = PriorityClass::Ordinary)
    {
        auto issued = store->issue(purpose, priority);
        EXPECT_TRUE(issued) << issued.error().message.toStdString();
        return issued ? issued->ticket : Ticket{};
    }

    // Calls at `counter`; the ticket, or an empty one when none waits.
    Ticket call(const QString& counter, queue::Discipline discipline = queue::Discipline::Fifo)
    {
        auto called = store->callNext(counter, QStringLiteral("k.sato"), discipline);
        EXPECT_TRUE(called) << called.error().message.toStdString();
        return called && called.value() ? called.value()->ticket : Ticket{};
    }

    QStringList transitions(qint64 id)
    {
        auto h = store->history(id);
        EXPECT_TRUE(h);
        QStringList list;
        if (h)
            for (const queue::TicketHistoryEntry& e : h.value())
                list << (e.fromState.isEmpty() ? QStringLiteral("-") : e.fromState)
                        + QStringLiteral(">") + e.toState;
        return list;
    }

    qint64 count(const QString& sql)
    {
        auto q = storage::exec(db->sql(), sql);
        EXPECT_TRUE(q);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    FixedClock clock{kMorning};
    madoguchi::testing::TestDatabase testDb{GetParam()};
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<TicketStore> store;
};

TEST_P(Tickets, TheDefaultPurposesAreSeeded)
{
    auto purposes = store->purposes();
    ASSERT_TRUE(purposes) << purposes.error().message.toStdString();
    ASSERT_EQ(purposes->size(), 5);
    EXPECT_EQ(purposes->at(0).nameJa, QStringLiteral("転入・転出・転居"));
    EXPECT_EQ(purposes->at(0).events,
        (QStringList{
            QStringLiteral("tennyu"), QStringLiteral("tenshutsu"), QStringLiteral("tenkyo")}));
    EXPECT_EQ(purposes->at(1).events.size(), 3);
    EXPECT_EQ(purposes->at(4).prefix, QStringLiteral("E"));
    auto counters = store->counters();
    ASSERT_TRUE(counters);
    ASSERT_EQ(counters->size(), 2);
    EXPECT_EQ(counters->at(0).purposes, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    EXPECT_FALSE(store->addCounter(
        {QStringLiteral("1"), QStringLiteral("again"), {}, {QStringLiteral("A")}, true}));
    EXPECT_FALSE(store->addCounter(
        {QStringLiteral("9"), QStringLiteral("9番窓口"), {}, {QStringLiteral("Z")}, true}));
}

TEST_P(Tickets, NumbersArePerPurposePerDay)
{
    EXPECT_EQ(issue(QStringLiteral("A")).number, QStringLiteral("A-001"));
    EXPECT_EQ(issue(QStringLiteral("A")).number, QStringLiteral("A-002"));
    EXPECT_EQ(issue(QStringLiteral("C")).number, QStringLiteral("C-001"));
    const Ticket third = issue(QStringLiteral("a"));
    EXPECT_EQ(third.number, QStringLiteral("A-003"));
    EXPECT_EQ(third.purpose, QStringLiteral("A"));
    EXPECT_EQ(third.day, kMorning.date());
    clock.set(kMorning.addDays(1));
    EXPECT_EQ(issue(QStringLiteral("A")).number, QStringLiteral("A-001"));
    EXPECT_FALSE(store->issue(QStringLiteral("Z")));
    EXPECT_FALSE(store->issue(QStringLiteral("A"), PriorityClass::Appointment)); // no time booked
    auto booked = store->issue(
        QStringLiteral("D"), PriorityClass::Appointment, kMorning.addDays(1).addSecs(3600));
    ASSERT_TRUE(booked);
    auto found = store->findByNumber(kMorning.date().addDays(1), QStringLiteral("d-001"));
    ASSERT_TRUE(found);
    ASSERT_TRUE(found.value());
    EXPECT_EQ(found.value()->priority, PriorityClass::Appointment);
    EXPECT_EQ(found.value()->appointmentAt, kMorning.addDays(1).addSecs(3600));
}

TEST_P(Tickets, PeopleAheadAreTheWaitingOfThePurposeIssuedBefore)
{
    for (int i = 0; i < 3; ++i) {
        auto issued = store->issue(QStringLiteral("A"));
        ASSERT_TRUE(issued);
        EXPECT_EQ(issued->peopleAhead, i);
        clock.set(clock.now().addSecs(60));
    }
    auto other = store->issue(QStringLiteral("C"));
    ASSERT_TRUE(other);
    EXPECT_EQ(other->peopleAhead, 0);
    EXPECT_EQ(call(QStringLiteral("1")).number, QStringLiteral("A-001"));
    auto after = store->issue(QStringLiteral("A"), PriorityClass::Elderly);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->peopleAhead, 2); // A-001 is called
}

TEST_P(Tickets, EveryAllowedTransitionWritesItsHistory)
{
    const Ticket a = issue(QStringLiteral("A"));
    clock.set(kMorning.addSecs(300));
    const Ticket called = call(QStringLiteral("1"));
    ASSERT_EQ(called.id, a.id);
    EXPECT_EQ(called.state, TicketState::Called);
    EXPECT_EQ(called.counter, QStringLiteral("1"));
    EXPECT_EQ(called.staff, QStringLiteral("k.sato"));
    EXPECT_EQ(called.calledAt, kMorning.addSecs(300));
    auto serving = store->startServing(a.id);
    ASSERT_TRUE(serving) << serving.error().message.toStdString();
    EXPECT_EQ(serving->state, TicketState::Serving);
    auto held = store->hold(a.id, QStringLiteral("k.sato"), QStringLiteral("fetching a document"));
    ASSERT_TRUE(held);
    EXPECT_EQ(held->state, TicketState::OnHold);
    auto resumed = store->resume(a.id);
    ASSERT_TRUE(resumed);
    EXPECT_EQ(resumed->state, TicketState::Issued);
    EXPECT_EQ(resumed->issuedAt, kMorning); // its place is kept
    EXPECT_EQ(call(QStringLiteral("1")).id, a.id);
    ASSERT_TRUE(store->startServing(a.id));
    auto done = store->finish(a.id);
    ASSERT_TRUE(done);
    EXPECT_EQ(done->state, TicketState::Done);
    EXPECT_TRUE(done->finishedAt.isValid());
    EXPECT_GT(done->version, a.version);
    auto linked = store->linkVisit(a.id, QStringLiteral("V20261126-000001"));
    ASSERT_TRUE(linked) << linked.error().message.toStdString();
    EXPECT_EQ(linked->visitRef, QStringLiteral("V20261126-000001"));
    EXPECT_EQ(linked->state, TicketState::Done);
    EXPECT_EQ(transitions(a.id),
        (QStringList{QStringLiteral("->issued"), QStringLiteral("issued>called"),
            QStringLiteral("called>serving"), QStringLiteral("serving>on-hold"),
            QStringLiteral("on-hold>issued"), QStringLiteral("issued>called"),
            QStringLiteral("called>serving"), QStringLiteral("serving>done"),
            QStringLiteral("done>done")}));
    auto history = store->history(a.id);
    ASSERT_TRUE(history);
    EXPECT_EQ(history->at(1).counter, QStringLiteral("1"));
    EXPECT_FALSE(history->at(1).note.isEmpty()); // why it was called
    EXPECT_EQ(history->at(3).note, QStringLiteral("fetching a document"));

    // called -> no-show; called -> done directly; issued -> on hold.
    const Ticket b = issue(QStringLiteral("B"));
    ASSERT_EQ(call(QStringLiteral("1")).id, b.id);
    auto noShow = store->noShow(b.id);
    ASSERT_TRUE(noShow);
    EXPECT_EQ(noShow->state, TicketState::NoShow);
    const Ticket c = issue(QStringLiteral("B"));
    ASSERT_EQ(call(QStringLiteral("1")).id, c.id);
    ASSERT_TRUE(store->finish(c.id));
    const Ticket d = issue(QStringLiteral("A"));
    ASSERT_TRUE(store->hold(d.id));
    EXPECT_EQ(call(QStringLiteral("1")).id, 0); // a ticket on hold is not called
    EXPECT_EQ(transitions(b.id),
        (QStringList{QStringLiteral("->issued"), QStringLiteral("issued>called"),
            QStringLiteral("called>no-show")}));
}

TEST_P(Tickets, ImpossibleTransitionsAreRefusedAndNameTheTicket)
{
    const Ticket a = issue(QStringLiteral("A"));
    auto early = store->startServing(a.id);
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().message, QStringLiteral("A-001 is issued; it cannot be served"));
    EXPECT_FALSE(store->noShow(a.id));
    EXPECT_FALSE(store->resume(a.id));
    EXPECT_FALSE(store->finish(a.id));
    ASSERT_EQ(call(QStringLiteral("1")).id, a.id);
    ASSERT_TRUE(store->finish(a.id));
    const qint64 rows = count(QStringLiteral("SELECT COUNT(*) FROM ticket_history"));
    for (auto refused : {store->startServing(a.id), store->finish(a.id), store->noShow(a.id),
             store->hold(a.id), store->resume(a.id), store->redirect(a.id, QStringLiteral("C"))}) {
        ASSERT_FALSE(refused);
        EXPECT_TRUE(
            refused.error().message.startsWith(QStringLiteral("A-001 is done; it cannot be")))
            << refused.error().message.toStdString();
    }
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM ticket_history")), rows);
    auto after = store->find(a.id);
    ASSERT_TRUE(after);
    EXPECT_EQ(after.value()->state, TicketState::Done);
    auto missing = store->finish(a.id + 1000);
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(QString::number(a.id + 1000)));
    EXPECT_FALSE(store->callNext(QStringLiteral("99"), QStringLiteral("k.sato")));
}

TEST_P(Tickets, ARedirectKeepsTheHistoryAndThePlace)
{
    const Ticket a = issue(QStringLiteral("A"));
    clock.set(kMorning.addSecs(300));
    const Ticket c1 = issue(QStringLiteral("C"));
    clock.set(kMorning.addSecs(600));
    ASSERT_EQ(call(QStringLiteral("1")).id, a.id);
    auto moved = store->redirect(a.id, QStringLiteral("C"), QStringLiteral("k.sato"));
    ASSERT_TRUE(moved) << moved.error().message.toStdString();
    EXPECT_EQ(moved->number, QStringLiteral("C-002"));
    EXPECT_EQ(moved->purpose, QStringLiteral("C"));
    EXPECT_EQ(moved->state, TicketState::Issued);
    EXPECT_EQ(moved->issuedAt, kMorning);
    auto old = store->find(a.id);
    ASSERT_TRUE(old);
    EXPECT_EQ(old.value()->state, TicketState::Redirected);
    EXPECT_EQ(old.value()->redirectedTo, moved->id);
    auto oldHistory = store->history(a.id);
    ASSERT_TRUE(oldHistory);
    EXPECT_EQ(oldHistory->constLast().note, QStringLiteral("redirected to C-002"));
    auto newHistory = store->history(moved->id);
    ASSERT_TRUE(newHistory);
    ASSERT_EQ(newHistory->size(), 1);
    EXPECT_EQ(newHistory->at(0).note, QStringLiteral("redirected from A-001"));
    // Ahead of C-001, which was issued after the resident first arrived.
    auto later = store->issue(QStringLiteral("C"));
    ASSERT_TRUE(later);
    EXPECT_EQ(later->peopleAhead, 2);
    EXPECT_EQ(call(QStringLiteral("3")).id, moved->id);
    EXPECT_EQ(call(QStringLiteral("3")).id, c1.id);
    EXPECT_FALSE(store->redirect(moved->id, QStringLiteral("C"))); // the same purpose
}

TEST_P(Tickets, ACounterCallsOnlyItsPurposesAndCountsTheWaiting)
{
    issue(QStringLiteral("C"));
    clock.set(kMorning.addSecs(120));
    issue(QStringLiteral("A"));
    issue(QStringLiteral("C"));
    clock.set(kMorning.addSecs(600));
    auto counts = store->waitingCounts(kMorning.date());
    ASSERT_TRUE(counts);
    ASSERT_EQ(counts->size(), 5);
    EXPECT_EQ(counts->at(0).purpose, QStringLiteral("A"));
    EXPECT_EQ(counts->at(0).waiting, 1);
    EXPECT_EQ(counts->at(0).oldestWaitSeconds, 480);
    EXPECT_EQ(counts->at(2).waiting, 2);
    EXPECT_EQ(counts->at(2).oldestWaitSeconds, 600);
    EXPECT_EQ(counts->at(3).waiting, 0);
    EXPECT_EQ(call(QStringLiteral("1")).number, QStringLiteral("A-001"));
    EXPECT_EQ(call(QStringLiteral("1")).id, 0);
    auto none = store->callNext(QStringLiteral("1"), QStringLiteral("k.sato"));
    ASSERT_TRUE(none);
    EXPECT_FALSE(none.value());
    // The policy's own choice and its explanation come back with the ticket.
    auto weighted = store->callNext(QStringLiteral("3"), QStringLiteral("k.sato"));
    ASSERT_TRUE(weighted);
    ASSERT_TRUE(weighted.value());
    EXPECT_EQ(weighted.value()->ticket.number, QStringLiteral("C-001"));
    EXPECT_FALSE(weighted.value()->why.isEmpty());
}

// Under our policy the calls follow chooseNext() exactly — on PostgreSQL the
// database orders and claims (TicketStore::claimOnServer), so this is the
// check that the SQL score is the policy's.
TEST_P(Tickets, CallsFollowTheCallingPolicysOrder)
{
    struct Arrival {
        int minute;
        PriorityClass priority;
        int bookedMinute; // appointments: booked for this minute (-1: none)
    };
    const QList<Arrival> arrivals{{0, PriorityClass::Ordinary, -1},
        {2, PriorityClass::Ordinary, -1}, {5, PriorityClass::Elderly, -1},
        {7, PriorityClass::Ordinary, -1}, {9, PriorityClass::Pregnant, -1},
        {10, PriorityClass::Appointment, 25}, {12, PriorityClass::Ordinary, -1},
        {14, PriorityClass::Elderly, -1}, {16, PriorityClass::Appointment, 15},
        {18, PriorityClass::Ordinary, -1}};
    QList<queue::WaitingTicket> waiting;
    for (const Arrival& a : arrivals) {
        clock.set(kMorning.addSecs(60 * a.minute));
        const QDateTime booked
            = a.bookedMinute < 0 ? QDateTime() : kMorning.addSecs(60 * a.bookedMinute);
        auto issued = store->issue(QStringLiteral("A"), a.priority, booked);
        ASSERT_TRUE(issued) << issued.error().message.toStdString();
        waiting << queue::WaitingTicket{issued->ticket.id, issued->ticket.number,
            QStringLiteral("A"), a.priority, issued->ticket.issuedAt, booked};
    }
    // One call every three minutes from minute 30: the policy's order then.
    for (int i = 0; !waiting.isEmpty(); ++i) {
        const QDateTime now = kMorning.addSecs(60 * (30 + 3 * i));
        clock.set(now);
        const auto expected = queue::chooseNext(waiting, now);
        ASSERT_TRUE(expected);
        auto called = store->callNext(QStringLiteral("1"), QStringLiteral("k.sato"));
        ASSERT_TRUE(called) << called.error().message.toStdString();
        ASSERT_TRUE(called.value());
        EXPECT_EQ(called.value()->ticket.number, waiting.at(expected->index).number)
            << "call " << i;
        EXPECT_EQ(called.value()->why, expected->why) << "call " << i;
        waiting.removeIf(
            [&](const queue::WaitingTicket& t) { return t.id == called.value()->ticket.id; });
    }
}

TEST_P(Tickets, DesksCallingAtOnceNeverCallTheSameTicket)
{
    const bool pg = GetParam() == storage::Engine::PostgreSql;
    const int desks = pg ? 8 : 4;
    const int tickets = 200;
    for (int i = 2; i <= desks; ++i)
        ASSERT_TRUE(store->addCounter({QStringLiteral("d%1").arg(i),
            QStringLiteral("desk %1").arg(i), {}, {QStringLiteral("A")}, true}));
    for (int i = 0; i < tickets; ++i) {
        ASSERT_TRUE(store->issue(
            QStringLiteral("A"), i % 7 == 0 ? PriorityClass::Elderly : PriorityClass::Ordinary));
        clock.set(clock.now().addSecs(i % 3 == 0 ? 0 : 1)); // some issued in the same second
    }
    clock.set(clock.now().addSecs(1800));
    const QString location = testDb.location();
    std::vector<QList<qint64>> calledBy(static_cast<size_t>(desks));
    std::atomic<int> failures{0};
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < desks; ++t)
        threads.emplace_back([&, t] {
            auto own = storage::Database::open(location);
            ++ready;
            if (!own) {
                ++failures;
                return;
            }
            while (ready.load() < desks)
                std::this_thread::yield();
            TicketStore mine(*own.value(), clock);
            const QString counter = t == 0 ? QStringLiteral("1") : QStringLiteral("d%1").arg(t + 1);
            for (;;) {
                auto called = mine.callNext(counter, QStringLiteral("staff-%1").arg(t));
                if (!called) {
                    ADD_FAILURE() << called.error().message.toStdString();
                    ++failures;
                    return;
                }
                if (!called.value())
                    return;
                calledBy[size_t(t)] << called.value()->ticket.id;
            }
        });
    for (std::thread& t : threads)
        t.join();
    EXPECT_EQ(failures.load(), 0);
    QSet<qint64> all;
    qsizetype total = 0;
    for (const QList<qint64>& ids : calledBy) {
        total += ids.size();
        for (qint64 id : ids)
            all.insert(id);
    }
    EXPECT_EQ(total, tickets); // none twice
    EXPECT_EQ(all.size(), tickets); // every one
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE state = 'called'")), tickets);
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM ticket_history WHERE to_state = 'called'")),
        tickets);
    // Every call says why, also when another desk took the expected ticket
    // first and the claim took the next one.
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM ticket_history WHERE to_state = "
                                   "'called' AND (note IS NULL OR note = '')")),
        0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE version <> 2")), 0);
}

// A desk readies its calls when it opens (TicketStore::prepareCalls): that
// changes nothing, and a counter that is not there or not active is said.
TEST_P(Tickets, ReadyingACountersCallsChangesNothing)
{
    const Ticket waiting = issue(QStringLiteral("A"));
    ASSERT_TRUE(store->addCounter({QStringLiteral("5"), QStringLiteral("5番窓口"),
        QStringLiteral("本庁"), {QStringLiteral("A")}, false}));
    const auto ready = store->prepareCalls(QStringLiteral("1"));
    EXPECT_TRUE(ready) << ready.error().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM ticket_history")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE state = 'issued'")), 1);
    for (const QString& counter : {QStringLiteral("9"), QStringLiteral("5")}) {
        const auto refused = store->prepareCalls(counter);
        ASSERT_FALSE(refused) << counter.toStdString();
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("'%1'").arg(counter)))
            << refused.error().message.toStdString();
    }
    EXPECT_EQ(call(QStringLiteral("1"), queue::Discipline::WeightedAgeing).id, waiting.id);
}

// On PostgreSQL a claim passes over the tickets other desks are claiming
// (row locks, held here by another connection) and says why for the one it
// takes: said in advance for the first 16 in the policy's order, written
// just after the claim beyond them.
class ClaimsOnPostgreSql : public Tickets { };

TEST_P(ClaimsOnPostgreSql, AClaimThatPassesOverOtherDesksTicketsSaysWhy)
{
    QList<queue::WaitingTicket> waiting;
    for (int i = 0; i < 20; ++i) {
        clock.set(kMorning.addSecs(60 * i));
        const Ticket t = issue(QStringLiteral("A"));
        waiting << queue::WaitingTicket{
            t.id, t.number, QStringLiteral("A"), PriorityClass::Ordinary, t.issuedAt, {}};
    }
    clock.set(kMorning.addSecs(3600));
    auto other = storage::Database::open(testDb.location());
    ASSERT_TRUE(other);
    for (int busy : {1, 17}) {
        // Another desk is claiming the first `busy` of the waiting.
        ASSERT_TRUE(other.value()->sql().transaction());
        auto locked = storage::exec(other.value()->sql(),
            QStringLiteral("SELECT id FROM tickets WHERE state = 'issued' AND id <= ? FOR UPDATE"),
            {waiting.at(busy - 1).id});
        ASSERT_TRUE(locked);
        auto called = store->callNext(QStringLiteral("1"), QStringLiteral("k.sato"));
        ASSERT_TRUE(other.value()->sql().rollback());
        ASSERT_TRUE(called) << called.error().message.toStdString();
        ASSERT_TRUE(called.value());
        EXPECT_EQ(called.value()->ticket.number, waiting.at(busy).number);
        // Said against the tickets left once those other desks are calling are gone.
        const QString why = queue::explainChoice(waiting.mid(busy), 0, clock.now()).why;
        EXPECT_EQ(called.value()->why, why);
        auto note = storage::exec(db->sql(),
            QStringLiteral(
                "SELECT note FROM ticket_history WHERE ticket_id = ? AND to_state = 'called'"),
            {called.value()->ticket.id});
        ASSERT_TRUE(note && note->next());
        EXPECT_EQ(note->value(0).toString(), why) << "passing over " << busy;
        waiting.removeAt(busy);
    }
}

TEST_P(Tickets, TheCliIssuesCallsFinishesAndLists)
{
    using madoguchi::testing::runCli;
    const QString location = testDb.location();
    const auto cli = [&](QStringList args) {
        args << QStringLiteral("--db") << location;
        return runCli(args);
    };
    auto added = cli({QStringLiteral("counter"), QStringLiteral("add"), QStringLiteral("--id"),
        QStringLiteral("5"), QStringLiteral("--name"), QStringLiteral("5番窓口"),
        QStringLiteral("--purposes"), QStringLiteral("C,D")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    auto first = cli({QStringLiteral("ticket"), QStringLiteral("issue"),
        QStringLiteral("--purpose"), QStringLiteral("C"), QStringLiteral("--json")});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QJsonObject issued = QJsonDocument::fromJson(first.out.toUtf8()).object();
    EXPECT_EQ(issued[QStringLiteral("number")].toString(), QStringLiteral("C-001"));
    EXPECT_EQ(issued[QStringLiteral("purpose_name")].toString(), QStringLiteral("証明書"));
    EXPECT_EQ(issued[QStringLiteral("people_ahead")].toInt(), 0);
    auto second
        = cli({QStringLiteral("ticket"), QStringLiteral("issue"), QStringLiteral("--purpose"),
            QStringLiteral("D"), QStringLiteral("--priority"), QStringLiteral("elderly")});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("D-001"))) << second.out.toStdString();
    EXPECT_EQ(cli({QStringLiteral("ticket"), QStringLiteral("issue"), QStringLiteral("--purpose"),
                      QStringLiteral("C"), QStringLiteral("--priority"), QStringLiteral("vip")})
                  .exitCode,
        2);
    auto called = cli({QStringLiteral("ticket"), QStringLiteral("call"),
        QStringLiteral("--counter"), QStringLiteral("5"), QStringLiteral("--json")});
    ASSERT_EQ(called.exitCode, 0) << called.err.toStdString();
    const QJsonObject call = QJsonDocument::fromJson(called.out.toUtf8()).object();
    const QString number = call[QStringLiteral("number")].toString();
    EXPECT_TRUE(number == QStringLiteral("C-001") || number == QStringLiteral("D-001"));
    EXPECT_FALSE(call[QStringLiteral("why")].toString().isEmpty());
    EXPECT_EQ(call[QStringLiteral("counter")].toString(), QStringLiteral("5"));
    auto done = cli(
        {QStringLiteral("ticket"), QStringLiteral("done"), QStringLiteral("--ticket"), number});
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    auto again = cli(
        {QStringLiteral("ticket"), QStringLiteral("done"), QStringLiteral("--ticket"), number});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(number + QStringLiteral(" is done; it cannot be finished")))
        << again.err.toStdString();
    auto listed = cli({QStringLiteral("ticket"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(list.size(), 2);
    QMap<QString, QString> states;
    for (const QJsonValue& t : list)
        states.insert(
            t[QStringLiteral("number")].toString(), t[QStringLiteral("state")].toString());
    EXPECT_EQ(states.value(number), QStringLiteral("done"));
    EXPECT_EQ(states.value(number == QStringLiteral("C-001") ? QStringLiteral("D-001")
                                                             : QStringLiteral("C-001")),
        QStringLiteral("issued"));
    auto counters
        = cli({QStringLiteral("counter"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(counters.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(counters.out.toUtf8()).array().size(), 3);
}

INSTANTIATE_TEST_SUITE_P(
    Engines, Tickets, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());
INSTANTIATE_TEST_SUITE_P(Engines, ClaimsOnPostgreSql,
    ::testing::Values(storage::Engine::PostgreSql), madoguchi::testing::EngineParamName());

} // namespace
