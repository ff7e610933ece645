#include "queue/ticketrows.h"
#include "queue/ticketstore.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/statementcache.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

// TicketStore::claimOnServer: on PostgreSQL the database chooses and claims
// the next ticket (docs/queue.md, "Load: 50 desks").
namespace madoguchi::queue {

using namespace rows;

namespace {

// How many of the waiting, in the policy's order, get their why said in
// advance: more than the desks that call within the same few milliseconds
// on a busy day (docs/queue.md, "Load: 50 desks").
constexpr qsizetype kWhysInAdvance = 16;

qsizetype indexOfId(const QList<WaitingTicket>& tickets, qint64 id)
{
    for (qsizetype i = 0; i < tickets.size(); ++i)
        if (tickets.at(i).id == id)
            return i;
    return -1;
}

// Chooses, claims and writes the history row in one statement, so one
// round trip and its own transaction (autocommit). The score of
// callpolicy.cpp in SQL: the class's weight times the time waited, an
// appointment counting from its booked time when that is later; ties to the
// ticket issued first, then the lower id. Times are stored as UTC ISO text,
// which PostgreSQL reads as timestamptz. The history row's note is the why
// said in advance for the ticket claimed (a JSON object by ticket id).
QString claimStatement(qsizetype purposes)
{
    QStringList returning;
    for (const QString& column : kColumns.split(QStringLiteral(", ")))
        returning << QStringLiteral("claimed.") + column.trimmed();
    QStringList claimedColumns;
    for (const QString& column : kColumns.split(QStringLiteral(", ")))
        claimedColumns << QStringLiteral("tickets.") + column.trimmed();
    return QStringLiteral("WITH next AS (SELECT id FROM tickets "
                          "WHERE day = ? AND state = 'issued' AND purpose IN (")
        + marks(purposes)
        + QStringLiteral(
            ") ORDER BY (CASE priority WHEN 'elderly' THEN ?::float8 "
            "WHEN 'pregnant' THEN ?::float8 WHEN 'appointment' THEN ?::float8 ELSE 1.0 END) "
            "* GREATEST(0, EXTRACT(EPOCH FROM (?::timestamptz - CASE WHEN ?::boolean "
            "AND priority = 'appointment' AND appointment_at IS NOT NULL "
            "AND appointment_at::timestamptz > issued_at::timestamptz "
            "THEN appointment_at::timestamptz ELSE issued_at::timestamptz END))) DESC, "
            "issued_at, id LIMIT 1 FOR UPDATE SKIP LOCKED), "
            "claimed AS (UPDATE tickets SET state = 'called', called_at = ?, counter = ?, "
            "staff = ?, version = version + 1 FROM next WHERE tickets.id = next.id RETURNING ")
        + claimedColumns.join(QStringLiteral(", "))
        + QStringLiteral("), history AS (INSERT INTO ticket_history (ticket_id, at, from_state, "
                         "to_state, counter, staff, note) SELECT id, ?, 'issued', 'called', ?, ?, "
                         "?::json ->> id::text FROM claimed) SELECT ")
        + returning.join(QStringLiteral(", ")) + QStringLiteral(" FROM claimed");
}

} // namespace

struct TicketStore::CounterWaiting {
    std::optional<Counter> counter; // nullopt: no such counter
    QList<WaitingTicket> waiting; // in the order issued
};

Result<TicketStore::CounterWaiting> TicketStore::readCounterWaiting(
    const QString& counterId, const QString& day, const QString& doing)
{
    // The counter and the waiting of its purposes in one reading (every
    // round trip is a chance to wait for a CPU when 50 desks share a
    // server). The waiting are read only to say why (a reading that takes no
    // lock and is a moment old at most).
    auto read = m_statements->exec(
        QStringLiteral("SELECT c.active, c.purposes, t.id, t.number, t.purpose, t.priority, "
                       "t.issued_at, t.appointment_at FROM counters c LEFT JOIN tickets t "
                       "ON t.day = ? AND t.state = 'issued' AND t.purpose IN "
                       "(SELECT json_array_elements_text(c.purposes::json)) WHERE c.id = ? "
                       "ORDER BY t.issued_at, t.id"),
        {day, counterId}, doing);
    if (!read)
        return read.error();
    QSqlQuery* rows = read.value();
    CounterWaiting found;
    std::optional<Counter>& counter = found.counter;
    QList<WaitingTicket>& waiting = found.waiting;
    while (rows->next()) {
        if (!counter)
            counter = Counter{counterId, {}, {}, listFromJson(rows->value(1).toString()),
                rows->value(0).toInt() != 0};
        if (!rows->value(2).isNull())
            waiting << WaitingTicket{rows->value(2).toLongLong(), rows->value(3).toString(),
                rows->value(4).toString(),
                classFromName(rows->value(5).toString()).value_or(PriorityClass::Ordinary),
                timeFromText(rows->value(6).toString()), timeFromText(rows->value(7).toString())};
    }
    rows->finish();
    return found;
}

Status TicketStore::prepareCalls(const QString& counterId)
{
    if (m_db.engine() != storage::Engine::PostgreSql) { // nothing to ready: check the counter
        auto c = counter(counterId);
        if (!c)
            return c.error();
        return c.value() && c.value()->active ? Status() : Status(noActiveCounter(counterId));
    }
    const QString doing
        = QCoreApplication::translate("TicketStore", "readying the calls of counter %1")
              .arg(counterId);
    auto read = readCounterWaiting(counterId, dayText(m_clock.today()), doing);
    if (!read)
        return read.error();
    if (!read->counter || !read->counter->active)
        return noActiveCounter(counterId);
    return m_statements->prepare(claimStatement(read->counter->purposes.size()), doing);
}

Result<std::optional<CalledTicket>> TicketStore::claimOnServer(
    const QString& counterId, const QString& staff, const CallPolicy& policy)
{
    QSqlDatabase& db = m_db.sql();
    const QDateTime now = m_clock.now();
    const QString day = dayText(m_clock.today());
    const QString doing
        = QCoreApplication::translate("TicketStore", "calling the next ticket at counter %1")
              .arg(counterId);
    auto read = readCounterWaiting(counterId, day, doing);
    if (!read)
        return read.error();
    const std::optional<Counter>& counter = read->counter;
    QList<WaitingTicket>& waiting = read->waiting;
    if (!counter || !counter->active)
        return noActiveCounter(counterId);
    const QStringList& served = counter->purposes;
    if (waiting.isEmpty())
        return std::optional<CalledTicket>();

    // The why is written with the claim, so it is said in advance, for each
    // ticket the claim is likely to take: the first in the policy's order,
    // or, when desks calling at the same moment took that one, one of the
    // next few. Only a claim beyond those (or of a ticket issued after the
    // reading) writes its why just after (below): a third round trip that
    // one call in ten took with a single why said in advance.
    // Each is said against the tickets left once those ahead of it are
    // gone: a claim takes it only when other desks are calling those.
    QJsonObject whys;
    {
        QList<WaitingTicket> left = waiting;
        for (qsizetype i :
            callOrder(waiting, now, kWhysInAdvance, Discipline::WeightedAgeing, policy)) {
            const qsizetype at = indexOfId(left, waiting.at(i).id);
            whys.insert(QString::number(waiting.at(i).id),
                explainChoice(left, at, now, Discipline::WeightedAgeing, policy).why);
            left.removeAt(at);
        }
    }
    const QString whysJson = QString::fromUtf8(QJsonDocument(whys).toJson(QJsonDocument::Compact));

    // The claim (claimStatement), its values in the order of its marks.
    const QString at = timeText(now);
    QVariantList values{day};
    for (const QString& p : served)
        values << p;
    values << policy.elderlyWeight << policy.pregnantWeight << policy.appointmentWeight << at
           << policy.appointmentsFromBookedTime << at << counterId << staff;
    values << at << counterId << staff << whysJson;
    auto claim = m_statements->exec(claimStatement(served.size()), values, doing);
    if (!claim)
        return claim.error();
    QSqlQuery& claimed = *claim.value();
    if (!claimed.next()) {
        claimed.finish();
        return std::optional<CalledTicket>(); // every waiting one is being called by others
    }
    const Ticket ticket = readTicket(claimed);
    claimed.finish();
    const QJsonValue saidWhy = whys.value(QString::number(ticket.id));
    if (saidWhy.isString())
        return std::optional<CalledTicket>(CalledTicket{ticket, saidWhy.toString()});

    // Said against the tickets left once those the policy puts ahead of it
    // (being called at other desks) are gone, as above.
    if (indexOfId(waiting, ticket.id) < 0) // issued after the reading
        waiting << WaitingTicket{ticket.id, ticket.number, ticket.purpose, ticket.priority,
            ticket.issuedAt, ticket.appointmentAt};
    QList<WaitingTicket> left;
    bool reached = false;
    for (qsizetype i :
        callOrder(waiting, now, waiting.size(), Discipline::WeightedAgeing, policy)) {
        reached = reached || waiting.at(i).id == ticket.id;
        if (reached)
            left << waiting.at(i);
    }
    const CallChoice choice = explainChoice(left, 0, now, Discipline::WeightedAgeing, policy);
    auto noted = storage::exec(db,
        QStringLiteral("UPDATE ticket_history SET note = ? WHERE ticket_id = ? AND at = ? AND "
                       "to_state = 'called' AND note IS NULL"),
        {choice.why, ticket.id, at},
        QCoreApplication::translate("TicketStore", "writing the history of ticket %1")
            .arg(ticket.number));
    if (!noted)
        return noted.error();
    return std::optional<CalledTicket>(CalledTicket{ticket, choice.why});
}

} // namespace madoguchi::queue
