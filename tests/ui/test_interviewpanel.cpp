// The Interview step on the real widgets: the built-in catalog's forms for
// a family moving in, answered through the editors with the keyboard as
// the desk does (answered → applyAnswers → showForms), and one editor of
// every field type.
#include "catalog/catalogloader.h"
#include "catalog/checklistinput.h"
#include "catalog/interviewsession.h"
#include "fieldeditor.h"
#include "interviewpanel.h"
#include "text/checkdigits.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using namespace madoguchi;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const catalog::Catalog> builtInCatalog()
{
    static const std::shared_ptr<const catalog::Catalog> loaded = [] {
        const catalog::CatalogLoad load
            = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
        for (const catalog::CatalogProblem& p : load.problems)
            ADD_FAILURE() << p.text().toStdString();
        return load.catalog;
    }();
    return loaded;
}

// The context of the catalog's case 01 (a family of four moves in), without
// the planned move-out date so that the interview asks a date.
QJsonObject familyContext()
{
    QFile file(u":/catalog/cases/01-tennyu-family.json"_s);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject context
        = QJsonDocument::fromJson(file.readAll()).object().value(u"context"_s).toObject();
    QJsonObject event = context.value(u"event"_s).toObject();
    event.remove(u"planned_move_out_date"_s);
    context.insert(u"event"_s, event);
    return context;
}

// A 個人番号 with its check digit, or with a wrong one.
QString myNumber(const QString& body, bool valid = true)
{
    const int check = text::myNumberCheckDigit(body);
    return body + QString::number(valid ? check : (check + 1) % 10);
}

void typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

// Japanese as an input method commits it.
void commitText(QWidget* widget, const QString& text)
{
    QInputMethodEvent typed;
    typed.setCommitString(text);
    QCoreApplication::sendEvent(widget, &typed);
}

class InterviewPanelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        catalogPtr = builtInCatalog();
        ASSERT_TRUE(catalogPtr);
        const auto derived
            = catalog::prepareContext(*catalogPtr, familyContext(), u"01-tennyu-family"_s);
        ASSERT_TRUE(derived.ok()) << derived.error().message.toStdString();
        auto filled = catalog::fillForms(*catalogPtr, derived.value());
        ASSERT_TRUE(filled.ok()) << filled.error().message.toStdString();
        forms = std::move(filled.value());
        panel = std::make_unique<ui::InterviewPanel>(u"en"_s);
        // As the desk does: apply the answer, show the forms again.
        QObject::connect(panel.get(), &ui::InterviewPanel::answered, panel.get(),
            [this](const QJsonObject& answers) {
                given.append(answers);
                const Status applied = catalog::applyAnswers(forms, answers);
                ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
                panel->showForms(forms);
            });
        panel->showForms(forms);
        panel->resize(900, 1200);
        panel->show();
        QApplication::setActiveWindow(panel.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(panel.get()));
    }

    QLineEdit* line(const QString& key, const QString& member = {})
    {
        ui::FieldEditor* editor = panel->editorFor(key, member);
        return editor ? qobject_cast<QLineEdit*>(editor->input()) : nullptr;
    }
    bool asked(const QString& key, const QString& member = {}) const
    {
        return std::ranges::any_of(forms.interview,
            [&](const catalog::Question& q) { return q.key == key && q.member == member; });
    }
    QWidget* focused() const { return QApplication::focusWidget(); }

    std::shared_ptr<const catalog::Catalog> catalogPtr;
    catalog::Forms forms;
    std::unique_ptr<ui::InterviewPanel> panel;
    QList<QJsonObject> given;
};

TEST_F(InterviewPanelTest, OneEditorPerQuestionAndAKeyOnce)
{
    ASSERT_GT(forms.interview.size(), 5);
    EXPECT_EQ(panel->openQuestions(), forms.interview.size());
    EXPECT_EQ(panel->findChildren<ui::FieldEditor*>().size(), forms.interview.size());
    for (const catalog::Question& q : forms.interview) {
        ui::FieldEditor* editor = panel->editorFor(q.key, q.member);
        ASSERT_TRUE(editor) << q.key.toStdString();
        EXPECT_FALSE(editor->input()->accessibleName().isEmpty());
    }
    // The phone fills several forms and is asked once.
    const auto phone = std::ranges::find(forms.interview, u"phone"_s, &catalog::Question::key);
    ASSERT_NE(phone, forms.interview.end());
    EXPECT_GT(phone->fills.size(), 1);
    EXPECT_EQ(panel->findChildren<ui::FieldEditor*>(u"field_phone"_s).size(), 1);
    EXPECT_TRUE(panel->editorFor(u"phone"_s)->input()->accessibleName().contains(u"required"_s));
    // Per member: one each, named by the member.
    ASSERT_TRUE(panel->editorFor(u"my_number"_s, u"m1"_s));
    EXPECT_TRUE(panel->editorFor(u"my_number"_s, u"m1"_s)
                    ->input()
                    ->accessibleName()
                    .contains(u"佐藤 健"_s));
    EXPECT_NE(panel->editorFor(u"my_number"_s, u"m1"_s), panel->editorFor(u"my_number"_s, u"m2"_s));
    EXPECT_EQ(panel->editorFor(u"my_number"_s), nullptr);
}

TEST_F(InterviewPanelTest, AWarekiDateIsReadShownAndAccepted)
{
    const QString key = u"event.planned_move_out_date"_s;
    QLineEdit* date = line(key);
    ASSERT_TRUE(date);
    typeInto(date, u"R7.11.14"_s);
    auto* hint = panel->editorFor(key)->findChild<QLabel*>(u"hint"_s);
    ASSERT_TRUE(hint);
    EXPECT_EQ(hint->text(), u"令和7年11月14日（2025-11-14）"_s);
    QTest::keyClick(date, Qt::Key_Return);
    ASSERT_EQ(given.size(), 1);
    EXPECT_EQ(given.at(0), (QJsonObject{{key, u"R7.11.14"_s}}));
    EXPECT_FALSE(asked(key));
    EXPECT_EQ(panel->editorFor(key), nullptr);
    EXPECT_EQ(panel->openQuestions(), forms.interview.size());
    EXPECT_EQ(forms.context.value(u"event"_s).toObject().value(u"planned_move_out_date"_s),
        QJsonValue(u"2025-11-14"_s));
    // The cursor went on to the next question.
    ASSERT_TRUE(panel->editorFor(forms.interview.at(0).key, forms.interview.at(0).member));
    EXPECT_EQ(focused(),
        panel->editorFor(forms.interview.at(0).key, forms.interview.at(0).member)->input());
}

TEST_F(InterviewPanelTest, AWrongCheckDigitIsShownAndTheQuestionStays)
{
    const QString key = u"my_number"_s;
    QLineEdit* m1 = line(key, u"m1"_s);
    ASSERT_TRUE(m1);
    ui::FieldEditor* editor = panel->editorFor(key, u"m1"_s);
    auto* hint = editor->findChild<QLabel*>(u"hint"_s);
    typeInto(m1, myNumber(u"12345678901"_s, false));
    EXPECT_TRUE(hint->text().contains(u"check digit"_s)) << hint->text().toStdString();
    EXPECT_FALSE(hint->text().contains(u"OK"_s));
    QTest::keyClick(m1, Qt::Key_Return);
    ASSERT_EQ(given.size(), 1);
    EXPECT_TRUE(asked(key, u"m1"_s));
    EXPECT_EQ(panel->editorFor(key, u"m1"_s), editor); // kept, in place
    EXPECT_FALSE(editor->problem().isEmpty());
    EXPECT_EQ(m1->text(), myNumber(u"12345678901"_s, false));
    EXPECT_EQ(focused(), m1); // the clerk corrects it

    // Pressing Enter again with nothing changed answers nothing again.
    m1->setFocus();
    QTest::keyClick(m1, Qt::Key_Return);
    EXPECT_EQ(given.size(), 1);

    // Corrected: accepted for m1 only; the cursor goes to m2's.
    m1->setFocus();
    m1->selectAll();
    QTest::keyClicks(m1, myNumber(u"12345678901"_s));
    EXPECT_TRUE(hint->text().contains(u"check digit OK"_s)) << hint->text().toStdString();
    QTest::keyClick(m1, Qt::Key_Return);
    ASSERT_EQ(given.size(), 2);
    EXPECT_EQ(
        given.at(1), (QJsonObject{{key, QJsonObject{{u"m1"_s, myNumber(u"12345678901"_s)}}}}));
    EXPECT_FALSE(asked(key, u"m1"_s));
    EXPECT_TRUE(asked(key, u"m2"_s));
    EXPECT_EQ(panel->editorFor(key, u"m1"_s), nullptr);
    ASSERT_TRUE(line(key, u"m2"_s));
    EXPECT_EQ(focused(), line(key, u"m2"_s));
}

TEST_F(InterviewPanelTest, MembersAreTickedAndASelectChosenWithTheKeyboard)
{
    // Ask for a support measure for m2: its form brings a select.
    const QString request = u"event.shien_request"_s;
    ui::FieldEditor* members = panel->editorFor(request);
    ASSERT_TRUE(members);
    auto* list = qobject_cast<QListWidget*>(members->input());
    ASSERT_TRUE(list);
    ASSERT_EQ(list->count(), 4);
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Space);
    EXPECT_TRUE(given.isEmpty()); // ticking is not yet an answer
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_EQ(given.size(), 1);
    EXPECT_EQ(given.at(0), (QJsonObject{{request, QJsonArray{u"m2"_s}}}));
    EXPECT_FALSE(asked(request));

    const auto select = std::ranges::find_if(forms.interview,
        [](const catalog::Question& q) { return q.field->type == catalog::FieldType::Select; });
    ASSERT_NE(select, forms.interview.end());
    const QString key = select->key;
    const QString member = select->member;
    const QString second = select->field->options.at(1).value;
    ui::FieldEditor* editor = panel->editorFor(key, member);
    ASSERT_TRUE(editor);
    auto* box = qobject_cast<QComboBox*>(editor->input());
    ASSERT_TRUE(box);
    EXPECT_EQ(box->currentIndex(), 0); // empty: the clerk chooses
    EXPECT_TRUE(editor->value().isUndefined());
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    QTest::keyClick(box, Qt::Key_Down);
    EXPECT_EQ(given.size(), 1); // browsing is not answering
    QTest::keyClick(box, Qt::Key_Return);
    ASSERT_EQ(given.size(), 2);
    const QJsonValue value
        = member.isEmpty() ? QJsonValue(second) : QJsonValue(QJsonObject{{member, second}});
    EXPECT_EQ(given.at(1), (QJsonObject{{key, value}}));
    EXPECT_FALSE(asked(key, member));
    EXPECT_EQ(panel->editorFor(key, member), nullptr);
}

TEST_F(InterviewPanelTest, FilledInValuesShowWhereTheyCameFrom)
{
    const QStringList rows = panel->prefilledRows();
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_TRUE(std::ranges::any_of(rows, [](const QString& row) {
        return row.endsWith(u"\t東京都みどり野市中央1-2-3\tregister"_s);
    })) << rows.join(u'\n').toStdString();
    EXPECT_TRUE(std::ranges::all_of(rows, [](const QString& row) {
        return row.split(u'\t').size() == 3 && !row.section(u'\t', 2).isEmpty();
    }));
    // A clerk's answer is then among them too.
    QLineEdit* phone = line(u"phone"_s);
    ASSERT_TRUE(phone);
    typeInto(phone, u"0312345678"_s);
    QTest::keyClick(phone, Qt::Key_Return);
    EXPECT_TRUE(panel->prefilledRows().contains(u"Daytime phone number\t0312345678\tclerk"_s))
        << panel->prefilledRows().join(u'\n').toStdString();
}

TEST_F(InterviewPanelTest, UpdatesInPlaceAndKeepsWhatIsBeingTyped)
{
    QLineEdit* phone = line(u"phone"_s);
    QLineEdit* notifier = line(u"notifier"_s);
    ASSERT_TRUE(phone && notifier);
    // Typing the notifier's name (Japanese, from the input method) …
    notifier->setFocus();
    commitText(notifier, u"佐藤 健"_s);
    // … while the answer to another question arrives.
    ASSERT_TRUE(catalog::applyAnswers(forms, {{u"phone"_s, u"0312345678"_s}}).ok());
    panel->showForms(forms);
    EXPECT_EQ(panel->editorFor(u"phone"_s), nullptr);
    EXPECT_EQ(line(u"notifier"_s), notifier);
    EXPECT_EQ(notifier->text(), u"佐藤 健"_s);
    EXPECT_TRUE(given.isEmpty());
    QTest::keyClick(notifier, Qt::Key_Return);
    ASSERT_EQ(given.size(), 1);
    EXPECT_EQ(given.at(0), (QJsonObject{{u"notifier"_s, u"佐藤 健"_s}}));
    EXPECT_FALSE(asked(u"notifier"_s));
}

TEST_F(InterviewPanelTest, TabFollowsTheQuestionsAndEnterMovesOn)
{
    // Tab goes from each question to the next, in the core's order.
    QWidget* first
        = panel->editorFor(forms.interview.at(0).key, forms.interview.at(0).member)->input();
    panel->focusFirstOpen();
    EXPECT_EQ(focused(), first);
    for (qsizetype i = 1; i < 6; ++i) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        const catalog::Question& q = forms.interview.at(i);
        EXPECT_EQ(focused(), panel->editorFor(q.key, q.member)->input()) << q.key.toStdString();
    }
    // Typed then taken back: Enter has nothing to answer and moves on.
    const QString key = u"dog_licence"_s;
    QLineEdit* licence = line(key);
    ASSERT_TRUE(licence);
    licence->setFocus();
    ui::FieldEditor* editor = panel->editorFor(key);
    QSignalSpy edited(editor, &ui::FieldEditor::edited);
    QTest::keyClicks(licence, u"A-1"_s);
    licence->clear();
    QTest::keyClick(licence, Qt::Key_Return); // nothing changed: moves on
    EXPECT_TRUE(given.isEmpty());
    EXPECT_EQ(edited.size(), 0);
    EXPECT_NE(focused(), licence);
}

TEST_F(InterviewPanelTest, LeavingCommitsAndAClearedAnswerIsNull)
{
    const QString key = u"household.katagaki"_s;
    QLineEdit* katagaki = line(key);
    ASSERT_TRUE(katagaki);
    // Committed by leaving the field: the cursor stays where the clerk went.
    typeInto(katagaki, u"101"_s);
    QLineEdit* notifier = line(u"notifier"_s);
    ASSERT_TRUE(notifier);
    notifier->setFocus();
    ASSERT_EQ(given.size(), 1);
    EXPECT_EQ(given.at(0), (QJsonObject{{key, u"101"_s}}));
    EXPECT_FALSE(asked(key));
    EXPECT_EQ(focused(), notifier);

    // A refused answer cleared: null, and the required question stays.
    QLineEdit* m2 = line(u"my_number"_s, u"m2"_s);
    ASSERT_TRUE(m2);
    typeInto(m2, u"1234"_s);
    QTest::keyClick(m2, Qt::Key_Return);
    ASSERT_EQ(given.size(), 2);
    EXPECT_FALSE(panel->editorFor(u"my_number"_s, u"m2"_s)->problem().isEmpty());
    m2->clear();
    QTest::keyClick(m2, Qt::Key_Return);
    ASSERT_EQ(given.size(), 3);
    EXPECT_EQ(
        given.at(2), (QJsonObject{{u"my_number"_s, QJsonObject{{u"m2"_s, QJsonValue::Null}}}}));
    EXPECT_TRUE(asked(u"my_number"_s, u"m2"_s));
    EXPECT_EQ(line(u"my_number"_s, u"m2"_s), m2);
}

// --- FieldEditor on its own --------------------------------------------------

catalog::FormField fieldOf(catalog::FieldType type, const QString& id, bool required = false)
{
    catalog::FormField field;
    field.id = id;
    field.labels = {u"項目 "_s + id, u"Field "_s + id};
    field.type = type;
    field.required = required;
    if (type == catalog::FieldType::Select)
        field.options = {{u"a"_s, {u"甲"_s, u"Alpha"_s}}, {u"b"_s, {u"乙"_s, u"Beta"_s}}};
    return field;
}

const QList<ui::MemberChoice> kMembers{{u"m1"_s, u"m1 山田 太郎 (世帯主)"_s, u"山田 太郎"_s},
    {u"m2"_s, u"m2 山田 花子 (妻)"_s, u"山田 花子"_s}};

// ↓ in a text field lists the household's names; in a 個人番号 field it asks
// whose number, and the editor says whose instead of taking the name as one.
TEST(FieldEditorTest, DownOffersTheHouseholdsNames)
{
    ui::FieldEditor text(fieldOf(catalog::FieldType::Text, u"notifier"_s), kMembers, u"ja"_s);
    text.show();
    text.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&text));
    auto* line = qobject_cast<QLineEdit*>(text.input());
    ASSERT_TRUE(line && line->completer());
    line->setFocus();
    QTest::keyClick(line, Qt::Key_Down);
    QWidget* popup = line->completer()->popup();
    ASSERT_TRUE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(text.value().toString(), u"山田 花子"_s);

    ui::FieldEditor number(
        fieldOf(catalog::FieldType::MyNumber, u"claimant_my_number"_s), kMembers, u"ja"_s);
    number.show();
    QSignalSpy wanted(&number, &ui::FieldEditor::memberNumberWanted);
    auto* digits = qobject_cast<QLineEdit*>(number.input());
    ASSERT_TRUE(digits && digits->completer());
    digits->setFocus();
    QTest::keyClick(digits, Qt::Key_Down);
    QTest::keyClick(digits->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(digits->completer()->popup(), Qt::Key_Return);
    ASSERT_EQ(wanted.size(), 1);
    EXPECT_EQ(wanted.at(0).at(0).toString(), u"m1"_s);
    EXPECT_TRUE(digits->text().isEmpty()) << "a name is not a number";
}

TEST(FieldEditorTest, EveryFieldTypeMakesAWorkingEditor)
{
    using catalog::FieldType;
    struct Case {
        FieldType type;
        QString typed; // for a line
        QJsonValue expected;
    };
    const QList<Case> lines{{FieldType::Text, u"第一小学校"_s, u"第一小学校"_s},
        {FieldType::Kana, u"ヤマダ"_s, u"ヤマダ"_s},
        {FieldType::Address, u"中央1-2-3"_s, u"中央1-2-3"_s},
        {FieldType::Phone, u"0312345678"_s, u"0312345678"_s}, {FieldType::Number, u"12"_s, 12.0},
        {FieldType::Date, u"R8.11.15"_s, u"R8.11.15"_s},
        {FieldType::EraDate, u"S50.4.1"_s, u"S50.4.1"_s},
        {FieldType::MyNumber, myNumber(u"12345678901"_s), myNumber(u"12345678901"_s)}};
    for (const Case& c : lines) {
        ui::FieldEditor editor(fieldOf(c.type, u"f"_s, true), kMembers, u"en"_s);
        editor.show();
        auto* input = qobject_cast<QLineEdit*>(editor.input());
        ASSERT_TRUE(input) << int(c.type);
        EXPECT_EQ(input->accessibleName(), u"Field f (required)"_s);
        QSignalSpy edited(&editor, &ui::FieldEditor::edited);
        if (c.typed.at(0).unicode() < 0x80)
            QTest::keyClicks(input, c.typed);
        else
            commitText(input, c.typed);
        QTest::keyClick(input, Qt::Key_Return);
        EXPECT_EQ(edited.size(), 1) << int(c.type);
        EXPECT_EQ(editor.value(), c.expected) << int(c.type);
        // No second signal for the same text.
        emit input->editingFinished();
        EXPECT_EQ(edited.size(), 1) << int(c.type);
        input->clear();
        emit input->editingFinished();
        EXPECT_EQ(edited.size(), 2);
        EXPECT_TRUE(editor.value().isUndefined());
    }
    {
        ui::FieldEditor editor(fieldOf(FieldType::Select, u"s"_s), kMembers, u"en"_s);
        auto* box = qobject_cast<QComboBox*>(editor.input());
        ASSERT_TRUE(box);
        ASSERT_EQ(box->count(), 3);
        EXPECT_EQ(box->itemText(2), u"Beta"_s);
        QSignalSpy edited(&editor, &ui::FieldEditor::edited);
        editor.setValue(u"b"_s);
        EXPECT_EQ(editor.value(), QJsonValue(u"b"_s));
        EXPECT_EQ(edited.size(), 0);
        box->setCurrentIndex(1);
        emit box->activated(1); // chosen in the popup
        EXPECT_EQ(edited.size(), 1);
        EXPECT_EQ(editor.value(), QJsonValue(u"a"_s));
    }
    {
        ui::FieldEditor editor(fieldOf(FieldType::Member, u"m"_s), kMembers, u"en"_s);
        auto* box = qobject_cast<QComboBox*>(editor.input());
        ASSERT_TRUE(box);
        EXPECT_EQ(box->count(), 3);
        QSignalSpy edited(&editor, &ui::FieldEditor::edited);
        QTest::keyClick(box, Qt::Key_Down);
        EXPECT_EQ(edited.size(), 0);
        QTest::keyClick(box, Qt::Key_Enter, Qt::KeypadModifier);
        EXPECT_EQ(edited.size(), 1);
        EXPECT_EQ(editor.value(), QJsonValue(u"m1"_s));
    }
    {
        ui::FieldEditor editor(fieldOf(FieldType::Checkbox, u"c"_s), kMembers, u"en"_s);
        auto* check = qobject_cast<QCheckBox*>(editor.input());
        ASSERT_TRUE(check);
        QSignalSpy edited(&editor, &ui::FieldEditor::edited);
        // Enter answers "no" without ticking; Space ticks.
        QTest::keyClick(check, Qt::Key_Return);
        EXPECT_EQ(edited.size(), 1);
        EXPECT_EQ(editor.value(), QJsonValue(false));
        QTest::keyClick(check, Qt::Key_Space);
        EXPECT_EQ(edited.size(), 2);
        EXPECT_EQ(editor.value(), QJsonValue(true));
        editor.setValue(false);
        EXPECT_EQ(edited.size(), 2);
        EXPECT_EQ(editor.value(), QJsonValue(false));
    }
    {
        ui::FieldEditor editor(fieldOf(FieldType::Members, u"ms"_s), kMembers, u"en"_s);
        auto* list = qobject_cast<QListWidget*>(editor.input());
        ASSERT_TRUE(list);
        ASSERT_EQ(list->count(), 2);
        EXPECT_TRUE(editor.value().isUndefined());
        QSignalSpy edited(&editor, &ui::FieldEditor::edited);
        list->item(0)->setCheckState(Qt::Checked);
        list->item(1)->setCheckState(Qt::Checked);
        EXPECT_EQ(edited.size(), 0);
        QTest::keyClick(list, Qt::Key_Return);
        EXPECT_EQ(edited.size(), 1);
        EXPECT_EQ(editor.value(), QJsonValue(QJsonArray{u"m1"_s, u"m2"_s}));
        editor.setValue(QJsonArray{u"m2"_s});
        EXPECT_EQ(list->item(0)->checkState(), Qt::Unchecked);
        EXPECT_EQ(editor.value(), QJsonValue(QJsonArray{u"m2"_s}));
    }
}

TEST(FieldEditorTest, ShowsWhatADateWasReadAsAndTheProblem)
{
    ui::FieldEditor editor(fieldOf(catalog::FieldType::EraDate, u"d"_s), kMembers, u"ja"_s);
    editor.show();
    auto* input = qobject_cast<QLineEdit*>(editor.input());
    auto* hint = editor.findChild<QLabel*>(u"hint"_s);
    ASSERT_TRUE(input && hint);
    commitText(input, u"令和8年11月15日"_s);
    EXPECT_EQ(hint->text(), u"令和8年11月15日（2026-11-15）"_s);
    input->setText(u"2026-11-15"_s);
    EXPECT_EQ(hint->text(), u"令和8年11月15日（2026-11-15）"_s);
    EXPECT_EQ(input->accessibleName(), u"項目 d"_s);
    editor.setProblem(u"日付を入力してください"_s);
    EXPECT_EQ(editor.problem(), u"日付を入力してください"_s);
    EXPECT_TRUE(editor.findChild<QLabel*>(u"problem"_s)->isVisible());
    editor.setProblem({});
    EXPECT_FALSE(editor.findChild<QLabel*>(u"problem"_s)->isVisible());
}

// An address typed as its postal code becomes the town; the clerk types
// the rest (docs/desk.md, "Postal codes").
TEST(FieldEditorTest, APostalCodeFillsInTheTown)
{
    ui::FieldEditor editor(
        fieldOf(catalog::FieldType::Address, u"previous_address"_s), kMembers, u"ja"_s);
    editor.show();
    auto* input = qobject_cast<QLineEdit*>(editor.input());
    auto* hint = editor.findChild<QLabel*>(u"hint"_s);
    ASSERT_TRUE(input && hint);
    input->setFocus();
    QTest::keyClicks(input, u"530000"_s);
    EXPECT_EQ(input->text(), u"530000"_s) << "six digits are not a postal code yet";
    QTest::keyClicks(input, u"1"_s);
    EXPECT_EQ(input->text(), u"大阪府大阪市北区梅田"_s);
    EXPECT_EQ(hint->text(), u"〒530-0001"_s);
    QTest::keyClicks(input, u"1-1-1"_s);
    EXPECT_EQ(input->text(), u"大阪府大阪市北区梅田1-1-1"_s);
    EXPECT_EQ(editor.value().toString(), u"大阪府大阪市北区梅田1-1-1"_s);

    // Several towns under one code: what they share, and the hint names them.
    input->clear();
    QTest::keyClicks(input, u"003-0022"_s);
    EXPECT_EQ(input->text(), u"北海道札幌市白石区南郷通"_s);
    EXPECT_TRUE(hint->text().contains(u"北海道札幌市白石区南郷通南"_s)) << hint->text().toStdString();
    // A code nobody uses stays as typed, with the reason.
    input->clear();
    QTest::keyClicks(input, u"0000000"_s);
    EXPECT_EQ(input->text(), u"0000000"_s);
    EXPECT_TRUE(hint->text().contains(u"〒000-0000"_s)) << hint->text().toStdString();
}

} // namespace
