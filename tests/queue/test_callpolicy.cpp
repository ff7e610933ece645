// The calling policy (issue #8; docs/queue.md, "The calling policy"): class
// names, FIFO, strict priority, the weighted ratio with ageing, appointments
// from their booked time, deterministic ties, and the explanation.
#include "queue/callpolicy.h"
#include "support/qtprinters.h"

#include <QDateTime>
#include <algorithm>
#include <gtest/gtest.h>

using namespace madoguchi::queue;

namespace {

const QDateTime kNow(QDate(2026, 3, 30), QTime(11, 0), Qt::UTC);

// A ticket issued `minutesAgo` (fractions allowed) before kNow.
WaitingTicket ticket(qint64 id, PriorityClass priority, double minutesAgo)
{
    WaitingTicket t;
    t.id = id;
    t.number = QStringLiteral("A-%1").arg(id, 3, 10, QLatin1Char('0'));
    t.purpose = QStringLiteral("moving");
    t.priority = priority;
    t.issuedAt = kNow.addMSecs(-qint64(minutesAgo * 60000));
    return t;
}

WaitingTicket appointment(qint64 id, double issuedMinutesAgo, double bookedMinutesAgo)
{
    WaitingTicket t = ticket(id, PriorityClass::Appointment, issuedMinutesAgo);
    t.appointmentAt = kNow.addMSecs(-qint64(bookedMinutesAgo * 60000));
    return t;
}

qint64 chosenId(
    const QList<WaitingTicket>& waiting, Discipline discipline, const CallPolicy& policy = {})
{
    const auto choice = chooseNext(waiting, kNow, discipline, policy);
    if (!choice)
        return -1;
    return waiting.at(choice->index).id;
}

} // namespace

TEST(CallPolicy, ClassNamesRoundTrip)
{
    for (PriorityClass p : {PriorityClass::Ordinary, PriorityClass::Elderly,
             PriorityClass::Pregnant, PriorityClass::Appointment}) {
        const auto back = classFromName(className(p));
        ASSERT_TRUE(back.has_value()) << className(p).toStdString();
        EXPECT_EQ(*back, p);
    }
    EXPECT_EQ(className(PriorityClass::Elderly), QStringLiteral("elderly"));
    EXPECT_FALSE(classFromName(u"Elderly").has_value());
    EXPECT_FALSE(classFromName(u"").has_value());
    EXPECT_FALSE(classFromName(u"vip").has_value());
}

TEST(CallPolicy, NobodyWaitingIsNoChoice)
{
    for (Discipline d : {Discipline::WeightedAgeing, Discipline::StrictPriority, Discipline::Fifo})
        EXPECT_FALSE(chooseNext({}, kNow, d).has_value());
}

TEST(CallPolicy, FifoCallsInOrderOfIssueWhateverTheClass)
{
    QList<WaitingTicket> waiting{ticket(1, PriorityClass::Elderly, 3),
        ticket(2, PriorityClass::Ordinary, 9), ticket(3, PriorityClass::Appointment, 5),
        ticket(4, PriorityClass::Ordinary, 7)};
    QList<qint64> order;
    while (!waiting.isEmpty()) {
        const auto choice = chooseNext(waiting, kNow, Discipline::Fifo);
        ASSERT_TRUE(choice);
        order.append(waiting.takeAt(choice->index).id);
    }
    EXPECT_EQ(order, (QList<qint64>{2, 4, 3, 1}));
}

TEST(CallPolicy, StrictPriorityCallsEveryPriorityTicketFirstInOrderOfIssue)
{
    QList<WaitingTicket> waiting{ticket(1, PriorityClass::Ordinary, 60),
        ticket(2, PriorityClass::Pregnant, 1), ticket(3, PriorityClass::Elderly, 2),
        ticket(4, PriorityClass::Ordinary, 30), appointment(5, 0.5, 10)};
    QList<qint64> order;
    while (!waiting.isEmpty()) {
        const auto choice = chooseNext(waiting, kNow, Discipline::StrictPriority);
        ASSERT_TRUE(choice);
        order.append(waiting.takeAt(choice->index).id);
    }
    // Priority tickets by issue (3, 2, 5), then the ordinary ones (1, 4),
    // however long those have waited.
    EXPECT_EQ(order, (QList<qint64>{3, 2, 5, 1, 4}));
}

TEST(CallPolicy, ScoreIsMinutesWaitedTimesTheWeight)
{
    const CallPolicy policy;
    const auto choice = chooseNext({ticket(1, PriorityClass::Elderly, 12)}, kNow);
    ASSERT_TRUE(choice);
    EXPECT_DOUBLE_EQ(choice->score, 12 * policy.elderlyWeight);
}

TEST(CallPolicy, AnOrdinaryTicketThatHasWaitedLongEnoughBeatsAFreshElderlyOne)
{
    const CallPolicy policy;
    const double elderlyWaited = 5;
    // The crossover: ordinary minutes × 1 = elderly minutes × weight.
    const double crossover = elderlyWaited * policy.elderlyWeight;
    ASSERT_GT(crossover, elderlyWaited);
    const WaitingTicket elderly = ticket(1, PriorityClass::Elderly, elderlyWaited);

    EXPECT_EQ(chosenId({elderly, ticket(2, PriorityClass::Ordinary, crossover - 0.5)},
                  Discipline::WeightedAgeing, policy),
        1);
    EXPECT_EQ(chosenId({elderly, ticket(2, PriorityClass::Ordinary, crossover + 0.5)},
                  Discipline::WeightedAgeing, policy),
        2);
    // Strict priority never lets it ahead.
    EXPECT_EQ(chosenId({elderly, ticket(2, PriorityClass::Ordinary, 10 * crossover)},
                  Discipline::StrictPriority),
        1);
}

TEST(CallPolicy, TheWeightsComeFromThePolicy)
{
    CallPolicy policy;
    policy.pregnantWeight = 4;
    const QList<WaitingTicket> waiting{
        ticket(1, PriorityClass::Pregnant, 5), ticket(2, PriorityClass::Ordinary, 15)};
    EXPECT_EQ(chosenId(waiting, Discipline::WeightedAgeing), 2); // 5 × 2 < 15
    EXPECT_EQ(chosenId(waiting, Discipline::WeightedAgeing, policy), 1); // 5 × 4 > 15
}

TEST(CallPolicy, AnAppointmentBeforeItsTimeGainsNothing)
{
    // Printed 20 minutes ago for a booking 10 minutes from now: it scores 0,
    // so an ordinary ticket of one minute goes first.
    const WaitingTicket early = appointment(1, 20, -10);
    const QList<WaitingTicket> waiting{early, ticket(2, PriorityClass::Ordinary, 1)};
    const auto choice = chooseNext(waiting, kNow);
    ASSERT_TRUE(choice);
    EXPECT_EQ(waiting.at(choice->index).id, 2);

    const auto alone = chooseNext({early}, kNow);
    ASSERT_TRUE(alone);
    EXPECT_EQ(alone->score, 0.0);

    // Counted from when it was printed (the policy switched off), it would win.
    CallPolicy fromPrinting;
    fromPrinting.appointmentsFromBookedTime = false;
    EXPECT_EQ(chosenId(waiting, Discipline::WeightedAgeing, fromPrinting), 1);
}

TEST(CallPolicy, AnAppointmentPastItsTimeCountsFromTheBooking)
{
    const CallPolicy policy;
    // Booked 5 minutes ago: 5 × 3 = 15 beats an ordinary 14, not an ordinary 16.
    const WaitingTicket booked = appointment(1, 12, 5);
    EXPECT_EQ(
        chosenId({booked, ticket(2, PriorityClass::Ordinary, 14)}, Discipline::WeightedAgeing), 1);
    EXPECT_EQ(
        chosenId({booked, ticket(2, PriorityClass::Ordinary, 16)}, Discipline::WeightedAgeing), 2);
    const auto choice = chooseNext({booked}, kNow);
    ASSERT_TRUE(choice);
    EXPECT_DOUBLE_EQ(choice->score, 5 * policy.appointmentWeight);
    // Coming late gains nothing either: it counts from when it was printed.
    const auto late = chooseNext({appointment(3, 2, 30)}, kNow);
    ASSERT_TRUE(late);
    EXPECT_DOUBLE_EQ(late->score, 2 * policy.appointmentWeight);
}

TEST(CallPolicy, WaitsAreNeverNegative)
{
    // A ticket with a clock ahead of now (a skewed terminal) scores 0.
    const auto choice = chooseNext({ticket(1, PriorityClass::Elderly, -3)}, kNow);
    ASSERT_TRUE(choice);
    EXPECT_EQ(choice->score, 0.0);
}

TEST(CallPolicy, TiesGoToTheTicketIssuedFirstThenTheLowerId)
{
    // Same score (ordinary 10 min = elderly 5 min × 2): the one issued first.
    QList<WaitingTicket> waiting{
        ticket(7, PriorityClass::Elderly, 5), ticket(9, PriorityClass::Ordinary, 10)};
    EXPECT_EQ(chosenId(waiting, Discipline::WeightedAgeing), 9);
    std::reverse(waiting.begin(), waiting.end());
    EXPECT_EQ(chosenId(waiting, Discipline::WeightedAgeing), 9);

    // Same score and same time: the lower id, in any order given.
    QList<WaitingTicket> same{ticket(5, PriorityClass::Ordinary, 4),
        ticket(3, PriorityClass::Ordinary, 4), ticket(4, PriorityClass::Ordinary, 4)};
    for (int i = 0; i < 3; ++i) {
        for (Discipline d :
            {Discipline::WeightedAgeing, Discipline::StrictPriority, Discipline::Fifo})
            EXPECT_EQ(chosenId(same, d), 3);
        std::rotate(same.begin(), same.begin() + 1, same.end());
    }
}

TEST(CallPolicy, WhyNamesBothTicketsWithTheirNumbers)
{
    const QList<WaitingTicket> waiting{ticket(31, PriorityClass::Ordinary, 20),
        ticket(12, PriorityClass::Elderly, 12), ticket(40, PriorityClass::Ordinary, 2)};
    const auto choice = chooseNext(waiting, kNow);
    ASSERT_TRUE(choice);
    EXPECT_EQ(waiting.at(choice->index).id, 12);
    EXPECT_EQ(choice->why,
        QStringLiteral(
            "A-012: elderly or disabled ×2, waited 12 min → 24; the next, A-031 (ordinary ×1, "
            "20 min) → 20"));

    const auto strict = chooseNext(waiting, kNow, Discipline::StrictPriority);
    ASSERT_TRUE(strict);
    EXPECT_TRUE(strict->why.contains(QStringLiteral("A-012"))) << strict->why.toStdString();
    EXPECT_TRUE(strict->why.contains(QStringLiteral("A-031"))) << strict->why.toStdString();
    EXPECT_TRUE(strict->why.contains(QStringLiteral("priority first")));

    const auto fifo = chooseNext(waiting, kNow, Discipline::Fifo);
    ASSERT_TRUE(fifo);
    EXPECT_EQ(waiting.at(fifo->index).id, 31);
    EXPECT_TRUE(fifo->why.contains(QStringLiteral("A-031")));
    EXPECT_TRUE(fifo->why.contains(QStringLiteral("A-012")));

    const auto alone = chooseNext({ticket(1, PriorityClass::Ordinary, 3.5)}, kNow);
    ASSERT_TRUE(alone);
    EXPECT_EQ(
        alone->why, QStringLiteral("A-001: ordinary ×1, waited 3.5 min → 3.5; no one else waits"));
}

TEST(CallPolicy, WhyTellsAnAppointmentsBookingAndATie)
{
    const QList<WaitingTicket> waiting{
        appointment(2, 15, 5), ticket(3, PriorityClass::Ordinary, 15)};
    const auto choice = chooseNext(waiting, kNow);
    ASSERT_TRUE(choice);
    EXPECT_EQ(choice->why,
        QStringLiteral("A-002: appointment ×3, waited 5 min since its 10:55 booking → 15; the "
                       "next, A-003 (ordinary ×1, 15 min) → 15; a tie, so the earlier ticket"));
}

// callOrder is chooseNext again and again, each time without the ticket
// chosen before, under every discipline; a limit cuts it short.
TEST(CallPolicy, CallOrderIsTheSuccessiveChoices)
{
    const QList<WaitingTicket> waiting{ticket(1, PriorityClass::Ordinary, 30),
        ticket(2, PriorityClass::Elderly, 12), ticket(3, PriorityClass::Ordinary, 25),
        appointment(4, 20, 8), ticket(5, PriorityClass::Pregnant, 16),
        ticket(6, PriorityClass::Ordinary, 25), ticket(7, PriorityClass::Elderly, 2)};
    for (Discipline d :
        {Discipline::WeightedAgeing, Discipline::StrictPriority, Discipline::Fifo}) {
        QList<qint64> successive;
        QList<WaitingTicket> left = waiting;
        while (const auto choice = chooseNext(left, kNow, d)) {
            successive << left.at(choice->index).id;
            left.removeAt(choice->index);
        }
        QList<qint64> ordered;
        for (qsizetype i : callOrder(waiting, kNow, waiting.size(), d))
            ordered << waiting.at(i).id;
        EXPECT_EQ(ordered, successive) << int(d);
        EXPECT_EQ(callOrder(waiting, kNow, 3, d).size(), 3);
    }
    EXPECT_EQ(callOrder(waiting, kNow, 0).size(), 0);
    EXPECT_EQ(callOrder(waiting, kNow, 100).size(), waiting.size());
    EXPECT_TRUE(callOrder({}, kNow, 5).isEmpty());
}
