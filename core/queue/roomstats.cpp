#include "queue/roomstats.h"

#include "queue/dayreads.h"
#include "queue/ticketrows.h"
#include "queue/ticketstore.h"
#include "security/auditlog.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <array>
#include <cmath>

// The supervisor's room: five SELECTs in one snapshot, then one pass over
// the day's tickets (docs/queue.md, "The supervisor's room").
namespace madoguchi::queue {
namespace {

using dayreads::secondsBetween;

// A running average and maximum of seconds.
struct Seconds {
    qint64 total = 0;
    int count = 0;
    qint64 longest = 0;

    void add(qint64 seconds)
    {
        if (seconds < 0)
            return;
        total += seconds;
        ++count;
        longest = std::max(longest, seconds);
    }
    // Rounded to the nearest second.
    qint64 average() const { return count ? (total + count / 2) / count : 0; }
};

struct HourSums {
    bool active = false;
    int arrivals = 0;
    int served = 0;
    Seconds waits;
};

struct CounterSums {
    Seconds handling;
    QDateTime since; // of the ticket it calls or serves now
};

int japanHour(const QDateTime& at)
{
    return at.toTimeZone(security::japanTime()).time().hour();
}

// What the room needs besides the tickets, read in the same snapshot.
struct RoomRows {
    QList<Ticket> tickets;
    QHash<QString, QDateTime> firstCall; // counter → its first call of the day
    QHash<qint64, QString> eventOf; // ticket id → its visit's event type
};

Result<RoomRows> readRows(storage::Database& db, const QDate& day, RoomSnapshot& room)
{
    QSqlDatabase& sql = db.sql();
    const QString dayText = rows::dayText(day);
    RoomRows read;
    auto purposes = storage::exec(sql,
        QStringLiteral(
            "SELECT id, name_ja, name_en FROM queue_purposes WHERE active <> 0 ORDER BY id"),
        {}, QCoreApplication::translate("RoomStats", "reading the queue purposes"));
    if (!purposes)
        return purposes.error();
    while (purposes->next())
        room.purposes << PurposeLoad{purposes->value(0).toString(), purposes->value(1).toString(),
            purposes->value(2).toString()};
    auto counters
        = storage::exec(sql, QStringLiteral("SELECT id, name, active FROM counters ORDER BY id"),
            {}, QCoreApplication::translate("RoomStats", "reading the counters"));
    if (!counters)
        return counters.error();
    while (counters->next()) {
        CounterStatus c;
        c.id = counters->value(0).toString();
        c.name = counters->value(1).toString();
        c.activity
            = counters->value(2).toInt() != 0 ? CounterActivity::Idle : CounterActivity::Closed;
        room.counters << c;
    }
    auto tickets = storage::exec(sql,
        QStringLiteral("SELECT ") + rows::kColumns
            + QStringLiteral(" FROM tickets WHERE day = ? ORDER BY issued_at, id"),
        {dayText},
        QCoreApplication::translate("RoomStats", "reading the tickets of %1").arg(dayText));
    if (!tickets)
        return tickets.error();
    while (tickets->next())
        read.tickets << rows::readTicket(tickets.value());
    // The history, for when each counter first called: a ticket's own
    // counter column names only its last counter.
    auto calls = storage::exec(sql,
        QStringLiteral("SELECT h.counter, MIN(h.at) FROM ticket_history h "
                       "JOIN tickets t ON t.id = h.ticket_id "
                       "WHERE t.day = ? AND h.to_state = 'called' GROUP BY h.counter"),
        {dayText},
        QCoreApplication::translate("RoomStats", "reading the calls of %1").arg(dayText));
    if (!calls)
        return calls.error();
    while (calls->next())
        read.firstCall.insert(
            calls->value(0).toString(), rows::timeFromText(calls->value(1).toString()));
    auto events = storage::exec(sql,
        QStringLiteral("SELECT t.id, v.event_type FROM tickets t "
                       "JOIN visits v ON v.ref = t.visit_ref "
                       "WHERE t.day = ? AND t.state = 'done'"),
        {dayText},
        QCoreApplication::translate("RoomStats", "reading the visits of %1").arg(dayText));
    if (!events)
        return events.error();
    while (events->next())
        read.eventOf.insert(events->value(0).toLongLong(), events->value(1).toString());
    return read;
}

// The one pass over the tickets.
void summarise(const RoomRows& read, RoomSnapshot& room)
{
    const QDateTime& now = room.at;
    QHash<QString, qsizetype> purposeAt;
    for (qsizetype i = 0; i < room.purposes.size(); ++i)
        purposeAt.insert(room.purposes.at(i).purpose, i);
    QHash<QString, qsizetype> counterAt;
    for (qsizetype i = 0; i < room.counters.size(); ++i)
        counterAt.insert(room.counters.at(i).id, i);
    QList<Seconds> purposeWaits(room.purposes.size());
    QList<Seconds> purposeHandling(room.purposes.size());
    QList<CounterSums> counterSums(room.counters.size());
    QHash<QString, Seconds> byEvent;
    std::array<HourSums, 24> hours;
    Seconds waiting;

    // A redirect's new ticket keeps the first one's issued_at: one arrival.
    QSet<qint64> redirectTargets;
    for (const Ticket& t : read.tickets)
        if (t.redirectedTo)
            redirectTargets.insert(t.redirectedTo);

    for (const Ticket& t : read.tickets) {
        const qsizetype p = purposeAt.value(t.purpose, -1);
        const qsizetype c = counterAt.value(t.counter, -1);
        if (!redirectTargets.contains(t.id) && t.issuedAt.isValid()) {
            HourSums& h = hours[size_t(japanHour(t.issuedAt))];
            h.active = true;
            ++h.arrivals;
        }
        if (t.calledAt.isValid()) {
            HourSums& h = hours[size_t(japanHour(t.calledAt))];
            h.active = true;
            h.waits.add(secondsBetween(t.issuedAt, t.calledAt));
        }
        switch (t.state) {
        case TicketState::Issued: {
            const qint64 wait = secondsBetween(t.issuedAt, now);
            waiting.add(wait);
            if (p >= 0) {
                ++room.purposes[p].waiting;
                purposeWaits[p].add(wait);
            }
            break;
        }
        case TicketState::Called:
        case TicketState::Serving: {
            if (c < 0)
                break;
            // The latest one, should a desk have called before finishing.
            const QDateTime since = t.state == TicketState::Called ? t.calledAt : t.servingAt;
            CounterStatus& counter = room.counters[c];
            CounterSums& sums = counterSums[c];
            if (counter.activity == CounterActivity::Closed
                || (sums.since.isValid() && since.isValid() && since < sums.since))
                break;
            counter.activity = t.state == TicketState::Called ? CounterActivity::Calling
                                                              : CounterActivity::Serving;
            counter.ticketNumber = t.number;
            counter.staff = t.staff;
            counter.since = since;
            sums.since = since;
            break;
        }
        case TicketState::Done: {
            ++room.servedToday;
            // Handling is serving → done; a ticket finished straight from
            // its call has no handling time and is left out of the averages.
            const qint64 handling = secondsBetween(t.servingAt, t.finishedAt);
            if (p >= 0) {
                ++room.purposes[p].servedToday;
                purposeHandling[p].add(handling);
            }
            if (c >= 0) {
                ++room.counters[c].servedToday;
                counterSums[c].handling.add(handling);
            }
            if (handling >= 0 && read.eventOf.contains(t.id))
                byEvent[read.eventOf.value(t.id)].add(handling);
            if (t.finishedAt.isValid()) {
                HourSums& h = hours[size_t(japanHour(t.finishedAt))];
                h.active = true;
                ++h.served;
            }
            break;
        }
        case TicketState::NoShow:
            ++room.noShows;
            break;
        case TicketState::Redirected:
        case TicketState::OnHold:
            break;
        }
    }

    room.waiting = waiting.count;
    room.averageWaitSeconds = waiting.average();
    room.longestWaitSeconds = waiting.longest;
    for (qsizetype i = 0; i < room.purposes.size(); ++i) {
        room.purposes[i].averageWaitSeconds = purposeWaits.at(i).average();
        room.purposes[i].longestWaitSeconds = purposeWaits.at(i).longest;
        room.purposes[i].averageHandlingSeconds = purposeHandling.at(i).average();
    }
    for (qsizetype i = 0; i < room.counters.size(); ++i) {
        CounterStatus& counter = room.counters[i];
        counter.averageHandlingSeconds = counterSums.at(i).handling.average();
        const QDateTime first = read.firstCall.value(counter.id);
        const qint64 seconds = first.isValid() ? first.secsTo(now) : 0;
        counter.servedPerHour
            = seconds > 0 ? counter.servedToday / (double(seconds) / 3600.0) : 0.0;
    }
    for (auto it = byEvent.cbegin(); it != byEvent.cend(); ++it)
        room.handling << HandlingTime{it.key(), it.value().count, it.value().average()};
    std::sort(room.handling.begin(), room.handling.end(),
        [](const HandlingTime& a, const HandlingTime& b) {
            return a.visits != b.visits ? a.visits > b.visits : a.eventType < b.eventType;
        });
    const auto first
        = std::find_if(hours.cbegin(), hours.cend(), [](const HourSums& h) { return h.active; });
    if (first == hours.cend())
        return;
    const auto last
        = std::find_if(hours.crbegin(), hours.crend(), [](const HourSums& h) { return h.active; });
    for (auto it = first; it != last.base(); ++it)
        room.hours << HourBucket{int(it - hours.cbegin()), it->arrivals, it->served,
            it->waits.average(), it->waits.longest};
}

} // namespace

WaitLevel waitLevel(qint64 waitSeconds)
{
    if (waitSeconds >= kWaitAlertSeconds)
        return WaitLevel::Alert;
    if (waitSeconds >= kWaitWarningSeconds)
        return WaitLevel::Warning;
    return WaitLevel::Normal;
}

QString waitLevelName(WaitLevel level)
{
    switch (level) {
    case WaitLevel::Warning:
        return QStringLiteral("warning");
    case WaitLevel::Alert:
        return QStringLiteral("alert");
    case WaitLevel::Normal:
        break;
    }
    return QStringLiteral("normal");
}

QString counterActivityName(CounterActivity activity)
{
    switch (activity) {
    case CounterActivity::Calling:
        return QStringLiteral("calling");
    case CounterActivity::Serving:
        return QStringLiteral("serving");
    case CounterActivity::Closed:
        return QStringLiteral("closed");
    case CounterActivity::Idle:
        break;
    }
    return QStringLiteral("idle");
}

Result<RoomSnapshot> roomSnapshot(storage::Database& db, const QDate& day, const QDateTime& now)
{
    if (!day.isValid())
        return Error{QCoreApplication::translate("RoomStats", "the room needs a valid day")};
    if (!now.isValid())
        return Error{QCoreApplication::translate("RoomStats", "the room needs a valid time")};
    RoomSnapshot room;
    room.day = day;
    room.at = now;
    auto snapshot = dayreads::beginSnapshot(db);
    if (!snapshot)
        return snapshot.error();
    auto read = readRows(db, day, room);
    if (!read)
        return read.error();
    // Nothing was written: ending the reading cannot lose anything.
    snapshot.value()->rollback();
    summarise(read.value(), room);
    return room;
}

} // namespace madoguchi::queue
