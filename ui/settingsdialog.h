#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace madoguchi::ui {

// File → Settings…: the desk's settings (DeskSettings, docs/desk.md
// "Settings") in one dialog. OK writes what changed; Cancel writes nothing.
// The database is shown, not chosen here (File → Open Database… does that),
// and never with a password: passwords live in the system keychain.
//
// Office and terminal are trimmed, at most DeskSettings::kMaxNameLength
// characters and without control characters; otherwise a message says why
// and OK is disabled. So is a hall URL that is not a postgresql:// URL or
// carries a password.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // `openDatabase`: the database the desk has open, as it may be shown
    // (DatabaseLocation::displayName()); empty shows the remembered one.
    explicit SettingsDialog(const QString& openDatabase, QWidget* parent = nullptr);

    // The message under the names; empty when they are acceptable.
    QString problemText() const;

    // Writes the settings that changed, then closes.
    void accept() override;

private:
    void load(const QString& openDatabase);
    void validate();
    void save();

    QComboBox* m_language = nullptr;
    QComboBox* m_fontScale = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_office = nullptr;
    QLineEdit* m_terminal = nullptr;
    QLineEdit* m_counter = nullptr;
    QLabel* m_problem = nullptr;
    QComboBox* m_printer = nullptr;
    QSpinBox* m_idleLock = nullptr;
    QLineEdit* m_hall = nullptr;
    QSpinBox* m_syncMinutes = nullptr;
    QDialogButtonBox* m_buttons = nullptr;

    // What load() showed, so that save() writes only what was changed (an
    // untouched default stays a default).
    QString m_shownLanguage;
    int m_shownFontScale = 0;
    QString m_shownOffice;
    QString m_shownCounter;
    QString m_shownTerminal;
    QString m_shownPrinter;
    int m_shownIdleLock = 0;
    QString m_shownHall;
    int m_shownSyncMinutes = 0;
};

} // namespace madoguchi::ui
