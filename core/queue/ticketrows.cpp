#include "queue/ticketrows.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace madoguchi::queue::rows {

const QString kColumns = QStringLiteral(
    "id, day, number, purpose, priority, appointment_at, state, issued_at, called_at, "
    "serving_at, finished_at, counter, staff, visit_ref, redirected_to, version");

QString timeText(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant timeValue(const QDateTime& at)
{
    return at.isValid() ? QVariant(timeText(at)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime timeFromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

QString dayText(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

QStringList listFromJson(const QString& text)
{
    QStringList list;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
        list << v.toString();
    return list;
}

QString jsonFromList(const QStringList& list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QLatin1Char(','));
}

Ticket readTicket(const QSqlQuery& q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    t.number = q.value(2).toString();
    t.purpose = q.value(3).toString();
    t.priority = classFromName(q.value(4).toString()).value_or(PriorityClass::Ordinary);
    t.appointmentAt = timeFromText(q.value(5).toString());
    // Fail safe: a state this build does not know is not waiting.
    t.state = ticketStateFromName(q.value(6).toString()).value_or(TicketState::OnHold);
    t.issuedAt = timeFromText(q.value(7).toString());
    t.calledAt = timeFromText(q.value(8).toString());
    t.servingAt = timeFromText(q.value(9).toString());
    t.finishedAt = timeFromText(q.value(10).toString());
    t.counter = q.value(11).toString();
    t.staff = q.value(12).toString();
    t.visitRef = q.value(13).toString();
    t.redirectedTo = q.value(14).toLongLong();
    t.version = q.value(15).toInt();
    return t;
}

Status writeHistory(QSqlDatabase& db, const Ticket& t, const QString& at, const QString& from,
    const QString& to, const QString& counter, const QString& staff, const QString& note)
{
    auto written = storage::exec(db,
        QStringLiteral("INSERT INTO ticket_history (ticket_id, at, from_state, to_state, counter, "
                       "staff, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {t.id, at, from.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(from), to,
            counter, staff, note},
        QCoreApplication::translate("TicketStore", "writing the history of ticket %1")
            .arg(t.number));
    if (!written)
        return written.error();
    return {};
}

} // namespace madoguchi::queue::rows
