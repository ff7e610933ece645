#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "queue/callpolicy.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace madoguchi::storage {
class Database;
class StatementCache;
} // namespace madoguchi::storage

// Tickets and counters in the database (issue #8; migration 0010,
// docs/queue.md). Every write is a prepared statement in a transaction that
// also writes the ticket's history row; every change is a conditional
// update on the state and version read, so two desks never move the same
// ticket, on either engine.
namespace madoguchi::queue {

enum class TicketState { Issued, Called, Serving, Done, NoShow, Redirected, OnHold };

// "issued", "called", "serving", "done", "no-show", "redirected", "on-hold".
QString ticketStateName(TicketState state);
std::optional<TicketState> ticketStateFromName(QStringView name);

// What a resident comes for; prefix is the letter of its numbers.
struct QueuePurpose {
    QString id;
    QString nameJa;
    QString nameEn;
    QString prefix;
    QStringList events; // the life events it maps to (tennyu, …)
    bool active = true;
};

// A desk and the purposes it serves.
struct Counter {
    QString id;
    QString name;
    QString office;
    QStringList purposes;
    bool active = true;
};

struct Ticket {
    qint64 id = 0;
    QDate day;
    QString number;
    QString purpose;
    PriorityClass priority = PriorityClass::Ordinary;
    QDateTime appointmentAt; // invalid unless booked
    TicketState state = TicketState::Issued;
    QDateTime issuedAt;
    QDateTime calledAt;
    QDateTime servingAt;
    QDateTime finishedAt;
    QString counter;
    QString staff;
    QString visitRef;
    qint64 redirectedTo = 0; // the new ticket's id after a redirect
    int version = 0;
};

struct TicketHistoryEntry {
    QDateTime at;
    QString fromState; // empty for the issue
    QString toState;
    QString counter;
    QString staff;
    QString note;
};

struct IssuedTicket {
    Ticket ticket;
    // Waiting tickets of the same purpose issued before this one.
    int peopleAhead = 0;
};

struct CalledTicket {
    Ticket ticket;
    QString why; // CallChoice::why
};

struct WaitingCount {
    QString purpose;
    int waiting = 0;
    // How long the oldest waiting ticket has waited (0 when none waits).
    qint64 oldestWaitSeconds = 0;
};

class TicketStore {
public:
    explicit TicketStore(storage::Database& db, const Clock& clock = Clock::system());
    ~TicketStore();
    TicketStore(const TicketStore&) = delete;
    TicketStore& operator=(const TicketStore&) = delete;

    // Purposes and counters (configured per city).
    Result<QList<QueuePurpose>> purposes();
    Result<std::optional<QueuePurpose>> purpose(const QString& id);
    Result<QList<Counter>> counters();
    Result<std::optional<Counter>> counter(const QString& id);
    Status addCounter(const Counter& counter);

    // A new ticket of `purpose` for today, numbered with the purpose's
    // prefix and its daily serial.
    Result<IssuedTicket> issue(const QString& purpose,
        PriorityClass priority = PriorityClass::Ordinary, const QDateTime& appointmentAt = {});

    // The counter calls the next waiting ticket of its purposes (chooseNext);
    // nullopt when none waits. A ticket another desk claimed first is passed
    // over and the choice made again (bounded), so no ticket is called twice.
    Result<std::optional<CalledTicket>> callNext(const QString& counterId, const QString& staff,
        Discipline discipline = Discipline::WeightedAgeing, const CallPolicy& policy = {});

    // Readies this store's connection for `counterId`'s calls, changing
    // nothing: on PostgreSQL reads the counter's waiting once and prepares
    // the claim. A desk does it when it opens, so that its first call of the
    // day costs what the later ones do: a new connection's first statements
    // also fill its server process's caches, which took a median 13 ms with
    // 50 desks on two cores (docs/queue.md, "Load: 50 desks").
    Status prepareCalls(const QString& counterId);

    // The transitions; each checks the current state and writes history.
    Result<Ticket> startServing(qint64 ticketId, const QString& staff = {});
    Result<Ticket> finish(qint64 ticketId, const QString& staff = {});
    Result<Ticket> noShow(qint64 ticketId, const QString& staff = {});
    Result<Ticket> hold(qint64 ticketId, const QString& staff = {}, const QString& note = {});
    // Back among the waiting, in its original place (issued_at unchanged).
    Result<Ticket> resume(qint64 ticketId, const QString& staff = {});
    // Closes the ticket as redirected and issues one of `toPurpose` that
    // keeps the original issued_at, so the resident keeps their place.
    // Returns the new ticket.
    Result<Ticket> redirect(qint64 ticketId, const QString& toPurpose, const QString& staff = {});
    Result<Ticket> linkVisit(qint64 ticketId, const QString& visitRef);

    Result<std::optional<Ticket>> find(qint64 ticketId);
    Result<std::optional<Ticket>> findByNumber(const QDate& day, const QString& number);
    Result<QList<Ticket>> ticketsOf(const QDate& day);
    Result<QList<TicketHistoryEntry>> history(qint64 ticketId);
    // Waiting tickets per active purpose on `day`, with the oldest wait.
    Result<QList<WaitingCount>> waitingCounts(const QDate& day);

private:
    struct Change;
    Result<Ticket> transition(qint64 ticketId, const Change& change);
    // find(), with a ticket that is not there as an error.
    Result<Ticket> existing(qint64 ticketId);
    // callNext() on PostgreSQL under our policy: the database orders the
    // waiting tickets by the policy's score and claims the first one no
    // other desk is claiming (FOR UPDATE SKIP LOCKED), in one statement, so
    // desks calling at once take different tickets instead of racing for
    // the same one (docs/queue.md, "Load: 50 desks").
    Result<std::optional<CalledTicket>> claimOnServer(
        const QString& counterId, const QString& staff, const CallPolicy& policy);
    // The counter and the tickets of its purposes waiting on `day`, in one
    // reading (ticketclaim.cpp).
    struct CounterWaiting;
    Result<CounterWaiting> readCounterWaiting(
        const QString& counterId, const QString& day, const QString& doing);
    // "there is no active counter 'X'".
    static Error noActiveCounter(const QString& counterId);
    Result<Ticket> insertTicket(const QueuePurpose& purpose, PriorityClass priority,
        const QDateTime& appointmentAt, const QDateTime& issuedAt, const QString& note);

    storage::Database& m_db;
    const Clock& m_clock;
    // The statements a desk runs at every call (counter, waiting, claim),
    // prepared once on this connection.
    std::unique_ptr<storage::StatementCache> m_statements;
};

} // namespace madoguchi::queue
