#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

// Which waiting ticket a counter calls next (issue #8; docs/queue.md): fair
// and explainable. Every ticket's score grows with its wait, multiplied by
// its class's weight (a weighted ratio with ageing), so a priority ticket
// goes ahead of ordinary ones that have not waited much longer, and an
// ordinary ticket's score keeps growing until it is the highest: nobody
// waits without bound. Pure: no database, no clock of its own.
namespace madoguchi::queue {

enum class PriorityClass {
    Ordinary,
    Elderly, // elderly or disabled
    Pregnant, // pregnant, or with a small child
    Appointment, // booked for a time
};

// "ordinary", "elderly", "pregnant", "appointment".
QString className(PriorityClass priority);
std::optional<PriorityClass> classFromName(QStringView name);

// A ticket waiting to be called, as the calling policy sees it.
struct WaitingTicket {
    qint64 id = 0;
    QString number;
    QString purpose; // the queue purpose's id
    PriorityClass priority = PriorityClass::Ordinary;
    QDateTime issuedAt;
    // For an appointment: the time booked (invalid otherwise).
    QDateTime appointmentAt;
};

// How the classes weigh; the defaults are the ones docs/queue.md measures.
struct CallPolicy {
    double elderlyWeight = 2.0;
    double pregnantWeight = 2.0;
    double appointmentWeight = 3.0;
    // An appointment counts as waiting from its booked time (not from when
    // the ticket was printed), so arriving early gains nothing.
    bool appointmentsFromBookedTime = true;
};

// The disciplines `bench queue` compares.
enum class Discipline {
    WeightedAgeing, // our policy (CallPolicy)
    StrictPriority, // any priority ticket first, then FIFO
    Fifo, // first issued, first called
};

struct CallChoice {
    qsizetype index = -1; // into the list given
    double score = 0; // weighted waiting minutes
    // Why this one, in words the desk shows (English; the desk translates
    // the parts): "elderly ×2.0, waited 12 min → 24.0; the next, A-031
    // (ordinary, 20 min) → 20.0".
    QString why;
};

// The next ticket among `waiting` (already those the counter serves) at
// `now` under `discipline`; nullopt when none waits. Ties go to the ticket
// issued first, then the lower id, so the choice is deterministic.
std::optional<CallChoice> chooseNext(const QList<WaitingTicket>& waiting, const QDateTime& now,
    Discipline discipline = Discipline::WeightedAgeing, const CallPolicy& policy = {});

// The why of the ticket at `chosen` (an index into `waiting`) as
// chooseNext() would say it, the runner-up being the best of the others:
// for a choice the database made (on PostgreSQL the ticket store chooses and
// claims in one statement with the same order).
CallChoice explainChoice(const QList<WaitingTicket>& waiting, qsizetype chosen,
    const QDateTime& now, Discipline discipline = Discipline::WeightedAgeing,
    const CallPolicy& policy = {});

// The first `limit` of `waiting` (indices into it) in the order
// `discipline` would call them were none to arrive meanwhile: the first is
// chooseNext()'s choice, the second its choice once the first is gone, …
QList<qsizetype> callOrder(const QList<WaitingTicket>& waiting, const QDateTime& now,
    qsizetype limit, Discipline discipline = Discipline::WeightedAgeing,
    const CallPolicy& policy = {});

} // namespace madoguchi::queue
