#pragma once

#include "queue/callpolicy.h"

#include <QDate>
#include <QList>
#include <QString>
#include <array>

// One March peak day at a city hall's counters, simulated (issue #8;
// docs/queue.md, "The March peak day"): the same seeded arrivals called
// under each discipline by chooseNext itself, so the waits compare our
// policy with strict priority and plain FIFO. Deterministic for a seed.
namespace madoguchi::queue {

// A part of the day with its share of the day's tickets (arrivals are
// spread evenly at random inside it).
struct ArrivalSlot {
    int fromMinute = 0; // minutes since midnight
    int toMinute = 0;
    double share = 0; // of the day's tickets; the shares sum to 1
};

// A purpose: tickets on an ordinary day, the March factor, and its handling
// time (lognormal with this mean and coefficient of variation).
struct PurposeAssumption {
    QString id; // moving
    QString name; // 転入・転出
    double ordinaryDayTickets = 0;
    double marchFactor = 1;
    double meanMinutes = 10;
    double cv = 0.5;

    double marchTickets() const { return ordinaryDayTickets * marchFactor; }
};

struct PeakDayAssumptions {
    QDate day; // the date simulated (only for the clock)
    int opensMinute = 8 * 60 + 30; // 8:30; tickets are issued until closing
    int closesMinute = 17 * 60 + 15; // 17:15; those holding a ticket are still served
    QList<ArrivalSlot> profile;
    QList<PurposeAssumption> purposes;
    double elderlyShare = 0.12; // elderly or disabled
    double pregnantShare = 0.03;
    double appointmentShare = 0.05;
    // An appointment arrives between this many minutes before and after
    // its booked time (uniformly); bookings are on 5-minute marks.
    double appointmentEarlyMinutes = 15;
    double appointmentLateMinutes = 5;

    // The documented March peak day (docs/queue.md).
    static PeakDayAssumptions march();
    // Expected tickets in the day: the sum of the purposes' March tickets.
    double expectedTickets() const;
};

// A visitor's ticket in the simulation; times in seconds since midnight.
struct SimTicket {
    qint64 id = 0;
    PriorityClass priority = PriorityClass::Ordinary;
    qsizetype purpose = 0; // into the assumptions' purposes
    qint64 arrival = 0;
    qint64 booked = -1; // an appointment's booked time, -1 otherwise
    qint64 handling = 0; // seconds at the counter
};

// The day's visitors, in order of arrival. The number is Poisson around
// expectedTickets(), the time follows the profile; seeded.
QList<SimTicket> generateArrivals(const PeakDayAssumptions& assumptions, quint64 seed);

// What happened to one ticket.
struct SimOutcome {
    qint64 id = 0;
    PriorityClass priority = PriorityClass::Ordinary;
    qint64 called = -1; // seconds since midnight
    int counter = -1;
    // Minutes waited: from arrival, or for an appointment from its booked
    // time if it came early (never negative).
    double waitMinutes = 0;
};

struct ClassStats {
    int count = 0;
    double avg = 0; // minutes
    double p95 = 0; // nearest rank
    double max = 0;
};

struct DayRun {
    Discipline discipline = Discipline::WeightedAgeing;
    QList<SimOutcome> outcomes; // one per arrival, in order of arrival
    std::array<ClassStats, 4> byClass; // indexed by PriorityClass
    ClassStats all;
    int arrivals = 0;
    int calledByClosing = 0; // called before the counters closed
    int leftAtClosing = 0; // still waiting at closing (served after)
    qint64 lastCall = 0; // seconds since midnight
    qint64 lastDone = 0; // when the last counter finished
};

// Serves `arrivals` with `counters` counters, each serving every purpose,
// calling with chooseNext under `discipline`; everyone who took a ticket is
// served, after closing if need be.
DayRun simulateDay(const PeakDayAssumptions& assumptions, const QList<SimTicket>& arrivals,
    int counters, Discipline discipline, const CallPolicy& policy = {});

// The target: no ordinary ticket under our policy waits more than
// this times the longest wait under plain FIFO.
inline constexpr double kFairnessTarget = 1.5;

struct PeakDayResult {
    PeakDayAssumptions assumptions;
    CallPolicy policy;
    int counters = 0;
    quint64 seed = 0;
    std::array<DayRun, 3> runs; // WeightedAgeing, StrictPriority, Fifo
    double maxOrdinaryOurs = 0;
    double maxFifo = 0;
    double ratio = 0; // maxOrdinaryOurs / maxFifo (0 when FIFO waits 0)
    bool withinTarget = false; // ratio <= kFairnessTarget

    const DayRun& run(Discipline discipline) const { return runs.at(int(discipline)); }
};

inline constexpr int kDefaultCounters = 12;
inline constexpr quint64 kDefaultSeed = 20260330;

// The three disciplines over the same arrivals.
PeakDayResult simulatePeakDay(const PeakDayAssumptions& assumptions, int counters, quint64 seed,
    const CallPolicy& policy = {});

// "weighted_ageing", "strict_priority", "fifo".
QString disciplineName(Discipline discipline);

} // namespace madoguchi::queue
