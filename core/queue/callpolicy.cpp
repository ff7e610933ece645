#include "queue/callpolicy.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace madoguchi::queue {
namespace {

struct Scored {
    qsizetype index = -1;
    double minutes = 0; // waited, as the discipline counts it
    double weight = 1;
    double score = 0;
    int rank = 0; // StrictPriority: 1 for a priority ticket
    bool fromBooking = false;
};

double weightOf(PriorityClass priority, const CallPolicy& policy)
{
    switch (priority) {
    case PriorityClass::Ordinary:
        return 1.0;
    case PriorityClass::Elderly:
        return policy.elderlyWeight;
    case PriorityClass::Pregnant:
        return policy.pregnantWeight;
    case PriorityClass::Appointment:
        return policy.appointmentWeight;
    }
    return 1.0;
}

// When the ticket starts to count as waiting. Under our policy an
// appointment counts from its booked time, or from when it was printed if
// that is later (arriving late gains nothing either).
QDateTime waitingSince(
    const WaitingTicket& ticket, Discipline discipline, const CallPolicy& policy, bool* fromBooking)
{
    *fromBooking = false;
    if (discipline == Discipline::WeightedAgeing && policy.appointmentsFromBookedTime
        && ticket.priority == PriorityClass::Appointment && ticket.appointmentAt.isValid()
        && (!ticket.issuedAt.isValid() || ticket.appointmentAt > ticket.issuedAt)) {
        *fromBooking = true;
        return ticket.appointmentAt;
    }
    return ticket.issuedAt;
}

Scored score(const WaitingTicket& ticket, qsizetype index, const QDateTime& now,
    Discipline discipline, const CallPolicy& policy)
{
    Scored s;
    s.index = index;
    const QDateTime since = waitingSince(ticket, discipline, policy, &s.fromBooking);
    const qint64 ms = since.isValid() ? since.msecsTo(now) : 0;
    s.minutes = std::max<qint64>(ms, 0) / 60000.0;
    s.weight = discipline == Discipline::WeightedAgeing ? weightOf(ticket.priority, policy) : 1.0;
    s.score = s.minutes * s.weight;
    s.rank = discipline == Discipline::StrictPriority && ticket.priority != PriorityClass::Ordinary
        ? 1
        : 0;
    return s;
}

// True when a goes before b.
bool before(
    const Scored& a, const Scored& b, const QList<WaitingTicket>& waiting, Discipline discipline)
{
    if (discipline == Discipline::StrictPriority && a.rank != b.rank)
        return a.rank > b.rank;
    if (discipline == Discipline::WeightedAgeing && a.score != b.score)
        return a.score > b.score;
    const WaitingTicket& ta = waiting.at(a.index);
    const WaitingTicket& tb = waiting.at(b.index);
    if (ta.issuedAt != tb.issuedAt)
        return ta.issuedAt < tb.issuedAt;
    if (ta.id != tb.id)
        return ta.id < tb.id;
    return a.index < b.index;
}

QString number(double v)
{
    const double r = std::round(v * 10.0) / 10.0;
    if (r == std::round(r))
        return QString::number(qint64(std::round(r)));
    return QString::number(r, 'f', 1);
}

QString label(const WaitingTicket& t)
{
    return t.number.isEmpty() ? QStringLiteral("#%1").arg(t.id) : t.number;
}

// The class in words for the why (className() is the identifier).
QString classLabel(PriorityClass priority)
{
    switch (priority) {
    case PriorityClass::Ordinary:
        return QCoreApplication::translate("CallPolicy", "ordinary");
    case PriorityClass::Elderly:
        return QCoreApplication::translate("CallPolicy", "elderly or disabled");
    case PriorityClass::Pregnant:
        return QCoreApplication::translate("CallPolicy", "pregnant or with a small child");
    case PriorityClass::Appointment:
        return QCoreApplication::translate("CallPolicy", "appointment");
    }
    return {};
}

QString waitedText(const WaitingTicket& t, const Scored& s)
{
    if (s.fromBooking)
        return QCoreApplication::translate("CallPolicy", "%1 min since its %2 booking")
            .arg(number(s.minutes), t.appointmentAt.toString(QStringLiteral("HH:mm")));
    return QCoreApplication::translate("CallPolicy", "%1 min").arg(number(s.minutes));
}

QString explain(const QList<WaitingTicket>& waiting, const Scored& chosen, const Scored* next,
    Discipline discipline)
{
    const WaitingTicket& c = waiting.at(chosen.index);
    QString text;
    switch (discipline) {
    case Discipline::WeightedAgeing:
        text = QCoreApplication::translate("CallPolicy", "%1: %2 ×%3, waited %4 → %5")
                   .arg(label(c), classLabel(c.priority), number(chosen.weight),
                       waitedText(c, chosen), number(chosen.score));
        break;
    case Discipline::StrictPriority:
        text = QCoreApplication::translate("CallPolicy", "%1: %2%3, waited %4")
                   .arg(label(c), classLabel(c.priority),
                       chosen.rank ? QCoreApplication::translate("CallPolicy", " (priority first)")
                                   : QString(),
                       waitedText(c, chosen));
        break;
    case Discipline::Fifo:
        text = QCoreApplication::translate("CallPolicy", "%1: issued first, waited %2")
                   .arg(label(c), waitedText(c, chosen));
        break;
    }
    if (!next)
        return text + QCoreApplication::translate("CallPolicy", "; no one else waits");
    const WaitingTicket& n = waiting.at(next->index);
    if (discipline == Discipline::WeightedAgeing) {
        text += QCoreApplication::translate("CallPolicy", "; the next, %1 (%2 ×%3, %4) → %5")
                    .arg(label(n), classLabel(n.priority), number(next->weight),
                        waitedText(n, *next), number(next->score));
        if (next->score == chosen.score)
            text += QCoreApplication::translate("CallPolicy", "; a tie, so the earlier ticket");
    } else {
        text += QCoreApplication::translate("CallPolicy", "; the next, %1 (%2, %3)")
                    .arg(label(n), classLabel(n.priority), waitedText(n, *next));
    }
    return text;
}

} // namespace

QString className(PriorityClass priority)
{
    switch (priority) {
    case PriorityClass::Ordinary:
        return QStringLiteral("ordinary");
    case PriorityClass::Elderly:
        return QStringLiteral("elderly");
    case PriorityClass::Pregnant:
        return QStringLiteral("pregnant");
    case PriorityClass::Appointment:
        return QStringLiteral("appointment");
    }
    return QString();
}

std::optional<PriorityClass> classFromName(QStringView name)
{
    for (PriorityClass p : {PriorityClass::Ordinary, PriorityClass::Elderly,
             PriorityClass::Pregnant, PriorityClass::Appointment})
        if (name == className(p))
            return p;
    return std::nullopt;
}

std::optional<CallChoice> chooseNext(const QList<WaitingTicket>& waiting, const QDateTime& now,
    Discipline discipline, const CallPolicy& policy)
{
    if (waiting.isEmpty())
        return std::nullopt;
    Scored best = score(waiting.first(), 0, now, discipline, policy);
    std::optional<Scored> second;
    for (qsizetype i = 1; i < waiting.size(); ++i) {
        const Scored s = score(waiting.at(i), i, now, discipline, policy);
        if (before(s, best, waiting, discipline)) {
            second = best;
            best = s;
        } else if (!second || before(s, *second, waiting, discipline)) {
            second = s;
        }
    }
    CallChoice choice;
    choice.index = best.index;
    choice.score = best.score;
    choice.why = explain(waiting, best, second ? &*second : nullptr, discipline);
    return choice;
}

CallChoice explainChoice(const QList<WaitingTicket>& waiting, qsizetype chosen,
    const QDateTime& now, Discipline discipline, const CallPolicy& policy)
{
    Q_ASSERT(chosen >= 0 && chosen < waiting.size());
    const Scored best = score(waiting.at(chosen), chosen, now, discipline, policy);
    std::optional<Scored> second;
    for (qsizetype i = 0; i < waiting.size(); ++i) {
        if (i == chosen)
            continue;
        const Scored s = score(waiting.at(i), i, now, discipline, policy);
        if (!second || before(s, *second, waiting, discipline))
            second = s;
    }
    CallChoice choice;
    choice.index = chosen;
    choice.score = best.score;
    choice.why = explain(waiting, best, second ? &*second : nullptr, discipline);
    return choice;
}

QList<qsizetype> callOrder(const QList<WaitingTicket>& waiting, const QDateTime& now,
    qsizetype limit, Discipline discipline, const CallPolicy& policy)
{
    QList<Scored> scored;
    scored.reserve(waiting.size());
    for (qsizetype i = 0; i < waiting.size(); ++i)
        scored << score(waiting.at(i), i, now, discipline, policy);
    const auto end = scored.begin() + std::clamp<qsizetype>(limit, 0, scored.size());
    std::partial_sort(scored.begin(), end, scored.end(),
        [&](const Scored& a, const Scored& b) { return before(a, b, waiting, discipline); });
    QList<qsizetype> order;
    for (auto it = scored.begin(); it != end; ++it)
        order << it->index;
    return order;
}

} // namespace madoguchi::queue
