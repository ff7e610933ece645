#include "desksettings.h"
#include "fonts.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace madoguchi;
using madoguchi::testing::TestDatabase;

namespace {

// Each test reads and writes its own settings file in a temporary folder;
// afterwards QSettings goes back to where it was (XDG_CONFIG_HOME, else
// ~/.config), so the tests never touch the real desk's settings.
class SettingsDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    }
    void TearDown() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    static QSettings raw()
    {
        return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("madoguchi"),
            QStringLiteral("madoguchi"));
    }

    template <typename T> static T* child(const QWidget& dialog, const char* name)
    {
        return dialog.findChild<T*>(QString::fromLatin1(name));
    }

    static QPushButton* okButton(const QWidget& dialog)
    {
        auto* box = dialog.findChild<QDialogButtonBox*>();
        return box ? box->button(QDialogButtonBox::Ok) : nullptr;
    }

    // A key to whatever has the keyboard focus, as a clerk's keyboard sends it.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* focus = QApplication::focusWidget();
        ASSERT_TRUE(focus);
        QTest::keyClick(focus, Qt::Key(key), modifiers);
    }
    static void type(const char* text)
    {
        QWidget* focus = QApplication::focusWidget();
        ASSERT_TRUE(focus);
        QTest::keyClicks(focus, QString::fromLatin1(text));
    }

    QTemporaryDir m_config;
};

// Scales the application font for the length of a test, then puts it back.
struct FontRestorer {
    QFont saved = QApplication::font();
    ~FontRestorer() { QApplication::setFont(saved); }
};

double sizeOf(const QFont& font)
{
    return font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize();
}

TEST_F(SettingsDialogTest, OpeningShowsTheSavedValues)
{
    {
        ui::DeskSettings settings;
        settings.setLanguage(QStringLiteral("en"));
        settings.setFontScale(150);
        settings.setOffice(QStringLiteral("本庁舎 市民課"));
        settings.setTerminalName(QStringLiteral("counter-2"));
        settings.setIdleLockMinutes(12);
        settings.setPrinterName(QStringLiteral("no-such-printer"));
    }
    ui::SettingsDialog dialog(QStringLiteral("/srv/madoguchi/city.sqlite"));
    EXPECT_EQ(dialog.objectName(), QStringLiteral("settingsDialog"));
    EXPECT_EQ(child<QComboBox>(dialog, "settingsLanguage")->currentData().toString(),
        QStringLiteral("en"));
    EXPECT_EQ(child<QComboBox>(dialog, "settingsFontScale")->currentData().toInt(), 150);
    EXPECT_EQ(child<QLineEdit>(dialog, "settingsDatabase")->text(),
        QStringLiteral("/srv/madoguchi/city.sqlite"));
    EXPECT_TRUE(child<QLineEdit>(dialog, "settingsDatabase")->isReadOnly());
    EXPECT_EQ(child<QLineEdit>(dialog, "settingsOffice")->text(), QStringLiteral("本庁舎 市民課"));
    EXPECT_EQ(child<QLineEdit>(dialog, "settingsTerminal")->text(), QStringLiteral("counter-2"));
    EXPECT_EQ(child<QSpinBox>(dialog, "settingsIdleLock")->value(), 12);
    // A saved printer that is not installed is kept, and said to be away.
    auto* printer = child<QComboBox>(dialog, "settingsPrinter");
    EXPECT_EQ(printer->itemData(0).toString(), QString());
    EXPECT_EQ(printer->currentData().toString(), QStringLiteral("no-such-printer"));
    EXPECT_TRUE(dialog.problemText().isEmpty());
    EXPECT_TRUE(okButton(dialog)->isEnabled());

    // Every control has a name a screen reader can say.
    for (QWidget* control : dialog.findChildren<QWidget*>()) {
        if (qobject_cast<QComboBox*>(control) || qobject_cast<QLineEdit*>(control)
            || qobject_cast<QSpinBox*>(control)) {
            if (qobject_cast<QSpinBox*>(control->parentWidget()))
                continue; // the spin box's own line edit
            EXPECT_FALSE(control->accessibleName().isEmpty())
                << control->objectName().toStdString();
        }
    }
}

TEST_F(SettingsDialogTest, DefaultsShowJapaneseTheHostNameAndTheSystemPrinter)
{
    ui::SettingsDialog dialog{QString()};
    EXPECT_EQ(child<QComboBox>(dialog, "settingsLanguage")->currentData().toString(),
        QStringLiteral("ja"));
    EXPECT_EQ(child<QComboBox>(dialog, "settingsFontScale")->currentData().toInt(), 100);
    EXPECT_EQ(child<QLineEdit>(dialog, "settingsTerminal")->text(), QSysInfo::machineHostName());
    EXPECT_EQ(child<QLineEdit>(dialog, "settingsOffice")->text(), QString());
    EXPECT_EQ(child<QSpinBox>(dialog, "settingsIdleLock")->value(),
        ui::DeskSettings::kDefaultIdleLockMinutes);
    EXPECT_EQ(child<QComboBox>(dialog, "settingsPrinter")->currentIndex(), 0);
    EXPECT_EQ(child<QLineEdit>(dialog, "settingsDatabase")->text(),
        ui::DeskSettings::defaultDatabaseFile());
    // OK on untouched defaults pins none of them.
    dialog.accept();
    EXPECT_TRUE(raw().allKeys().isEmpty()) << raw().allKeys().join(u',').toStdString();
}

TEST_F(SettingsDialogTest, ThePasswordOfADatabaseUrlIsNeverShown)
{
    raw().setValue(QStringLiteral("database/location"),
        QStringLiteral("postgresql://clerk:hunter2@db.example/madoguchi"));
    ui::SettingsDialog dialog{QString()};
    const QString shown = child<QLineEdit>(dialog, "settingsDatabase")->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("db.example"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("hunter2"))) << shown.toStdString();
}

TEST_F(SettingsDialogTest, EditingWithTheKeyboardAndOkSavesThemInReadingOrder)
{
    ui::SettingsDialog dialog(QStringLiteral("/srv/madoguchi/city.sqlite"));
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));

    ASSERT_EQ(QApplication::focusWidget(), child<QWidget>(dialog, "settingsLanguage"));
    press(Qt::Key_Down); // 日本語 → English
    press(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), child<QWidget>(dialog, "settingsFontScale"));
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Down); // 130 %
    press(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), child<QWidget>(dialog, "settingsDatabase"));
    press(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), child<QWidget>(dialog, "settingsOffice"));
    type("  Honcho Shimin-ka  ");
    press(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), child<QWidget>(dialog, "settingsTerminal"));
    press(Qt::Key_A, Qt::ControlModifier);
    type("counter-3");
    press(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), child<QWidget>(dialog, "settingsCounter"));
    type("3");
    press(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), child<QWidget>(dialog, "settingsPrinter"));
    press(Qt::Key_Tab);
    QWidget* idle = QApplication::focusWidget();
    ASSERT_TRUE(idle == child<QWidget>(dialog, "settingsIdleLock")
        || (idle && idle->parentWidget() == child<QWidget>(dialog, "settingsIdleLock")));
    press(Qt::Key_A, Qt::ControlModifier);
    type("15");
    press(Qt::Key_Return); // the default button: OK

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const ui::DeskSettings settings;
    EXPECT_EQ(settings.language(), QStringLiteral("en"));
    EXPECT_EQ(settings.fontScale(), 130);
    EXPECT_EQ(settings.office(), QStringLiteral("Honcho Shimin-ka"));
    EXPECT_EQ(settings.terminalName(), QStringLiteral("counter-3"));
    EXPECT_EQ(settings.counter(), QStringLiteral("3"));
    EXPECT_EQ(settings.idleLockMinutes(), 15);
    EXPECT_EQ(settings.printerName(), QString());
    EXPECT_EQ(raw().value(QStringLiteral("session/office")).toString(),
        QStringLiteral("Honcho Shimin-ka"));
    EXPECT_EQ(raw().value(QStringLiteral("ui/fontScale")).toInt(), 130);
}

TEST_F(SettingsDialogTest, CancelSavesNothing)
{
    ui::DeskSettings().setTerminalName(QStringLiteral("counter-1"));
    const QStringList before = raw().allKeys();

    ui::SettingsDialog dialog{QString()};
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    child<QComboBox>(dialog, "settingsLanguage")->setCurrentIndex(1);
    child<QComboBox>(dialog, "settingsFontScale")->setCurrentIndex(5);
    child<QLineEdit>(dialog, "settingsOffice")->setText(QStringLiteral("Branch"));
    child<QLineEdit>(dialog, "settingsTerminal")->setText(QStringLiteral("counter-9"));
    child<QSpinBox>(dialog, "settingsIdleLock")->setValue(0);
    press(Qt::Key_Escape);

    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(raw().allKeys(), before);
    EXPECT_EQ(ui::DeskSettings().terminalName(), QStringLiteral("counter-1"));
    EXPECT_EQ(ui::DeskSettings().office(), QString());
}

TEST_F(SettingsDialogTest, AnOverLongTerminalNameDisablesOkWithAMessage)
{
    ui::SettingsDialog dialog{QString()};
    auto* terminal = child<QLineEdit>(dialog, "settingsTerminal");
    terminal->setText(QString(64, QLatin1Char('x')));
    EXPECT_TRUE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog.problemText().isEmpty());

    terminal->setText(QString(65, QLatin1Char('x')));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog.problemText().contains(QStringLiteral("Terminal")))
        << dialog.problemText().toStdString();
    EXPECT_TRUE(dialog.problemText().contains(QStringLiteral("64")))
        << dialog.problemText().toStdString();
    dialog.accept(); // refused: nothing is written, the dialog stays
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(raw().allKeys().isEmpty());

    // Spaces around a name do not count.
    terminal->setText(QStringLiteral("   ") + QString(64, QLatin1Char('x')) + QStringLiteral("  "));
    EXPECT_TRUE(okButton(dialog)->isEnabled());
}

TEST_F(SettingsDialogTest, ControlCharactersInTheOfficeDisableOk)
{
    ui::SettingsDialog dialog{QString()};
    auto* office = child<QLineEdit>(dialog, "settingsOffice");
    office->setText(QStringLiteral("本庁舎\t市民課"));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog.problemText().contains(QStringLiteral("Office")))
        << dialog.problemText().toStdString();
    office->setText(QStringLiteral("本庁舎 市民課"));
    EXPECT_TRUE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog.problemText().isEmpty());
    dialog.accept();
    EXPECT_EQ(ui::DeskSettings().office(), QStringLiteral("本庁舎 市民課"));
}

TEST_F(SettingsDialogTest, TheFontScaleSettingSizesTheApplicationFont)
{
    FontRestorer restore;
    const double base = sizeOf(QApplication::font());
    ASSERT_GT(base, 0);

    ui::useJapaneseCapableFont(QStringLiteral("en"));
    EXPECT_NEAR(sizeOf(QApplication::font()), base, 0.01) << "100 % keeps the size";

    QApplication::setFont(restore.saved);
    ui::DeskSettings().setFontScale(150);
    ui::useJapaneseCapableFont(QStringLiteral("en"));
    EXPECT_NEAR(sizeOf(QApplication::font()), base * 1.5, 1.0);
    EXPECT_GT(sizeOf(QApplication::font()), base);
}

TEST_F(SettingsDialogTest, TheFontScaleIsKeptWithinItsRangeAndSteps)
{
    ui::DeskSettings settings;
    settings.setFontScale(500);
    EXPECT_EQ(settings.fontScale(), 200);
    settings.setFontScale(10);
    EXPECT_EQ(settings.fontScale(), 100);
    raw().setValue(QStringLiteral("ui/fontScale"), 135);
    EXPECT_EQ(settings.fontScale(), 130);
    raw().setValue(QStringLiteral("ui/fontScale"), QStringLiteral("large"));
    EXPECT_EQ(settings.fontScale(), 100);
}

TEST_F(SettingsDialogTest, TheFileMenuOpensTheDialogWithThePreferencesShortcut)
{
    TestDatabase test(storage::Engine::Sqlite);
    auto db = test.open();
    ASSERT_TRUE(db);
    ui::MainWindow window(std::move(db), QStringLiteral("en"));
    auto* file = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
    ASSERT_TRUE(file);
    auto* action = window.findChild<QAction*>(QStringLiteral("settingsAction"));
    ASSERT_TRUE(action);
    EXPECT_TRUE(file->actions().contains(action));
    EXPECT_TRUE(action->text().contains(QLatin1Char('&')));
    // The platform's Preferences key; Ctrl+, where the platform has none
    // (as offscreen).
    const QKeySequence preferences(QKeySequence::Preferences);
    EXPECT_EQ(action->shortcut(),
        preferences.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : preferences);
    EXPECT_FALSE(action->shortcut().isEmpty());

    // It opens modally and shows the open database.
    QString shown;
    bool modal = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<ui::SettingsDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        modal = dialog->isModal();
        shown = dialog->findChild<QLineEdit*>(QStringLiteral("settingsDatabase"))->text();
        dialog->reject();
    });
    action->trigger();
    EXPECT_TRUE(modal);
    EXPECT_TRUE(shown.contains(QStringLiteral("test.sqlite"))) << shown.toStdString();
}

} // namespace
