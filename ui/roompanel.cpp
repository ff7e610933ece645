#include "roompanel.h"

#include "roomcharts.h"
#include "security/accesscontrol.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace madoguchi::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RoomPanel)
};

// Whole minutes: a supervisor reads "23 min", not seconds.
QString minutesText(qint64 seconds)
{
    return Text::tr("%1 min").arg(seconds / 60);
}

// The purpose's name in the desk's language (the board and the kiosk show
// both, for residents; the console is for staff).
QString purposeName(const queue::PurposeLoad& p)
{
    const bool japanese = QLocale().language() == QLocale::Japanese;
    const QString name = japanese || p.nameEn.isEmpty() ? p.nameJa : p.nameEn;
    return name.isEmpty() ? p.purpose : QStringLiteral("%1 %2").arg(p.purpose, name);
}

// The life events a purpose maps to (docs/queue.md), as the counter says
// them; any other id is shown as it is.
QString eventName(const QString& type)
{
    static const QList<QPair<QString, QString>> names{
        {QStringLiteral("tennyu"), QStringLiteral("転入")},
        {QStringLiteral("tenshutsu"), QStringLiteral("転出")},
        {QStringLiteral("tenkyo"), QStringLiteral("転居")},
        {QStringLiteral("shussei"), QStringLiteral("出生")},
        {QStringLiteral("shibou"), QStringLiteral("死亡")},
        {QStringLiteral("konin"), QStringLiteral("婚姻")},
    };
    for (const auto& [id, name] : names)
        if (id == type)
            return QStringLiteral("%1 (%2)").arg(name, id);
    return type;
}

QTableWidget* table(const QString& name, const QString& accessible, const QStringList& headers)
{
    auto* t = new QTableWidget;
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

// Writes into the cell's item, reusing it: a table rewritten twice a second
// keeps its selection and does not flicker.
QTableWidgetItem* cell(QTableWidget* t, int row, int column, const QString& text,
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    QTableWidgetItem* item = t->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        t->setItem(row, column, item);
    }
    if (item->text() != text)
        item->setText(text);
    item->setTextAlignment(align);
    return item;
}

const Qt::Alignment kNumber = Qt::AlignRight | Qt::AlignVCenter;

// A wait cell: the minutes, the level's mark and colour, and a tooltip
// that says the rule.
void waitCell(QTableWidget* t, int row, int column, qint64 seconds, bool any)
{
    if (!any) {
        QTableWidgetItem* item = cell(t, row, column, QStringLiteral("—"), kNumber);
        item->setData(Qt::BackgroundRole, QVariant());
        item->setToolTip(QString());
        item->setData(Qt::UserRole, int(queue::WaitLevel::Normal));
        return;
    }
    const queue::WaitLevel level = queue::waitLevel(seconds);
    const QString mark = waitMark(level);
    QTableWidgetItem* item = cell(t, row, column,
        mark.isEmpty() ? minutesText(seconds) : mark + QLatin1Char(' ') + minutesText(seconds),
        kNumber);
    item->setData(Qt::UserRole, int(level));
    if (level == queue::WaitLevel::Normal) {
        item->setData(Qt::BackgroundRole, QVariant());
        item->setData(Qt::ForegroundRole, QVariant());
        item->setToolTip(QString());
        return;
    }
    item->setBackground(waitColour(level));
    item->setForeground(QColor(Qt::black));
    item->setToolTip(level == queue::WaitLevel::Alert ? Text::tr("40 minutes or more")
                                                      : Text::tr("20 minutes or more"));
}

} // namespace

QString waitMark(queue::WaitLevel level)
{
    switch (level) {
    case queue::WaitLevel::Warning:
        return QStringLiteral("▲");
    case queue::WaitLevel::Alert:
        return QStringLiteral("▲▲");
    case queue::WaitLevel::Normal:
        break;
    }
    return {};
}

QColor waitColour(queue::WaitLevel level)
{
    switch (level) {
    case queue::WaitLevel::Warning:
        return QColor(0xff, 0xc1, 0x07); // amber
    case queue::WaitLevel::Alert:
        return QColor(0xf2, 0x6d, 0x6d); // red, light enough for black text
    case queue::WaitLevel::Normal:
        break;
    }
    return {};
}

QString counterActivityText(queue::CounterActivity activity)
{
    switch (activity) {
    case queue::CounterActivity::Idle:
        return Text::tr("idle, nobody called");
    case queue::CounterActivity::Calling:
        return Text::tr("calling, resident on the way");
    case queue::CounterActivity::Serving:
        return Text::tr("serving a resident");
    case queue::CounterActivity::Closed:
        return Text::tr("closed");
    }
    return {};
}

RoomPanel::RoomPanel(storage::Database& db, security::AccessControl& access, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_access(access)
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_charts(new RoomCharts(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("roomPanel"));
    m_summary->setObjectName(QStringLiteral("roomSummary"));
    m_summary->setAccessibleName(tr("The room now"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_summary->setFont(big);
    m_error->setObjectName(QStringLiteral("roomError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #a4262c; border: "
                                          "1px solid #a4262c; padding: 6px; }"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* legend = new QLabel(tr("Waits: ▲ 20 minutes or more (amber), ▲▲ 40 minutes or more "
                                 "(red). Live: updated twice a second."),
        this);
    legend->setObjectName(QStringLiteral("roomLegend"));

    m_purposes = table(QStringLiteral("roomPurposes"), tr("Waiting by purpose"),
        {tr("Purpose"), tr("Waiting"), tr("Average wait"), tr("Longest wait"), tr("Served today"),
            tr("Average handling")});
    m_counters = table(QStringLiteral("roomCounters"), tr("Counters"),
        {tr("Counter"), tr("Now"), tr("Ticket"), tr("Staff"), tr("Since"), tr("Served today"),
            tr("Per hour"), tr("Average handling")});
    m_handling = table(QStringLiteral("roomHandling"), tr("Handling time per procedure type"),
        {tr("Life event"), tr("Visits"), tr("Average handling")});

    auto* page = new QVBoxLayout(this);
    page->addWidget(m_summary);
    page->addWidget(legend);
    page->addWidget(m_error);
    auto* tables = new QHBoxLayout;
    tables->addWidget(m_purposes, 5);
    tables->addWidget(m_counters, 6);
    page->addLayout(tables, 3);
    auto* lower = new QHBoxLayout;
    lower->addWidget(m_handling, 2);
    lower->addWidget(m_charts, 7);
    page->addLayout(lower, 4);

    // Twice a second, as the display board: a call shows within a second.
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &RoomPanel::refresh);
    refresh();
}

RoomPanel::~RoomPanel() = default;

bool RoomPanel::isLive() const
{
    return m_timer->isActive();
}

void RoomPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void RoomPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void RoomPanel::refresh()
{
    const QDateTime now = m_access.clock().now();
    auto room = queue::roomSnapshot(m_db, now.toLocalTime().date(), now);
    if (!room) {
        // Keep what was shown; say that it is not current, once.
        const QString text = tr("The room cannot be read: %1").arg(room.error().message);
        if (text != m_lastError) {
            m_lastError = text;
            m_error->setText(text);
            m_error->show();
            emit message(text);
        }
        return;
    }
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        m_error->hide();
    }
    showSnapshot(room.value());
}

void RoomPanel::showSnapshot(const queue::RoomSnapshot& room)
{
    const queue::WaitLevel longest = queue::waitLevel(room.longestWaitSeconds);
    const QString mark = room.waiting > 0 ? waitMark(longest) : QString();
    m_summary->setText(
        tr("Waiting %1 · served today %2 · no-shows %3 · average wait %4 · longest wait %5 · "
           "as of %6")
            .arg(room.waiting)
            .arg(room.servedToday)
            .arg(room.noShows)
            .arg(room.waiting > 0 ? minutesText(room.averageWaitSeconds) : QStringLiteral("—"),
                room.waiting > 0 ? (mark.isEmpty() ? QString() : mark + QLatin1Char(' '))
                        + minutesText(room.longestWaitSeconds)
                                 : QStringLiteral("—"),
                room.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    showPurposes(room.purposes);
    showCounters(room.counters);
    showHandling(room.handling);
    m_charts->showHours(room.hours);
}

void RoomPanel::showPurposes(const QList<queue::PurposeLoad>& purposes)
{
    m_purposes->setRowCount(int(purposes.size()));
    for (int row = 0; row < purposes.size(); ++row) {
        const queue::PurposeLoad& p = purposes.at(row);
        cell(m_purposes, row, 0, purposeName(p))->setData(Qt::UserRole, p.purpose);
        cell(m_purposes, row, 1, QString::number(p.waiting), kNumber);
        waitCell(m_purposes, row, 2, p.averageWaitSeconds, p.waiting > 0);
        waitCell(m_purposes, row, 3, p.longestWaitSeconds, p.waiting > 0);
        cell(m_purposes, row, 4, QString::number(p.servedToday), kNumber);
        cell(m_purposes, row, 5,
            p.servedToday > 0 ? minutesText(p.averageHandlingSeconds) : QStringLiteral("—"),
            kNumber);
    }
}

void RoomPanel::showCounters(const QList<queue::CounterStatus>& counters)
{
    const QLocale locale;
    m_counters->setRowCount(int(counters.size()));
    for (int row = 0; row < counters.size(); ++row) {
        const queue::CounterStatus& c = counters.at(row);
        cell(m_counters, row, 0, c.name.isEmpty() ? c.id : c.name)->setData(Qt::UserRole, c.id);
        QTableWidgetItem* now = cell(m_counters, row, 1, counterActivityText(c.activity));
        now->setData(Qt::UserRole, queue::counterActivityName(c.activity));
        cell(m_counters, row, 2, c.ticketNumber);
        cell(m_counters, row, 3, c.staff);
        cell(m_counters, row, 4,
            c.since.isValid() ? c.since.toLocalTime().toString(QStringLiteral("HH:mm"))
                              : QString());
        cell(m_counters, row, 5, QString::number(c.servedToday), kNumber);
        cell(m_counters, row, 6, locale.toString(c.servedPerHour, 'f', 1), kNumber);
        cell(m_counters, row, 7,
            c.servedToday > 0 ? minutesText(c.averageHandlingSeconds) : QStringLiteral("—"),
            kNumber);
    }
}

void RoomPanel::showHandling(const QList<queue::HandlingTime>& handling)
{
    m_handling->setRowCount(int(handling.size()));
    for (int row = 0; row < handling.size(); ++row) {
        const queue::HandlingTime& h = handling.at(row);
        cell(m_handling, row, 0, eventName(h.eventType))->setData(Qt::UserRole, h.eventType);
        cell(m_handling, row, 1, QString::number(h.visits), kNumber);
        cell(m_handling, row, 2, minutesText(h.averageSeconds), kNumber);
    }
}

} // namespace madoguchi::ui
