#include "deskticket.h"

#include "security/accesscontrol.h"

#include <QLabel>

namespace madoguchi::ui {

DeskTicket::DeskTicket(storage::Database& db, QLabel* label, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_label(label)
{
    m_label->hide();
}

DeskTicket::~DeskTicket() = default;

void DeskTicket::setAccess(security::AccessControl* access, const QString& counter)
{
    m_store.reset();
    m_access = access;
    if (!access)
        return;
    m_store = std::make_unique<queue::TicketStore>(m_db, access->clock());
    // A failure here (no such counter, the database away) is said at the
    // first call, where the clerk can act on it.
    if (!counter.isEmpty())
        (void)m_store->prepareCalls(counter);
}

bool DeskTicket::advance(const std::function<Result<queue::Ticket>(
        queue::TicketStore&, qint64 id, const QString& staff)>& change)
{
    if (!m_ticket || !m_access)
        return false;
    auto changed = change(*m_store, m_ticket->id, m_access->session().staffId);
    if (!changed) {
        emit message(changed.error().message);
        return false;
    }
    m_ticket = changed.value();
    show();
    return true;
}

void DeskTicket::show(const QString& why)
{
    if (!m_ticket) {
        m_label->hide();
        return;
    }
    m_label->setText(m_ticket->state == queue::TicketState::Serving
            ? tr("Serving %1").arg(m_ticket->number)
            : tr("Called %1").arg(m_ticket->number));
    if (!why.isEmpty())
        m_label->setToolTip(why);
    m_label->show();
}

bool DeskTicket::callNext(const QString& counter)
{
    if (!m_access)
        return false;
    auto called = m_store->callNext(counter, m_access->session().staffId);
    if (!called) {
        emit message(called.error().message);
        return false;
    }
    if (!called->has_value()) {
        emit message(tr("Nobody is waiting for counter %1.").arg(counter));
        return false;
    }
    m_ticket = called->value().ticket;
    show(called->value().why);
    emit message(
        tr("Called %1 to counter %2 — %3").arg(m_ticket->number, counter, called->value().why));
    return true;
}

bool DeskTicket::finish()
{
    if (!m_ticket)
        return true;
    const bool open = m_ticket->state == queue::TicketState::Called
        || m_ticket->state == queue::TicketState::Serving;
    if (open && !advance([](queue::TicketStore& store, qint64 id, const QString& staff) {
            return store.finish(id, staff);
        }))
        return false;
    clear();
    return true;
}

void DeskTicket::startServing()
{
    if (m_ticket && m_ticket->state == queue::TicketState::Called)
        advance([](queue::TicketStore& store, qint64 id, const QString& staff) {
            return store.startServing(id, staff);
        });
}

void DeskTicket::linkVisit(const QString& ref)
{
    advance([ref](queue::TicketStore& store, qint64 id, const QString&) {
        return store.linkVisit(id, ref);
    });
}

void DeskTicket::noShow()
{
    if (!m_ticket || m_ticket->state != queue::TicketState::Called)
        return;
    const QString number = m_ticket->number;
    if (advance([](queue::TicketStore& store, qint64 id, const QString& staff) {
            return store.noShow(id, staff);
        })) {
        clear();
        emit message(tr("%1 did not come.").arg(number));
    }
}

void DeskTicket::clear()
{
    m_ticket.reset();
    show();
}

} // namespace madoguchi::ui
