#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

namespace madoguchi::ui {

// The desk's own settings, in one file: ~/.config/madoguchi/madoguchi.conf on
// Linux (XDG_CONFIG_HOME is honoured). Keys:
//   ui/language        "ja" (the default) or "en", applied at start
//   database/location  an SQLite file or a postgresql:// URL (no password:
//                      secrets never sit in a file)
//   session/idleLockMinutes  minutes without input before the desk locks
//                      (default 5; 0 never locks)
//   session/terminal   the terminal name logins and the audit record
//                      (default: the machine's host name)
class DeskSettings {
public:
    DeskSettings();

    static QStringList supportedLanguages(); // "ja", "en"
    static bool isSupportedLanguage(const QString& language);

    // The stored language; empty when none or not a supported one.
    QString language() const;
    void setLanguage(const QString& language);

    // The stored database location; empty when none.
    QString databaseLocation() const;
    // Remembers `location` for the next start. A URL that carries a password
    // is not written (returns false): the password belongs in the keychain.
    bool setDatabaseLocation(const QString& location);

    // The database used when neither --db nor the setting names one:
    // AppDataLocation/madoguchi.sqlite (~/.local/share/madoguchi/ on Linux).
    static QString defaultDatabaseFile();
    // --db aside: the setting, else defaultDatabaseFile().
    QString effectiveDatabaseLocation() const;

    static constexpr int kDefaultIdleLockMinutes = 5;
    // The stored idle lock, else kDefaultIdleLockMinutes; never negative.
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);

    // The stored terminal name, else QSysInfo::machineHostName().
    QString terminalName() const;

    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

} // namespace madoguchi::ui
