// The visit page's keys and decisions on the real widgets: the steps by
// function key, Esc back without losing anything, an item left out from
// the checklist with a reason (recorded with the visit), a new visit after
// the submission.
#include "checklistpanel.h"
#include "eventpanel.h"
#include "fieldeditor.h"
#include "findpanel.h"
#include "homepage.h"
#include "interviewpanel.h"
#include "queue/ticketstore.h"
#include "scenariofixture.h"
#include "stepbar.h"
#include "storage/sqlerror.h"
#include "visitpage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace madoguchi;
using namespace madoguchi::testing;

namespace {

class VisitPageTest : public ScenarioTest {
protected:
    // 死亡 of 鈴木 正雄, up to the checklist.
    void toChecklist()
    {
        findAndOpen(QStringLiteral("スズキ マサオ"), people.shibouHead);
        chooseEvent(4, QStringLiteral("R8.11.22")); // who died: the head found, m1
        confirmEvent();
    }

    // From the checklist on, everything the 死亡 forms ask, as the clerk
    // answers it (F9 for the 個人番号).
    void answerShibouInterview()
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F9);
        answerInterview({{QStringLiteral("event.funeral_date"), QStringLiteral("R8.11.25")},
            {QStringLiteral("honseki"), QStringLiteral("東京都みどり野市本町一丁目3番")},
            {QStringLiteral("place_of_death"), QStringLiteral("東京都みどり野市中央病院")},
            {QStringLiteral("notifier"), QStringLiteral("鈴木 誠")},
            {QStringLiteral("phone"), QStringLiteral("0425559876")},
            {QStringLiteral("funeral_host"), QStringLiteral("鈴木 誠")},
            {QStringLiteral("crematorium"), QStringLiteral("みどり野市斎場")},
            {QStringLiteral("new_head"), QStringLiteral("鈴木 和子")},
            {QStringLiteral("pension_claimant"), QStringLiteral("鈴木 和子")},
            {QStringLiteral("claimant_my_number"),
                QJsonObject{{QStringLiteral("member"), QStringLiteral("m2")}}},
            {QStringLiteral("bank_account"), QStringLiteral("0179-011-1112223")}});
    }
};

TEST_F(VisitPageTest, StepsAreReachedByFunctionKeyOnlyWhenThereIsSomethingToShow)
{
    // Nothing chosen yet: F5 stays on Find.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
    EXPECT_EQ(page().current(), ui::VisitStep::Find);
    EXPECT_FALSE(page().stepBar()->isReachable(ui::VisitStep::Checklist));
    toChecklist();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
    EXPECT_EQ(page().current(), ui::VisitStep::Resident);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
    EXPECT_EQ(page().current(), ui::VisitStep::Checklist) << "F5 is the checklist, not a menu's";
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    EXPECT_EQ(page().current(), ui::VisitStep::Interview);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    EXPECT_EQ(page().current(), ui::VisitStep::Find);
    EXPECT_TRUE(page().homePage()->findPanel()->queryEdit()->hasFocus());
}

TEST_F(VisitPageTest, EscGoesBackAndKeepsTheAnswers)
{
    toChecklist();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(page().current(), ui::VisitStep::Interview);
    ui::FieldEditor* phone = page().interviewPanel()->editorFor(QStringLiteral("phone"));
    ASSERT_TRUE(phone);
    phone->input()->setFocus();
    clerk.type(phone->input(), QStringLiteral("0425559876"));
    clerk.key(phone->input(), Qt::Key_Return);
    const QJsonObject answers = page().visit()->forms().answers;
    ASSERT_TRUE(answers.contains(QStringLiteral("phone")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_EQ(page().current(), ui::VisitStep::Checklist);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_EQ(page().current(), ui::VisitStep::Event);
    // Confirming the same event again keeps what was answered.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(page().current(), ui::VisitStep::Checklist);
    EXPECT_EQ(page().visit()->forms().answers, answers);
}

// The event step says what is wrong and stays: a date that does not read,
// a required question left open.
TEST_F(VisitPageTest, TheEventStepSaysWhatIsWrong)
{
    findAndOpen(QStringLiteral("タカハシ アヤ"), people.shusseiMother);
    chooseEvent(3, QStringLiteral("R8.13.45")); // 出生, no such day
    clerk.key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(page().current(), ui::VisitStep::Event);
    ui::EventPanel* event = page().eventPanel();
    EXPECT_FALSE(event->dateEditor()->problem().isEmpty());
    EXPECT_TRUE(event->dateEditor()->input()->hasFocus());

    // Who was born starts as the resident found; the clerk sees it.
    auto* subject = event->questionEditor(QStringLiteral("subject"));
    ASSERT_TRUE(subject);
    EXPECT_EQ(subject->value().toString(), QStringLiteral("m2"));

    // 婚姻 without saying whether an address changes: the core refuses and
    // the panel says why.
    clerk.key(event->eventList(), Qt::Key_Down);
    clerk.key(event->eventList(), Qt::Key_Down);
    ASSERT_EQ(event->chosenEvent(), QStringLiteral("konin"));
    auto* date = qobject_cast<QLineEdit*>(event->dateEditor()->input());
    ASSERT_TRUE(date);
    EXPECT_EQ(date->text(), QStringLiteral("R8.13.45")) << "what was typed stays";
    date->selectAll();
    clerk.type(date, QStringLiteral("R8.11.18"));
    event->confirm();
    EXPECT_EQ(page().current(), ui::VisitStep::Event);
    auto* error = event->findChild<QLabel*>(QStringLiteral("eventError"));
    ASSERT_TRUE(error);
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("address_change")))
        << error->text().toStdString();
    EXPECT_FALSE(page().visit()->hasForms());
}

// A typo in an answer: Change brings the question back, focused.
TEST_F(VisitPageTest, AnAnswerIsChangedDeliberately)
{
    toChecklist();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(page().current(), ui::VisitStep::Interview);
    ui::FieldEditor* phone = page().interviewPanel()->editorFor(QStringLiteral("phone"));
    ASSERT_TRUE(phone);
    phone->input()->setFocus();
    clerk.type(phone->input(), QStringLiteral("0425550000"));
    clerk.key(phone->input(), Qt::Key_Return);
    ASSERT_FALSE(page().interviewPanel()->editorFor(QStringLiteral("phone"))) << "answered";

    auto* change = page().interviewPanel()->findChild<QToolButton*>(QStringLiteral("change_phone"));
    ASSERT_TRUE(change);
    change->setFocus();
    clerk.key(change, Qt::Key_Space);
    phone = page().interviewPanel()->editorFor(QStringLiteral("phone"));
    ASSERT_TRUE(phone) << "asked again";
    EXPECT_TRUE(phone->input()->hasFocus());
    EXPECT_FALSE(page().visit()->forms().answers.contains(QStringLiteral("phone")));
    clerk.type(phone->input(), QStringLiteral("0425559876"));
    clerk.key(phone->input(), Qt::Key_Return);
    EXPECT_EQ(page().visit()->forms().answers.value(QStringLiteral("phone")).toString(),
        QStringLiteral("0425559876"));
    // A register value has no Change: it is corrected at the register.
    for (QToolButton* button : page().interviewPanel()->findChildren<QToolButton*>())
        EXPECT_FALSE(button->objectName().startsWith(QStringLiteral("change_household")))
            << button->objectName().toStdString();
}

// F12 calls the next ticket of the desk's counter; Shift+F12 marks a
// no-show; choosing the resident starts serving; the submission links the
// visit; Ctrl+N after it finishes the ticket.
TEST_F(VisitPageTest, TheDeskCallsTicketsAndLinksThemToTheVisit)
{
    queue::TicketStore store(window->database());
    ASSERT_TRUE(store.addCounter({QStringLiteral("1"), QStringLiteral("1番窓口"),
        QStringLiteral("本庁"), {QStringLiteral("A"), QStringLiteral("B")}, true}));
    ASSERT_TRUE(store.issue(QStringLiteral("B")));
    ASSERT_TRUE(store.issue(QStringLiteral("B")));
    page().setCounter(QStringLiteral("1"));

    clerk.key(QApplication::focusWidget(), Qt::Key_F12);
    ASSERT_TRUE(page().ticket().has_value());
    EXPECT_EQ(page().ticket()->number, QStringLiteral("B-001"));
    EXPECT_EQ(page().ticket()->state, queue::TicketState::Called);
    auto* label = page().findChild<QLabel*>(QStringLiteral("ticketLabel"));
    ASSERT_TRUE(label);
    EXPECT_TRUE(label->text().contains(QStringLiteral("B-001")));
    EXPECT_FALSE(label->toolTip().isEmpty()) << "why it is next";

    clerk.key(QApplication::focusWidget(), Qt::Key_F12, Qt::ShiftModifier); // did not come
    EXPECT_FALSE(page().ticket().has_value());
    clerk.key(QApplication::focusWidget(), Qt::Key_F12);
    ASSERT_TRUE(page().ticket().has_value());
    EXPECT_EQ(page().ticket()->number, QStringLiteral("B-002"));
    const qint64 served = page().ticket()->id;

    toChecklist();
    EXPECT_EQ(page().ticket()->state, queue::TicketState::Serving);
    // F12 with a visit started and not submitted calls nobody.
    clerk.key(QApplication::focusWidget(), Qt::Key_F12);
    EXPECT_EQ(page().ticket()->id, served);

    answerShibouInterview();
    page().submit();
    ASSERT_TRUE(page().submitted().has_value());
    EXPECT_EQ(page().ticket()->visitRef, page().submitted()->ref);

    clerk.key(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    auto done = store.find(served);
    ASSERT_TRUE(done && done->has_value());
    EXPECT_EQ(done->value().state, queue::TicketState::Done);
    EXPECT_EQ(done->value().visitRef.left(1), QStringLiteral("V"));
    auto first = store.findByNumber(
        kScenarioToday.isValid() ? done->value().day : QDate(), QStringLiteral("B-001"));
    ASSERT_TRUE(first && first->has_value());
    EXPECT_EQ(first->value().state, queue::TicketState::NoShow);
}

TEST_F(VisitPageTest, AnItemLeftOutWithAReasonIsRecordedWithTheVisit)
{
    toChecklist();
    ui::ChecklistPanel* checklist = page().checklistPanel();
    QString asked;
    checklist->setReasonAsker([&](QWidget*, const QString& title, const QString&) {
        asked = title;
        return QStringLiteral("本人が後日手続き");
    });
    const QString key = QStringLiteral("kokuho.henkou/m3");
    ASSERT_TRUE(checklist->selectKey(key));
    QTest::keyClick(checklist->tree(), Qt::Key_Delete);
    EXPECT_FALSE(asked.isEmpty());
    ASSERT_EQ(page().visit()->leftOut().value(key), QStringLiteral("本人が後日手続き"));
    EXPECT_FALSE(page().visit()->sentForms().contains(0) && page().visit()->keyOf(0) == key);

    answerShibouInterview();
    page().submit();
    ASSERT_TRUE(page().submitted().has_value());
    auto decisions = storage::exec(window->database().sql(),
        QStringLiteral("SELECT decisions FROM visits WHERE ref = ?"), {page().submitted()->ref});
    ASSERT_TRUE(decisions && decisions->next());
    EXPECT_TRUE(decisions->value(0).toString().contains(QStringLiteral("本人が後日手続き")));
    for (const visit::ApplicationStatus& a : page().submitted()->applications)
        EXPECT_FALSE(a.procedureId == u"kokuho.henkou" && a.member == u"m3");

    // After the submission Ctrl+N starts the next visit without asking.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(page().current(), ui::VisitStep::Find);
    EXPECT_FALSE(page().stepBar()->isReachable(ui::VisitStep::Resident));
    EXPECT_TRUE(page().homePage()->findPanel()->queryEdit()->text().isEmpty());
}

} // namespace
