#include "benchqueuecommand.h"

#include "output.h"
#include "queue/peakday.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTime>
#include <array>
#include <cmath>

namespace madoguchi::cli {
namespace {

using queue::Discipline;
using queue::PriorityClass;

constexpr std::array kClasses{PriorityClass::Ordinary, PriorityClass::Elderly,
    PriorityClass::Pregnant, PriorityClass::Appointment};
// The largest seed a JSON number holds exactly.
constexpr quint64 kMaxSeed = (quint64(1) << 53) - 1;

constexpr std::array kDisciplines{
    Discipline::WeightedAgeing, Discipline::StrictPriority, Discipline::Fifo};

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

QString clock(qint64 secondsSinceMidnight)
{
    return QTime(0, 0).addSecs(int(secondsSinceMidnight)).toString(QStringLiteral("HH:mm"));
}

QString clockMinutes(int minutes)
{
    return clock(minutes * 60LL);
}

QJsonObject statsJson(const queue::ClassStats& s)
{
    return {{QStringLiteral("count"), s.count}, {QStringLiteral("avg"), round1(s.avg)},
        {QStringLiteral("p95"), round1(s.p95)}, {QStringLiteral("max"), round1(s.max)}};
}

QJsonObject assumptionsJson(const queue::PeakDayResult& r, int tickets)
{
    const queue::PeakDayAssumptions& a = r.assumptions;
    QJsonArray profile;
    for (const queue::ArrivalSlot& s : a.profile)
        profile.append(QJsonObject{{QStringLiteral("from"), clockMinutes(s.fromMinute)},
            {QStringLiteral("to"), clockMinutes(s.toMinute)},
            {QStringLiteral("share"), round3(s.share)}});
    QJsonArray purposes;
    for (const queue::PurposeAssumption& p : a.purposes)
        purposes.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name},
            {QStringLiteral("ordinary_day_tickets"), p.ordinaryDayTickets},
            {QStringLiteral("march_factor"), p.marchFactor},
            {QStringLiteral("march_tickets"), round1(p.marchTickets())},
            {QStringLiteral("handling"), QStringLiteral("lognormal")},
            {QStringLiteral("mean_minutes"), p.meanMinutes}, {QStringLiteral("cv"), p.cv}});
    return {{QStringLiteral("day"), a.day.toString(Qt::ISODate)},
        {QStringLiteral("opens"), clockMinutes(a.opensMinute)},
        {QStringLiteral("closes"), clockMinutes(a.closesMinute)},
        {QStringLiteral("tickets_expected"), round1(a.expectedTickets())},
        {QStringLiteral("tickets"), tickets}, {QStringLiteral("arrivals_by_hour"), profile},
        {QStringLiteral("purposes"), purposes},
        {QStringLiteral("priority_shares"),
            QJsonObject{{QStringLiteral("elderly"), a.elderlyShare},
                {QStringLiteral("pregnant"), a.pregnantShare},
                {QStringLiteral("appointment"), a.appointmentShare}}},
        {QStringLiteral("appointment_arrival_minutes"),
            QJsonObject{{QStringLiteral("early"), a.appointmentEarlyMinutes},
                {QStringLiteral("late"), a.appointmentLateMinutes}}},
        {QStringLiteral("every_counter_serves_every_purpose"), true},
        {QStringLiteral("served_after_closing"), true},
        {QStringLiteral("policy"),
            QJsonObject{{QStringLiteral("ordinary_weight"), 1.0},
                {QStringLiteral("elderly_weight"), r.policy.elderlyWeight},
                {QStringLiteral("pregnant_weight"), r.policy.pregnantWeight},
                {QStringLiteral("appointment_weight"), r.policy.appointmentWeight},
                {QStringLiteral("appointments_from_booked_time"),
                    r.policy.appointmentsFromBookedTime}}}};
}

} // namespace

QString BenchQueueCommand::summary() const
{
    return QCoreApplication::translate("BenchQueueCommand",
        "Simulate a March peak day at the counters: waits per class under our calling policy, "
        "strict priority and FIFO");
}

void BenchQueueCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("counters"),
        QCoreApplication::translate("BenchQueueCommand", "Open counters (default %1).")
            .arg(queue::kDefaultCounters),
        QCoreApplication::translate("BenchQueueCommand", "N")});
    parser.addOption({QStringLiteral("seed"),
        QCoreApplication::translate("BenchQueueCommand", "Seed of the arrivals (default %1).")
            .arg(queue::kDefaultSeed),
        QCoreApplication::translate("BenchQueueCommand", "S")});
}

int BenchQueueCommand::run(const QCommandLineParser& parser, Output& out)
{
    int counters = queue::kDefaultCounters;
    if (parser.isSet(QStringLiteral("counters"))) {
        bool ok = false;
        counters = parser.value(QStringLiteral("counters")).toInt(&ok);
        if (!ok || counters < 1 || counters > 200) {
            out.error(QCoreApplication::translate(
                "BenchQueueCommand", "--counters must be a whole number from 1 to 200, not '%1'")
                          .arg(parser.value(QStringLiteral("counters"))));
            return ExitUsage;
        }
    }
    quint64 seed = queue::kDefaultSeed;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok || seed > kMaxSeed) {
            out.error(QCoreApplication::translate("BenchQueueCommand",
                "--seed must be a whole number from 0 to 9007199254740991, not '%1'")
                          .arg(parser.value(QStringLiteral("seed"))));
            return ExitUsage;
        }
    }

    const queue::PeakDayResult r
        = queue::simulatePeakDay(queue::PeakDayAssumptions::march(), counters, seed);
    const int tickets = r.run(Discipline::Fifo).arrivals;

    out.line(
        QCoreApplication::translate("BenchQueueCommand",
            "March peak day %1, %2–%3, %4 counters, seed %5: %6 tickets (expected %7)")
            .arg(r.assumptions.day.toString(Qt::ISODate), clockMinutes(r.assumptions.opensMinute),
                clockMinutes(r.assumptions.closesMinute))
            .arg(counters)
            .arg(seed)
            .arg(tickets)
            .arg(r.assumptions.expectedTickets(), 0, 'f', 0));
    out.line(QCoreApplication::translate("BenchQueueCommand",
        "our policy: score = minutes waited × weight (ordinary 1, elderly %1, pregnant %2, "
        "appointment %3 from its booked time)")
                 .arg(r.policy.elderlyWeight)
                 .arg(r.policy.pregnantWeight)
                 .arg(r.policy.appointmentWeight));
    out.line(QCoreApplication::translate(
        "BenchQueueCommand", "discipline       class        count  avg min  p95 min  max min"));
    QJsonObject disciplines;
    for (Discipline d : kDisciplines) {
        const queue::DayRun& run = r.run(d);
        QJsonObject perClass;
        for (PriorityClass c : kClasses) {
            const queue::ClassStats& s = run.byClass.at(int(c));
            out.line(QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(queue::disciplineName(d).leftJustified(16))
                         .arg(queue::className(c).leftJustified(11))
                         .arg(s.count, 6)
                         .arg(s.avg, 8, 'f', 1)
                         .arg(s.p95, 8, 'f', 1)
                         .arg(s.max, 8, 'f', 1));
            perClass.insert(queue::className(c), statsJson(s));
        }
        out.line(QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(queue::disciplineName(d).leftJustified(16))
                     .arg(QStringLiteral("all").leftJustified(11))
                     .arg(run.all.count, 6)
                     .arg(run.all.avg, 8, 'f', 1)
                     .arg(run.all.p95, 8, 'f', 1)
                     .arg(run.all.max, 8, 'f', 1));
        out.line(QCoreApplication::translate("BenchQueueCommand",
            "%1 called by closing %2, left at closing %3 (served after), last call %4, "
            "counters done %5")
                     .arg(QString().leftJustified(16))
                     .arg(run.calledByClosing)
                     .arg(run.leftAtClosing)
                     .arg(clock(run.lastCall), clock(run.lastDone)));
        perClass.insert(QStringLiteral("all"), statsJson(run.all));
        perClass.insert(QStringLiteral("called_by_closing"), run.calledByClosing);
        perClass.insert(QStringLiteral("left_at_closing"), run.leftAtClosing);
        perClass.insert(QStringLiteral("last_call"), clock(run.lastCall));
        perClass.insert(QStringLiteral("counters_done"), clock(run.lastDone));
        disciplines.insert(queue::disciplineName(d), perClass);
    }
    out.line(
        QCoreApplication::translate("BenchQueueCommand",
            "fairness: longest ordinary wait under our policy %1 min / longest wait under FIFO %2 "
            "min = %3 (target ≤ %4: %5)")
            .arg(r.maxOrdinaryOurs, 0, 'f', 1)
            .arg(r.maxFifo, 0, 'f', 1)
            .arg(r.ratio, 0, 'f', 2)
            .arg(queue::kFairnessTarget, 0, 'f', 1)
            .arg(r.withinTarget ? QCoreApplication::translate("BenchQueueCommand", "met")
                                : QCoreApplication::translate("BenchQueueCommand", "NOT met")));
    out.result(
        QJsonObject{{QStringLiteral("counters"), counters}, {QStringLiteral("seed"), double(seed)},
            {QStringLiteral("assumptions"), assumptionsJson(r, tickets)},
            {QStringLiteral("disciplines"), disciplines},
            {QStringLiteral("fairness"),
                QJsonObject{{QStringLiteral("max_ordinary_ours"), round1(r.maxOrdinaryOurs)},
                    {QStringLiteral("max_fifo"), round1(r.maxFifo)},
                    {QStringLiteral("ratio"), round3(r.ratio)},
                    {QStringLiteral("target"), queue::kFairnessTarget},
                    {QStringLiteral("within_1_5"), r.withinTarget}}}});
    return ExitOk;
}

} // namespace madoguchi::cli
