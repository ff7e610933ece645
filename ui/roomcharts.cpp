#include "roomcharts.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>

namespace madoguchi::ui {
namespace {

bool sameHours(const QList<queue::HourBucket>& a, const QList<queue::HourBucket>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
        [](const queue::HourBucket& x, const queue::HourBucket& y) {
            return x.hour == y.hour && x.arrivals == y.arrivals && x.served == y.served
                && x.averageWaitSeconds == y.averageWaitSeconds
                && x.longestWaitSeconds == y.longestWaitSeconds;
        });
}

double minutes(qint64 seconds)
{
    return std::round(seconds / 6.0) / 10.0; // one decimal
}

// The charts' theme draws in Arial whatever the application uses; the
// application font (ui/fonts.h) is the one with Japanese glyph shapes.
void useAppFont(QChart* chart)
{
    const QFont base = QApplication::font();
    QFont title = base;
    title.setBold(true);
    title.setPointSizeF(base.pointSizeF() * 1.1);
    chart->setTitleFont(title);
    chart->legend()->setFont(base);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(base);
        QFont axisTitle = base;
        axisTitle.setPointSizeF(base.pointSizeF() * 0.95);
        axis->setTitleFont(axisTitle);
    }
}

QChartView* viewOf(QChart* chart, const QString& name, const QString& accessible)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // No animation: a chart redrawn twice a second should stand still.
    chart->setAnimationOptions(QChart::NoAnimation);
    useAppFont(chart);
    auto* view = new QChartView(chart);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}

// A round upper bound for a count axis: at least 4, so an empty morning
// does not draw a chart with one huge bar.
double niceMax(double value)
{
    if (value <= 4)
        return 4;
    const double step = std::pow(10.0, std::floor(std::log10(value)));
    return std::ceil(value / step * 2) * step / 2;
}

} // namespace

RoomCharts::RoomCharts(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("roomCharts"));

    // Arrivals and served by hour.
    auto* flow = new QChart;
    flow->setTitle(tr("Tickets by hour"));
    m_arrivals = new QBarSet(tr("Arrivals"));
    m_served = new QBarSet(tr("Served"));
    auto* bars = new QBarSeries;
    bars->append(m_arrivals);
    bars->append(m_served);
    flow->addSeries(bars);
    m_flowHours = new QBarCategoryAxis;
    m_flowHours->setTitleText(tr("Hour"));
    m_flowCount = new QValueAxis;
    m_flowCount->setTitleText(tr("Tickets"));
    m_flowCount->setLabelFormat(QStringLiteral("%d"));
    flow->addAxis(m_flowHours, Qt::AlignBottom);
    flow->addAxis(m_flowCount, Qt::AlignLeft);
    bars->attachAxis(m_flowHours);
    bars->attachAxis(m_flowCount);
    m_flowView = viewOf(flow, QStringLiteral("roomFlowChart"), tr("Arrivals and served by hour"));

    // Average and longest wait of the tickets called in each hour; the
    // lines sit on the same hour categories as the bars (x = the index).
    auto* wait = new QChart;
    wait->setTitle(tr("Wait by hour"));
    m_averageWait = new QLineSeries;
    m_averageWait->setName(tr("Average wait"));
    m_averageWait->setPointsVisible(true);
    m_longestWait = new QLineSeries;
    m_longestWait->setName(tr("Longest wait"));
    m_longestWait->setPointsVisible(true);
    wait->addSeries(m_averageWait);
    wait->addSeries(m_longestWait);
    m_waitHours = new QBarCategoryAxis;
    m_waitHours->setTitleText(tr("Hour (called)"));
    m_waitMinutes = new QValueAxis;
    m_waitMinutes->setTitleText(tr("Minutes"));
    m_waitMinutes->setLabelFormat(QStringLiteral("%d"));
    wait->addAxis(m_waitHours, Qt::AlignBottom);
    wait->addAxis(m_waitMinutes, Qt::AlignLeft);
    for (QLineSeries* line : {m_averageWait, m_longestWait}) {
        line->attachAxis(m_waitHours);
        line->attachAxis(m_waitMinutes);
    }
    m_waitView
        = viewOf(wait, QStringLiteral("roomWaitChart"), tr("Average and longest wait by hour"));

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_flowView, 1);
    row->addWidget(m_waitView, 1);
    showHours({});
}

RoomCharts::~RoomCharts() = default;

QStringList RoomCharts::hourLabels() const
{
    return m_flowHours->categories();
}

void RoomCharts::showHours(const QList<queue::HourBucket>& hours)
{
    if (m_everShown && sameHours(hours, m_shown))
        return;
    m_everShown = true;
    m_shown = hours;

    QStringList labels;
    QList<qreal> arrivals;
    QList<qreal> served;
    QList<QPointF> average;
    QList<QPointF> longest;
    double mostTickets = 0;
    double mostMinutes = 0;
    for (int i = 0; i < hours.size(); ++i) {
        const queue::HourBucket& h = hours.at(i);
        labels << QStringLiteral("%1:00").arg(h.hour);
        arrivals << h.arrivals;
        served << h.served;
        average << QPointF(i, minutes(h.averageWaitSeconds));
        longest << QPointF(i, minutes(h.longestWaitSeconds));
        mostTickets = std::max<double>({mostTickets, double(h.arrivals), double(h.served)});
        mostMinutes = std::max(mostMinutes, minutes(h.longestWaitSeconds));
    }
    // In place: the sets, series and axes stay, only their values change.
    if (m_arrivals->count() > 0)
        m_arrivals->remove(0, m_arrivals->count());
    if (m_served->count() > 0)
        m_served->remove(0, m_served->count());
    m_arrivals->append(arrivals);
    m_served->append(served);
    m_averageWait->replace(average);
    m_longestWait->replace(longest);
    if (m_flowHours->categories() != labels) {
        m_flowHours->setCategories(labels);
        m_waitHours->setCategories(labels);
    }
    m_flowCount->setRange(0, niceMax(mostTickets));
    m_flowCount->applyNiceNumbers();
    // The 20- and 40-minute marks should be on the scale once waits near them.
    m_waitMinutes->setRange(0, niceMax(std::max(mostMinutes, 10.0)));
    m_waitMinutes->applyNiceNumbers();
}

} // namespace madoguchi::ui
