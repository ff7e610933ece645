#pragma once

#include "queue/roomstats.h"

#include <QWidget>

class QColor;
class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QTimer;

namespace madoguchi::storage {
class Database;
}
namespace madoguchi::security {
class AccessControl;
}

namespace madoguchi::ui {

class RoomCharts;

// The console's words for a wait level: the text mark that goes with the
// colour, so that the level is never told by colour alone ("" for normal,
// "▲" at 20 minutes, "▲▲" at 40), and the cell's background.
QString waitMark(queue::WaitLevel level);
QColor waitColour(queue::WaitLevel level);
// A counter's activity as the supervisor reads it: "idle", "calling" …
QString counterActivityText(queue::CounterActivity activity);

// One tab of the supervisor console (supervisorconsole.h). The live room: waiting by purpose with
// average and longest wait coloured at 20 and 40 minutes, per-counter status and throughput, served
// today, handling time per procedure type, and the charts of arrivals and waits by hour
// (RoomCharts). Reads queue::roomSnapshot twice a second while visible, so that a call shows within
// a second.
class RoomPanel : public QWidget {
    Q_OBJECT
public:
    // The clock is the access's (AccessControl::clock()): tests give a fixed one.
    RoomPanel(storage::Database& db, security::AccessControl& access, QWidget* parent = nullptr);
    ~RoomPanel() override;

    // Reads again (the console's Refresh, Ctrl+R).
    void refresh();

    // For the tests and the screenshot tour.
    QLabel* summary() const { return m_summary; }
    QTableWidget* purposesTable() const { return m_purposes; }
    QTableWidget* countersTable() const { return m_counters; }
    QTableWidget* handlingTable() const { return m_handling; }
    RoomCharts* charts() const { return m_charts; }
    bool isLive() const;
    // The last read's error, empty when it worked.
    QString lastError() const { return m_lastError; }

signals:
    // A line for the console's status bar: what was done, or what failed.
    void message(const QString& text);

protected:
    // The second-by-second reading runs only while the tab is seen.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showSnapshot(const queue::RoomSnapshot& room);
    void showPurposes(const QList<queue::PurposeLoad>& purposes);
    void showCounters(const QList<queue::CounterStatus>& counters);
    void showHandling(const QList<queue::HandlingTime>& handling);

    storage::Database& m_db;
    security::AccessControl& m_access;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_purposes = nullptr;
    QTableWidget* m_counters = nullptr;
    QTableWidget* m_handling = nullptr;
    RoomCharts* m_charts = nullptr;
    QTimer* m_timer = nullptr;
    QString m_lastError;
};

} // namespace madoguchi::ui
