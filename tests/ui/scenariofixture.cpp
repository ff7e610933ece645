#include "scenariofixture.h"

#include "eventpanel.h"
#include "fieldeditor.h"
#include "findpanel.h"
#include "homepage.h"
#include "import/importtestsupport.h"
#include "interviewpanel.h"
#include "registerfixture.h"
#include "registry/searchindex.h"
#include "reviewpanel.h"
#include "searchresultsmodel.h"
#include "security/login.h"
#include "submitpanel.h"
#include "visitpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLockFile>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <iostream>

namespace madoguchi::testing {
namespace {

using importtest::Fields;

Fields person(int n, int household, int head, const char* relationship, const char* kanji,
    const char* kana, const char* birth, int sex, const char* insurance)
{
    Fields f = importtest::headRow(n, household);
    f[QStringLiteral("head_atena_no")] = importtest::atena(head);
    f[QStringLiteral("relationship")] = QString::fromUtf8(relationship);
    f[QStringLiteral("name_kanji")] = QString::fromUtf8(kanji);
    f[QStringLiteral("name_kana")] = QString::fromUtf8(kana);
    f[QStringLiteral("birth_date")] = QString::fromUtf8(birth);
    f[QStringLiteral("sex")] = QString::number(sex);
    f[QStringLiteral("insurance")] = QString::fromUtf8(insurance);
    f[QStringLiteral("my_number")] = importtest::myNumber(n);
    f[QStringLiteral("address")]
        = QStringLiteral("東京都みどり野市本町一丁目%1番%1号").arg(household);
    return f;
}

} // namespace

void ScenarioTest::SetUp()
{
    ASSERT_TRUE(files.isValid());
    auto db = testDb.open();
    ASSERT_TRUE(db);
    QList<Fields> rows;
    // 転入: a family from 大阪府 — two adults in 国保, a child of 8, a grandmother of 76.
    rows << person(1, 1, 1, "世帯主", "佐藤 健一", "サトウ ケンイチ", "1986-05-10", 1, "kokuho");
    rows << person(2, 1, 1, "妻", "佐藤 美咲", "サトウ ミサキ", "1988-02-03", 2, "kokuho");
    rows << person(3, 1, 1, "子", "佐藤 陽向", "サトウ ヒナタ", "2018-07-01", 1, "kokuho");
    rows << person(4, 1, 1, "母", "佐藤 トメ", "サトウ トメ", "1950-03-15", 2, "kouki");
    rows[0][QStringLiteral("nenkin_category")] = QStringLiteral("1");
    rows[1][QStringLiteral("nenkin_category")] = QStringLiteral("1");
    rows[3][QStringLiteral("nenkin_category")] = QStringLiteral("recipient");
    rows[3][QStringLiteral("kaigo")] = QStringLiteral("insured");
    // 出生 in a 社保 family.
    rows << person(5, 2, 5, "世帯主", "高橋 翔", "タカハシ ショウ", "1994-04-04", 1, "shaho");
    rows << person(6, 2, 5, "妻", "高橋 彩", "タカハシ アヤ", "1996-06-06", 2, "shaho");
    rows << person(7, 2, 5, "子", "高橋 結衣", "タカハシ ユイ", "2026-11-18", 2, "shaho");
    rows[4][QStringLiteral("nenkin_category")] = QStringLiteral("2");
    rows[5][QStringLiteral("nenkin_category")] = QStringLiteral("3");
    // 死亡 of the head; his wife and son remain.
    rows << person(8, 3, 8, "世帯主", "鈴木 正雄", "スズキ マサオ", "1946-01-20", 1, "kouki");
    rows << person(9, 3, 8, "妻", "鈴木 和子", "スズキ カズコ", "1949-08-08", 2, "kouki");
    rows << person(10, 3, 8, "子", "鈴木 誠", "スズキ マコト", "1976-10-10", 1, "kokuho");
    rows[7][QStringLiteral("nenkin_category")] = QStringLiteral("recipient");
    rows[7][QStringLiteral("kaigo")] = QStringLiteral("certified");
    rows[8][QStringLiteral("nenkin_category")] = QStringLiteral("recipient");
    rows[8][QStringLiteral("kaigo")] = QStringLiteral("insured");
    rows[9][QStringLiteral("nenkin_category")] = QStringLiteral("1");
    // As `madoguchi-cli import residents` does: the search index with it.
    const QString extract
        = importtest::writeFile(files, "households.csv", importtest::extract(rows).toUtf8());
    registry::ImportOptions options = importtest::options();
    options.reindex = registry::reindexPersons;
    auto imported = registry::importResidents(*db, extract, options);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    ASSERT_TRUE(imported->errors.isEmpty()) << imported->errors.first().reason.toStdString();
    setMeta(*db, QStringLiteral("city_code"), QStringLiteral("132918"));
    setMeta(*db, QStringLiteral("city_name"), QStringLiteral("みどり野市"));
    setMeta(*db, QStringLiteral("prefecture"), QStringLiteral("東京都"));
    people = {importtest::atena(1), importtest::atena(6), importtest::atena(8)};

    window = std::make_unique<ui::MainWindow>(std::move(db), QStringLiteral("ja"));
    window->setSession(security::Session{QStringLiteral("k.sato"), security::Role::Clerk,
        QStringLiteral("本庁 市民課"), QStringLiteral("desk-1"), QDateTime::currentDateTimeUtc()});
    page().setToday(kScenarioToday);
    page().setFileAsker([this](QWidget*, const QString&) { return nextFile; });
    page().setPrinterChooser([this](QPrinter& printer, QWidget*, const QString&) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(nextFile);
        return true;
    });
    page().homePage()->findPanel()->setDebounce(0);
    window->show();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
}

void ScenarioTest::TearDown()
{
    window.reset();
}

ui::VisitPage& ScenarioTest::page() const
{
    return *window->visitPage();
}

void ScenarioTest::findAndOpen(const QString& kana, const QString& atenaNo)
{
    ui::FindPanel* find = page().homePage()->findPanel();
    QSignalSpy searched(find, &ui::FindPanel::searched);
    clerk.decide();
    clerk.type(find->queryEdit(), kana);
    if (searched.isEmpty()) {
        ASSERT_TRUE(searched.wait(2000));
    }
    while (searched.wait(100)) { }
    ASSERT_GT(find->results()->rowCount(), 0)
        << "no result for " << kana.toStdString() << ": "
        << find->findChild<QLabel*>(QStringLiteral("findMessage"))->text().toStdString() << " / "
        << find->queryEdit()->text().toStdString();
    // The resident is the first result for a full name; the clerk checks it.
    clerk.decide();
    clerk.key(find->queryEdit(), Qt::Key_Return);
    ASSERT_EQ(page().current(), ui::VisitStep::Resident);
    ASSERT_TRUE(page().visit());
    ASSERT_EQ(page().visit()->atenaNo(), atenaNo);
}

void ScenarioTest::chooseEvent(int row, const QString& date)
{
    clerk.key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(page().current(), ui::VisitStep::Event);
    ui::EventPanel* event = page().eventPanel();
    clerk.decide();
    for (int i = 0; i < row; ++i)
        clerk.key(event->eventList(), Qt::Key_Down);
    clerk.key(event->eventList(), Qt::Key_Return);
    ASSERT_TRUE(event->dateEditor());
    ASSERT_TRUE(event->dateEditor()->input()->hasFocus());
    clerk.type(event->dateEditor()->input(), date);
}

void ScenarioTest::confirmEvent()
{
    clerk.key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    auto* error = page().eventPanel()->findChild<QLabel*>(QStringLiteral("eventError"));
    ASSERT_EQ(page().current(), ui::VisitStep::Checklist)
        << (error ? error->text().toStdString() : std::string());
}

void ScenarioTest::takeTennyuFromOsaka()
{
    findAndOpen(QStringLiteral("さとう けんいち"), people.tennyuHead);
    chooseEvent(0, QStringLiteral("R8.11.20"));
    clerk.key(QApplication::focusWidget(), Qt::Key_Return); // to the planned move-out date
    clerk.decide();
    clerk.type(QApplication::focusWidget(), QStringLiteral("R8.11.15"));
    clerk.key(QApplication::focusWidget(), Qt::Key_Return);
    clerk.decide();
    clerk.type(QApplication::focusWidget(), QStringLiteral("27")); // 大阪府
    confirmEvent();
}

void ScenarioTest::answerInterview(const QJsonObject& answers)
{
    QSet<QString> skipped;
    const auto keyOf = [](const catalog::Question& q) {
        return q.member.isEmpty() ? q.key : q.key + QLatin1Char('/') + q.member;
    };
    const auto given = [&](const QString& key, const QString& bare) {
        return answers.contains(key) ? answers.value(key) : answers.value(bare);
    };
    for (int guard = 0; guard < 60; ++guard) {
        const catalog::Forms& forms = page().visit()->forms();
        const catalog::Question* next = nullptr;
        for (const catalog::Question& q : forms.interview)
            if (!skipped.contains(keyOf(q))) {
                next = &q;
                break;
            }
        if (!next)
            return;
        const catalog::Question q = *next;
        const QString key = keyOf(q);
        const QJsonValue answer = given(key, q.key);
        ui::FieldEditor* editor = page().interviewPanel()->editorFor(q.key, q.member);
        ASSERT_TRUE(editor) << key.toStdString();
        QWidget* input = editor->input();
        clerk.decide();
        if (answer.isUndefined()) {
            // Optional and nothing to say: the clerk moves past it.
            ASSERT_FALSE(q.required) << "no answer for the required " << key.toStdString();
            clerk.key(input, Qt::Key_Tab);
            skipped.insert(key);
            continue;
        }
        if (auto* combo = qobject_cast<QComboBox*>(input)) {
            int index = combo->findData(answer.toString());
            if (index < 0)
                index = combo->findText(answer.toString(), Qt::MatchContains);
            ASSERT_GE(index, 0) << key.toStdString();
            input->setFocus();
            for (int i = combo->currentIndex(); i < index; ++i)
                clerk.key(input, Qt::Key_Down);
            clerk.key(input, Qt::Key_Return);
        } else if (qobject_cast<QCheckBox*>(input)) {
            input->setFocus();
            clerk.key(input, Qt::Key_Space);
        } else if (auto* names = qobject_cast<QLineEdit*>(input); names && answer.isObject()
                   && answer.toObject().contains(QStringLiteral("member"))) {
            // A name of the household: ↓ opens the list, ↓ to the member, Enter.
            const int position = answer[QStringLiteral("member")].toString().mid(1).toInt();
            names->setFocus();
            clerk.key(names, Qt::Key_Down);
            for (int i = 0; i < position; ++i)
                clerk.key(names, Qt::Key_Down);
            clerk.key(names, Qt::Key_Return);
        } else if (auto* line = qobject_cast<QLineEdit*>(input)) {
            const QString text
                = answer.isObject() ? answer[QStringLiteral("text")].toString() : answer.toString();
            const QString reading
                = answer.isObject() ? answer[QStringLiteral("reading")].toString() : QString();
            line->setFocus();
            clerk.type(line, text, reading);
            clerk.key(line, Qt::Key_Return);
        } else {
            FAIL() << "no way to answer " << key.toStdString();
        }
        // Answered: the question is gone.
        for (const catalog::Question& left : page().visit()->forms().interview)
            if (keyOf(left) == key)
                FAIL() << key.toStdString() << " is still open: " << left.message.en.toStdString();
    }
    FAIL() << "the interview did not end";
}

QString ScenarioTest::printForms()
{
    nextFile = files.filePath(QStringLiteral("forms-%1.pdf").arg(page().visit()->eventType()));
    clerk.decide();
    // Ctrl+Shift+S, then Enter in the file dialog (replaced by setFileAsker).
    clerk.key(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    clerk.dialogKey();
    EXPECT_TRUE(QFile::exists(nextFile)) << "the forms were not saved";
    return nextFile;
}

QString ScenarioTest::submitAndPrintSlip()
{
    clerk.key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier); // to Submit
    EXPECT_EQ(page().current(), ui::VisitStep::Submit);
    clerk.decide();
    clerk.key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier); // submit
    auto* error = page().findChild<QLabel*>(QStringLiteral("submitError"));
    EXPECT_TRUE(page().submitted().has_value())
        << "not submitted: " << (error ? error->text().toStdString() : std::string());
    nextFile = files.filePath(QStringLiteral("slip-%1.pdf").arg(page().visit()->eventType()));
    // Ctrl+P, then Enter in the print dialog (replaced here by a PDF printer).
    clerk.key(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
    clerk.dialogKey();
    EXPECT_TRUE(QFile::exists(nextFile)) << "the slip was not printed";
    return nextFile;
}

void ScenarioTest::report(const QString& name)
{
    const catalog::Forms& forms = page().visit()->forms();
    int prefilled = 0;
    int paper = 0;
    for (qsizetype i : page().visit()->sentForms())
        for (const catalog::FilledField& f : forms.forms[i].fields) {
            if (!f.visible)
                continue;
            ++paper; // on paper the resident writes every field of the form
            prefilled += f.prefilled ? 1 : 0;
        }
    const KlmCounts& c = clerk.counts();
    const QJsonObject entry{{QStringLiteral("name"), name},
        {QStringLiteral("keystrokes"), c.keystrokes}, {QStringLiteral("clicks"), c.clicks},
        {QStringLiteral("decisions"), c.decisions}, {QStringLiteral("fields_typed"), c.fieldsTyped},
        {QStringLiteral("fields_prefilled"), prefilled},
        {QStringLiteral("klm_seconds"), qRound(c.seconds() * 10) / 10.0},
        {QStringLiteral("paper_fields"), paper}, {QStringLiteral("resident_writes"), 0}};
    std::cout << "[ scenario ] " << name.toStdString() << ": " << c.keystrokes << " keystrokes, "
              << c.decisions << " decisions, " << c.fieldsTyped << " fields typed, " << prefilled
              << " pre-filled, KLM " << c.seconds() << " s; on paper " << paper << " fields\n";

    // Each scenario runs in its own process (ctest): merge under a lock.
    const QString path = QStringLiteral(MADOGUCHI_BINARY_DIR "/scenario-report.json");
    QLockFile lock(path + QStringLiteral(".lock"));
    ASSERT_TRUE(lock.lock());
    QJsonArray scenarios;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly))
        scenarios
            = QJsonDocument::fromJson(existing.readAll())[QStringLiteral("scenarios")].toArray();
    existing.close();
    for (qsizetype i = scenarios.size() - 1; i >= 0; --i)
        if (scenarios[i][QStringLiteral("name")].toString() == name)
            scenarios.removeAt(i);
    scenarios.append(entry);
    QSaveFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("scenarios"), scenarios}}).toJson());
    ASSERT_TRUE(out.commit());
}

} // namespace madoguchi::testing
