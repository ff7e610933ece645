#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace madoguchi::storage {
class Database;
}

// The live room as the supervisor console shows it (issue #8, docs/queue.md,
// "The supervisor's room"): one read of the day's tickets, ticket history
// and visits, summed up. Pure reads, no audit entry: tickets carry no
// resident data (the visits are read for their event type only).
namespace madoguchi::queue {

// The console's colours: a wait of 20 minutes is a warning, 40 an alert.
enum class WaitLevel { Normal, Warning, Alert };
inline constexpr qint64 kWaitWarningSeconds = 20 * 60;
inline constexpr qint64 kWaitAlertSeconds = 40 * 60;
// A purpose's colour is the level of its longest wait.
WaitLevel waitLevel(qint64 waitSeconds);
// "normal", "warning", "alert".
QString waitLevelName(WaitLevel level);

struct PurposeLoad {
    QString purpose; // the purpose's id (A …)
    QString nameJa;
    QString nameEn;
    int waiting = 0; // tickets in state issued
    qint64 averageWaitSeconds = 0; // of those waiting now, so far
    qint64 longestWaitSeconds = 0; // of those waiting now, so far
    int servedToday = 0; // done today
    qint64 averageHandlingSeconds = 0; // serving → done, today
};

enum class CounterActivity {
    Idle, // open, nothing called
    Calling, // a ticket called, the resident not yet at the desk
    Serving, // a resident at the desk
    Closed, // the counter is not active
};
// "idle", "calling", "serving", "closed".
QString counterActivityName(CounterActivity activity);

struct CounterStatus {
    QString id;
    QString name;
    CounterActivity activity = CounterActivity::Idle;
    QString ticketNumber; // the ticket called or served, if any
    QString staff; // who called or serves it
    QDateTime since; // when the ticket was called or its service began
    int servedToday = 0;
    double servedPerHour = 0; // done today ÷ hours since its first call today
    qint64 averageHandlingSeconds = 0;
};

// Handling time per procedure type: tickets linked to a visit
// (tickets.visit_ref), grouped by the visit's life event.
struct HandlingTime {
    QString eventType; // tennyu, shussei …
    int visits = 0;
    qint64 averageSeconds = 0; // serving_at → finished_at
};

// One clock hour of the day, local time (Japan).
struct HourBucket {
    int hour = 0; // 0 … 23
    int arrivals = 0; // tickets issued in this hour
    int served = 0; // tickets done in this hour
    qint64 averageWaitSeconds = 0; // issued → called, of tickets called in this hour
    qint64 longestWaitSeconds = 0;
};

struct RoomSnapshot {
    QDate day;
    QDateTime at;
    int waiting = 0;
    int servedToday = 0;
    int noShows = 0;
    qint64 averageWaitSeconds = 0; // of those waiting now
    qint64 longestWaitSeconds = 0;
    QList<PurposeLoad> purposes; // every active purpose, in id order
    QList<CounterStatus> counters; // every counter, in id order
    QList<HandlingTime> handling; // by event type, most visits first
    QList<HourBucket> hours; // from the first to the last hour with activity, no gaps
};

// The room on `day` as of `now`.
Result<RoomSnapshot> roomSnapshot(storage::Database& db, const QDate& day, const QDateTime& now);

} // namespace madoguchi::queue
