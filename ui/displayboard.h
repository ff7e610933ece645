#pragma once

#include "common/clock.h"
#include "queue/ticketstore.h"

#include <QString>
#include <QWidget>
#include <optional>

class QLabel;
class QTimer;
class QVBoxLayout;
class QGridLayout;

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::ui {

// How long a visitor who takes a ticket now will wait, in seconds (issue #8,
// the display board). With an average handling time measured today,
// waiting × average ÷ counters serving the purpose (at least one); without
// one (nothing finished yet today), the oldest ticket's wait so far, the
// only pace we know. 0 when nobody waits.
qint64 estimatedWaitSeconds(int waiting, qint64 oldestWaitSeconds,
    std::optional<double> averageHandlingSeconds, int counters);

// The waiting room's board (issue #8 item 1): the numbers being called and
// at which counter (newest first, highlighted), and per purpose how many
// wait and about how long. Japanese and English side by side, whatever the
// desk's language: the room holds both kinds of residents. It reads the
// database every 500 ms through TicketStore (reads only), so a call shows
// within a second. Full screen with F11 or a double click.
class DisplayBoard : public QWidget {
    Q_OBJECT
public:
    explicit DisplayBoard(
        storage::Database& db, const Clock& clock = Clock::system(), QWidget* parent = nullptr);
    ~DisplayBoard() override;

    // How many called numbers the board lists.
    static constexpr int kCalledShown = 6;

    // Reads the database now (the timer calls it).
    void refresh();
    // The last read's error, empty when it worked.
    QString lastError() const { return m_lastError; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    void showCalled(const QList<queue::Ticket>& called, const QList<queue::Counter>& counters);
    void showWaiting(const QList<queue::WaitingCount>& counts,
        const QList<queue::QueuePurpose>& purposes, const QList<queue::Ticket>& today,
        const QList<queue::Counter>& counters);
    void applyScale();
    void toggleFullScreen();

    queue::TicketStore m_store;
    const Clock& m_clock;
    QTimer* m_timer = nullptr;
    QLabel* m_time = nullptr;
    QVBoxLayout* m_calledRows = nullptr;
    QGridLayout* m_waitingRows = nullptr;
    QLabel* m_status = nullptr;
    QString m_calledShown; // what the called rows show, to rebuild only on change
    QString m_waitingShown;
    QString m_lastError;
};

} // namespace madoguchi::ui
