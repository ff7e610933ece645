#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace madoguchi::ui {

// Says when nobody has touched the keyboard or the mouse for a while: an
// application-wide event filter restarts a single-shot timer on every input
// event, and idle() fires when it runs out. Stopped, it watches nothing.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    // How long without input counts as idle; zero or less never fires.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

    // Starts (or restarts) counting from now; idle() fires at most once per
    // start.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // Time left before idle() while active.
    std::chrono::milliseconds remaining() const { return m_timer.remainingTimeAsDuration(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::chrono::milliseconds m_interval{0};
    QTimer m_timer;
};

} // namespace madoguchi::ui
