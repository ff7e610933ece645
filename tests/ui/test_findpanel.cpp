// The Find step on the real widgets: nothing before a login, search as you
// type (through RegisterAccess: audited), the 支援措置 mark, Enter opens.
#include "demo/democity.h"
#include "findpanel.h"
#include "homepage.h"
#include "mainwindow.h"
#include "residentview.h"
#include "searchresultsmodel.h"
#include "security/auditlog.h"
#include "security/login.h"
#include "storage/sqlerror.h"
#include "support/testdatabase.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace madoguchi;

namespace {

class FindPanelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = testDb.open();
        ASSERT_TRUE(db);
        demo::DemoOptions options;
        options.residents = 300;
        options.seed = 4;
        options.asOf = QDate(2026, 11, 26);
        ASSERT_TRUE(demo::seedDemoCity(*db, options));
        // A family name that is in the city, in katakana, and one protected resident.
        auto kana = storage::exec(db->sql(),
            QStringLiteral(
                "SELECT name_kana FROM persons WHERE status = 'resident' ORDER BY id LIMIT 1"));
        ASSERT_TRUE(kana && kana->next());
        family = kana->value(0).toString().section(QLatin1Char(' '), 0, 0);
        kana->finish();
        auto last = storage::exec(db->sql(),
            QStringLiteral("SELECT id, atena_no FROM persons WHERE status = 'resident' ORDER BY id "
                           "DESC LIMIT 1"));
        ASSERT_TRUE(last && last->next());
        const qint64 personId = last->value(0).toLongLong();
        protectedAtena = last->value(1).toString();
        last->finish();
        ASSERT_TRUE(storage::exec(db->sql(),
            QStringLiteral("INSERT INTO support_measures (person_id, level, starts_on, ends_on) "
                           "VALUES (?, 'error', '2020-01-01', '2099-12-31')"),
            {personId}));
        window = std::make_unique<ui::MainWindow>(std::move(db), QStringLiteral("en"));
    }

    ui::FindPanel& find() { return *window->homePage()->findPanel(); }

    madoguchi::testing::TestDatabase testDb{storage::Engine::Sqlite};
    std::unique_ptr<ui::MainWindow> window;
    QString family;
    QString protectedAtena;
};

TEST_F(FindPanelTest, NothingIsSearchedBeforeALogin)
{
    EXPECT_FALSE(find().queryEdit()->isEnabled());
}

TEST_F(FindPanelTest, SearchesAsTheClerkTypesAndEnterOpens)
{
    window->setSession(security::Session{QStringLiteral("k.sato"), security::Role::Clerk,
        QStringLiteral("本庁"), QStringLiteral("desk-1"), QDateTime::currentDateTimeUtc()});
    ASSERT_TRUE(find().queryEdit()->isEnabled());
    find().setDebounce(10);
    QSignalSpy searched(&find(), &ui::FindPanel::searched);
    // Japanese comes from the input method: its commit, as an IME sends it.
    QInputMethodEvent typed;
    typed.setCommitString(family);
    QCoreApplication::sendEvent(find().queryEdit(), &typed);
    ASSERT_TRUE(searched.wait(2000));
    while (searched.wait(200)) { } // the last pause's search
    const int rows = find().results()->rowCount();
    ASSERT_GT(rows, 0);
    EXPECT_TRUE(find()
                    .results()
                    ->data(find().results()->index(0, ui::SearchResultsModel::Kana))
                    .toString()
                    .startsWith(family));

    QSignalSpy chosen(&find(), &ui::FindPanel::residentChosen);
    QTest::keyClick(find().queryEdit(), Qt::Key_Return);
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toString(), find().results()->result(0).atenaNo);

    // Each search is in the audit chain, as the clerk.
    security::AuditFilter filter;
    filter.operatorId = QStringLiteral("k.sato");
    filter.action = QStringLiteral("search");
    auto entries = security::queryAudit(window->database().sql(), filter);
    ASSERT_TRUE(entries);
    EXPECT_GE(entries->size(), 1);
}

TEST_F(FindPanelTest, AProtectedResidentIsMarkedAndTheAddressWithheld)
{
    window->setSession(security::Session{QStringLiteral("k.sato"), security::Role::Clerk,
        QStringLiteral("本庁"), QStringLiteral("desk-1"), QDateTime::currentDateTimeUtc()});
    find().queryEdit()->setText(protectedAtena);
    find().searchNow();
    ASSERT_EQ(find().results()->rowCount(), 1);
    const auto cell = [&](int column) {
        return find().results()->data(find().results()->index(0, column)).toString();
    };
    EXPECT_FALSE(cell(ui::SearchResultsModel::Mark).isEmpty());
    EXPECT_TRUE(cell(ui::SearchResultsModel::Address).contains(QStringLiteral("withheld")))
        << cell(ui::SearchResultsModel::Address).toStdString();

    // An auditor's session may not search: the panel says why.
    window->setSession(security::Session{QStringLiteral("a.ono"), security::Role::Auditor,
        QString(), QStringLiteral("desk-1"), QDateTime::currentDateTimeUtc()});
    find().queryEdit()->setText(protectedAtena);
    find().searchNow();
    EXPECT_EQ(find().results()->rowCount(), 0);
    auto* message = find().findChild<QLabel*>(QStringLiteral("findMessage"));
    ASSERT_TRUE(message);
    EXPECT_TRUE(message->text().contains(QStringLiteral("may not")))
        << message->text().toStdString();

    window->clearSession();
    EXPECT_FALSE(find().queryEdit()->isEnabled());
}

// The Resident step: the profile through the session, the 個人番号 masked
// until revealed with a purpose (recorded), and the dialog closes when the
// session ends.
TEST_F(FindPanelTest, TheResidentViewShowsTheProfileAndRevealsWithAPurpose)
{
    window->setSession(security::Session{QStringLiteral("k.sato"), security::Role::Clerk,
        QStringLiteral("本庁"), QStringLiteral("desk-1"), QDateTime::currentDateTimeUtc()});
    auto withNumber = storage::exec(window->database().sql(),
        QStringLiteral("SELECT atena_no, name_kanji, my_number FROM persons WHERE my_number IS NOT "
                       "NULL AND status = 'resident' ORDER BY id LIMIT 1"));
    ASSERT_TRUE(withNumber && withNumber->next());
    const QString atena = withNumber->value(0).toString();
    const QString name = withNumber->value(1).toString();
    const QString number = withNumber->value(2).toString();
    withNumber->finish();

    find().queryEdit()->setText(atena);
    find().searchNow();
    QTest::keyClick(find().queryEdit(), Qt::Key_Return);
    auto* dialog = window->findChild<ui::ResidentView*>();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(dialog->loaded());
    auto* title = dialog->findChild<QLabel*>(QStringLiteral("residentTitle"));
    ASSERT_TRUE(title);
    EXPECT_TRUE(title->text().contains(name));
    EXPECT_GE(dialog->membersTable()->rowCount(), 1);
    EXPECT_TRUE(dialog->myNumberLabel()->text().contains(QStringLiteral("************")));
    EXPECT_FALSE(dialog->myNumberLabel()->text().contains(number));

    dialog->setPurposeAsker([](QWidget*) { return QString(); }); // cancelled
    dialog->reveal();
    EXPECT_FALSE(dialog->myNumberLabel()->text().contains(number));
    dialog->setPurposeAsker([](QWidget*) { return QStringLiteral("国保 資格確認"); });
    dialog->reveal();
    EXPECT_TRUE(dialog->myNumberLabel()->text().contains(number));

    security::AuditFilter filter;
    filter.action = QStringLiteral("reveal");
    auto reveals = security::queryAudit(window->database().sql(), filter);
    ASSERT_TRUE(reveals);
    ASSERT_EQ(reveals->size(), 1);
    EXPECT_EQ(reveals->first().purpose, QStringLiteral("国保 資格確認"));
    EXPECT_TRUE(reveals->first().myNumberShown);

    QPointer<ui::ResidentView> open(dialog);
    window->clearSession();
    EXPECT_FALSE(open && open->isVisible());
}

} // namespace
