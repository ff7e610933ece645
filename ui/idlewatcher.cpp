#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace madoguchi::ui {
namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // one timer; remaining() is exact
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (m_timer.isActive())
        start();
}

void IdleWatcher::start()
{
    if (m_interval.count() <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_interval);
}

void IdleWatcher::stop()
{
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    // The same event reaches the filter once per object it passes through;
    // restarting the timer each time is cheap.
    if (m_timer.isActive() && isInput(event->type()))
        m_timer.start(m_interval);
    return QObject::eventFilter(watched, event);
}

} // namespace madoguchi::ui
