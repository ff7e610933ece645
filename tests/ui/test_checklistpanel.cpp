// The Checklist step on the real widget: the built-in catalog's cases, grouped
// by member; leave out, keep, add and remove from the keyboard, each with
// its reason; the selection kept when the checklist is shown again.
#include "catalog/catalogloader.h"
#include "catalog/checklistinput.h"
#include "catalog/interviewsession.h"
#include "checklistpanel.h"
#include "text/dateformat.h"
#include "text/japanesedate.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace madoguchi;

namespace {

const catalog::Catalog& builtInCatalog()
{
    static const catalog::CatalogLoad load
        = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
    return *load.catalog;
}

catalog::Forms formsOf(const QString& caseFile)
{
    QFile file(QStringLiteral(":/catalog/cases/") + caseFile);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << caseFile.toStdString();
    const QJsonObject c = QJsonDocument::fromJson(file.readAll()).object();
    const auto derived
        = catalog::prepareContext(builtInCatalog(), c.value(QStringLiteral("context")), caseFile);
    EXPECT_TRUE(derived) << derived.error().message.toStdString();
    if (!derived)
        return {};
    auto forms = catalog::fillForms(builtInCatalog(), derived.value());
    EXPECT_TRUE(forms) << forms.error().message.toStdString();
    return forms ? forms.value() : catalog::Forms{};
}

QString keyOf(const catalog::ChecklistItem& item)
{
    return item.member.isEmpty() ? item.procedure->id
                                 : item.procedure->id + QLatin1Char('/') + item.member;
}

class ChecklistPanelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(builtInCatalog());
        panel.setReasonAsker([this](QWidget*, const QString& title, const QString& prompt) {
            askedTitles << title;
            askedPrompts << prompt;
            return answer;
        });
        panel.resize(1366, 700);
    }

    void show(const QString& caseFile, const QMap<QString, QString>& leftOut = {},
        const QMap<QString, QString>& added = {})
    {
        forms = formsOf(caseFile);
        ASSERT_FALSE(forms.checklist.applies.isEmpty());
        panel.showChecklist(forms, leftOut, added);
    }

    QTreeWidgetItem* rowOf(const QString& key) const
    {
        for (QTreeWidgetItemIterator it(panel.tree()); *it; ++it)
            if ((*it)->parent() && (*it)->data(0, Qt::UserRole).toString() == key)
                return *it;
        return nullptr;
    }

    int procedureRows() const
    {
        int rows = 0;
        for (int g = 0; g < panel.tree()->topLevelItemCount(); ++g)
            rows += panel.tree()->topLevelItem(g)->childCount();
        return rows;
    }

    // Puts the keyboard on the tree and walks down to `key` with the arrows.
    void arrowTo(const QString& key)
    {
        panel.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
        panel.tree()->setFocus();
        QTest::keyClick(panel.tree(), Qt::Key_Home);
        for (int i = 0; i < 200 && panel.currentKey() != key; ++i)
            QTest::keyClick(panel.tree(), Qt::Key_Down);
        ASSERT_EQ(panel.currentKey(), key);
    }

    QPushButton* button(const char* name) const
    {
        return panel.findChild<QPushButton*>(QLatin1String(name));
    }

    ui::ChecklistPanel panel{QStringLiteral("en")};
    catalog::Forms forms;
    QString answer = QStringLiteral("The resident does it at the ward office");
    QStringList askedTitles;
    QStringList askedPrompts;
};

TEST_F(ChecklistPanelTest, GroupsTheHouseholdFirstThenEachMemberInOrder)
{
    for (const QString& caseFile : {QStringLiteral("01-tennyu-family.json"),
             QStringLiteral("29-shibou-head-two-remain.json")}) {
        SCOPED_TRACE(caseFile.toStdString());
        show(caseFile);
        QMap<QString, int> expected;
        for (const catalog::ChecklistItem& item : forms.checklist.applies)
            ++expected[item.member];
        QStringList order{QString()};
        for (const QJsonValue& m : forms.context.value(QStringLiteral("household"))
                                       .toObject()
                                       .value(QStringLiteral("members"))
                                       .toArray())
            if (expected.contains(m.toObject().value(QStringLiteral("id")).toString()))
                order << m.toObject().value(QStringLiteral("id")).toString();

        QTreeWidget* tree = panel.tree();
        ASSERT_EQ(tree->topLevelItemCount(), order.size());
        EXPECT_EQ(tree->topLevelItem(0)->text(0), QStringLiteral("Household"));
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem* group = tree->topLevelItem(g);
            EXPECT_TRUE(group->isExpanded());
            EXPECT_EQ(group->childCount(), expected.value(order.at(g))) << g;
            if (g > 0) {
                EXPECT_TRUE(group->text(0).startsWith(order.at(g) + QLatin1Char(' ')))
                    << group->text(0).toStdString();
            }
            for (int r = 0; r < group->childCount(); ++r) {
                const QString key = group->child(r)->data(0, Qt::UserRole).toString();
                EXPECT_EQ(key.section(QLatin1Char('/'), 1), order.at(g)) << key.toStdString();
            }
        }
        EXPECT_EQ(procedureRows(), forms.checklist.applies.size());
    }
    // "m1 佐藤 健 (世帯主)": id, name and relationship.
    show(QStringLiteral("01-tennyu-family.json"));
    EXPECT_EQ(panel.tree()->topLevelItem(1)->text(0), QStringLiteral("m1 佐藤 健 (世帯主)"));
    EXPECT_FALSE(panel.tree()->accessibleName().isEmpty());
}

TEST_F(ChecklistPanelTest, EachRowShowsItsReasonDeadlineAndDepartment)
{
    show(QStringLiteral("01-tennyu-family.json"));
    for (const catalog::ChecklistItem& item : forms.checklist.applies) {
        QTreeWidgetItem* row = rowOf(keyOf(item));
        ASSERT_NE(row, nullptr) << keyOf(item).toStdString();
        EXPECT_EQ(row->text(0), item.procedure->names.en);
        EXPECT_EQ(row->text(1), item.reason.en);
        EXPECT_EQ(row->text(3), builtInCatalog().system(item.procedure->system)->names.en);
        if (item.deadline) {
            const auto date = text::JapaneseDate::fromDate(*item.deadline);
            ASSERT_TRUE(date);
            EXPECT_TRUE(row->text(2).contains(text::formatWareki(date.value())))
                << row->text(2).toStdString();
            EXPECT_TRUE(row->text(2).contains(item.deadline->toString(Qt::ISODate)));
        }
    }
    // 転入届: 14 days from 2025-11-20.
    QTreeWidgetItem* todoke = rowOf(QStringLiteral("tennyu.todoke"));
    ASSERT_NE(todoke, nullptr);
    EXPECT_TRUE(todoke->text(2).startsWith(QStringLiteral("令和7年12月4日 (2025-12-04)")))
        << todoke->text(2).toStdString();
    EXPECT_TRUE(todoke->text(2).contains(QStringLiteral("14 day(s) left")));
    const QString summary = panel.findChild<QLabel*>(QStringLiteral("checklistSummary"))->text();
    EXPECT_EQ(summary,
        QStringLiteral("%1 procedure(s) for 4 person(s) · 0 left out · 0 added")
            .arg(forms.checklist.applies.size()));
}

TEST_F(ChecklistPanelTest, FormsWithQuestionsOpenAreMarked)
{
    show(QStringLiteral("01-tennyu-family.json"));
    int open = 0;
    for (qsizetype i = 0; i < forms.checklist.applies.size(); ++i) {
        QTreeWidgetItem* row = rowOf(keyOf(forms.checklist.applies.at(i)));
        ASSERT_NE(row, nullptr);
        const bool marked = row->text(4).contains(QStringLiteral("questions open"));
        EXPECT_EQ(marked, !forms.forms.at(i).complete())
            << keyOf(forms.checklist.applies.at(i)).toStdString();
        open += marked ? 1 : 0;
    }
    EXPECT_GT(open, 0);
}

TEST_F(ChecklistPanelTest, NotApplicableRowsOnlyWhenAsked)
{
    show(QStringLiteral("01-tennyu-family.json"));
    ASSERT_FALSE(forms.checklist.notApplicable.isEmpty());
    const catalog::NotApplicableItem& na = forms.checklist.notApplicable.first();
    const QString key
        = na.member.isEmpty() ? na.procedure->id : na.procedure->id + QLatin1Char('/') + na.member;
    EXPECT_EQ(rowOf(key), nullptr);
    EXPECT_EQ(procedureRows(), forms.checklist.applies.size());

    auto* box = panel.findChild<QCheckBox*>(QStringLiteral("checklistShowNotApplicable"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QLatin1Char('&')));
    EXPECT_FALSE(box->accessibleName().isEmpty());
    box->setChecked(true);
    EXPECT_EQ(
        procedureRows(), forms.checklist.applies.size() + forms.checklist.notApplicable.size());
    QTreeWidgetItem* row = rowOf(key);
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->text(1), na.why.en);
    EXPECT_TRUE(row->font(0).italic());

    panel.setShowNotApplicable(false);
    EXPECT_FALSE(box->isChecked());
    EXPECT_EQ(rowOf(key), nullptr);
}

TEST_F(ChecklistPanelTest, DeleteLeavesOutWithTheClerksReason)
{
    show(QStringLiteral("01-tennyu-family.json"));
    const QString key = QStringLiteral("kokuho.kanyu/m2");
    ASSERT_NO_FATAL_FAILURE(arrowTo(key));
    EXPECT_TRUE(button("checklistLeaveOut")->isEnabled());
    EXPECT_FALSE(button("checklistAdd")->isEnabled());
    QSignalSpy leaveOut(&panel, &ui::ChecklistPanel::leaveOutRequested);
    QTest::keyClick(panel.tree(), Qt::Key_Delete);
    ASSERT_EQ(leaveOut.size(), 1);
    EXPECT_EQ(leaveOut.at(0).at(0).toString(), key);
    EXPECT_EQ(leaveOut.at(0).at(1).toString(), answer);
    ASSERT_EQ(askedTitles.size(), 1);
    EXPECT_EQ(askedTitles.first(), QStringLiteral("Reason for leaving out"));
    EXPECT_TRUE(askedPrompts.first().contains(QStringLiteral("m2 佐藤 美咲")))
        << askedPrompts.first().toStdString();
}

TEST_F(ChecklistPanelTest, ACancelledReasonEmitsNothing)
{
    show(QStringLiteral("01-tennyu-family.json"));
    ASSERT_NO_FATAL_FAILURE(arrowTo(QStringLiteral("tennyu.todoke")));
    QSignalSpy leaveOut(&panel, &ui::ChecklistPanel::leaveOutRequested);
    QSignalSpy keep(&panel, &ui::ChecklistPanel::keepRequested);
    answer.clear();
    QTest::keyClick(panel.tree(), Qt::Key_Delete);
    answer = QStringLiteral("   ");
    QTest::keyClick(panel.tree(), Qt::Key_Space);
    EXPECT_EQ(askedTitles.size(), 2);
    EXPECT_EQ(leaveOut.size(), 0);
    EXPECT_EQ(keep.size(), 0);
}

TEST_F(ChecklistPanelTest, ALeftOutRowIsStruckThroughAndCanBeKept)
{
    const QString key = QStringLiteral("nenkin.jusho/m2");
    show(QStringLiteral("01-tennyu-family.json"),
        {{key, QStringLiteral("Done at the pension office")}});
    QTreeWidgetItem* row = rowOf(key);
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(row->font(0).strikeOut());
    EXPECT_TRUE(row->text(4).contains(QStringLiteral("left out: Done at the pension office")))
        << row->text(4).toStdString();
    EXPECT_TRUE(panel.findChild<QLabel*>(QStringLiteral("checklistSummary"))
                    ->text()
                    .contains(QStringLiteral("1 left out")));

    ASSERT_NO_FATAL_FAILURE(arrowTo(key));
    EXPECT_EQ(button("checklistLeaveOut")->text(), QStringLiteral("&Keep"));
    QSignalSpy keep(&panel, &ui::ChecklistPanel::keepRequested);
    QTest::keyClick(panel.tree(), Qt::Key_Delete);
    ASSERT_EQ(keep.size(), 1);
    EXPECT_EQ(keep.at(0).at(0).toString(), key);
    EXPECT_TRUE(askedTitles.isEmpty());
}

TEST_F(ChecklistPanelTest, SpaceOnANotApplicableRowAddsItForTheMember)
{
    show(QStringLiteral("29-shibou-head-two-remain.json"));
    QString key;
    for (const catalog::NotApplicableItem& na : forms.checklist.notApplicable)
        if (!na.member.isEmpty() && !na.notInForce && key.isEmpty())
            key = na.procedure->id + QLatin1Char('/') + na.member;
    ASSERT_FALSE(key.isEmpty());
    panel.setShowNotApplicable(true);
    ASSERT_NO_FATAL_FAILURE(arrowTo(key));
    EXPECT_FALSE(button("checklistLeaveOut")->isEnabled());
    EXPECT_TRUE(button("checklistAdd")->isEnabled());
    QSignalSpy add(&panel, &ui::ChecklistPanel::addRequested);
    QTest::keyClick(panel.tree(), Qt::Key_Space);
    ASSERT_EQ(add.size(), 1);
    EXPECT_EQ(add.at(0).at(0).toString(), key);
    EXPECT_EQ(add.at(0).at(1).toString(), answer);
    EXPECT_EQ(askedTitles.value(0), QStringLiteral("Reason for adding"));
}

TEST_F(ChecklistPanelTest, AnAdditionIsShownAsAddedAndCanBeRemoved)
{
    show(QStringLiteral("29-shibou-head-two-remain.json"));
    QString key;
    for (const catalog::NotApplicableItem& na : forms.checklist.notApplicable)
        if (!na.member.isEmpty() && !na.notInForce && key.isEmpty())
            key = na.procedure->id + QLatin1Char('/') + na.member;
    ASSERT_FALSE(key.isEmpty());
    const QString reason = QStringLiteral("The family asked for it");
    const auto item = catalog::addedProcedure(builtInCatalog(), forms, key, reason);
    ASSERT_TRUE(item) << item.error().message.toStdString();
    ASSERT_TRUE(catalog::setAdditions(forms, {item.value()}));
    panel.showChecklist(forms, {}, {{key, reason}});

    QTreeWidgetItem* row = rowOf(key);
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(row->text(4).contains(QStringLiteral("added: ") + reason))
        << row->text(4).toStdString();
    EXPECT_TRUE(panel.findChild<QLabel*>(QStringLiteral("checklistSummary"))
                    ->text()
                    .contains(QStringLiteral("1 added")));
    // Shown once, even with the procedures that do not apply.
    panel.setShowNotApplicable(true);
    int shown = 0;
    for (QTreeWidgetItemIterator it(panel.tree()); *it; ++it)
        shown += (*it)->data(0, Qt::UserRole).toString() == key ? 1 : 0;
    EXPECT_EQ(shown, 1);

    ASSERT_NO_FATAL_FAILURE(arrowTo(key));
    EXPECT_EQ(button("checklistAdd")->text(), QStringLiteral("Re&move"));
    QSignalSpy remove(&panel, &ui::ChecklistPanel::removeAdditionRequested);
    QTest::keyClick(panel.tree(), Qt::Key_Delete);
    ASSERT_EQ(remove.size(), 1);
    EXPECT_EQ(remove.at(0).at(0).toString(), key);
    EXPECT_TRUE(askedTitles.isEmpty());
}

TEST_F(ChecklistPanelTest, TheButtonsActOnTheSelection)
{
    show(QStringLiteral("01-tennyu-family.json"));
    EXPECT_FALSE(button("checklistLeaveOut")->isEnabled());
    EXPECT_FALSE(button("checklistAdd")->isEnabled());
    EXPECT_FALSE(button("checklistLeaveOut")->accessibleName().isEmpty());
    ASSERT_TRUE(panel.selectKey(QStringLiteral("inu.idou/m1")));
    QSignalSpy leaveOut(&panel, &ui::ChecklistPanel::leaveOutRequested);
    button("checklistLeaveOut")->click();
    ASSERT_EQ(leaveOut.size(), 1);
    EXPECT_EQ(leaveOut.at(0).at(0).toString(), QStringLiteral("inu.idou/m1"));
    EXPECT_FALSE(panel.selectKey(QStringLiteral("no.such/m9")));
}

TEST_F(ChecklistPanelTest, TheSelectionAndScrollStayWhenShownAgain)
{
    show(QStringLiteral("01-tennyu-family.json"));
    panel.resize(900, 260);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    const QString key = QStringLiteral("gakko.tennyugaku/m3");
    ASSERT_TRUE(panel.selectKey(key));
    const int scroll = panel.tree()->verticalScrollBar()->value();
    EXPECT_GT(scroll, 0);

    panel.showChecklist(forms, {{QStringLiteral("tennyu.todoke"), QStringLiteral("x")}}, {});
    EXPECT_EQ(panel.currentKey(), key);
    EXPECT_EQ(panel.tree()->verticalScrollBar()->value(), scroll);
    panel.setShowNotApplicable(true);
    EXPECT_EQ(panel.currentKey(), key);

    // A key that goes away: the selection stays near where it was.
    ASSERT_TRUE(panel.selectKey(QStringLiteral("kokuho.kanyu/m2")));
    catalog::Forms fewer = forms;
    fewer.checklist.applies.removeIf([](const catalog::ChecklistItem& item) {
        return item.procedure->id == QStringLiteral("kokuho.kanyu")
            && item.member == QStringLiteral("m2");
    });
    panel.setShowNotApplicable(false);
    panel.showChecklist(fewer, {}, {});
    EXPECT_FALSE(panel.currentKey().isEmpty());
    EXPECT_TRUE(panel.currentKey().endsWith(QStringLiteral("/m2")))
        << panel.currentKey().toStdString();
}

} // namespace
