// The desk session (docs/security.md, "Desk session"): the login dialog, the
// idle watcher, the lock that keeps the clerk's work, logout and the status
// bar's note of who is logged in.
#include "desksession.h"
#include "homepage.h"
#include "idlewatcher.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "security/auditlog.h"
#include "security/login.h"
#include "security/staffdirectory.h"
#include "sessionstatus.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QThread>
#include <gtest/gtest.h>

using namespace madoguchi;
using madoguchi::testing::TestDatabase;

namespace {

const QString kClerk = QStringLiteral("tanaka");
const QByteArray kPassword = "correct-horse-battery";
const QString kOffice = QStringLiteral("本庁");
const QString kTerminal = QStringLiteral("counter-3");

// Processes events until `done` holds or ten seconds pass (a stalled
// machine is not a failure: the condition is what is tested).
template <typename Predicate> bool waitUntil(Predicate done)
{
    const QDeadlineTimer deadline(10000);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

void pressKey(QWidget* target, Qt::Key key)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
    QApplication::sendEvent(target, &release);
}

void deleteDeferred()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

class DeskSessionTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = test.open();
        ASSERT_TRUE(db);
        security::StaffDirectory directory(*db);
        ASSERT_TRUE(directory.add(kClerk, security::Role::Clerk, kOffice, kPassword));
        window = std::make_unique<ui::MainWindow>(std::move(db), QStringLiteral("en"));
    }
    void TearDown() override { deleteDeferred(); }

    security::Session logIn()
    {
        auto session = security::login(window->database(), kClerk, kPassword, kTerminal);
        EXPECT_TRUE(session) << session.error().message.toStdString();
        return session ? session.value() : security::Session{};
    }

    TestDatabase test{storage::Engine::Sqlite};
    std::unique_ptr<ui::MainWindow> window;
};

TEST_F(DeskSessionTest, LoginDialogAcceptsTheRightPassword)
{
    ui::LoginDialog dialog(window->database(), kTerminal);
    dialog.open();
    EXPECT_TRUE(dialog.hintText().isEmpty()); // there is an account
    EXPECT_EQ(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    dialog.staffIdEdit()->setText(kClerk);
    dialog.passwordEdit()->setText(QString::fromUtf8(kPassword));
    pressKey(dialog.passwordEdit(), Qt::Key_Return); // Enter submits
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.isVisible());
    ASSERT_TRUE(dialog.session());
    EXPECT_EQ(dialog.session()->staffId, kClerk);
    EXPECT_EQ(dialog.session()->role, security::Role::Clerk);
    EXPECT_EQ(dialog.session()->office, kOffice);
    EXPECT_EQ(dialog.session()->terminal, kTerminal);
}

TEST_F(DeskSessionTest, LoginDialogShowsTheErrorForAWrongPasswordAndStaysOpen)
{
    ui::LoginDialog dialog(window->database(), kTerminal);
    dialog.open();
    dialog.staffIdEdit()->setText(kClerk);
    dialog.passwordEdit()->setText(QStringLiteral("not-the-password"));
    dialog.submit();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.session());
    EXPECT_EQ(dialog.errorText(), QStringLiteral("Wrong staff id or password"));
    EXPECT_TRUE(dialog.passwordEdit()->text().isEmpty()); // typed again, never kept

    // The wrong password counted toward the lock-out.
    security::StaffDirectory directory(window->database());
    const auto accounts = directory.list();
    ASSERT_TRUE(accounts);
    ASSERT_EQ(accounts->size(), 1);
    EXPECT_EQ(accounts->constFirst().failedLogins, 1);
}

TEST_F(DeskSessionTest, EscapeCancelsTheLoginDialog)
{
    ui::LoginDialog dialog(window->database(), kTerminal);
    dialog.open();
    pressKey(dialog.staffIdEdit(), Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST(LoginDialog, ADatabaseWithoutAccountsSaysHowToCreateOne)
{
    TestDatabase test(storage::Engine::Sqlite);
    auto db = test.open();
    ASSERT_TRUE(db);
    ui::LoginDialog dialog(*db, kTerminal);
    EXPECT_TRUE(dialog.hintText().contains(QStringLiteral("madoguchi-cli staff add")))
        << dialog.hintText().toStdString();
}

TEST(IdleWatcher, FiresAfterTheInterval)
{
    ui::IdleWatcher watcher;
    int fired = 0;
    QObject::connect(&watcher, &ui::IdleWatcher::idle, &watcher, [&fired] { ++fired; });
    watcher.setInterval(std::chrono::milliseconds(50));
    watcher.start();
    EXPECT_TRUE(waitUntil([&] { return fired == 1; }));
    EXPECT_FALSE(watcher.isActive()); // once per start
}

TEST(IdleWatcher, AnInputEventStartsTheCountAgain)
{
    QWidget widget;
    ui::IdleWatcher watcher;
    watcher.setInterval(std::chrono::hours(1));
    watcher.start();
    QThread::msleep(1000);
    const auto before = watcher.remaining();
    EXPECT_LT(before, std::chrono::hours(1));
    pressKey(&widget, Qt::Key_A);
    EXPECT_GT(watcher.remaining(), before);
}

TEST(IdleWatcher, NeverFiresWithAZeroInterval)
{
    ui::IdleWatcher watcher;
    watcher.setInterval(std::chrono::milliseconds(0));
    watcher.start();
    EXPECT_FALSE(watcher.isActive());
}

TEST_F(DeskSessionTest, StatusBarShowsWhoRoleOfficeAndTerminal)
{
    ui::DeskSession session(*window, kTerminal);
    session.begin(logIn());
    const QString text = window->sessionStatus()->text();
    for (const QString& part : {kClerk, QStringLiteral("Clerk"), kOffice, kTerminal})
        EXPECT_TRUE(text.contains(part)) << text.toStdString() << " lacks " << part.toStdString();
    EXPECT_EQ(
        ui::SessionStatus::roleText(security::Role::Supervisor), QStringLiteral("Supervisor"));
}

TEST_F(DeskSessionTest, TheLoginDialogComesFirstAndOpensTheWindow)
{
    ui::DeskSession session(*window, kTerminal);
    int loggedIn = 0;
    QObject::connect(&session, &ui::DeskSession::loggedIn, &session, [&] { ++loggedIn; });
    session.showLogin();
    EXPECT_FALSE(window->isVisible());
    ASSERT_TRUE(session.dialog());
    EXPECT_FALSE(session.dialog()->isUnlock());
    session.dialog()->staffIdEdit()->setText(kClerk);
    session.dialog()->passwordEdit()->setText(QString::fromUtf8(kPassword));
    session.dialog()->submit();
    EXPECT_EQ(loggedIn, 1);
    EXPECT_TRUE(window->isVisible());
    ASSERT_TRUE(session.session());
    EXPECT_EQ(session.session()->terminal, kTerminal);
    EXPECT_TRUE(window->sessionStatus()->text().contains(kClerk));
}

TEST_F(DeskSessionTest, CancellingTheLoginDialogAsksToQuit)
{
    ui::DeskSession session(*window, kTerminal);
    int cancelled = 0;
    QObject::connect(&session, &ui::DeskSession::loginCancelled, &session, [&] { ++cancelled; });
    session.showLogin();
    ASSERT_TRUE(session.dialog());
    session.dialog()->reject();
    EXPECT_EQ(cancelled, 1);
}

TEST_F(DeskSessionTest, IdleLocksAndTheSamePasswordUnlocksKeepingTheWork)
{
    ui::DeskSession session(*window, kTerminal);
    session.setIdleInterval(std::chrono::milliseconds(50));
    session.begin(logIn());
    QPointer<QLineEdit> work = new QLineEdit(window->homePage());
    work->setText(QStringLiteral("山田 太郎 転入"));

    ASSERT_TRUE(waitUntil([&] { return session.isLocked(); }));
    ui::LoginDialog* unlock = session.dialog();
    ASSERT_TRUE(unlock);
    EXPECT_TRUE(unlock->isUnlock());
    EXPECT_EQ(unlock->staffIdEdit()->text(), kClerk);
    EXPECT_TRUE(unlock->staffIdEdit()->isReadOnly()); // someone else: only by logging out

    pressKey(unlock->passwordEdit(), Qt::Key_Escape); // a lock is not dismissed
    EXPECT_TRUE(session.isLocked());
    EXPECT_TRUE(unlock->isVisible());

    unlock->passwordEdit()->setText(QStringLiteral("wrong-password"));
    unlock->submit();
    EXPECT_TRUE(session.isLocked());
    EXPECT_FALSE(unlock->errorText().isEmpty());

    session.setIdleInterval(std::chrono::hours(1)); // no second lock while we look
    unlock->passwordEdit()->setText(QString::fromUtf8(kPassword));
    unlock->submit();
    EXPECT_FALSE(session.isLocked());
    deleteDeferred();
    ASSERT_TRUE(work) << "the lock threw the clerk's work away";
    EXPECT_EQ(work->text(), QStringLiteral("山田 太郎 転入"));
    ASSERT_TRUE(session.session());
    EXPECT_EQ(session.session()->staffId, kClerk);
}

TEST_F(DeskSessionTest, TheLockActionLocksAtOnce)
{
    ui::DeskSession session(*window, kTerminal);
    session.begin(logIn());
    auto* lock = window->findChild<QAction*>(QStringLiteral("lockAction"));
    ASSERT_TRUE(lock);
    lock->trigger();
    EXPECT_TRUE(session.isLocked());
}

TEST_F(DeskSessionTest, LogoutAsksFirstThenDiscardsTheWorkAndShowsTheLogin)
{
    ui::DeskSession session(*window, kTerminal);
    session.begin(logIn());
    QPointer<QLineEdit> work = new QLineEdit(window->homePage());
    work->setText(QStringLiteral("half-done"));
    QString asked;
    bool answer = false;
    session.setConfirm([&](QWidget*, const QString& question) {
        asked = question;
        return answer;
    });

    auto* logout = window->findChild<QAction*>(QStringLiteral("logoutAction"));
    ASSERT_TRUE(logout);
    logout->trigger(); // answered No
    EXPECT_TRUE(asked.contains(kClerk)) << asked.toStdString();
    ASSERT_TRUE(session.session());
    deleteDeferred();
    ASSERT_TRUE(work);

    answer = true;
    logout->trigger();
    EXPECT_FALSE(session.session());
    EXPECT_FALSE(window->isVisible());
    ASSERT_TRUE(session.dialog());
    EXPECT_FALSE(session.dialog()->isUnlock());
    EXPECT_TRUE(window->sessionStatus()->text().isEmpty());
    deleteDeferred();
    EXPECT_FALSE(work) << "the next person would see the last one's work";

    // The logout is in the audit chain (the login entries are login's own).
    security::AuditFilter filter;
    filter.operatorId = kClerk;
    filter.action = QStringLiteral("login");
    auto entries = security::queryAudit(window->database().sql(), filter);
    ASSERT_TRUE(entries) << entries.error().message.toStdString();
    const auto logouts = std::count_if(entries->cbegin(), entries->cend(),
        [](const security::AuditEntry& e) { return e.detail == QLatin1String("logout"); });
    EXPECT_EQ(logouts, 1);
}

TEST_F(DeskSessionTest, LoggingOutFromTheLockLetsSomeoneElseIn)
{
    ui::DeskSession session(*window, kTerminal);
    session.setConfirm([](QWidget*, const QString&) { return true; });
    session.begin(logIn());
    session.lock();
    ASSERT_TRUE(session.dialog());
    emit session.dialog()->logoutRequested();
    EXPECT_FALSE(session.isLocked());
    EXPECT_FALSE(session.session());
    ASSERT_TRUE(session.dialog());
    EXPECT_FALSE(session.dialog()->isUnlock());
}

} // namespace
