#include "queue/peakday.h"

#include <QDateTime>
#include <QTime>
#include <algorithm>
#include <cmath>
#include <random>

namespace madoguchi::queue {
namespace {

// Our own draws over mt19937_64 (whose output the standard fixes), so a
// seed gives the same day with every standard library.
class Random {
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    { }
    // In (0, 1).
    double uniform() { return (double(m_engine() >> 11) + 0.5) * 0x1.0p-53; }
    double exponential(double rate) { return -std::log(uniform()) / rate; }
    double normal()
    {
        const double u = uniform(), v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * v);
    }
    double lognormal(double mean, double cv)
    {
        const double sigma2 = std::log(1.0 + cv * cv);
        return std::exp(std::log(mean) - sigma2 / 2.0 + std::sqrt(sigma2) * normal());
    }
    // An index drawn with the given weights.
    qsizetype pick(const QList<double>& weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double u = uniform() * total;
        for (qsizetype i = 0; i < weights.size(); ++i) {
            if (u < weights.at(i))
                return i;
            u -= weights.at(i);
        }
        return weights.size() - 1;
    }

private:
    std::mt19937_64 m_engine;
};

ClassStats stats(QList<double> waits)
{
    ClassStats s;
    s.count = int(waits.size());
    if (waits.isEmpty())
        return s;
    std::sort(waits.begin(), waits.end());
    double sum = 0;
    for (double w : waits)
        sum += w;
    s.avg = sum / double(waits.size());
    // Nearest rank, as every bench command reports it.
    const auto rank = qsizetype(std::ceil(0.95 * double(waits.size())));
    s.p95 = waits.at(std::clamp<qsizetype>(rank - 1, 0, waits.size() - 1));
    s.max = waits.last();
    return s;
}

const char* const kLetters = "ABCDE";

} // namespace

PeakDayAssumptions PeakDayAssumptions::march()
{
    PeakDayAssumptions a;
    a.day = QDate(2026, 3, 30); // the last Monday of March 2026
    // Shares of the day's tickets: a rush at opening, a late-morning peak,
    // the lunch dip, a second peak after lunch, a quiet end.
    const auto at = [](int h, int m) { return h * 60 + m; };
    a.profile = {
        {at(8, 30), at(9, 0), 0.08},
        {at(9, 0), at(10, 0), 0.11},
        {at(10, 0), at(11, 0), 0.15},
        {at(11, 0), at(12, 0), 0.14},
        {at(12, 0), at(13, 0), 0.08},
        {at(13, 0), at(14, 0), 0.14},
        {at(14, 0), at(15, 0), 0.13},
        {at(15, 0), at(16, 0), 0.10},
        {at(16, 0), at(17, 0), 0.05},
        {at(17, 0), at(17, 15), 0.02},
    };
    a.purposes = {
        {QStringLiteral("moving"), QStringLiteral("転入・転出"), 55, 2.35, 25, 0.5},
        {QStringLiteral("certificates"), QStringLiteral("証明書"), 100, 1.2, 6, 0.5},
        {QStringLiteral("insurance_pension"), QStringLiteral("国保・年金"), 40, 2.0, 14, 0.5},
        {QStringLiteral("childcare"), QStringLiteral("子育て"), 20, 2.0, 18, 0.5},
        {QStringLiteral("other"), QStringLiteral("その他"), 25, 1.2, 10, 0.6},
    };
    return a;
}

double PeakDayAssumptions::expectedTickets() const
{
    double total = 0;
    for (const PurposeAssumption& p : purposes)
        total += p.marchTickets();
    return total;
}

QList<SimTicket> generateArrivals(const PeakDayAssumptions& a, quint64 seed)
{
    Random random(seed);
    QList<double> purposeWeights;
    for (const PurposeAssumption& p : a.purposes)
        purposeWeights.append(p.marchTickets());
    const double priorityShares = a.elderlyShare + a.pregnantShare + a.appointmentShare;
    const QList<double> classWeights{
        std::max(0.0, 1.0 - priorityShares), a.elderlyShare, a.pregnantShare, a.appointmentShare};
    const double expected = a.expectedTickets();

    QList<SimTicket> tickets;
    for (const ArrivalSlot& slot : a.profile) {
        const double from = slot.fromMinute * 60.0, to = slot.toMinute * 60.0;
        if (to <= from || slot.share <= 0)
            continue;
        // A Poisson process at the slot's rate (arrivals per second).
        const double rate = expected * slot.share / (to - from);
        for (double t = from + random.exponential(rate); t < to; t += random.exponential(rate)) {
            SimTicket ticket;
            ticket.id = tickets.size() + 1;
            ticket.arrival = qint64(t);
            ticket.priority = PriorityClass(random.pick(classWeights));
            ticket.purpose = random.pick(purposeWeights);
            const PurposeAssumption& purpose = a.purposes.at(ticket.purpose);
            ticket.handling = std::max<qint64>(
                60, qint64(std::llround(random.lognormal(purpose.meanMinutes, purpose.cv) * 60)));
            if (ticket.priority == PriorityClass::Appointment) {
                // Arrival = booked + offset, offset in [-early, +late].
                const double offset = -a.appointmentEarlyMinutes
                    + random.uniform() * (a.appointmentEarlyMinutes + a.appointmentLateMinutes);
                const qint64 booked = qint64(std::llround((t - offset * 60) / 300.0)) * 300;
                ticket.booked = std::clamp<qint64>(
                    booked, a.opensMinute * 60LL, a.closesMinute * 60LL - 15 * 60);
            }
            tickets.append(ticket);
        }
    }
    return tickets;
}

DayRun simulateDay(const PeakDayAssumptions& a, const QList<SimTicket>& arrivals, int counters,
    Discipline discipline, const CallPolicy& policy)
{
    DayRun run;
    run.discipline = discipline;
    run.arrivals = int(arrivals.size());
    counters = std::max(counters, 1);
    const QDateTime midnight(a.day.isValid() ? a.day : QDate(2026, 3, 30), QTime(0, 0), Qt::UTC);
    const qint64 opens = a.opensMinute * 60LL, closes = a.closesMinute * 60LL;

    QList<qint64> freeAt(counters, opens);
    QList<WaitingTicket> waiting;
    QList<qsizetype> waitingIndex; // into arrivals, parallel to `waiting`
    run.outcomes.resize(arrivals.size());
    qsizetype next = 0;
    qint64 now = opens;
    while (next < arrivals.size() || !waiting.isEmpty()) {
        const auto counter
            = qsizetype(std::min_element(freeAt.cbegin(), freeAt.cend()) - freeAt.cbegin());
        const qint64 callAt = std::max(freeAt.at(counter), now);
        if (next < arrivals.size() && (waiting.isEmpty() || arrivals.at(next).arrival <= callAt)) {
            const SimTicket& t = arrivals.at(next);
            now = std::max(now, t.arrival);
            WaitingTicket w;
            w.id = t.id;
            w.number = QStringLiteral("%1-%2")
                           .arg(QChar::fromLatin1(kLetters[t.purpose % 5]))
                           .arg(t.id, 3, 10, QLatin1Char('0'));
            w.purpose = a.purposes.value(t.purpose).id;
            w.priority = t.priority;
            w.issuedAt = midnight.addSecs(t.arrival);
            if (t.booked >= 0)
                w.appointmentAt = midnight.addSecs(t.booked);
            waiting.append(w);
            waitingIndex.append(next);
            ++next;
            continue;
        }
        const auto choice = chooseNext(waiting, midnight.addSecs(callAt), discipline, policy);
        Q_ASSERT(choice);
        const qsizetype index = waitingIndex.at(choice->index);
        waiting.removeAt(choice->index);
        waitingIndex.removeAt(choice->index);
        const SimTicket& t = arrivals.at(index);
        SimOutcome& o = run.outcomes[index];
        o.id = t.id;
        o.priority = t.priority;
        o.called = callAt;
        o.counter = int(counter);
        const qint64 since = t.booked > t.arrival ? t.booked : t.arrival;
        o.waitMinutes = double(std::max<qint64>(0, callAt - since)) / 60.0;
        freeAt[counter] = callAt + t.handling;
        now = callAt;
        run.lastCall = std::max(run.lastCall, callAt);
        if (callAt < closes)
            ++run.calledByClosing;
        else
            ++run.leftAtClosing;
    }
    run.lastDone = *std::max_element(freeAt.cbegin(), freeAt.cend());

    std::array<QList<double>, 4> waits;
    QList<double> all;
    for (const SimOutcome& o : run.outcomes) {
        waits.at(int(o.priority)).append(o.waitMinutes);
        all.append(o.waitMinutes);
    }
    for (int c = 0; c < 4; ++c)
        run.byClass.at(c) = stats(waits.at(c));
    run.all = stats(all);
    return run;
}

PeakDayResult simulatePeakDay(
    const PeakDayAssumptions& assumptions, int counters, quint64 seed, const CallPolicy& policy)
{
    PeakDayResult result;
    result.assumptions = assumptions;
    result.policy = policy;
    result.counters = counters;
    result.seed = seed;
    const QList<SimTicket> arrivals = generateArrivals(assumptions, seed);
    for (Discipline d : {Discipline::WeightedAgeing, Discipline::StrictPriority, Discipline::Fifo})
        result.runs.at(int(d)) = simulateDay(assumptions, arrivals, counters, d, policy);
    result.maxOrdinaryOurs
        = result.run(Discipline::WeightedAgeing).byClass.at(int(PriorityClass::Ordinary)).max;
    result.maxFifo = result.run(Discipline::Fifo).all.max;
    result.ratio = result.maxFifo > 0 ? result.maxOrdinaryOurs / result.maxFifo : 0;
    result.withinTarget
        = result.maxFifo > 0 ? result.ratio <= kFairnessTarget : result.maxOrdinaryOurs == 0;
    return result;
}

QString disciplineName(Discipline discipline)
{
    switch (discipline) {
    case Discipline::WeightedAgeing:
        return QStringLiteral("weighted_ageing");
    case Discipline::StrictPriority:
        return QStringLiteral("strict_priority");
    case Discipline::Fifo:
        return QStringLiteral("fifo");
    }
    return QString();
}

} // namespace madoguchi::queue
