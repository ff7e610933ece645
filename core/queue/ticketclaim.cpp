#include "queue/ticketrows.h"
#include "queue/ticketstore.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

// TicketStore::claimOnServer: on PostgreSQL the database chooses and claims
// the next ticket (docs/queue.md, "Load: 50 desks").
namespace madoguchi::queue {

using namespace rows;

Result<std::optional<CalledTicket>> TicketStore::claimOnServer(const QString& counterId,
    const QStringList& served, const QString& staff, const CallPolicy& policy)
{
    QSqlDatabase& db = m_db.sql();
    const QDateTime now = m_clock.now();
    const QString day = dayText(m_clock.today());
    const QString doing
        = QCoreApplication::translate("TicketStore", "calling the next ticket at counter %1")
              .arg(counterId);

    // The waiting, read before the claim, only to say why (a reading that
    // takes no lock and is a moment old at most).
    QVariantList waitingValues{day};
    for (const QString& p : served)
        waitingValues << p;
    auto rows = storage::exec(db,
        QStringLiteral("SELECT id, number, purpose, priority, issued_at, appointment_at FROM "
                       "tickets WHERE day = ? AND state = 'issued' AND purpose IN (")
            + marks(served.size()) + QStringLiteral(") ORDER BY issued_at, id"),
        waitingValues, doing);
    if (!rows)
        return rows.error();
    QList<WaitingTicket> waiting;
    while (rows->next())
        waiting << WaitingTicket{rows->value(0).toLongLong(), rows->value(1).toString(),
            rows->value(2).toString(),
            classFromName(rows->value(3).toString()).value_or(PriorityClass::Ordinary),
            timeFromText(rows->value(4).toString()), timeFromText(rows->value(5).toString())};
    rows->finish();
    if (waiting.isEmpty())
        return std::optional<CalledTicket>();

    storage::Transaction transaction(db);
    if (Status s = transaction.begun(); !s)
        return s.error();
    // The score of callpolicy.cpp in SQL: the class's weight times the time
    // waited, an appointment counting from its booked time when that is
    // later; ties to the ticket issued first, then the lower id. Times are
    // stored as UTC ISO text, which PostgreSQL reads as timestamptz.
    QVariantList values{day};
    for (const QString& p : served)
        values << p;
    values << policy.elderlyWeight << policy.pregnantWeight << policy.appointmentWeight
           << timeText(now) << policy.appointmentsFromBookedTime << timeText(now) << counterId
           << staff;
    QStringList returning;
    for (const QString& column : kColumns.split(QStringLiteral(", ")))
        returning << QStringLiteral("tickets.") + column.trimmed();
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
            "issued_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) "
            "UPDATE tickets SET state = 'called', called_at = ?, counter = ?, staff = ?, "
            "version = version + 1 FROM next WHERE tickets.id = next.id RETURNING ")
        + returning.join(QStringLiteral(", "));
    auto claimed = storage::exec(db, sql, values, doing);
    if (!claimed)
        return claimed.error();
    if (!claimed->next())
        return std::optional<CalledTicket>(); // every waiting one is being called by others
    const Ticket ticket = readTicket(claimed.value());
    claimed->finish();

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
    if (Status s = writeHistory(db, ticket, timeText(now), ticketStateName(TicketState::Issued),
            ticketStateName(TicketState::Called), counterId, staff, choice.why);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return std::optional<CalledTicket>(CalledTicket{ticket, choice.why});
}

} // namespace madoguchi::queue
