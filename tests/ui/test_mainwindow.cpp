#include "databasestatusbar.h"
#include "mainwindow.h"
#include "scopedtranslation.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QUrl>
#include <gtest/gtest.h>

using namespace madoguchi;
using madoguchi::testing::ScopedTranslation;
using madoguchi::testing::TestDatabase;

namespace {

// "ファイル(&F)" → "ファイル", "&File" → "File": the title a person reads.
QString readable(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    return text.remove(QLatin1Char('&'));
}

QStringList menuTitles(const ui::MainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << readable(action->text());
    return titles;
}

QKeySequence shortcutOf(const ui::MainWindow& window, const char* objectName)
{
    auto* action = window.findChild<QAction*>(QString::fromLatin1(objectName));
    return action ? action->shortcut() : QKeySequence();
}

std::unique_ptr<ui::MainWindow> windowOn(const TestDatabase& test, const QString& language)
{
    auto db = test.open();
    if (!db)
        return nullptr;
    return std::make_unique<ui::MainWindow>(std::move(db), language);
}

TEST(MainWindow, StatusBarShowsTheDatabaseTheModeAndTheSchema)
{
    TestDatabase test(storage::Engine::Sqlite);
    auto window = windowOn(test, QStringLiteral("en"));
    ASSERT_TRUE(window);
    const ui::DatabaseStatusBar* status = window->databaseStatusBar();
    EXPECT_TRUE(status->databaseText().contains(test.location()))
        << status->databaseText().toStdString();
    EXPECT_TRUE(status->databaseText().contains(QStringLiteral("test.sqlite")));
    EXPECT_EQ(status->modeText(), QStringLiteral("Mode: Standalone"));
    const int version = window->database().schemaVersion();
    EXPECT_GE(version, 1);
    EXPECT_EQ(status->schemaText(), QStringLiteral("Schema version %1").arg(version));
}

TEST(MainWindow, JapaneseTranslationGivesJapaneseMenusAndStatus)
{
    ScopedTranslation ja(QStringLiteral("ja"));
    ASSERT_TRUE(ja.loaded) << "the embedded :/i18n/madoguchi_ja.qm is missing";
    TestDatabase test(storage::Engine::Sqlite);
    auto window = windowOn(test, QStringLiteral("ja"));
    ASSERT_TRUE(window);
    EXPECT_EQ(menuTitles(*window),
        (QStringList{
            QStringLiteral("ファイル"), QStringLiteral("表示"), QStringLiteral("ヘルプ")}));
    EXPECT_TRUE(window->databaseStatusBar()->modeText().contains(QStringLiteral("スタンドアロン")))
        << window->databaseStatusBar()->modeText().toStdString();
    auto* open = window->findChild<QAction*>(QStringLiteral("openDatabaseAction"));
    ASSERT_TRUE(open);
    EXPECT_EQ(readable(open->text()), QStringLiteral("データベースを開く…"));
    auto* quit = window->findChild<QAction*>(QStringLiteral("quitAction"));
    ASSERT_TRUE(quit);
    EXPECT_EQ(readable(quit->text()), QStringLiteral("終了"));
}

TEST(MainWindow, EnglishTranslationGivesEnglishMenus)
{
    ScopedTranslation en(QStringLiteral("en"));
    ASSERT_TRUE(en.loaded) << "the embedded :/i18n/madoguchi_en.qm is missing";
    TestDatabase test(storage::Engine::Sqlite);
    auto window = windowOn(test, QStringLiteral("en"));
    ASSERT_TRUE(window);
    EXPECT_EQ(menuTitles(*window),
        (QStringList{QStringLiteral("File"), QStringLiteral("View"), QStringLiteral("Help")}));
    EXPECT_EQ(window->databaseStatusBar()->modeText(), QStringLiteral("Mode: Standalone"));
}

TEST(MainWindow, EveryActionHasAShortcut)
{
    TestDatabase test(storage::Engine::Sqlite);
    auto window = windowOn(test, QStringLiteral("en"));
    ASSERT_TRUE(window);
    EXPECT_EQ(shortcutOf(*window, "openDatabaseAction"), QKeySequence(Qt::CTRL | Qt::Key_O));
    EXPECT_EQ(shortcutOf(*window, "quitAction"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    EXPECT_EQ(shortcutOf(*window, "refreshAction"), QKeySequence(Qt::CTRL | Qt::Key_R));
    EXPECT_EQ(shortcutOf(*window, "aboutAction"), QKeySequence(Qt::Key_F1));
    EXPECT_EQ(shortcutOf(*window, "lockAction"), QKeySequence(Qt::CTRL | Qt::Key_L));
    EXPECT_EQ(shortcutOf(*window, "logoutAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // Menus and languages are reached with Alt and their mnemonic.
    for (QAction* action : window->menuBar()->actions())
        EXPECT_TRUE(action->text().contains(QLatin1Char('&'))) << action->text().toStdString();
    for (const char* name : {"language_ja", "language_en"}) {
        auto* action = window->findChild<QAction*>(QString::fromLatin1(name));
        ASSERT_TRUE(action) << name;
        EXPECT_TRUE(action->text().contains(QLatin1Char('&'))) << name;
    }
}

TEST(MainWindow, LanguageMenuMarksTheRunningLanguage)
{
    TestDatabase test(storage::Engine::Sqlite);
    auto window = windowOn(test, QStringLiteral("ja"));
    ASSERT_TRUE(window);
    auto* ja = window->findChild<QAction*>(QStringLiteral("language_ja"));
    auto* en = window->findChild<QAction*>(QStringLiteral("language_en"));
    ASSERT_TRUE(ja && en);
    EXPECT_TRUE(ja->isChecked());
    EXPECT_FALSE(en->isChecked());
}

TEST(MainWindow, PostgreSqlIsCityHallModeAndThePasswordNeverShows)
{
    TestDatabase test(storage::Engine::PostgreSql);
    ASSERT_TRUE(test.error().isEmpty()) << test.error().toStdString();
    // The test server trusts every login, so any password works; it must not
    // reach the screen.
    QUrl url(test.location());
    url.setPassword(QStringLiteral("s3cret-pw"));
    auto db = storage::Database::open(url.toString());
    ASSERT_TRUE(db) << db.error().message.toStdString();
    ui::MainWindow window(std::move(db).value(), QStringLiteral("en"));
    const ui::DatabaseStatusBar* status = window.databaseStatusBar();
    EXPECT_EQ(status->modeText(), QStringLiteral("Mode: City hall"));
    EXPECT_TRUE(status->databaseText().startsWith(QStringLiteral("Database: postgresql://")));
    EXPECT_FALSE(status->databaseText().contains(QStringLiteral("s3cret")));
    EXPECT_FALSE(window.windowTitle().contains(QStringLiteral("s3cret")));
}

} // namespace
