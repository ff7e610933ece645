#include "queue/ticketrows.h"
#include "queue/ticketstore.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/statementcache.h"

#include <QCoreApplication>
#include <QSqlQuery>

// TicketStore::claimOnServer: on PostgreSQL the database chooses and claims
// the next ticket (docs/queue.md, "Load: 50 desks").
namespace madoguchi::queue {

using namespace rows;

Result<std::optional<CalledTicket>> TicketStore::claimOnServer(
    const QString& counterId, const QString& staff, const CallPolicy& policy)
{
    QSqlDatabase& db = m_db.sql();
    const QDateTime now = m_clock.now();
    const QString day = dayText(m_clock.today());
    const QString doing
        = QCoreApplication::translate("TicketStore", "calling the next ticket at counter %1")
              .arg(counterId);

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
    std::optional<Counter> counter;
    QList<WaitingTicket> waiting;
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
    if (!counter || !counter->active)
        return noActiveCounter(counterId);
    const QStringList& served = counter->purposes;
    if (waiting.isEmpty())
        return std::optional<CalledTicket>();

    // The why is written with the claim, so it is said in advance for the
    // ticket the reading above expects the claim to take; when another desk
    // took that one first, the claim takes the next and its why is written
    // just after (below).
    const std::optional<CallChoice> expected
        = chooseNext(waiting, now, Discipline::WeightedAgeing, policy);
    const qint64 expectedId = expected ? waiting.at(expected->index).id : 0;
    const QString expectedWhy = expected ? expected->why : QString();

    // One statement, so one round trip and its own transaction (autocommit):
    // choose, claim and write the history row. The score of callpolicy.cpp
    // in SQL: the class's weight times the time waited, an appointment
    // counting from its booked time when that is later; ties to the ticket
    // issued first, then the lower id. Times are stored as UTC ISO text,
    // which PostgreSQL reads as timestamptz.
    const QString at = timeText(now);
    QVariantList values{day};
    for (const QString& p : served)
        values << p;
    values << policy.elderlyWeight << policy.pregnantWeight << policy.appointmentWeight << at
           << policy.appointmentsFromBookedTime << at << counterId << staff;
    values << at << counterId << staff << expectedId << expectedWhy;
    QStringList returning;
    for (const QString& column : kColumns.split(QStringLiteral(", ")))
        returning << QStringLiteral("claimed.") + column.trimmed();
    QStringList claimedColumns;
    for (const QString& column : kColumns.split(QStringLiteral(", ")))
        claimedColumns << QStringLiteral("tickets.") + column.trimmed();
    const QString sql = QStringLiteral("WITH next AS (SELECT id FROM tickets "
                                       "WHERE day = ? AND state = 'issued' AND purpose IN (")
        + marks(served.size())
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
                         "CASE WHEN id = ? THEN ? END FROM claimed) SELECT ")
        + returning.join(QStringLiteral(", ")) + QStringLiteral(" FROM claimed");
    auto claim = m_statements->exec(sql, values, doing);
    if (!claim)
        return claim.error();
    QSqlQuery& claimed = *claim.value();
    if (!claimed.next()) {
        claimed.finish();
        return std::optional<CalledTicket>(); // every waiting one is being called by others
    }
    const Ticket ticket = readTicket(claimed);
    claimed.finish();
    if (ticket.id == expectedId)
        return std::optional<CalledTicket>(CalledTicket{ticket, expectedWhy});

    qsizetype chosen = -1;
    for (qsizetype i = 0; i < waiting.size(); ++i)
        if (waiting.at(i).id == ticket.id)
            chosen = i;
    if (chosen < 0) { // issued after the reading above
        chosen = waiting.size();
        waiting << WaitingTicket{ticket.id, ticket.number, ticket.purpose, ticket.priority,
            ticket.issuedAt, ticket.appointmentAt};
    }
    const CallChoice choice
        = explainChoice(waiting, chosen, now, Discipline::WeightedAgeing, policy);
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
