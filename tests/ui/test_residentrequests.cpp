// The clerk's requests from the Resident step (issue #8) on the real
// widgets and a real SQLite database: a provisional correction typed into
// its dialog reaches the supervisor's queue with its details and an audit
// entry; a value the core refuses keeps the dialog open with what was
// typed; an unlock is offered only under a blocking 支援措置; a session
// without the right is refused plainly; a locked desk hides the dialogs.
#include "approval/approvals.h"
#include "correctionrequestdialog.h"
#include "lockcover.h"
#include "registerfixture.h"
#include "registry/registeraccess.h"
#include "residentview.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "storage/sqlerror.h"
#include "support/testdatabase.h"
#include "unlockrequestdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <gtest/gtest.h>

using namespace madoguchi;

namespace {

const QString kHanako = QStringLiteral("200000022"); // 山田 花子, ヤマダ ハナコ
const QString kProtected = QStringLiteral("300000019");

// Japanese arrives as an input method's commit, as from a real IME
// (QTest::keyClicks takes ASCII only).
void typeText(QWidget* edit, const QString& text)
{
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(edit, &commit);
}

security::Session sessionOf(const QString& staff, security::Role role)
{
    return security::Session{staff, role, QStringLiteral("本庁"), QStringLiteral("desk-1"),
        QDateTime::currentDateTimeUtc()};
}

class ResidentRequests : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
        madoguchi::testing::fillSmallRegister(*db);
        const qint64 household = madoguchi::testing::addHousehold(
            *db, QStringLiteral("10000032"), QStringLiteral("北見市本町3丁目4番地"));
        const qint64 person = madoguchi::testing::addPerson(*db, household, kProtected,
            QStringLiteral("世帯主"), QStringLiteral("鈴木 恵"), QStringLiteral("スズキ メグミ"));
        ASSERT_TRUE(storage::exec(db->sql(),
            QStringLiteral("INSERT INTO support_measures (person_id, level, starts_on, ends_on) "
                           "VALUES (?, 'error', '2020-01-01', '2099-12-31')"),
            {person}));
        audit = std::make_unique<security::AuditLog>(*db);
        clerk = std::make_unique<security::AccessControl>(
            sessionOf(QStringLiteral("k.sato"), security::Role::Clerk), *audit);
        supervisor = std::make_unique<security::AccessControl>(
            sessionOf(QStringLiteral("m.kato"), security::Role::Supervisor), *audit);
        reg = std::make_unique<registry::RegisterAccess>(*db, *clerk);
    }

    // The Resident step of `atenaNo` in a window of its own, focused, so
    // that its shortcuts reach it as at the desk.
    std::unique_ptr<ui::ResidentView> viewOf(const QString& atenaNo)
    {
        auto view = std::make_unique<ui::ResidentView>(*reg, *db, *clerk, atenaNo);
        view->show();
        view->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(view.get()));
        view->setFocus();
        return view;
    }

    QList<approval::ApprovalRequest> requests()
    {
        approval::Approvals approvals(*db, *supervisor);
        auto listed = approvals.list();
        EXPECT_TRUE(listed) << (listed ? "" : listed.error().message.toStdString());
        return listed ? listed.value() : QList<approval::ApprovalRequest>{};
    }

    QList<security::AuditEntry> approvalEntries()
    {
        security::AuditFilter filter;
        filter.action = QStringLiteral("approval");
        auto entries = security::queryAudit(db->sql(), filter);
        EXPECT_TRUE(entries);
        return entries ? entries.value() : QList<security::AuditEntry>{};
    }

    madoguchi::testing::TestDatabase testDb{storage::Engine::Sqlite};
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<security::AuditLog> audit;
    std::unique_ptr<security::AccessControl> clerk;
    std::unique_ptr<security::AccessControl> supervisor;
    std::unique_ptr<registry::RegisterAccess> reg;
};

TEST_F(ResidentRequests, ACorrectionTypedAtTheDeskWaitsForASupervisor)
{
    auto view = viewOf(kHanako);
    ASSERT_TRUE(view->loaded());
    ASSERT_TRUE(view->correctionButton()->isEnabled());
    QTest::keyClick(view.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = qobject_cast<ui::CorrectionRequestDialog*>(view->correctionRequestDialog());
    ASSERT_TRUE(dialog) << "Ctrl+Shift+K opens the correction";
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->currentValueLabel(QStringLiteral("name_kana"))->text(),
        QStringLiteral("ヤマダ ハナコ"));
    EXPECT_TRUE(
        dialog->currentValueLabel(QStringLiteral("birth_date"))->text().contains(u"昭和60年"));
    EXPECT_EQ(dialog->currentValueLabel(QStringLiteral("kyuuji"))->text(), QStringLiteral("—"));
    EXPECT_FALSE(dialog->okButton()->isEnabled()) << "nothing typed yet";

    QLineEdit* kana = dialog->newValueEdit(QStringLiteral("name_kana"));
    ASSERT_TRUE(kana);
    typeText(kana, QStringLiteral("やまだ はなえ")); // hiragana: the core converts it
    EXPECT_FALSE(dialog->okButton()->isEnabled()) << "a reason is required";
    QLineEdit* birth = dialog->newValueEdit(QStringLiteral("birth_date"));
    QTest::keyClicks(birth, QStringLiteral("S60.6.13"));
    EXPECT_TRUE(dialog->dateHint()->text().contains(QStringLiteral("1985-06-13")))
        << dialog->dateHint()->text().toStdString();
    typeText(dialog->reasonEdit(), QStringLiteral("届書の誤記"));
    ASSERT_TRUE(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    EXPECT_FALSE(view->correctionRequestDialog() && view->correctionRequestDialog()->isVisible());
    const QList<approval::ApprovalRequest> listed = requests();
    ASSERT_EQ(listed.size(), 1);
    const approval::ApprovalRequest& request = listed.first();
    EXPECT_EQ(request.kind, approval::ApprovalKind::RegisterCorrection);
    EXPECT_EQ(request.state, approval::ApprovalState::Pending);
    EXPECT_EQ(request.atenaNo, kHanako);
    EXPECT_EQ(request.requestedBy, QStringLiteral("k.sato"));
    EXPECT_EQ(request.reason, QStringLiteral("届書の誤記"));
    const QJsonObject changes = request.details[QStringLiteral("changes")].toObject();
    EXPECT_EQ(
        changes.keys(), (QStringList{QStringLiteral("birth_date"), QStringLiteral("name_kana")}));
    const QJsonObject nameKana = changes[QStringLiteral("name_kana")].toObject();
    EXPECT_EQ(nameKana[QStringLiteral("from")].toString(), QStringLiteral("ヤマダ ハナコ"));
    EXPECT_EQ(nameKana[QStringLiteral("to")].toString(), QStringLiteral("ヤマダ ハナエ"));
    EXPECT_TRUE(changes[QStringLiteral("birth_date")]
                    .toObject()[QStringLiteral("to")]
                    .toString()
                    .startsWith(QStringLiteral("1985-06-13")));
    EXPECT_EQ(view->requestMessage()->text(),
        QStringLiteral("Sent to a supervisor for approval (request #%1)").arg(request.id));
    EXPECT_TRUE(view->requestMessage()->isVisible());

    const QList<security::AuditEntry> entries = approvalEntries();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().operatorId, QStringLiteral("k.sato"));
    EXPECT_EQ(entries.first().outcome, QStringLiteral("ok"));
    EXPECT_EQ(entries.first().purpose, QStringLiteral("届書の誤記"));
    EXPECT_TRUE(
        entries.first().detail.startsWith(QStringLiteral("request correction %1").arg(kHanako)))
        << entries.first().detail.toStdString();
    EXPECT_TRUE(entries.first().detail.contains(QStringLiteral("ヤマダ ハナエ")));
}

TEST_F(ResidentRequests, AValueTheCoreRefusesKeepsTheDialogOpenWithWhatWasTyped)
{
    auto view = viewOf(kHanako);
    auto* dialog = qobject_cast<ui::CorrectionRequestDialog*>(view->requestCorrection());
    ASSERT_TRUE(dialog);
    QLineEdit* kana = dialog->newValueEdit(QStringLiteral("name_kana"));
    QTest::keyClicks(kana, QStringLiteral("Yamada Hanae"));
    typeText(dialog->reasonEdit(), QStringLiteral("届書の誤記"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    EXPECT_EQ(view->correctionRequestDialog(), dialog);
    EXPECT_TRUE(dialog->isVisible()) << "the dialog stays open";
    EXPECT_TRUE(dialog->errorLabel()->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->text().startsWith(QStringLiteral("name_kana: ")))
        << dialog->errorLabel()->text().toStdString();
    EXPECT_EQ(kana->text(), QStringLiteral("Yamada Hanae")) << "nothing typed is lost";
    EXPECT_EQ(dialog->reasonEdit()->text(), QStringLiteral("届書の誤記"));
    EXPECT_TRUE(requests().isEmpty());
    EXPECT_FALSE(view->requestMessage()->isVisible());

    // Corrected, the same dialog sends it.
    kana->setText(QStringLiteral("ヤマダ ハナエ"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    EXPECT_EQ(requests().size(), 1);
    EXPECT_TRUE(view->requestMessage()->text().startsWith(QStringLiteral("Sent to a supervisor")));
}

TEST_F(ResidentRequests, AnUnlockIsOfferedOnlyUnderABlockingSupportMeasure)
{
    {
        auto unprotected = viewOf(kHanako);
        EXPECT_FALSE(unprotected->unlockButton()->isEnabled());
        QTest::keyClick(unprotected.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        EXPECT_EQ(unprotected->unlockRequestDialog(), nullptr);
        EXPECT_EQ(unprotected->requestUnlock(), nullptr);
    }

    auto view = viewOf(kProtected);
    ASSERT_TRUE(view->unlockButton()->isEnabled());
    QTest::keyClick(view.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = qobject_cast<ui::UnlockRequestDialog*>(view->unlockRequestDialog());
    ASSERT_TRUE(dialog) << "Ctrl+Shift+B opens the unlock request";
    EXPECT_EQ(dialog->minutesBox()->minimum(), 1);
    EXPECT_EQ(dialog->minutesBox()->maximum(), registry::kMaxUnlockMinutes);
    EXPECT_EQ(dialog->minutesBox()->value(), registry::kDefaultUnlockMinutes);
    EXPECT_FALSE(dialog->okButton()->isEnabled()) << "a reason is required";
    dialog->scopeBox()->setCurrentIndex(dialog->scopeBox()->findData(QStringLiteral("copies")));
    dialog->minutesBox()->setValue(45);
    typeText(dialog->reasonEdit(), QStringLiteral("本人が来庁、本人確認済み"));
    ASSERT_TRUE(dialog->okButton()->isEnabled());
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return); // Enter is OK

    const QList<approval::ApprovalRequest> listed = requests();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().kind, approval::ApprovalKind::SupportUnlock);
    EXPECT_EQ(listed.first().atenaNo, kProtected);
    EXPECT_EQ(listed.first().details[QStringLiteral("scope")].toString(), QStringLiteral("copies"));
    EXPECT_EQ(listed.first().details[QStringLiteral("minutes")].toInt(), 45);
    EXPECT_EQ(listed.first().reason, QStringLiteral("本人が来庁、本人確認済み"));
    EXPECT_EQ(view->requestMessage()->text(),
        QStringLiteral("Sent to a supervisor for approval (request #%1)").arg(listed.first().id));
    ASSERT_EQ(approvalEntries().size(), 1);
    EXPECT_EQ(approvalEntries().first().detail,
        QStringLiteral("request unlock %1 copies 45 min").arg(kProtected));
}

TEST_F(ResidentRequests, ASessionWithoutTheRightIsRefusedPlainly)
{
    // An auditor may not open a profile (docs/security.md): nothing to
    // request from, and the core refuses a request that gets through.
    security::AccessControl auditor(
        sessionOf(QStringLiteral("a.ono"), security::Role::Auditor), *audit);
    registry::RegisterAccess auditorRegister(*db, auditor);
    ui::ResidentView view(auditorRegister, *db, auditor, kProtected);
    EXPECT_FALSE(view.loaded());
    EXPECT_FALSE(view.unlockButton()->isEnabled());
    EXPECT_FALSE(view.correctionButton()->isEnabled());
    EXPECT_EQ(view.requestCorrection(), nullptr);
    EXPECT_EQ(view.requestUnlock(), nullptr);

    approval::Approvals approvals(*db, auditor);
    ui::UnlockRequestDialog dialog(approvals, kProtected, QStringLiteral("鈴木 恵"));
    dialog.open();
    typeText(dialog.reasonEdit(), QStringLiteral("本人確認済み"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.errorLabel()->text(),
        QStringLiteral("staff 'a.ono' (auditor) may not open a resident's profile"));
    EXPECT_TRUE(requests().isEmpty());
    const QList<security::AuditEntry> entries = approvalEntries();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().outcome, QStringLiteral("denied"));
}

TEST_F(ResidentRequests, ALockedDeskHidesTheDialogAndBringsItBackAsTyped)
{
    QWidget window;
    auto* cover = new ui::LockCover(&window);
    auto* view = new ui::ResidentView(*reg, *db, *clerk, kHanako, &window);
    window.show();
    auto* dialog = qobject_cast<ui::CorrectionRequestDialog*>(view->requestCorrection());
    ASSERT_TRUE(dialog);
    typeText(dialog->reasonEdit(), QStringLiteral("届書の誤記"));
    cover->cover(QStringLiteral("Locked — k.sato"));
    EXPECT_FALSE(dialog->isVisible()) << "the resident's names are not left over a locked desk";
    cover->uncover();
    ASSERT_EQ(view->correctionRequestDialog(), dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->reasonEdit()->text(), QStringLiteral("届書の誤記"));
}

} // namespace
