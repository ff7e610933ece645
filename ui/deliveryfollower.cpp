#include "deliveryfollower.h"

#include <QTimer>
#include <algorithm>

namespace madoguchi::ui {
namespace {

// Held, like rejected, waits for a supervisor: nothing to follow meanwhile.
bool finalState(delivery::OutboxState state)
{
    return state == delivery::OutboxState::Delivered || state == delivery::OutboxState::Rejected
        || state == delivery::OutboxState::Cancelled || state == delivery::OutboxState::Handled
        || state == delivery::OutboxState::Held;
}

} // namespace

DeliveryFollower::DeliveryFollower(storage::Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &DeliveryFollower::refresh);
}

void DeliveryFollower::follow(visit::VisitStatus* status)
{
    m_status = status;
    m_timer->start();
}

void DeliveryFollower::stop()
{
    m_timer->stop();
    m_status = nullptr;
}

void DeliveryFollower::refresh()
{
    if (!m_status) {
        m_timer->stop();
        return;
    }
    if (Status read = visit::refreshDeliveryStates(m_db, *m_status); !read) {
        emit failed(read.error().message);
        return;
    }
    const bool done = std::ranges::all_of(m_status->applications,
        [](const visit::ApplicationStatus& a) { return finalState(a.state); });
    if (done)
        m_timer->stop();
    emit refreshed();
}

} // namespace madoguchi::ui
