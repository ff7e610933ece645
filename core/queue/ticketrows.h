#pragma once

// How a ticket row is read and written (TicketStore's two files share it).
#include "common/result.h"
#include "queue/ticketstore.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace madoguchi::queue::rows {

// The columns readTicket() reads, in its order.
extern const QString kColumns;

// Times are stored as UTC ISO text with milliseconds; days as ISO dates.
QString timeText(const QDateTime& at);
QVariant timeValue(const QDateTime& at); // SQL NULL for an invalid time
QDateTime timeFromText(const QString& text);
QString dayText(const QDate& day);
QStringList listFromJson(const QString& text);
QString jsonFromList(const QStringList& list);
// "?,?,?" for an IN list of n values.
QString marks(qsizetype n);
Ticket readTicket(const QSqlQuery& q);
// A ticket_history row for a change of `t` (from empty: issued).
Status writeHistory(QSqlDatabase& db, const Ticket& t, const QString& at, const QString& from,
    const QString& to, const QString& counter, const QString& staff, const QString& note);

} // namespace madoguchi::queue::rows
