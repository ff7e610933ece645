// The waiting room's windows (issue #8 items 1 and 3): the display board and
// the ticket kiosk, on a real SQLite database, driven through TicketStore and
// the mouse.
#include "displayboard.h"
#include "kioskwindow.h"
#include "queue/ticketstore.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QTest>
#include <gtest/gtest.h>

using namespace madoguchi;
using madoguchi::testing::TestDatabase;
using namespace Qt::StringLiterals;

namespace {

class WaitingRoom : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = test.open();
        ASSERT_TRUE(db);
        store = std::make_unique<queue::TicketStore>(*db);
        ASSERT_TRUE(store->addCounter({u"1"_s, u"1番窓口"_s, u"本庁"_s, {u"A"_s, u"B"_s}}));
        ASSERT_TRUE(store->addCounter({u"2"_s, u"2番窓口"_s, u"本庁"_s, {u"C"_s}}));
    }

    QString issue(const QString& purpose)
    {
        auto issued = store->issue(purpose);
        EXPECT_TRUE(issued) << issued.error().message.toStdString();
        return issued ? issued->ticket.number : QString();
    }

    TestDatabase test{storage::Engine::Sqlite};
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<queue::TicketStore> store;
};

QString textOf(const QWidget& parent, const QString& name)
{
    const auto* label = parent.findChild<QLabel*>(name);
    return label ? label->text() : u"<no %1>"_s.arg(name);
}

QStringList calledNumbers(const QWidget& board)
{
    QStringList numbers;
    for (const QLabel* l : board.findChildren<QLabel*>(u"calledNumber"_s))
        numbers << l->text();
    return numbers;
}

using DisplayBoardTest = WaitingRoom;
using KioskTest = WaitingRoom;

TEST_F(DisplayBoardTest, ShowsACallWithinASecondNewestFirst)
{
    issue(u"A"_s);
    issue(u"A"_s);
    issue(u"C"_s);
    ui::DisplayBoard board(*db);
    board.resize(1280, 800);
    board.show();

    EXPECT_EQ(textOf(board, u"waiting-A"_s), u"2人"_s);
    EXPECT_EQ(textOf(board, u"waiting-A-en"_s), u"2 waiting"_s);
    EXPECT_EQ(textOf(board, u"waiting-C"_s), u"1人"_s);
    EXPECT_EQ(textOf(board, u"waiting-B"_s), u"0人"_s);
    // Nothing finished yet: the oldest wait, at least a minute while any wait.
    EXPECT_EQ(textOf(board, u"estimate-A"_s), u"約1分"_s);
    EXPECT_EQ(textOf(board, u"estimate-A-en"_s), u"about 1 min"_s);
    EXPECT_EQ(textOf(board, u"estimate-B"_s), u"待ち時間なし"_s);
    EXPECT_TRUE(calledNumbers(board).isEmpty());

    auto called = store->callNext(u"1"_s, u"staff1"_s);
    ASSERT_TRUE(called && called->has_value());
    EXPECT_EQ(called.value()->ticket.number, u"A-001"_s);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return calledNumbers(board) == QStringList{u"A-001"_s}; }, 1000));
    EXPECT_EQ(textOf(board, u"calledCounter"_s), u"1番窓口"_s);
    EXPECT_EQ(textOf(board, u"calledCounter-en"_s), u"Counter 1"_s);
    EXPECT_EQ(textOf(board, u"waiting-A"_s), u"1人"_s);

    ASSERT_TRUE(store->callNext(u"2"_s, u"staff2"_s));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return calledNumbers(board) == QStringList{u"C-001"_s, u"A-001"_s};
        },
        1000))
        << calledNumbers(board).join(u' ').toStdString();
    // The newest call is the highlighted row.
    const QLabel* newest = board.findChild<QLabel*>(u"calledNumber"_s);
    ASSERT_TRUE(newest);
    EXPECT_EQ(newest->text(), u"C-001"_s);
    EXPECT_EQ(newest->parentWidget()->objectName(), u"newestRow"_s);
    EXPECT_EQ(textOf(board, u"waiting-C"_s), u"0人"_s);
}

TEST_F(DisplayBoardTest, FinishedTicketsLeaveTheBoard)
{
    issue(u"A"_s);
    ui::DisplayBoard board(*db);
    auto called = store->callNext(u"1"_s, u"staff1"_s);
    ASSERT_TRUE(called && called->has_value());
    board.refresh();
    EXPECT_EQ(calledNumbers(board), QStringList{u"A-001"_s});
    ASSERT_TRUE(store->finish(called.value()->ticket.id, u"staff1"_s));
    board.refresh();
    EXPECT_TRUE(calledNumbers(board).isEmpty());
}

TEST(DisplayBoardEstimate, AverageHandlingTimesWaitingOverCountersElseOldestWait)
{
    EXPECT_EQ(ui::estimatedWaitSeconds(0, 900, 300.0, 1), 0);
    EXPECT_EQ(ui::estimatedWaitSeconds(3, 900, std::nullopt, 2), 900);
    EXPECT_EQ(ui::estimatedWaitSeconds(3, 900, 300.0, 2), 450);
    EXPECT_EQ(ui::estimatedWaitSeconds(3, 900, 300.0, 0), 900); // no counter: as one
}

TEST_F(DisplayBoardTest, AReadErrorIsSaidAndTheBoardKeepsRunning)
{
    issue(u"A"_s);
    ui::DisplayBoard board(*db);
    EXPECT_TRUE(board.lastError().isEmpty());
    db->sql().close();
    board.refresh();
    EXPECT_FALSE(board.lastError().isEmpty());
    const auto* status = board.findChild<QLabel*>(u"boardStatus"_s);
    ASSERT_TRUE(status);
    EXPECT_FALSE(status->isHidden());
    EXPECT_TRUE(status->text().contains(u"The board cannot update"_s))
        << status->text().toStdString();
    // What was shown stays.
    EXPECT_EQ(textOf(board, u"waiting-A"_s), u"1人"_s);
}

TEST_F(KioskTest, APurposeButtonIssuesPrintsAndShowsTheTicket)
{
    issue(u"A"_s); // one person ahead
    ui::KioskWindow kiosk(*db);
    QList<ui::KioskTicket> printed;
    kiosk.setPrinter([&](const ui::KioskTicket& t) -> Status {
        printed << t;
        return {};
    });
    kiosk.setShowDuration(300);
    kiosk.resize(1280, 800);
    kiosk.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&kiosk));

    auto* elderly = kiosk.findChild<QPushButton*>(u"priority-elderly"_s);
    auto* moving = kiosk.findChild<QPushButton*>(u"purpose-A"_s);
    ASSERT_TRUE(elderly && moving);
    EXPECT_TRUE(kiosk.findChild<QPushButton*>(u"purpose-E"_s));
    QTest::mouseClick(elderly, Qt::LeftButton);
    EXPECT_EQ(kiosk.chosenPriority(), queue::PriorityClass::Elderly);
    QTest::mouseClick(moving, Qt::LeftButton);

    ASSERT_EQ(printed.size(), 1);
    EXPECT_EQ(printed[0].number, u"A-002"_s);
    EXPECT_EQ(printed[0].peopleAhead, 1);
    EXPECT_EQ(printed[0].priority, queue::PriorityClass::Elderly);
    EXPECT_EQ(printed[0].purposeJa, u"転入・転出・転居"_s);
    EXPECT_EQ(textOf(kiosk, u"ticketNumber"_s), u"A-002"_s);
    EXPECT_TRUE(textOf(kiosk, u"ticketAhead"_s).contains(u"前に1人お待ちです"_s));
    EXPECT_TRUE(textOf(kiosk, u"ticketAhead"_s).contains(u"1 people ahead of you"_s));
    EXPECT_TRUE(textOf(kiosk, u"ticketPurpose"_s).contains(u"転入・転出・転居"_s));
    EXPECT_TRUE(kiosk.findChild<QLabel*>(u"ticketNumber"_s)->isVisible());
    EXPECT_TRUE(kiosk.errorText().isEmpty());

    auto stored = store->findByNumber(QDate::currentDate(), u"A-002"_s);
    ASSERT_TRUE(stored && stored->has_value());
    EXPECT_EQ(stored.value()->priority, queue::PriorityClass::Elderly);

    // After a few seconds (here 300 ms) the buttons are back, ordinary again.
    EXPECT_TRUE(QTest::qWaitFor([&] { return moving->isVisible(); }, 2000));
    EXPECT_EQ(kiosk.chosenPriority(), queue::PriorityClass::Ordinary);
}

TEST_F(KioskTest, APrinterFailureKeepsTheNumberOnTheScreen)
{
    ui::KioskWindow kiosk(*db);
    kiosk.setPrinter([](const ui::KioskTicket&) -> Status { return Error{u"out of paper"_s}; });
    kiosk.show();
    auto* certificates = kiosk.findChild<QPushButton*>(u"purpose-C"_s);
    ASSERT_TRUE(certificates);
    QTest::mouseClick(certificates, Qt::LeftButton);
    EXPECT_EQ(textOf(kiosk, u"ticketNumber"_s), u"C-001"_s);
    const auto* note = kiosk.findChild<QLabel*>(u"printError"_s);
    ASSERT_TRUE(note);
    EXPECT_FALSE(note->isHidden());
    EXPECT_TRUE(note->text().contains(u"out of paper"_s));
    EXPECT_TRUE(note->text().contains(u"Please note your number"_s));
}

TEST_F(KioskTest, ADatabaseErrorIsShownInPlainWords)
{
    ui::KioskWindow kiosk(*db);
    int prints = 0;
    kiosk.setPrinter([&](const ui::KioskTicket&) -> Status {
        ++prints;
        return {};
    });
    kiosk.show();
    auto* moving = kiosk.findChild<QPushButton*>(u"purpose-A"_s);
    ASSERT_TRUE(moving);
    db->sql().close(); // the database goes away
    QTest::mouseClick(moving, Qt::LeftButton);
    EXPECT_EQ(prints, 0);
    EXPECT_TRUE(kiosk.errorText().contains(u"番号札を発行できませんでした"_s))
        << kiosk.errorText().toStdString();
    EXPECT_TRUE(kiosk.errorText().contains(u"Please ask a member of staff"_s));
    EXPECT_TRUE(moving->isVisible()); // still on the buttons
}

TEST_F(KioskTest, ADatabaseDownAtStartSaysTheKioskIsNotReady)
{
    db->sql().close();
    ui::KioskWindow kiosk(*db);
    EXPECT_TRUE(kiosk.errorText().contains(u"The kiosk is not ready"_s))
        << kiosk.errorText().toStdString();
    EXPECT_FALSE(kiosk.findChild<QPushButton*>(u"purpose-A"_s));
}

} // namespace
