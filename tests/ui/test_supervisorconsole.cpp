// The supervisor console (issue #8 item 4): its window, the live room
// panel and its charts, on a real SQLite database whose morning is made
// through TicketStore with a fixed clock (tests/queue/roomfixture.h), and
// the desk's Supervisor menu.
#include "mainwindow.h"
#include "queue/roomfixture.h"
#include "queue/ticketstore.h"
#include "roomcharts.h"
#include "roompanel.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "security/login.h"
#include "supervisorconsole.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QBarSet>
#include <QtCharts/QLineSeries>
#include <gtest/gtest.h>

using namespace madoguchi;
using madoguchi::roomtest::jst;
using madoguchi::testing::TestDatabase;
using namespace Qt::StringLiterals;

namespace {

security::Session sessionOf(const QString& staff, security::Role role)
{
    return {staff, role, u"本庁"_s, u"desk-1"_s, QDateTime::currentDateTimeUtc()};
}

class SupervisorConsoleTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = test.open();
        ASSERT_TRUE(db);
        store = std::make_unique<queue::TicketStore>(*db, clock);
        audit = std::make_unique<security::AuditLog>(*db);
        access = std::make_unique<security::AccessControl>(
            sessionOf(u"s.kato"_s, security::Role::Supervisor), *audit, clock);
    }

    TestDatabase test{storage::Engine::Sqlite};
    FixedClock clock{jst(9, 0)};
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<queue::TicketStore> store;
    std::unique_ptr<security::AuditLog> audit;
    std::unique_ptr<security::AccessControl> access;
};

// The row whose first cell holds `key` (Qt::UserRole): a purpose's or
// counter's id, an event type.
int rowOf(const QTableWidget* table, const QString& key)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->data(Qt::UserRole).toString() == key)
            return row;
    return -1;
}

QString textAt(const QTableWidget* table, const QString& key, int column)
{
    const int row = rowOf(table, key);
    if (row < 0 || !table->item(row, column))
        return u"<no %1>"_s.arg(key);
    return table->item(row, column)->text();
}

QColor backgroundAt(const QTableWidget* table, const QString& key, int column)
{
    const int row = rowOf(table, key);
    if (row < 0 || !table->item(row, column))
        return {};
    const QVariant background = table->item(row, column)->data(Qt::BackgroundRole);
    return background.isValid() ? background.value<QBrush>().color() : QColor();
}

QList<qreal> valuesOf(const QBarSet* set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values << set->at(i);
    return values;
}

QString localTime(const QDateTime& at)
{
    return at.toLocalTime().toString(u"HH:mm"_s);
}

TEST_F(SupervisorConsoleTest, OpensWithFourTabsAndTheRoomFirst)
{
    ui::SupervisorConsole console(*db, *access);
    ASSERT_EQ(console.tabs()->count(), 4);
    QStringList titles;
    for (int i = 0; i < 4; ++i)
        titles << console.tabs()->tabText(i).remove(u'&');
    EXPECT_EQ(
        titles, (QStringList{u"1 Room"_s, u"2 Submissions"_s, u"3 Approvals"_s, u"4 Audit log"_s}));
    EXPECT_EQ(console.tabs()->currentWidget(), console.roomPanel());
    EXPECT_TRUE(console.windowTitle().contains(u"s.kato"_s));
    for (const char* name : {"consoleRefreshAction", "consoleExportAction", "consoleCloseAction"}) {
        auto* action = console.findChild<QAction*>(QString::fromLatin1(name));
        ASSERT_TRUE(action) << name;
        EXPECT_FALSE(action->shortcut().isEmpty()) << name;
    }
    EXPECT_EQ(console.findChild<QAction*>(u"consoleExportAction"_s)->shortcut(),
        QKeySequence(u"Ctrl+E"_s));
    // Every table and chart has a name a screen reader says.
    for (QWidget* w : console.roomPanel()->findChildren<QTableWidget*>())
        EXPECT_FALSE(w->accessibleName().isEmpty()) << w->objectName().toStdString();
}

TEST_F(SupervisorConsoleTest, TheRoomShowsTheMorningsFigures)
{
    roomtest::buildMorning(*db, clock, *store);
    ui::RoomPanel panel(*db, *access);
    EXPECT_TRUE(panel.lastError().isEmpty()) << panel.lastError().toStdString();

    const QString summary = panel.summary()->text();
    EXPECT_TRUE(summary.startsWith(u"Waiting 3 · served today 1 · no-shows 1 · average wait 33 "
                                   u"min · longest wait ▲▲ 45 min"_s))
        << summary.toStdString();

    const QTableWidget* purposes = panel.purposesTable();
    EXPECT_EQ(textAt(purposes, u"A"_s, 1), u"0"_s);
    EXPECT_EQ(textAt(purposes, u"A"_s, 2), u"—"_s); // nobody waits
    EXPECT_EQ(textAt(purposes, u"A"_s, 4), u"1"_s);
    EXPECT_EQ(textAt(purposes, u"A"_s, 5), u"18 min"_s);
    EXPECT_EQ(textAt(purposes, u"B"_s, 1), u"1"_s);
    EXPECT_EQ(textAt(purposes, u"B"_s, 2), u"▲ 30 min"_s);
    EXPECT_EQ(textAt(purposes, u"D"_s, 3), u"▲▲ 45 min"_s);
    EXPECT_EQ(textAt(purposes, u"E"_s, 1), u"0"_s);

    const QTableWidget* counters = panel.countersTable();
    EXPECT_EQ(textAt(counters, u"1"_s, 0), u"1番窓口"_s);
    EXPECT_EQ(textAt(counters, u"1"_s, 1), u"idle, nobody called"_s);
    EXPECT_EQ(textAt(counters, u"1"_s, 5), u"1"_s);
    EXPECT_EQ(textAt(counters, u"1"_s, 6), u"0.7"_s); // 1 in the 85 minutes since its first call
    EXPECT_EQ(textAt(counters, u"1"_s, 7), u"18 min"_s);
    EXPECT_EQ(textAt(counters, u"2"_s, 1), u"serving a resident"_s);
    EXPECT_EQ(textAt(counters, u"2"_s, 2), u"A-002"_s);
    EXPECT_EQ(textAt(counters, u"2"_s, 3), u"m.kato"_s);
    EXPECT_EQ(textAt(counters, u"2"_s, 4), localTime(jst(10, 5)));
    EXPECT_EQ(textAt(counters, u"3"_s, 1), u"calling, resident on the way"_s);
    EXPECT_EQ(textAt(counters, u"3"_s, 2), u"C-001"_s);
    EXPECT_EQ(textAt(counters, u"4"_s, 1), u"closed"_s);

    const QTableWidget* handling = panel.handlingTable();
    ASSERT_EQ(handling->rowCount(), 1);
    EXPECT_EQ(textAt(handling, u"tennyu"_s, 0), u"転入 (tennyu)"_s);
    EXPECT_EQ(textAt(handling, u"tennyu"_s, 1), u"1"_s);
    EXPECT_EQ(textAt(handling, u"tennyu"_s, 2), u"18 min"_s);
}

TEST_F(SupervisorConsoleTest, WaitsAreAmberAt20AndRedAt40MinutesWithAMark)
{
    ASSERT_TRUE(store->addCounter({u"1"_s, u"1番窓口"_s, u"本庁"_s, {u"A"_s}, true}));
    clock.set(jst(9, 0));
    ASSERT_TRUE(store->issue(u"A"_s));
    ui::RoomPanel panel(*db, *access);
    const QTableWidget* purposes = panel.purposesTable();

    clock.set(jst(9, 19).addSecs(59));
    panel.refresh();
    EXPECT_EQ(textAt(purposes, u"A"_s, 3), u"19 min"_s);
    EXPECT_FALSE(backgroundAt(purposes, u"A"_s, 3).isValid());

    clock.set(jst(9, 20));
    panel.refresh();
    EXPECT_EQ(textAt(purposes, u"A"_s, 3), u"▲ 20 min"_s);
    EXPECT_EQ(backgroundAt(purposes, u"A"_s, 3), ui::waitColour(queue::WaitLevel::Warning));
    EXPECT_EQ(purposes->item(rowOf(purposes, u"A"_s), 3)->toolTip(), u"20 minutes or more"_s);

    clock.set(jst(9, 40));
    panel.refresh();
    EXPECT_EQ(textAt(purposes, u"A"_s, 3), u"▲▲ 40 min"_s);
    EXPECT_EQ(textAt(purposes, u"A"_s, 2), u"▲▲ 40 min"_s);
    EXPECT_EQ(backgroundAt(purposes, u"A"_s, 3), ui::waitColour(queue::WaitLevel::Alert));
    EXPECT_NE(ui::waitColour(queue::WaitLevel::Alert), ui::waitColour(queue::WaitLevel::Warning));
    EXPECT_TRUE(panel.summary()->text().contains(u"longest wait ▲▲ 40 min"_s))
        << panel.summary()->text().toStdString();
}

TEST_F(SupervisorConsoleTest, CounterActivityIsSaidInWords)
{
    EXPECT_EQ(ui::counterActivityText(queue::CounterActivity::Idle), u"idle, nobody called"_s);
    EXPECT_EQ(ui::counterActivityText(queue::CounterActivity::Calling),
        u"calling, resident on the way"_s);
    EXPECT_EQ(ui::counterActivityText(queue::CounterActivity::Serving), u"serving a resident"_s);
    EXPECT_EQ(ui::counterActivityText(queue::CounterActivity::Closed), u"closed"_s);
}

TEST_F(SupervisorConsoleTest, ACallShowsWithinASecondWhileVisibleAndTheTimerStopsWhenHidden)
{
    roomtest::buildMorning(*db, clock, *store);
    ui::SupervisorConsole console(*db, *access);
    console.show();
    ui::RoomPanel* room = console.roomPanel();
    EXPECT_TRUE(room->isLive());
    const QTableWidget* counters = room->countersTable();
    EXPECT_EQ(textAt(counters, u"1"_s, 1), u"idle, nobody called"_s);

    // Counter 1 serves A and B: B-001 is the only one of them waiting.
    auto called = store->callNext(u"1"_s, u"k.sato"_s);
    ASSERT_TRUE(called && called->has_value());
    EXPECT_EQ(called.value()->ticket.number, u"B-001"_s);
    EXPECT_TRUE(QTest::qWaitFor([&] { return textAt(counters, u"1"_s, 2) == u"B-001"_s; }, 1000));
    EXPECT_EQ(textAt(counters, u"1"_s, 1), u"calling, resident on the way"_s);
    EXPECT_EQ(textAt(room->purposesTable(), u"B"_s, 1), u"0"_s);

    console.tabs()->setCurrentIndex(ui::SupervisorConsole::Audit);
    EXPECT_FALSE(room->isLive());
    console.tabs()->setCurrentIndex(ui::SupervisorConsole::Room);
    EXPECT_TRUE(room->isLive());
}

TEST_F(SupervisorConsoleTest, TheChartsHoldArrivalsServedAndWaitsByHour)
{
    roomtest::buildMorning(*db, clock, *store);
    ui::RoomPanel panel(*db, *access);
    const ui::RoomCharts* charts = panel.charts();
    EXPECT_EQ(charts->hourLabels(), (QStringList{u"9:00"_s, u"10:00"_s}));
    EXPECT_EQ(valuesOf(charts->arrivalsSet()), (QList<qreal>{4, 3}));
    EXPECT_EQ(valuesOf(charts->servedSet()), (QList<qreal>{1, 0}));
    // Minutes, to a tenth: 9:00 called A-001 after 20 min; 10:00 three calls.
    EXPECT_EQ(charts->averageWaitSeries()->points(), (QList<QPointF>{{0, 20.0}, {1, 51.7}}));
    EXPECT_EQ(charts->longestWaitSeries()->points(), (QList<QPointF>{{0, 20.0}, {1, 60.0}}));

    // The next reading updates the same series in place.
    const QLineSeries* before = charts->averageWaitSeries();
    clock.set(jst(11, 5));
    ASSERT_TRUE(store->issue(u"E"_s));
    panel.refresh();
    EXPECT_EQ(charts->averageWaitSeries(), before);
    EXPECT_EQ(charts->hourLabels(), (QStringList{u"9:00"_s, u"10:00"_s, u"11:00"_s}));
    EXPECT_EQ(valuesOf(charts->arrivalsSet()), (QList<qreal>{4, 3, 1}));
}

TEST_F(SupervisorConsoleTest, ExportWritesTheDaysFilesAndShowsThePaths)
{
    roomtest::buildMorning(*db, clock, *store);
    ui::SupervisorConsole console(*db, *access);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    int asked = 0;
    console.setChooseDirectory([&](QWidget*) {
        ++asked;
        return dir.path();
    });
    console.findChild<QAction*>(u"consoleExportAction"_s)->trigger();
    EXPECT_EQ(asked, 1);
    const QString tickets = dir.filePath(u"tickets-2026-11-26.csv"_s);
    const QString visits = dir.filePath(u"visits-2026-11-26.csv"_s);
    EXPECT_TRUE(QFileInfo::exists(tickets));
    EXPECT_TRUE(QFileInfo::exists(visits));
    const QString shown = console.statusBar()->currentMessage();
    EXPECT_TRUE(shown.contains(QDir::toNativeSeparators(tickets))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QDir::toNativeSeparators(visits))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"Exported 7 tickets"_s)) << shown.toStdString();

    // Cancelled: nothing is written, nothing said.
    console.statusBar()->clearMessage();
    console.setChooseDirectory([](QWidget*) { return QString(); });
    console.exportToday();
    EXPECT_TRUE(console.statusBar()->currentMessage().isEmpty());
}

TEST_F(SupervisorConsoleTest, AnExportThatFailsSaysSoPlainly)
{
    ui::SupervisorConsole console(*db, *access);
    console.setChooseDirectory([](QWidget*) { return u"/nonexistent/folder/for/csv"_s; });
    console.exportToday();
    const QString shown = console.statusBar()->currentMessage();
    EXPECT_TRUE(shown.startsWith(u"The day's CSV could not be written: "_s)) << shown.toStdString();
    auto* box = console.findChild<QWidget*>(u"consoleExportError"_s);
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->isVisible());
}

TEST_F(SupervisorConsoleTest, CtrlDigitsAndCtrlTabSwitchTabsAndCtrlWCloses)
{
    ui::SupervisorConsole console(*db, *access);
    console.show();
    QApplication::setActiveWindow(&console);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&console));
    QTest::keyClick(&console, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(console.tabs()->currentIndex(), 2);
    QTest::keyClick(&console, Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(console.tabs()->currentIndex(), 3);
    QTest::keyClick(&console, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(console.tabs()->currentIndex(), 1);
    QTest::keyClick(&console, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(console.tabs()->currentIndex(), 0);
    QTest::keyClick(&console, Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(console.tabs()->currentIndex(), 1);
    QTest::keyClick(&console, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(console.tabs()->currentIndex(), 0);
    QTest::keyClick(&console, Qt::Key_W, Qt::ControlModifier);
    EXPECT_FALSE(console.isVisible());
}

bool inMenuBar(const ui::MainWindow& window)
{
    const auto* menu = window.findChild<QMenu*>(u"supervisorMenu"_s);
    return menu && window.menuBar()->actions().contains(menu->menuAction());
}

TEST(SupervisorConsoleMenu, HiddenForAClerkOfferedToASupervisorAndClosedAtLogout)
{
    TestDatabase test(storage::Engine::Sqlite);
    auto db = test.open();
    ASSERT_TRUE(db);
    ui::MainWindow window(std::move(db), u"en"_s);
    EXPECT_FALSE(inMenuBar(window)); // nobody logged in
    EXPECT_EQ(window.openSupervisorConsole(), nullptr);

    window.setSession(sessionOf(u"k.sato"_s, security::Role::Clerk));
    EXPECT_FALSE(inMenuBar(window));
    EXPECT_EQ(window.openSupervisorConsole(), nullptr);

    window.setSession(sessionOf(u"s.kato"_s, security::Role::Supervisor));
    ASSERT_TRUE(inMenuBar(window));
    auto* action = window.findChild<QAction*>(u"supervisorConsoleAction"_s);
    ASSERT_TRUE(action);
    EXPECT_EQ(action->shortcut(), QKeySequence(u"Ctrl+Shift+U"_s));
    action->trigger();
    QPointer<ui::SupervisorConsole> console = window.supervisorConsole();
    ASSERT_TRUE(console);
    EXPECT_TRUE(console->isVisible());
    EXPECT_EQ(console->tabs()->count(), 4);
    // Asked again: the same window, raised.
    action->trigger();
    EXPECT_EQ(window.supervisorConsole(), console.data());
    EXPECT_EQ(window.findChildren<ui::SupervisorConsole*>().size(), 1);

    window.clearSession(); // logout
    EXPECT_TRUE(console.isNull());
    EXPECT_FALSE(inMenuBar(window));
}

} // namespace
