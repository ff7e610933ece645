#pragma once

// The three households of the desk's scenario tests (issue #7, 5), imported
// through the real register import into a real SQLite file, and the window
// the clerk works in.
#include "clerk.h"
#include "mainwindow.h"
#include "support/testdatabase.h"

#include <QDate>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace madoguchi::ui {
class VisitPage;
}

namespace madoguchi::testing {

inline const QDate kScenarioToday(2026, 11, 26);

// 宛名番号 of the scenario residents.
struct ScenarioPeople {
    QString tennyuHead; // 佐藤 健一, 40, 国保; wife 38 国保, child 8, mother 76
    QString shusseiMother; // 高橋 彩, 社保 family; newborn 高橋 結衣
    QString shibouHead; // 鈴木 正雄, 80, dies; wife 77 and son 50 remain
};

// What a scenario measured, one entry of scenario-report.json.
struct ScenarioFigures {
    QString name;
    KlmCounts counts;
    int fieldsPrefilled = 0;
    int paperFields = 0;
};

class ScenarioTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    ui::VisitPage& page() const;
    // Finds the resident by typing their kana name and opening them.
    void findAndOpen(const QString& kana, const QString& atenaNo);
    // Chooses the life event `row` (catalog order) with the keyboard and
    // types its date.
    void chooseEvent(int row, const QString& date);
    // Ctrl+Enter on the event step: the checklist shows, or the test fails
    // with what the event step said.
    void confirmEvent();
    // 佐藤 健一's household found and its 転入 from 大阪府 taken: moved in on
    // R8.11.20, the 転出証明書 dated R8.11.15; on the Checklist step after.
    void takeTennyuFromOsaka();
    // Answers every open interview question with `answers` (key → text the
    // clerk types; a member question's key as "key/m2"), by type when the
    // key is not there; fails the test on a question it cannot answer.
    void answerInterview(const QJsonObject& answers);
    // Saves the forms' PDF through the Review step; returns its path.
    QString printForms();
    // Submits (Ctrl+Enter) and prints the slip; returns the slip's path.
    QString submitAndPrintSlip();
    // Records the scenario in scenario-report.json in the build directory.
    void report(const QString& name);

    TestDatabase testDb{storage::Engine::Sqlite};
    QTemporaryDir files;
    ScenarioPeople people;
    std::unique_ptr<ui::MainWindow> window;
    Clerk clerk;
    QString nextFile;
};

} // namespace madoguchi::testing
