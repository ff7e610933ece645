// Every supervisor action of the console's Submissions, Audit log and
// Approvals tabs on the real widgets and a real SQLite database: select the
// row, click or press the shortcut, answer the question; then the effect
// read back through the core, and the audit entry it wrote. A clerk is
// refused with a message and a 'denied' entry.
#include "approval/approvals.h"
#include "approvalspanel.h"
#include "auditpanel.h"
#include "catalog/catalogloader.h"
#include "delivery/outbox.h"
#include "demo/democity.h"
#include "demo/demovisits.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "storage/sqlerror.h"
#include "submissionspanel.h"
#include "support/testdatabase.h"
#include "visitstatusdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace madoguchi;
using namespace std::chrono_literals;
using delivery::OutboxState;

namespace {

const QDate kToday(2026, 11, 26);

class SupervisorActions : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
        demo::DemoOptions options;
        options.residents = 150;
        options.seed = 5;
        options.asOf = kToday;
        ASSERT_TRUE(demo::seedDemoCity(*db, options));
        audit = std::make_unique<security::AuditLog>(*db);
        clerk = std::make_unique<security::AccessControl>(
            security::Session{QStringLiteral("k.sato"), security::Role::Clerk,
                QStringLiteral("本庁"), QStringLiteral("desk-1"), clock.now()},
            *audit, clock);
        supervisor = std::make_unique<security::AccessControl>(
            security::Session{QStringLiteral("m.kato"), security::Role::Supervisor,
                QStringLiteral("本庁"), QStringLiteral("desk-9"), clock.now()},
            *audit, clock);
    }

    // Submitted visits whose applications are then refused (two), waiting
    // to retry (one) and delivered (the rest), as a relay would leave them.
    void submitAndDeliver()
    {
        const catalog::CatalogLoad load
            = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
        ASSERT_TRUE(load.ok());
        auto summary = demo::submitDemoVisits(*db, *clerk, *load.catalog, 3, 7, kToday);
        ASSERT_TRUE(summary) << summary.error().message.toStdString();
        ASSERT_GE(summary->applications, 4) << summary->lastProblem.toStdString();
        delivery::Outbox outbox(*db, clock);
        auto claimed = outbox.claim(QStringLiteral("relay"), 100, 60s);
        ASSERT_TRUE(claimed);
        ASSERT_GE(claimed->size(), 4);
        rejectedA = claimed->at(0);
        rejectedB = claimed->at(1);
        waiting = claimed->at(2);
        ASSERT_TRUE(outbox.markRejected(rejectedA.id, QStringLiteral("relay"),
            QStringLiteral("HTTP 422: 転入日が未来の日付です\n{\"field\":\"moved_in_on\"}")));
        ASSERT_TRUE(outbox.markRejected(
            rejectedB.id, QStringLiteral("relay"), QStringLiteral("HTTP 422: 不備")));
        ASSERT_TRUE(outbox.markRetry(
            waiting.id, QStringLiteral("relay"), QStringLiteral("HTTP 503: busy"), 10min));
        for (qsizetype i = 3; i < claimed->size(); ++i)
            ASSERT_TRUE(outbox.markDelivered(claimed->at(i).id, QStringLiteral("relay"),
                QStringLiteral("R-%1").arg(i), QByteArray()));
    }

    OutboxState stateOf(const QString& id)
    {
        delivery::Outbox outbox(*db, clock);
        auto found = outbox.find(id);
        EXPECT_TRUE(found && found->has_value());
        return found && found->has_value() ? found->value().state : OutboxState::Sending;
    }

    QList<security::AuditEntry> entries(const QString& action)
    {
        security::AuditFilter filter;
        filter.action = action;
        auto found = security::queryAudit(db->sql(), filter);
        EXPECT_TRUE(found);
        return found ? found.value() : QList<security::AuditEntry>{};
    }

    // Shows `panel` as an active window with the focus in `focus`, so the
    // panel's shortcuts reach it.
    static void activate(QWidget& panel, QWidget* focus)
    {
        panel.show();
        QApplication::setActiveWindow(&panel);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&panel));
        focus->setFocus();
    }

    static QString text(QTableWidget* table, int row, int column)
    {
        const QTableWidgetItem* item = table->item(row, column);
        return item ? item->text() : QString();
    }

    QString atenaOf(int offset)
    {
        auto row = storage::exec(db->sql(),
            QStringLiteral("SELECT atena_no FROM persons WHERE status = 'resident' ORDER BY id "
                           "LIMIT 1 OFFSET ?"),
            {offset});
        EXPECT_TRUE(row && row->next());
        return row ? row->value(0).toString() : QString();
    }

    madoguchi::testing::TestDatabase testDb{storage::Engine::Sqlite};
    std::unique_ptr<storage::Database> db;
    FixedClock clock{QDateTime(kToday, QTime(10, 0), security::japanTime())};
    std::unique_ptr<security::AuditLog> audit;
    std::unique_ptr<security::AccessControl> clerk;
    std::unique_ptr<security::AccessControl> supervisor;
    delivery::OutboxItem rejectedA, rejectedB, waiting;
};

// --- Submissions --------------------------------------------------------

TEST_F(SupervisorActions, SubmissionsShowProblemsWithCountsTheReplyAndLongRetries)
{
    ASSERT_NO_FATAL_FAILURE(submitAndDeliver());
    ui::SubmissionsPanel panel(*db, *supervisor);
    QTableWidget* table = panel.table();
    // By default: the refused and the waiting only.
    EXPECT_EQ(table->rowCount(), 3);
    EXPECT_TRUE(panel.findChild<QLabel*>(QStringLiteral("submissionsCounts"))
                    ->text()
                    .contains(QStringLiteral("refused by the system 2")));
    ASSERT_TRUE(panel.selectItem(rejectedA.id));
    EXPECT_TRUE(panel.detailBox()->toPlainText().contains(QStringLiteral("\"moved_in_on\"")));
    EXPECT_TRUE(panel.findChild<QPushButton*>(QStringLiteral("submissionsRetry"))->isEnabled());
    EXPECT_TRUE(panel.findChild<QPushButton*>(QStringLiteral("submissionsRetryAll"))->isEnabled());

    // Not long yet; 31 minutes later the waiting one is.
    ASSERT_TRUE(panel.selectItem(waiting.id));
    EXPECT_FALSE(text(table, table->currentRow(), 3).contains(QStringLiteral("long")));
    clock.set(clock.now().addSecs(31 * 60));
    panel.refresh();
    ASSERT_TRUE(panel.selectItem(waiting.id));
    EXPECT_TRUE(text(table, table->currentRow(), 3).contains(QStringLiteral("long")));
    EXPECT_TRUE(panel.detailBox()->toPlainText().contains(QStringLiteral("Long-retrying")));

    // On demand: the delivered ones.
    panel.stateFilter()->setCurrentIndex(
        panel.stateFilter()->findText(QStringLiteral("registered")));
    EXPECT_GE(table->rowCount(), 1);
    for (int row = 0; row < table->rowCount(); ++row)
        EXPECT_EQ(text(table, row, 3), QStringLiteral("registered"));
}

TEST_F(SupervisorActions, RetryByShortcutQueuesTheRefusedOneAgainAndIsAudited)
{
    ASSERT_NO_FATAL_FAILURE(submitAndDeliver());
    ui::SubmissionsPanel panel(*db, *supervisor);
    ASSERT_NO_FATAL_FAILURE(activate(panel, panel.table()));
    ASSERT_TRUE(panel.selectItem(rejectedA.id));
    QTest::keyClick(panel.table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);

    EXPECT_EQ(stateOf(rejectedA.id), OutboxState::Queued);
    EXPECT_EQ(stateOf(rejectedB.id), OutboxState::Rejected);
    {
        delivery::Outbox outbox(*db, clock);
        auto retried = outbox.find(rejectedA.id);
        ASSERT_TRUE(retried && retried->has_value());
        EXPECT_EQ(retried->value().attempts, 0); // a fresh start for the back-off
    }
    const auto log = entries(QStringLiteral("delivery"));
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.last().detail, QStringLiteral("retry ") + rejectedA.id);
    EXPECT_EQ(log.last().outcome, QStringLiteral("ok"));
    EXPECT_EQ(log.last().operatorId, QStringLiteral("m.kato"));
    EXPECT_FALSE(log.last().purpose.isEmpty());
    EXPECT_TRUE(panel.messageLabel()->text().contains(QStringLiteral("queued again")));
}

TEST_F(SupervisorActions, CancelAsksAReasonAndRecordsIt)
{
    ASSERT_NO_FATAL_FAILURE(submitAndDeliver());
    ui::SubmissionsPanel panel(*db, *supervisor);
    // Thought better of it: nothing happens.
    panel.setAskReason([](QWidget*, const QString&) { return std::optional<QString>(); });
    ASSERT_TRUE(panel.selectItem(waiting.id));
    panel.findChild<QPushButton*>(QStringLiteral("submissionsCancel"))->click();
    EXPECT_EQ(stateOf(waiting.id), OutboxState::RetryWait);
    EXPECT_TRUE(entries(QStringLiteral("delivery")).isEmpty());

    QString asked;
    panel.setAskReason([&](QWidget*, const QString& question) {
        asked = question;
        return std::optional<QString>(QStringLiteral("二重申請のため"));
    });
    ASSERT_TRUE(panel.selectItem(waiting.id));
    panel.findChild<QPushButton*>(QStringLiteral("submissionsCancel"))->click();
    EXPECT_TRUE(asked.contains(waiting.visitRef));
    EXPECT_EQ(stateOf(waiting.id), OutboxState::Cancelled);
    const auto log = entries(QStringLiteral("delivery"));
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.last().detail, QStringLiteral("cancel ") + waiting.id);
    EXPECT_EQ(log.last().purpose, QStringLiteral("二重申請のため"));
    EXPECT_EQ(log.last().outcome, QStringLiteral("ok"));
    EXPECT_EQ(log.last().operatorId, QStringLiteral("m.kato"));
}

TEST_F(SupervisorActions, MarkHandledByShortcutRecordsTheReason)
{
    ASSERT_NO_FATAL_FAILURE(submitAndDeliver());
    ui::SubmissionsPanel panel(*db, *supervisor);
    panel.setAskReason([](QWidget*, const QString&) {
        return std::optional<QString>(QStringLiteral("国保係に電話で連絡済み"));
    });
    ASSERT_NO_FATAL_FAILURE(activate(panel, panel.table()));
    ASSERT_TRUE(panel.selectItem(rejectedB.id));
    QTest::keyClick(panel.table(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);

    EXPECT_EQ(stateOf(rejectedB.id), OutboxState::Handled);
    const auto log = entries(QStringLiteral("delivery"));
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.last().detail, QStringLiteral("handled ") + rejectedB.id);
    EXPECT_EQ(log.last().purpose, QStringLiteral("国保係に電話で連絡済み"));
    EXPECT_EQ(log.last().outcome, QStringLiteral("ok"));
    EXPECT_EQ(log.last().operatorId, QStringLiteral("m.kato"));
    // Handled leaves the problem list.
    EXPECT_FALSE(panel.selectItem(rejectedB.id));
}

TEST_F(SupervisorActions, BulkRetrySendsOnlyTheRefusedAgain)
{
    ASSERT_NO_FATAL_FAILURE(submitAndDeliver());
    ui::SubmissionsPanel panel(*db, *supervisor);
    QString confirmation;
    panel.setConfirm([&](QWidget*, const QString& question) {
        confirmation = question;
        return true;
    });
    panel.setAskReason([](QWidget*, const QString&) {
        return std::optional<QString>(QStringLiteral("国保システム復旧後に再送"));
    });
    panel.findChild<QPushButton*>(QStringLiteral("submissionsRetryAll"))->click();

    EXPECT_TRUE(confirmation.contains(QStringLiteral("2"))) << confirmation.toStdString();
    EXPECT_EQ(stateOf(rejectedA.id), OutboxState::Queued);
    EXPECT_EQ(stateOf(rejectedB.id), OutboxState::Queued);
    EXPECT_EQ(stateOf(waiting.id), OutboxState::RetryWait); // not known to have failed
    const auto log = entries(QStringLiteral("delivery"));
    ASSERT_EQ(log.size(), 2);
    QStringList details;
    for (const security::AuditEntry& e : log) {
        details << e.detail;
        EXPECT_EQ(e.outcome, QStringLiteral("ok"));
        EXPECT_EQ(e.operatorId, QStringLiteral("m.kato"));
        EXPECT_EQ(e.purpose, QStringLiteral("国保システム復旧後に再送"));
    }
    EXPECT_TRUE(details.contains(QStringLiteral("retry ") + rejectedA.id));
    EXPECT_TRUE(details.contains(QStringLiteral("retry ") + rejectedB.id));
    // Nothing refused is left.
    EXPECT_FALSE(panel.findChild<QPushButton*>(QStringLiteral("submissionsRetryAll"))->isEnabled());
}

TEST_F(SupervisorActions, OpenVisitShowsItsApplicationsAndIsAudited)
{
    ASSERT_NO_FATAL_FAILURE(submitAndDeliver());
    ui::SubmissionsPanel panel(*db, *supervisor);
    ASSERT_NO_FATAL_FAILURE(activate(panel, panel.table()));
    ASSERT_TRUE(panel.selectItem(rejectedA.id));
    QTest::keyClick(panel.table(), Qt::Key_O, Qt::ControlModifier);

    QPointer<ui::VisitStatusDialog> dialog = panel.visitDialog();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->visitRef(), rejectedA.visitRef);
    delivery::Outbox outbox(*db, clock);
    auto ofVisit = outbox.ofVisit(rejectedA.visitRef);
    ASSERT_TRUE(ofVisit);
    EXPECT_EQ(dialog->applicationsTable()->rowCount(), ofVisit->size());
    bool refusedShown = false;
    for (int row = 0; row < dialog->applicationsTable()->rowCount(); ++row)
        refusedShown = refusedShown
            || text(dialog->applicationsTable(), row, 7).contains(QStringLiteral("HTTP 422"));
    EXPECT_TRUE(refusedShown);
    const auto log = entries(QStringLiteral("profile-view"));
    ASSERT_FALSE(log.isEmpty());
    EXPECT_EQ(log.last().detail, QStringLiteral("visit ") + rejectedA.visitRef);
    EXPECT_EQ(log.last().operatorId, QStringLiteral("m.kato"));
    EXPECT_EQ(log.last().outcome, QStringLiteral("ok"));

    // Esc closes it (and it deletes itself).
    QTest::keyClick(dialog, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(dialog);
}

TEST_F(SupervisorActions, AClerkIsRefusedWithAMessageAndADeniedEntry)
{
    ASSERT_NO_FATAL_FAILURE(submitAndDeliver());
    ui::SubmissionsPanel panel(*db, *clerk);
    QStringList said;
    QObject::connect(
        &panel, &ui::SubmissionsPanel::message, &panel, [&](const QString& line) { said << line; });
    ASSERT_TRUE(panel.selectItem(rejectedA.id));
    panel.findChild<QPushButton*>(QStringLiteral("submissionsRetry"))->click();

    EXPECT_EQ(stateOf(rejectedA.id), OutboxState::Rejected);
    ASSERT_FALSE(said.isEmpty());
    EXPECT_TRUE(said.last().contains(QStringLiteral("k.sato"))) << said.last().toStdString();
    EXPECT_EQ(panel.messageLabel()->text(), said.last());
    const auto log = entries(QStringLiteral("delivery"));
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.last().outcome, QStringLiteral("denied"));
    EXPECT_EQ(log.last().operatorId, QStringLiteral("k.sato"));

    // The bulk retry stops at the first refusal: one denied entry, not one per item.
    panel.setConfirm([](QWidget*, const QString&) { return true; });
    panel.setAskReason(
        [](QWidget*, const QString&) { return std::optional<QString>(QStringLiteral("再送")); });
    panel.findChild<QPushButton*>(QStringLiteral("submissionsRetryAll"))->click();
    EXPECT_EQ(stateOf(rejectedB.id), OutboxState::Rejected);
    EXPECT_EQ(entries(QStringLiteral("delivery")).size(), 2);
    EXPECT_TRUE(panel.messageLabel()->text().contains(QStringLiteral("k.sato")));
}

// --- Audit log -----------------------------------------------------------

TEST_F(SupervisorActions, AuditQueryWithFiltersShowsTheEntriesAndIsItselfAudited)
{
    ASSERT_NO_FATAL_FAILURE(submitAndDeliver());
    // A profile view of a visit names its resident.
    ui::SubmissionsPanel submissions(*db, *supervisor);
    ASSERT_TRUE(submissions.selectItem(rejectedA.id));
    submissions.openSelectedVisit();
    ASSERT_TRUE(submissions.visitDialog());
    const QString atena
        = submissions.visitDialog()->findChild<QLabel*>(QStringLiteral("visitAtena"))->text();

    ui::AuditPanel panel(*db, *supervisor);
    panel.operatorEdit()->setText(QStringLiteral("k.sato"));
    panel.actionCombo()->setCurrentIndex(
        panel.actionCombo()->findData(QStringLiteral("submission")));
    panel.fromEdit()->setText(QStringLiteral("R8.11.26")); // 令和8年 = 2026
    panel.toEdit()->setText(QStringLiteral("2026-11-26"));
    panel.findChild<QPushButton*>(QStringLiteral("auditSearch"))->click();
    QTableWidget* table = panel.table();
    EXPECT_EQ(table->rowCount(), 3) << panel.messageLabel()->text().toStdString();
    for (int row = 0; row < table->rowCount(); ++row) {
        EXPECT_EQ(text(table, row, 2), QStringLiteral("k.sato"));
        EXPECT_EQ(text(table, row, 6), QStringLiteral("submission"));
        EXPECT_TRUE(text(table, row, 1).startsWith(QStringLiteral("2026-11-26 10:00")));
    }
    auto reads = entries(QStringLiteral("audit-read"));
    ASSERT_EQ(reads.size(), 1);
    EXPECT_EQ(reads.last().operatorId, QStringLiteral("m.kato"));
    EXPECT_EQ(reads.last().outcome, QStringLiteral("ok"));
    EXPECT_TRUE(reads.last().detail.startsWith(QStringLiteral("query operator=k.sato")));
    EXPECT_TRUE(reads.last().detail.contains(QStringLiteral("action=submission")));

    // A day with nothing; then the resident by 宛名番号 (Enter runs it).
    panel.fromEdit()->setText(QStringLiteral("令和8年11月27日"));
    panel.toEdit()->clear();
    panel.search();
    EXPECT_EQ(table->rowCount(), 0);
    panel.fromEdit()->clear();
    panel.operatorEdit()->clear();
    panel.actionCombo()->setCurrentIndex(0);
    panel.residentEdit()->setText(atena);
    QTest::keyClick(panel.residentEdit(), Qt::Key_Return);
    ASSERT_GE(table->rowCount(), 1);
    bool viewShown = false;
    for (int row = 0; row < table->rowCount(); ++row)
        viewShown = viewShown
            || (text(table, row, 6) == QStringLiteral("profile-view")
                && text(table, row, 2) == QStringLiteral("m.kato"));
    EXPECT_TRUE(viewShown);
    reads = entries(QStringLiteral("audit-read"));
    ASSERT_EQ(reads.size(), 3);
    EXPECT_EQ(reads.last().detail, QStringLiteral("query resident=") + atena);

    // A wrong date is said, and nothing is read.
    panel.fromEdit()->setText(QStringLiteral("令和8年2月30日"));
    panel.search();
    EXPECT_TRUE(panel.messageLabel()->text().startsWith(QStringLiteral("From:")));
    EXPECT_EQ(entries(QStringLiteral("audit-read")).size(), 3);
}

TEST_F(SupervisorActions, AuditReviewQueries)
{
    // A failed login at 23:30 Japan time on a Sunday (2026-11-29).
    security::AuditEntry login = clerk->entry(QStringLiteral("login"));
    login.at = QDateTime(QDate(2026, 11, 29), QTime(23, 30), security::japanTime());
    login.outcome = QStringLiteral("failed");
    ASSERT_TRUE(clerk->record(login));
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(clerk->record(clerk->entry(QStringLiteral("search"))));

    ui::AuditPanel panel(*db, *supervisor);
    const auto review = [&](ui::AuditPanel::Review which) {
        panel.reviewCombo()->setCurrentIndex(panel.reviewCombo()->findData(int(which)));
        panel.search();
        return panel.table()->rowCount();
    };
    EXPECT_EQ(review(ui::AuditPanel::Review::FailedLogins), 1);
    EXPECT_EQ(review(ui::AuditPanel::Review::LateNight), 1);
    EXPECT_EQ(review(ui::AuditPanel::Review::Holidays), 1);
    panel.reviewCombo()->setCurrentIndex(
        panel.reviewCombo()->findData(int(ui::AuditPanel::Review::MassSearches)));
    EXPECT_TRUE(panel.thresholdBox()->isEnabled());
    panel.thresholdBox()->setValue(2);
    panel.search();
    ASSERT_EQ(panel.table()->rowCount(), 1);
    EXPECT_EQ(text(panel.table(), 0, 0), QStringLiteral("k.sato"));
    EXPECT_EQ(text(panel.table(), 0, 2), QStringLiteral("3"));
    const auto reads = entries(QStringLiteral("audit-read"));
    ASSERT_EQ(reads.size(), 4);
    EXPECT_EQ(reads.last().detail, QStringLiteral("query review=mass-search threshold=2"));
}

TEST_F(SupervisorActions, VerifyChainShowsTheReportAndIsAudited)
{
    ASSERT_TRUE(clerk->record(clerk->entry(QStringLiteral("search"))));
    ui::AuditPanel panel(*db, *supervisor);
    ASSERT_NO_FATAL_FAILURE(activate(panel, panel.operatorEdit()));
    QTest::keyClick(panel.operatorEdit(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(panel.verifyLabel()->isVisible());
    EXPECT_TRUE(panel.verifyLabel()->text().contains(QStringLiteral("intact")))
        << panel.verifyLabel()->text().toStdString();
    const auto reads = entries(QStringLiteral("audit-read"));
    ASSERT_EQ(reads.size(), 1);
    EXPECT_EQ(reads.last().detail, QStringLiteral("verify: intact"));
    EXPECT_EQ(reads.last().operatorId, QStringLiteral("m.kato"));
    EXPECT_EQ(reads.last().outcome, QStringLiteral("ok"));
}

TEST_F(SupervisorActions, AClerkMayNotReadTheAuditLog)
{
    ui::AuditPanel panel(*db, *clerk);
    panel.findChild<QPushButton*>(QStringLiteral("auditSearch"))->click();
    EXPECT_TRUE(panel.messageLabel()->text().contains(QStringLiteral("k.sato")));
    EXPECT_EQ(panel.table()->rowCount(), 0);
    panel.findChild<QPushButton*>(QStringLiteral("auditVerify"))->click();
    EXPECT_FALSE(panel.verifyLabel()->isVisible());
    const auto reads = entries(QStringLiteral("audit-read"));
    ASSERT_EQ(reads.size(), 2);
    for (const security::AuditEntry& e : reads) {
        EXPECT_EQ(e.outcome, QStringLiteral("denied"));
        EXPECT_EQ(e.operatorId, QStringLiteral("k.sato"));
    }
}

// --- Approvals -------------------------------------------------------------

TEST_F(SupervisorActions, ApproveAnUnlockWithAComment)
{
    approval::Approvals asked(*db, *clerk);
    auto request = asked.requestUnlock(
        atenaOf(0), QStringLiteral("address"), 30, QStringLiteral("本人が窓口で住所の確認を希望"));
    ASSERT_TRUE(request) << request.error().message.toStdString();

    ui::ApprovalsPanel panel(*db, *supervisor);
    ASSERT_TRUE(panel.selectRequest(request->id));
    const int row = panel.table()->currentRow();
    EXPECT_EQ(text(panel.table(), row, 5), QStringLiteral("address, 30 min"));
    EXPECT_EQ(text(panel.table(), row, 2), QStringLiteral("k.sato"));
    panel.setAskComment([](QWidget*, const QString&) {
        return std::optional<QString>(QStringLiteral("本人確認済み"));
    });
    ASSERT_NO_FATAL_FAILURE(activate(panel, panel.table()));
    QTest::keyClick(panel.table(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);

    approval::Approvals approvals(*db, *supervisor);
    auto found = approvals.find(request->id);
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ(found->value().state, approval::ApprovalState::Approved);
    EXPECT_EQ(found->value().decidedBy, QStringLiteral("m.kato"));
    EXPECT_EQ(found->value().comment, QStringLiteral("本人確認済み"));
    const auto log = entries(QStringLiteral("approval"));
    ASSERT_FALSE(log.isEmpty());
    EXPECT_TRUE(log.last().detail.startsWith(QStringLiteral("approve #%1").arg(request->id)));
    EXPECT_EQ(log.last().outcome, QStringLiteral("ok"));
    EXPECT_EQ(log.last().operatorId, QStringLiteral("m.kato"));
    // Pending is the default view: the decided request left it.
    EXPECT_FALSE(panel.selectRequest(request->id));
}

TEST_F(SupervisorActions, DenyACorrectionNeedsAComment)
{
    approval::Approvals asked(*db, *clerk);
    auto request = asked.requestCorrection(atenaOf(1),
        {{QStringLiteral("name_kana"), QStringLiteral("テスト タロウ")}},
        QStringLiteral("戸籍の記載と相違"));
    ASSERT_TRUE(request) << request.error().message.toStdString();

    ui::ApprovalsPanel panel(*db, *supervisor);
    panel.kindFilter()->setCurrentIndex(panel.kindFilter()->findData(QStringLiteral("correction")));
    ASSERT_TRUE(panel.selectRequest(request->id));
    EXPECT_TRUE(text(panel.table(), panel.table()->currentRow(), 5)
                    .contains(QStringLiteral("name_kana: ")));
    EXPECT_TRUE(text(panel.table(), panel.table()->currentRow(), 5)
                    .contains(QStringLiteral(" → テスト タロウ")));
    panel.setAskComment([](QWidget*, const QString&) { return std::optional<QString>(QString()); });
    panel.findChild<QPushButton*>(QStringLiteral("approvalsDeny"))->click();
    EXPECT_TRUE(panel.messageLabel()->text().contains(QStringLiteral("comment")));

    panel.setAskComment([](QWidget*, const QString&) {
        return std::optional<QString>(QStringLiteral("戸籍謄本で確認できません"));
    });
    ASSERT_TRUE(panel.selectRequest(request->id));
    panel.findChild<QPushButton*>(QStringLiteral("approvalsDeny"))->click();
    approval::Approvals approvals(*db, *supervisor);
    auto found = approvals.find(request->id);
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ(found->value().state, approval::ApprovalState::Denied);
    EXPECT_EQ(found->value().comment, QStringLiteral("戸籍謄本で確認できません"));
    const auto log = entries(QStringLiteral("approval"));
    ASSERT_FALSE(log.isEmpty());
    EXPECT_TRUE(log.last().detail.startsWith(QStringLiteral("deny #%1").arg(request->id)));
    EXPECT_EQ(log.last().outcome, QStringLiteral("ok"));
    EXPECT_EQ(log.last().operatorId, QStringLiteral("m.kato"));
}

TEST_F(SupervisorActions, FourEyesAndAClerkAreRefusedPlainly)
{
    approval::Approvals own(*db, *supervisor);
    auto request = own.requestUnlock(
        atenaOf(2), QStringLiteral("print"), 10, QStringLiteral("証明書の交付"));
    ASSERT_TRUE(request) << request.error().message.toStdString();
    ui::ApprovalsPanel panel(*db, *supervisor);
    panel.setAskComment(
        [](QWidget*, const QString&) { return std::optional<QString>(QStringLiteral("ok")); });
    ASSERT_TRUE(panel.selectRequest(request->id));
    panel.approveSelected();
    EXPECT_TRUE(panel.messageLabel()->text().contains(QStringLiteral("four eyes")))
        << panel.messageLabel()->text().toStdString();
    auto log = entries(QStringLiteral("approval"));
    EXPECT_EQ(log.last().outcome, QStringLiteral("denied"));
    EXPECT_EQ(log.last().operatorId, QStringLiteral("m.kato"));

    ui::ApprovalsPanel clerkPanel(*db, *clerk);
    EXPECT_EQ(clerkPanel.table()->rowCount(), 0);
    EXPECT_TRUE(clerkPanel.messageLabel()->text().contains(QStringLiteral("k.sato")));
    log = entries(QStringLiteral("approval"));
    EXPECT_EQ(log.last().outcome, QStringLiteral("denied"));
    EXPECT_EQ(log.last().operatorId, QStringLiteral("k.sato"));
}

// A branch's visit held because the hall's register changed (docs/
// docs/branch.md): the panel says which record changed, at which
// versions, and how.
TEST(ApprovalsPanelText, AReconcileRequestInWordsWithBothVersions)
{
    approval::ApprovalRequest r;
    r.kind = approval::ApprovalKind::Reconcile;
    r.visitRef = QStringLiteral("V20261126-K01-000003");
    r.details = QJsonObject{{QStringLiteral("visit"), r.visitRef},
        {QStringLiteral("branch"), QStringLiteral("K01")},
        {QStringLiteral("changes"),
            QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("person")},
                {QStringLiteral("id"), 12},
                {QStringLiteral("atena_no"), QStringLiteral("0000012345")},
                {QStringLiteral("name"), QStringLiteral("山田 太郎")},
                {QStringLiteral("change"), QStringLiteral("changed")},
                {QStringLiteral("branch_version"), 3}, {QStringLiteral("hall_version"), 4},
                {QStringLiteral("what"),
                    QJsonArray{QStringLiteral("address: 旧住所 → 新住所")}}}}}};
    EXPECT_EQ(ui::ApprovalsPanel::describeDetails(r),
        QStringLiteral("V20261126-K01-000003: 山田 太郎 (宛名番号 0000012345) register record "
                       "changed at the hall (v3 → v4): address: 旧住所 → 新住所"));
    EXPECT_FALSE(ui::ApprovalsPanel::kindInWords(approval::ApprovalKind::Reconcile).isEmpty());
}

} // namespace
