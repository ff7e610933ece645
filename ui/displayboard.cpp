#include "displayboard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace madoguchi::ui {
namespace {

// The board's words, in both languages at once (not the desk's language:
// the waiting room holds both kinds of residents), like the printed words
// of formdocument.cpp.
enum class Word {
    NowCalling,
    Counter,
    Purpose,
    Waiting,
    EstimatedWait,
    NoneCalled,
    PeopleWaiting, // %1
    AboutMinutes, // %1
    NoWait,
    GoToCounter,
    CannotUpdate,
    CounterName, // %1: the counter's id, for English
};

struct Pair {
    const char* ja;
    const char* en;
};

const Pair& pairOf(Word word)
{
    static const Pair words[] = {
        {"お呼び出し中の番号", "Now calling"},
        {"窓口", "Counter"},
        {"ご用件", "Purpose"},
        {"お待ちの方", "Waiting"},
        {"待ち時間の目安", "Estimated wait"},
        {"まだお呼び出しはありません", "No numbers called yet"},
        {"%1人", "%1 waiting"},
        {"約%1分", "about %1 min"},
        {"待ち時間なし", "No wait"},
        {"番号が表示されたら、その窓口へお越しください",
            "When your number is shown, please go to that counter"},
        {"表示を更新できません。係員にお知らせください。",
            "The board cannot update. Please tell a member of staff."},
        {"", "Counter %1"},
    };
    return words[static_cast<int>(word)];
}

QString ja(Word word)
{
    return QString::fromUtf8(pairOf(word).ja);
}

QString en(Word word)
{
    return QString::fromUtf8(pairOf(word).en);
}

QLabel* label(const QString& text, const char* role, QWidget* parent = nullptr)
{
    auto* l = new QLabel(text, parent);
    l->setProperty("role", QString::fromLatin1(role));
    return l;
}

// A Japanese line over its English one.
QWidget* twoLines(const QString& japanese, const QString& english, const char* jaRole,
    const QString& name = {}, Qt::Alignment align = Qt::AlignLeft)
{
    auto* box = new QWidget;
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    QLabel* top = label(japanese, jaRole);
    QLabel* bottom = label(english, "en");
    top->setAlignment(align | Qt::AlignVCenter);
    bottom->setAlignment(align | Qt::AlignVCenter);
    if (!name.isEmpty()) {
        top->setObjectName(name);
        bottom->setObjectName(name + QStringLiteral("-en"));
    }
    column->addWidget(top);
    column->addWidget(bottom);
    return box;
}

void clear(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QString counterNameJa(const QString& id, const QList<queue::Counter>& counters)
{
    for (const queue::Counter& c : counters)
        if (c.id == id)
            return c.name.isEmpty() ? id : c.name;
    return id;
}

// Serving time of today's finished tickets, per purpose, in seconds: from
// being served (or called, when the desk skipped "serving") to finished.
struct Handling {
    double total = 0;
    int count = 0;
};

std::optional<double> averageHandling(const QList<queue::Ticket>& today, const QString& purpose)
{
    Handling mine;
    Handling all;
    for (const queue::Ticket& t : today) {
        if (t.state != queue::TicketState::Done || !t.finishedAt.isValid())
            continue;
        const QDateTime from = t.servingAt.isValid() ? t.servingAt : t.calledAt;
        if (!from.isValid())
            continue;
        const double seconds = std::max<qint64>(0, from.secsTo(t.finishedAt));
        all.total += seconds;
        ++all.count;
        if (t.purpose == purpose) {
            mine.total += seconds;
            ++mine.count;
        }
    }
    // The purpose's own average, else the day's over all purposes.
    if (mine.count > 0)
        return mine.total / mine.count;
    if (all.count > 0)
        return all.total / all.count;
    return std::nullopt;
}

} // namespace

qint64 estimatedWaitSeconds(int waiting, qint64 oldestWaitSeconds,
    std::optional<double> averageHandlingSeconds, int counters)
{
    if (waiting <= 0)
        return 0;
    if (!averageHandlingSeconds)
        return std::max<qint64>(0, oldestWaitSeconds);
    return qint64(std::llround(waiting * *averageHandlingSeconds / std::max(1, counters)));
}

DisplayBoard::DisplayBoard(storage::Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_store(db, clock)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("displayBoard"));
    setWindowTitle(QStringLiteral("%1 / %2").arg(ja(Word::NowCalling), en(Word::NowCalling)));
    // Dark and high-contrast: white on black, the newest call black on yellow.
    QPalette dark = palette();
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, Qt::white);
    setPalette(dark);
    setAutoFillBackground(true);

    auto* page = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    header->addWidget(twoLines(ja(Word::NowCalling), en(Word::NowCalling), "heading"), 1);
    m_time = label(QString(), "clock");
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_time);
    page->addLayout(header);

    auto* body = new QHBoxLayout;
    auto* calledBox = new QWidget;
    m_calledRows = new QVBoxLayout(calledBox);
    m_calledRows->setContentsMargins(0, 0, 0, 0);
    auto* calledColumn = new QVBoxLayout;
    calledColumn->addWidget(calledBox);
    calledColumn->addStretch(1);
    body->addLayout(calledColumn, 11);

    auto* waitingColumn = new QVBoxLayout;
    waitingColumn->addWidget(twoLines(ja(Word::Waiting), en(Word::Waiting), "heading"));
    auto* waitingBox = new QWidget;
    m_waitingRows = new QGridLayout(waitingBox);
    m_waitingRows->setContentsMargins(0, 0, 0, 0);
    waitingColumn->addWidget(waitingBox);
    waitingColumn->addStretch(1);
    body->addLayout(waitingColumn, 9);
    page->addLayout(body, 1);

    page->addWidget(
        twoLines(ja(Word::GoToCounter), en(Word::GoToCounter), "note", {}, Qt::AlignHCenter));
    m_status = label(QString(), "error");
    m_status->setObjectName(QStringLiteral("boardStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->hide();
    page->addWidget(m_status);

    m_timer = new QTimer(this);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &DisplayBoard::refresh);
    m_timer->start();
    applyScale();
    refresh();
}

DisplayBoard::~DisplayBoard() = default;

void DisplayBoard::refresh()
{
    m_time->setText(m_clock.now().toLocalTime().toString(QStringLiteral("HH:mm")));
    const QDate day = m_clock.today();
    auto today = m_store.ticketsOf(day);
    auto counters = today ? m_store.counters() : Result<QList<queue::Counter>>(today.error());
    auto purposes
        = counters ? m_store.purposes() : Result<QList<queue::QueuePurpose>>(counters.error());
    auto waiting = purposes ? m_store.waitingCounts(day)
                            : Result<QList<queue::WaitingCount>>(purposes.error());
    if (!waiting) {
        // Keep what was shown; say plainly that it is not being updated.
        m_lastError = waiting.error().message;
        m_status->setText(
            QStringLiteral("%1\n%2").arg(ja(Word::CannotUpdate), en(Word::CannotUpdate)));
        m_status->show();
        return;
    }
    m_lastError.clear();
    m_status->hide();

    // Called and being served: the resident may still be on the way to the
    // counter. Done, no-show and the rest leave the board.
    QList<queue::Ticket> called;
    for (const queue::Ticket& t : today.value())
        if ((t.state == queue::TicketState::Called || t.state == queue::TicketState::Serving)
            && t.calledAt.isValid())
            called << t;
    std::sort(called.begin(), called.end(), [](const queue::Ticket& a, const queue::Ticket& b) {
        return a.calledAt != b.calledAt ? a.calledAt > b.calledAt : a.id > b.id;
    });
    if (called.size() > kCalledShown)
        called.resize(kCalledShown);
    showCalled(called, counters.value());
    showWaiting(waiting.value(), purposes.value(), today.value(), counters.value());
}

void DisplayBoard::showCalled(
    const QList<queue::Ticket>& called, const QList<queue::Counter>& counters)
{
    QString shown;
    for (const queue::Ticket& t : called)
        shown
            += t.number + QLatin1Char('@') + counterNameJa(t.counter, counters) + QLatin1Char(';');
    if (shown == m_calledShown && m_calledRows->count() > 0)
        return;
    m_calledShown = shown;
    clear(m_calledRows);
    if (called.isEmpty()) {
        m_calledRows->addWidget(twoLines(ja(Word::NoneCalled), en(Word::NoneCalled), "ja"));
        return;
    }
    bool newest = true;
    for (const queue::Ticket& t : called) {
        auto* row = new QFrame;
        row->setObjectName(newest ? QStringLiteral("newestRow") : QStringLiteral("calledRow"));
        auto* line = new QHBoxLayout(row);
        QLabel* number = label(t.number, newest ? "newestNumber" : "number");
        number->setObjectName(QStringLiteral("calledNumber"));
        line->addWidget(number, 1);
        line->addWidget(label(QStringLiteral("→"), newest ? "newestNumber" : "number"));
        line->addWidget(
            twoLines(counterNameJa(t.counter, counters), en(Word::CounterName).arg(t.counter),
                "counter", QStringLiteral("calledCounter"), Qt::AlignRight),
            1);
        m_calledRows->addWidget(row);
        newest = false;
    }
    applyScale();
}

void DisplayBoard::showWaiting(const QList<queue::WaitingCount>& counts,
    const QList<queue::QueuePurpose>& purposes, const QList<queue::Ticket>& today,
    const QList<queue::Counter>& counters)
{
    struct Row {
        QString id, nameJa, nameEn, countJa, countEn, waitJa, waitEn;
    };
    QList<Row> rows;
    for (const queue::WaitingCount& count : counts) {
        const auto purpose = std::find_if(purposes.begin(), purposes.end(),
            [&](const queue::QueuePurpose& p) { return p.id == count.purpose; });
        if (purpose == purposes.end() || !purpose->active)
            continue;
        int serving = 0;
        for (const queue::Counter& c : counters)
            if (c.active && c.purposes.contains(count.purpose))
                ++serving;
        // The estimate: waiting × today's average handling time ÷ the
        // counters serving the purpose; before anything is finished today,
        // the oldest ticket's wait so far (estimatedWaitSeconds).
        const qint64 seconds = estimatedWaitSeconds(
            count.waiting, count.oldestWaitSeconds, averageHandling(today, count.purpose), serving);
        // Whole minutes, rounded up; at least one while anybody waits.
        const qint64 minutes = std::max<qint64>(1, (seconds + 59) / 60);
        Row row{count.purpose, purpose->nameJa, purpose->nameEn,
            ja(Word::PeopleWaiting).arg(count.waiting), en(Word::PeopleWaiting).arg(count.waiting),
            ja(Word::NoWait), en(Word::NoWait)};
        if (count.waiting > 0) {
            row.waitJa = ja(Word::AboutMinutes).arg(minutes);
            row.waitEn = en(Word::AboutMinutes).arg(minutes);
        }
        rows << row;
    }
    QString shown;
    for (const Row& r : rows)
        shown += QStringList{r.id, r.nameJa, r.countJa, r.waitJa}.join(QLatin1Char('|'))
            + QLatin1Char(';');
    if (shown == m_waitingShown && m_waitingRows->count() > 0)
        return;
    m_waitingShown = shown;
    clear(m_waitingRows);
    int line = 0;
    for (const Row& r : rows) {
        m_waitingRows->addWidget(twoLines(r.nameJa, r.nameEn, "ja"), line, 0);
        m_waitingRows->addWidget(twoLines(r.countJa, r.countEn, "count",
                                     QStringLiteral("waiting-") + r.id, Qt::AlignRight),
            line, 1);
        m_waitingRows->addWidget(
            twoLines(r.waitJa, r.waitEn, "ja", QStringLiteral("estimate-") + r.id, Qt::AlignRight),
            line, 2);
        ++line;
    }
    m_waitingRows->setColumnStretch(0, 1);
    applyScale();
}

void DisplayBoard::applyScale()
{
    // Sizes follow the window's height, so the board reads from across the
    // room on any screen.
    const int unit = std::max(4, height() / 100);
    setStyleSheet(QStringLiteral(
        "QLabel { color: #ffffff; }"
        "QLabel[role=\"heading\"] { font-size: %1px; font-weight: bold; color: #7fd3ff; }"
        "QLabel[role=\"clock\"] { font-size: %2px; font-weight: bold; }"
        "QLabel[role=\"number\"] { font-size: %3px; font-weight: bold; }"
        "QLabel[role=\"newestNumber\"] { font-size: %4px; font-weight: bold; color: #000000; }"
        "QLabel[role=\"counter\"] { font-size: %2px; font-weight: bold; }"
        "QFrame#newestRow { background: #ffd400; border-radius: %5px; }"
        "QFrame#newestRow QLabel { color: #000000; }"
        "QFrame#calledRow { border-bottom: 2px solid #555555; }"
        "QLabel[role=\"ja\"] { font-size: %2px; font-weight: bold; }"
        "QLabel[role=\"count\"] { font-size: %2px; font-weight: bold; color: #9dff9d; }"
        "QLabel[role=\"en\"] { font-size: %6px; color: #d8d8d8; }"
        "QLabel[role=\"note\"] { font-size: %6px; color: #ffffff; }"
        "QLabel[role=\"error\"] { font-size: %2px; font-weight: bold; color: #000000;"
        " background: #ff6b6b; padding: %5px; }")
                      .arg(unit * 5)
                      .arg(unit * 4)
                      .arg(unit * 8)
                      .arg(unit * 10)
                      .arg(unit)
                      .arg(std::max(12, unit * 5 / 2)));
}

void DisplayBoard::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void DisplayBoard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_F11) {
        toggleFullScreen();
        return;
    }
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DisplayBoard::mouseDoubleClickEvent(QMouseEvent* event)
{
    toggleFullScreen();
    event->accept();
}

void DisplayBoard::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

} // namespace madoguchi::ui
