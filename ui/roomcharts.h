#pragma once

#include "queue/roomstats.h"

#include <QList>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace madoguchi::ui {

// The supervisor's two charts of the day (issue #8, "charts of arrivals and
// waits by hour"): tickets issued and served per clock hour (bars), and the
// average and longest wait of the tickets called in each hour (lines, in
// minutes). Fed a RoomSnapshot twice a second: the series and axes are
// updated in place, and only when the hours changed, so the charts never
// flicker or lose a hovered tooltip.
class RoomCharts : public QWidget {
    Q_OBJECT
public:
    explicit RoomCharts(QWidget* parent = nullptr);
    ~RoomCharts() override;

    void showHours(const QList<queue::HourBucket>& hours);

    // For the tests and the screenshot tour: what the charts draw.
    QChartView* flowView() const { return m_flowView; }
    QChartView* waitView() const { return m_waitView; }
    QBarSet* arrivalsSet() const { return m_arrivals; }
    QBarSet* servedSet() const { return m_served; }
    QLineSeries* averageWaitSeries() const { return m_averageWait; }
    QLineSeries* longestWaitSeries() const { return m_longestWait; }
    // The hour labels under both charts ("9:00" …).
    QStringList hourLabels() const;

private:
    QChartView* m_flowView = nullptr;
    QChartView* m_waitView = nullptr;
    QBarSet* m_arrivals = nullptr;
    QBarSet* m_served = nullptr;
    QLineSeries* m_averageWait = nullptr;
    QLineSeries* m_longestWait = nullptr;
    QBarCategoryAxis* m_flowHours = nullptr;
    QBarCategoryAxis* m_waitHours = nullptr;
    QValueAxis* m_flowCount = nullptr;
    QValueAxis* m_waitMinutes = nullptr;
    QList<queue::HourBucket> m_shown; // to update only on change
    bool m_everShown = false;
};

} // namespace madoguchi::ui
