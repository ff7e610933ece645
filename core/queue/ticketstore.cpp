#include "queue/ticketstore.h"

#include "queue/ticketrows.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/statementcache.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <algorithm>

namespace madoguchi::queue {
namespace {

using namespace rows;

// Rounds of reading the waiting tickets in callNext; within a round every
// ticket another desk took first is passed over, so a round ends only when
// the desk has lost every ticket it saw.
constexpr int kCallRounds = 8;

} // namespace

QString ticketStateName(TicketState state)
{
    switch (state) {
    case TicketState::Issued:
        return QStringLiteral("issued");
    case TicketState::Called:
        return QStringLiteral("called");
    case TicketState::Serving:
        return QStringLiteral("serving");
    case TicketState::Done:
        return QStringLiteral("done");
    case TicketState::NoShow:
        return QStringLiteral("no-show");
    case TicketState::Redirected:
        return QStringLiteral("redirected");
    case TicketState::OnHold:
        break;
    }
    return QStringLiteral("on-hold");
}

std::optional<TicketState> ticketStateFromName(QStringView name)
{
    for (TicketState s : {TicketState::Issued, TicketState::Called, TicketState::Serving,
             TicketState::Done, TicketState::NoShow, TicketState::Redirected, TicketState::OnHold})
        if (name == ticketStateName(s))
            return s;
    return std::nullopt;
}

// One transition: the states it leaves, the one it reaches, the verb of the
// refusal ("it cannot be called") and the time column it sets.
struct TicketStore::Change {
    QList<TicketState> from;
    TicketState to;
    QString verb;
    QString timeColumn;
    QString staff;
    QString note;
    QString visitRef; // linkVisit only
};

TicketStore::TicketStore(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_statements(std::make_unique<storage::StatementCache>(db.sql()))
{ }

TicketStore::~TicketStore() = default;

Result<QList<QueuePurpose>> TicketStore::purposes()
{
    auto rows = storage::exec(m_db.sql(),
        QStringLiteral("SELECT id, name_ja, name_en, prefix, events, active FROM queue_purposes "
                       "ORDER BY prefix, id"),
        {}, QCoreApplication::translate("TicketStore", "reading the queue purposes"));
    if (!rows)
        return rows.error();
    QList<QueuePurpose> list;
    while (rows->next())
        list << QueuePurpose{rows->value(0).toString(), rows->value(1).toString(),
            rows->value(2).toString(), rows->value(3).toString(),
            listFromJson(rows->value(4).toString()), rows->value(5).toInt() != 0};
    return list;
}

Result<std::optional<QueuePurpose>> TicketStore::purpose(const QString& id)
{
    auto all = purposes();
    if (!all)
        return all.error();
    for (const QueuePurpose& p : all.value())
        if (p.id.compare(id, Qt::CaseInsensitive) == 0)
            return std::optional<QueuePurpose>(p);
    return std::optional<QueuePurpose>();
}

Result<QList<Counter>> TicketStore::counters()
{
    auto rows = storage::exec(m_db.sql(),
        QStringLiteral("SELECT id, name, office, purposes, active FROM counters ORDER BY id"), {},
        QCoreApplication::translate("TicketStore", "reading the counters"));
    if (!rows)
        return rows.error();
    QList<Counter> list;
    while (rows->next())
        list << Counter{rows->value(0).toString(), rows->value(1).toString(),
            rows->value(2).toString(), listFromJson(rows->value(3).toString()),
            rows->value(4).toInt() != 0};
    return list;
}

Result<std::optional<Counter>> TicketStore::counter(const QString& id)
{
    auto rows = m_statements->exec(
        QStringLiteral("SELECT id, name, office, purposes, active FROM counters WHERE id = ?"),
        {id}, QCoreApplication::translate("TicketStore", "reading counter %1").arg(id));
    if (!rows)
        return rows.error();
    QSqlQuery& row = *rows.value();
    std::optional<Counter> found;
    if (row.next())
        found = Counter{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
            listFromJson(row.value(3).toString()), row.value(4).toInt() != 0};
    row.finish();
    return found;
}

Status TicketStore::addCounter(const Counter& c)
{
    if (c.id.trimmed().isEmpty() || c.name.trimmed().isEmpty())
        return Error{
            QCoreApplication::translate("TicketStore", "a counter needs an id and a name")};
    if (c.purposes.isEmpty())
        return Error{QCoreApplication::translate(
            "TicketStore", "counter %1 serves no purpose; give at least one")
                         .arg(c.id)};
    QStringList ids;
    for (const QString& p : c.purposes) {
        auto known = purpose(p.trimmed());
        if (!known)
            return known.error();
        if (!known.value())
            return Error{QCoreApplication::translate(
                "TicketStore", "counter %1: there is no queue purpose '%2'")
                             .arg(c.id, p)};
        ids << known.value()->id;
    }
    auto existing = counter(c.id);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{
            QCoreApplication::translate("TicketStore", "counter %1 exists already").arg(c.id)};
    auto added = storage::exec(m_db.sql(),
        QStringLiteral("INSERT INTO counters (id, name, office, purposes, active) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {c.id, c.name, c.office.isEmpty() ? QStringLiteral("") : c.office, jsonFromList(ids),
            c.active ? 1 : 0},
        QCoreApplication::translate("TicketStore", "adding counter %1").arg(c.id));
    if (!added)
        return added.error();
    return {};
}

Result<Ticket> TicketStore::insertTicket(const QueuePurpose& p, PriorityClass priority,
    const QDateTime& appointmentAt, const QDateTime& issuedAt, const QString& note)
{
    QSqlDatabase& db = m_db.sql();
    const QString day = dayText(m_clock.today());
    // One statement on both engines; concurrent issues on PostgreSQL wait
    // for the row lock and each gets its own number.
    auto serial = storage::exec(db,
        QStringLiteral("INSERT INTO ticket_serials (day, purpose, last) VALUES (?, ?, 1) "
                       "ON CONFLICT (day, purpose) DO UPDATE SET last = ticket_serials.last + 1 "
                       "RETURNING last"),
        {day, p.id},
        QCoreApplication::translate("TicketStore", "numbering a ticket of %1").arg(p.id));
    if (!serial)
        return serial.error();
    if (!serial->next())
        return Error{
            QCoreApplication::translate("TicketStore", "numbering a ticket of %1 gave no number")
                .arg(p.id)};
    Ticket t;
    t.number = QStringLiteral("%1-%2").arg(p.prefix).arg(
        serial->value(0).toLongLong(), 3, 10, QLatin1Char('0'));
    serial->finish();
    t.day = m_clock.today();
    t.purpose = p.id;
    t.priority = priority;
    t.appointmentAt = appointmentAt;
    t.issuedAt = issuedAt;
    t.version = 1;
    auto inserted = storage::exec(db,
        QStringLiteral(
            "INSERT INTO tickets (day, number, purpose, priority, appointment_at, state, "
            "issued_at, version) VALUES (?, ?, ?, ?, ?, 'issued', ?, 1) RETURNING id"),
        {day, t.number, p.id, className(priority), timeValue(appointmentAt), timeText(issuedAt)},
        QCoreApplication::translate("TicketStore", "issuing ticket %1").arg(t.number));
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error{QCoreApplication::translate("TicketStore", "issuing ticket %1 gave no id")
                         .arg(t.number)};
    t.id = inserted->value(0).toLongLong();
    inserted->finish();
    if (Status s = writeHistory(
            db, t, timeText(m_clock.now()), {}, ticketStateName(TicketState::Issued), {}, {}, note);
        !s)
        return s.error();
    return t;
}

Result<IssuedTicket> TicketStore::issue(
    const QString& purposeId, PriorityClass priority, const QDateTime& appointmentAt)
{
    if (priority == PriorityClass::Appointment && !appointmentAt.isValid())
        return Error{QCoreApplication::translate(
            "TicketStore", "an appointment ticket needs the booked time")};
    auto p = purpose(purposeId);
    if (!p)
        return p.error();
    if (!p.value() || !p.value()->active)
        return Error{
            QCoreApplication::translate("TicketStore", "there is no active queue purpose '%1'")
                .arg(purposeId)};
    storage::Transaction transaction(m_db.sql());
    if (Status s = transaction.begun(); !s)
        return s.error();
    auto t = insertTicket(*p.value(), priority, appointmentAt, m_clock.now(), {});
    if (!t)
        return t.error();
    auto ahead = storage::exec(m_db.sql(),
        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE day = ? AND purpose = ? AND "
                       "state = 'issued' AND (issued_at < ? OR (issued_at = ? AND id < ?))"),
        {dayText(t->day), t->purpose, timeText(t->issuedAt), timeText(t->issuedAt), t->id},
        QCoreApplication::translate("TicketStore", "counting the people ahead of %1")
            .arg(t->number));
    if (!ahead)
        return ahead.error();
    const int peopleAhead = ahead->next() ? ahead->value(0).toInt() : 0;
    ahead->finish();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return IssuedTicket{std::move(t).value(), peopleAhead};
}

Error TicketStore::noActiveCounter(const QString& counterId)
{
    return Error{QCoreApplication::translate("TicketStore", "there is no active counter '%1'")
                     .arg(counterId)};
}

Result<std::optional<CalledTicket>> TicketStore::callNext(
    const QString& counterId, const QString& staff, Discipline discipline, const CallPolicy& policy)
{
    if (m_db.engine() == storage::Engine::PostgreSql && discipline == Discipline::WeightedAgeing)
        return claimOnServer(counterId, staff, policy);
    auto c = counter(counterId);
    if (!c)
        return c.error();
    if (!c.value() || !c.value()->active)
        return noActiveCounter(counterId);
    const QStringList served = c.value()->purposes;
    if (served.isEmpty())
        return std::optional<CalledTicket>();
    QSqlDatabase& db = m_db.sql();
    const QDateTime now = m_clock.now();
    const QString day = dayText(m_clock.today());
    for (int round = 0; round < kCallRounds; ++round) {
        QVariantList values{day};
        for (const QString& p : served)
            values << p;
        auto rows = storage::exec(db,
            QStringLiteral(
                "SELECT id, number, purpose, priority, issued_at, appointment_at, "
                "version FROM tickets WHERE day = ? AND state = 'issued' AND purpose IN (")
                + marks(served.size()) + QStringLiteral(") ORDER BY issued_at, id"),
            values,
            QCoreApplication::translate("TicketStore", "reading the tickets waiting for counter %1")
                .arg(counterId));
        if (!rows)
            return rows.error();
        QList<WaitingTicket> waiting;
        QList<int> versions;
        while (rows->next()) {
            waiting << WaitingTicket{rows->value(0).toLongLong(), rows->value(1).toString(),
                rows->value(2).toString(),
                classFromName(rows->value(3).toString()).value_or(PriorityClass::Ordinary),
                timeFromText(rows->value(4).toString()), timeFromText(rows->value(5).toString())};
            versions << rows->value(6).toInt();
        }
        rows->finish();
        if (waiting.isEmpty())
            return std::optional<CalledTicket>();
        while (!waiting.isEmpty()) {
            const std::optional<CallChoice> choice = chooseNext(waiting, now, discipline, policy);
            if (!choice || choice->index < 0 || choice->index >= waiting.size())
                return std::optional<CalledTicket>();
            const WaitingTicket chosen = waiting.at(choice->index);
            const int version = versions.at(choice->index);
            storage::Transaction transaction(db);
            if (Status s = transaction.begun(); !s)
                return s.error();
            auto claimed = storage::exec(db,
                QStringLiteral("UPDATE tickets SET state = 'called', called_at = ?, counter = ?, "
                               "staff = ?, version = version + 1 "
                               "WHERE id = ? AND state = 'issued' AND version = ?"),
                {timeText(now), counterId, staff, chosen.id, version},
                QCoreApplication::translate("TicketStore", "calling ticket %1 at counter %2")
                    .arg(chosen.number, counterId));
            if (!claimed)
                return claimed.error();
            if (claimed->numRowsAffected() != 1) {
                // Another desk called it (or it changed) first: pass it over.
                transaction.rollback();
                waiting.removeAt(choice->index);
                versions.removeAt(choice->index);
                continue;
            }
            Ticket t;
            t.id = chosen.id;
            t.number = chosen.number;
            if (Status s = writeHistory(db, t, timeText(now), ticketStateName(TicketState::Issued),
                    ticketStateName(TicketState::Called), counterId, staff, choice->why);
                !s)
                return s.error();
            if (Status s = transaction.commit(); !s)
                return s.error();
            auto called = find(chosen.id);
            if (!called)
                return called.error();
            if (!called.value())
                return Error{QCoreApplication::translate(
                    "TicketStore", "ticket %1 vanished after it was called")
                                 .arg(chosen.number)};
            return std::optional<CalledTicket>(CalledTicket{*called.value(), choice->why});
        }
    }
    return Error{QCoreApplication::translate("TicketStore",
        "counter %1 could not call a ticket: other desks kept calling the same "
        "tickets first; try again")
                     .arg(counterId)};
}

Result<Ticket> TicketStore::existing(qint64 ticketId)
{
    auto found = find(ticketId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{
            QCoreApplication::translate("TicketStore", "there is no ticket %1").arg(ticketId)};
    return *found.value();
}

Result<Ticket> TicketStore::transition(qint64 ticketId, const Change& change)
{
    QSqlDatabase& db = m_db.sql();
    storage::Transaction transaction(db);
    if (Status s = transaction.begun(); !s)
        return s.error();
    auto current = existing(ticketId);
    if (!current)
        return current.error();
    const Ticket t = current.value();
    if (!change.from.contains(t.state))
        return Error{QCoreApplication::translate("TicketStore", "%1 is %2; it cannot be %3")
                         .arg(t.number, ticketStateName(t.state), change.verb)};
    const QString now = timeText(m_clock.now());
    QString set = QStringLiteral("state = ?, staff = COALESCE(NULLIF(?, ''), staff)");
    QVariantList values{ticketStateName(change.to), change.staff};
    if (!change.timeColumn.isEmpty()) {
        set += QStringLiteral(", ") + change.timeColumn + QStringLiteral(" = ?");
        values << now;
    }
    if (!change.visitRef.isEmpty()) {
        set += QStringLiteral(", visit_ref = ?");
        values << change.visitRef;
    }
    values << t.id << ticketStateName(t.state) << t.version;
    auto updated = storage::exec(db,
        QStringLiteral("UPDATE tickets SET ") + set
            + QStringLiteral(", version = version + 1 WHERE id = ? AND state = ? AND version = ?"),
        values, QCoreApplication::translate("TicketStore", "changing ticket %1").arg(t.number));
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{QCoreApplication::translate(
            "TicketStore", "%1 was changed at another desk meanwhile; look again")
                         .arg(t.number)};
    if (Status s = writeHistory(db, t, now, ticketStateName(t.state), ticketStateName(change.to),
            t.counter, change.staff.isEmpty() ? t.staff : change.staff, change.note);
        !s)
        return s.error();
    auto changed = find(ticketId);
    if (!changed)
        return changed.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *changed.value();
}

Result<Ticket> TicketStore::startServing(qint64 ticketId, const QString& staff)
{
    return transition(ticketId,
        {{TicketState::Called}, TicketState::Serving,
            QCoreApplication::translate("TicketStore", "served"), QStringLiteral("serving_at"),
            staff, {}, {}});
}

Result<Ticket> TicketStore::finish(qint64 ticketId, const QString& staff)
{
    return transition(ticketId,
        {{TicketState::Called, TicketState::Serving}, TicketState::Done,
            QCoreApplication::translate("TicketStore", "finished"), QStringLiteral("finished_at"),
            staff, {}, {}});
}

Result<Ticket> TicketStore::noShow(qint64 ticketId, const QString& staff)
{
    return transition(ticketId,
        {{TicketState::Called}, TicketState::NoShow,
            QCoreApplication::translate("TicketStore", "marked as not shown"),
            QStringLiteral("finished_at"), staff, {}, {}});
}

Result<Ticket> TicketStore::hold(qint64 ticketId, const QString& staff, const QString& note)
{
    return transition(ticketId,
        {{TicketState::Issued, TicketState::Called, TicketState::Serving}, TicketState::OnHold,
            QCoreApplication::translate("TicketStore", "put on hold"), {}, staff, note, {}});
}

Result<Ticket> TicketStore::resume(qint64 ticketId, const QString& staff)
{
    return transition(ticketId,
        {{TicketState::OnHold}, TicketState::Issued,
            QCoreApplication::translate("TicketStore", "resumed"), {}, staff, {}, {}});
}

Result<Ticket> TicketStore::linkVisit(qint64 ticketId, const QString& visitRef)
{
    if (visitRef.isEmpty())
        return Error{QCoreApplication::translate("TicketStore", "no visit reference to link")};
    // The state stays; the history records the link.
    auto current = existing(ticketId);
    if (!current)
        return current.error();
    const TicketState state = current->state;
    return transition(ticketId,
        {{TicketState::Called, TicketState::Serving, TicketState::Done}, state,
            QCoreApplication::translate("TicketStore", "linked to a visit"), {}, {},
            QCoreApplication::translate("TicketStore", "visit %1").arg(visitRef), visitRef});
}

Result<Ticket> TicketStore::redirect(
    qint64 ticketId, const QString& toPurpose, const QString& staff)
{
    auto target = purpose(toPurpose);
    if (!target)
        return target.error();
    if (!target.value() || !target.value()->active)
        return Error{
            QCoreApplication::translate("TicketStore", "there is no active queue purpose '%1'")
                .arg(toPurpose)};
    QSqlDatabase& db = m_db.sql();
    storage::Transaction transaction(db);
    if (Status s = transaction.begun(); !s)
        return s.error();
    auto current = existing(ticketId);
    if (!current)
        return current.error();
    const Ticket old = current.value();
    const QList<TicketState> from{
        TicketState::Issued, TicketState::Called, TicketState::Serving, TicketState::OnHold};
    if (!from.contains(old.state))
        return Error{QCoreApplication::translate("TicketStore", "%1 is %2; it cannot be redirected")
                         .arg(old.number, ticketStateName(old.state))};
    if (old.purpose == target.value()->id)
        return Error{QCoreApplication::translate("TicketStore", "%1 is already a ticket of %2")
                         .arg(old.number, old.purpose)};
    auto created = insertTicket(*target.value(), old.priority, old.appointmentAt, old.issuedAt,
        QCoreApplication::translate("TicketStore", "redirected from %1").arg(old.number));
    if (!created)
        return created.error();
    const QString now = timeText(m_clock.now());
    auto updated = storage::exec(db,
        QStringLiteral(
            "UPDATE tickets SET state = 'redirected', redirected_to = ?, finished_at = ?, "
            "staff = COALESCE(NULLIF(?, ''), staff), version = version + 1 "
            "WHERE id = ? AND state = ? AND version = ?"),
        {created->id, now, staff, old.id, ticketStateName(old.state), old.version},
        QCoreApplication::translate("TicketStore", "redirecting ticket %1").arg(old.number));
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{QCoreApplication::translate(
            "TicketStore", "%1 was changed at another desk meanwhile; look again")
                         .arg(old.number)};
    if (Status s = writeHistory(db, old, now, ticketStateName(old.state),
            ticketStateName(TicketState::Redirected), old.counter,
            staff.isEmpty() ? old.staff : staff,
            QCoreApplication::translate("TicketStore", "redirected to %1").arg(created->number));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return std::move(created).value();
}

} // namespace madoguchi::queue
