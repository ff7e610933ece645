// The March peak day (issue #8; docs/queue.md, "The March peak day"): the
// simulation is deterministic for a seed, conserves tickets, meets the
// fairness target, and `bench queue --json` through the real binary.
#include "queue/peakday.h"
#include "support/clirunner.h"
#include "support/qtprinters.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>
#include <gtest/gtest.h>

using namespace madoguchi::queue;
using madoguchi::testing::runCli;

namespace {

constexpr std::array kDisciplines{
    Discipline::WeightedAgeing, Discipline::StrictPriority, Discipline::Fifo};

const PeakDayResult& defaultDay()
{
    static const PeakDayResult result
        = simulatePeakDay(PeakDayAssumptions::march(), kDefaultCounters, kDefaultSeed);
    return result;
}

} // namespace

TEST(PeakDay, TheAssumptionsAddUp)
{
    const PeakDayAssumptions a = PeakDayAssumptions::march();
    double shares = 0;
    int previousEnd = a.opensMinute;
    for (const ArrivalSlot& slot : a.profile) {
        shares += slot.share;
        EXPECT_EQ(slot.fromMinute, previousEnd);
        previousEnd = slot.toMinute;
    }
    EXPECT_NEAR(shares, 1.0, 1e-9);
    EXPECT_EQ(previousEnd, a.closesMinute);
    EXPECT_NEAR(a.expectedTickets(), 399.25, 0.01);
    EXPECT_LT(a.elderlyShare + a.pregnantShare + a.appointmentShare, 1.0);
}

TEST(PeakDay, ArrivalsAreDeterministicForASeed)
{
    const PeakDayAssumptions a = PeakDayAssumptions::march();
    const QList<SimTicket> one = generateArrivals(a, 42);
    const QList<SimTicket> two = generateArrivals(a, 42);
    ASSERT_EQ(one.size(), two.size());
    for (qsizetype i = 0; i < one.size(); ++i) {
        EXPECT_EQ(one.at(i).arrival, two.at(i).arrival);
        EXPECT_EQ(one.at(i).priority, two.at(i).priority);
        EXPECT_EQ(one.at(i).handling, two.at(i).handling);
        EXPECT_EQ(one.at(i).booked, two.at(i).booked);
    }
    const QList<SimTicket> other = generateArrivals(a, 43);
    bool differs = other.size() != one.size();
    for (qsizetype i = 0; !differs && i < one.size(); ++i)
        differs = one.at(i).arrival != other.at(i).arrival;
    EXPECT_TRUE(differs);
}

TEST(PeakDay, ArrivalsFollowTheAssumptions)
{
    const PeakDayAssumptions a = PeakDayAssumptions::march();
    const QList<SimTicket> tickets = generateArrivals(a, kDefaultSeed);
    // Poisson around the expected number: within four standard deviations.
    EXPECT_LT(
        std::abs(double(tickets.size()) - a.expectedTickets()), 4 * std::sqrt(a.expectedTickets()));
    qint64 previous = 0;
    for (const SimTicket& t : tickets) {
        EXPECT_GE(t.arrival, a.opensMinute * 60LL);
        EXPECT_LT(t.arrival, a.closesMinute * 60LL);
        EXPECT_GE(t.arrival, previous);
        previous = t.arrival;
        EXPECT_GE(t.handling, 60);
        EXPECT_EQ(t.booked >= 0, t.priority == PriorityClass::Appointment);
        if (t.booked >= 0) {
            EXPECT_EQ(t.booked % 300, 0);
        }
    }
}

TEST(PeakDay, TheRunsAreDeterministicForASeed)
{
    const PeakDayResult again
        = simulatePeakDay(PeakDayAssumptions::march(), kDefaultCounters, kDefaultSeed);
    for (Discipline d : kDisciplines) {
        const DayRun& a = defaultDay().run(d);
        const DayRun& b = again.run(d);
        ASSERT_EQ(a.outcomes.size(), b.outcomes.size());
        for (qsizetype i = 0; i < a.outcomes.size(); ++i) {
            EXPECT_EQ(a.outcomes.at(i).called, b.outcomes.at(i).called);
            EXPECT_EQ(a.outcomes.at(i).counter, b.outcomes.at(i).counter);
        }
    }
    EXPECT_EQ(defaultDay().ratio, again.ratio);
}

TEST(PeakDay, EveryTicketIsServedByClosingOrReportedLeftOver)
{
    const PeakDayResult& r = defaultDay();
    const PeakDayAssumptions& a = r.assumptions;
    const QList<SimTicket> arrivals = generateArrivals(a, kDefaultSeed);
    for (Discipline d : kDisciplines) {
        const DayRun& run = r.run(d);
        SCOPED_TRACE(disciplineName(d).toStdString());
        EXPECT_EQ(run.arrivals, arrivals.size());
        EXPECT_EQ(run.calledByClosing + run.leftAtClosing, run.arrivals);
        int perClass = 0;
        for (const ClassStats& s : run.byClass)
            perClass += s.count;
        EXPECT_EQ(perClass, run.arrivals);
        EXPECT_EQ(run.all.count, run.arrivals);
        ASSERT_EQ(run.outcomes.size(), arrivals.size());
        QSet<qint64> ids;
        for (qsizetype i = 0; i < arrivals.size(); ++i) {
            const SimOutcome& o = run.outcomes.at(i);
            EXPECT_EQ(o.id, arrivals.at(i).id);
            ids.insert(o.id);
            EXPECT_GE(o.called, arrivals.at(i).arrival);
            EXPECT_GE(o.counter, 0);
            EXPECT_LT(o.counter, r.counters);
            EXPECT_GE(o.waitMinutes, 0.0);
        }
        EXPECT_EQ(ids.size(), arrivals.size());
    }
}

TEST(PeakDay, ACounterServesOneVisitorAtATime)
{
    const PeakDayResult& r = defaultDay();
    const QList<SimTicket> arrivals = generateArrivals(r.assumptions, kDefaultSeed);
    for (Discipline d : kDisciplines) {
        const DayRun& run = r.run(d);
        QList<QList<std::pair<qint64, qint64>>> busy(r.counters);
        for (qsizetype i = 0; i < arrivals.size(); ++i) {
            const SimOutcome& o = run.outcomes.at(i);
            busy[o.counter].append({o.called, o.called + arrivals.at(i).handling});
        }
        for (auto& spans : busy) {
            std::sort(spans.begin(), spans.end());
            for (qsizetype i = 1; i < spans.size(); ++i)
                EXPECT_GE(spans.at(i).first, spans.at(i - 1).second);
        }
    }
}

TEST(PeakDay, OurPolicyMeetsTheFairnessTargetForTheDefaultSeed)
{
    const PeakDayResult& r = defaultDay();
    EXPECT_GT(r.maxFifo, 0.0);
    EXPECT_DOUBLE_EQ(r.ratio, r.maxOrdinaryOurs / r.maxFifo);
    EXPECT_LE(r.ratio, kFairnessTarget);
    EXPECT_TRUE(r.withinTarget);
}

TEST(PeakDay, PriorityClassesWaitClearlyLessThanOrdinaryUnderOurPolicy)
{
    const DayRun& ours = defaultDay().run(Discipline::WeightedAgeing);
    const double ordinary = ours.byClass.at(int(PriorityClass::Ordinary)).avg;
    for (PriorityClass c :
        {PriorityClass::Elderly, PriorityClass::Pregnant, PriorityClass::Appointment}) {
        EXPECT_GT(ours.byClass.at(int(c)).count, 0);
        EXPECT_LT(ours.byClass.at(int(c)).avg, 0.75 * ordinary) << className(c).toStdString();
    }
}

TEST(PeakDay, StrictPriorityMakesOrdinaryTicketsWaitLongerThanOurs)
{
    const PeakDayResult& r = defaultDay();
    const int ordinary = int(PriorityClass::Ordinary);
    EXPECT_GT(r.run(Discipline::StrictPriority).byClass.at(ordinary).max, r.maxOrdinaryOurs);
}

TEST(PeakDay, BenchQueueJsonHasTheFields)
{
    const auto run = runCli({QStringLiteral("bench"), QStringLiteral("queue"),
        QStringLiteral("--counters"), QStringLiteral("12"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    const QJsonObject o = doc.object();
    EXPECT_EQ(o.value(QStringLiteral("counters")).toInt(), 12);
    EXPECT_EQ(o.value(QStringLiteral("seed")).toDouble(), double(kDefaultSeed));
    const QJsonObject assumptions = o.value(QStringLiteral("assumptions")).toObject();
    for (const char* key : {"opens", "closes", "arrivals_by_hour", "purposes", "priority_shares"})
        EXPECT_TRUE(assumptions.contains(QLatin1String(key))) << key;
    const QJsonObject disciplines = o.value(QStringLiteral("disciplines")).toObject();
    for (const char* d : {"weighted_ageing", "strict_priority", "fifo"}) {
        const QJsonObject perClass = disciplines.value(QLatin1String(d)).toObject();
        for (const char* c : {"ordinary", "elderly", "pregnant", "appointment"}) {
            const QJsonObject s = perClass.value(QLatin1String(c)).toObject();
            for (const char* field : {"count", "avg", "p95", "max"})
                EXPECT_TRUE(s.value(QLatin1String(field)).isDouble())
                    << d << ' ' << c << ' ' << field;
        }
    }
    const QJsonObject fairness = o.value(QStringLiteral("fairness")).toObject();
    for (const char* field : {"max_ordinary_ours", "max_fifo", "ratio"})
        EXPECT_TRUE(fairness.value(QLatin1String(field)).isDouble()) << field;
    EXPECT_TRUE(fairness.value(QStringLiteral("within_1_5")).toBool());
    EXPECT_LE(fairness.value(QStringLiteral("ratio")).toDouble(), 1.5);
}

TEST(PeakDay, BenchQueueRefusesABadCounterCount)
{
    const auto run = runCli({QStringLiteral("bench"), QStringLiteral("queue"),
        QStringLiteral("--counters"), QStringLiteral("0")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--counters"))) << run.err.toStdString();
}
