#include "queue/ticketrows.h"
#include "queue/ticketstore.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

// TicketStore's reads: one ticket, a day's tickets, a ticket's history, the
// waiting counts. The changes are in ticketstore.cpp.
namespace madoguchi::queue {

using namespace rows;

Result<std::optional<Ticket>> TicketStore::find(qint64 ticketId)
{
    auto rows = storage::exec(m_db.sql(),
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM tickets WHERE id = ?"),
        {ticketId}, QCoreApplication::translate("TicketStore", "reading ticket %1").arg(ticketId));
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<Ticket>();
    return std::optional<Ticket>(readTicket(rows.value()));
}

Result<std::optional<Ticket>> TicketStore::findByNumber(const QDate& day, const QString& number)
{
    auto rows = storage::exec(m_db.sql(),
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM tickets WHERE day = ? AND number = ?"),
        {dayText(day), number.trimmed().toUpper()},
        QCoreApplication::translate("TicketStore", "reading ticket %1").arg(number));
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<Ticket>();
    return std::optional<Ticket>(readTicket(rows.value()));
}

Result<QList<Ticket>> TicketStore::ticketsOf(const QDate& day)
{
    auto rows = storage::exec(m_db.sql(),
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM tickets WHERE day = ? ORDER BY issued_at, id"),
        {dayText(day)},
        QCoreApplication::translate("TicketStore", "reading the tickets of %1").arg(dayText(day)));
    if (!rows)
        return rows.error();
    QList<Ticket> list;
    while (rows->next())
        list << readTicket(rows.value());
    return list;
}

Result<QList<TicketHistoryEntry>> TicketStore::history(qint64 ticketId)
{
    auto rows = storage::exec(m_db.sql(),
        QStringLiteral("SELECT at, from_state, to_state, counter, staff, note FROM ticket_history "
                       "WHERE ticket_id = ? ORDER BY id"),
        {ticketId},
        QCoreApplication::translate("TicketStore", "reading the history of ticket %1")
            .arg(ticketId));
    if (!rows)
        return rows.error();
    QList<TicketHistoryEntry> list;
    while (rows->next())
        list << TicketHistoryEntry{timeFromText(rows->value(0).toString()),
            rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString(),
            rows->value(4).toString(), rows->value(5).toString()};
    return list;
}

Result<QList<WaitingCount>> TicketStore::waitingCounts(const QDate& day)
{
    auto all = purposes();
    if (!all)
        return all.error();
    auto rows = storage::exec(m_db.sql(),
        QStringLiteral("SELECT purpose, COUNT(*), MIN(issued_at) FROM tickets "
                       "WHERE day = ? AND state = 'issued' GROUP BY purpose"),
        {dayText(day)}, QCoreApplication::translate("TicketStore", "counting the waiting tickets"));
    if (!rows)
        return rows.error();
    const QDateTime now = m_clock.now();
    QList<WaitingCount> counts;
    for (const QueuePurpose& p : all.value())
        if (p.active)
            counts << WaitingCount{p.id, 0, 0};
    while (rows->next()) {
        const QString purposeId = rows->value(0).toString();
        const QDateTime oldest = timeFromText(rows->value(2).toString());
        WaitingCount count{purposeId, rows->value(1).toInt(),
            oldest.isValid() ? std::max<qint64>(0, oldest.secsTo(now)) : 0};
        auto it = std::find_if(counts.begin(), counts.end(),
            [&](const WaitingCount& c) { return c.purpose == purposeId; });
        if (it != counts.end())
            *it = count;
        else
            counts << count;
    }
    return counts;
}

} // namespace madoguchi::queue
