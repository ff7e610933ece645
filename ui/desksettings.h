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
//   session/office     the office this desk stands in (empty: the office of
//                      the staff account that logs in)
//   print/printer      the printer the forms go to (empty: the system default)
//   ui/fontScale       text size in percent, 100–200 in steps of 10, applied
//                      at start (fonts.h)
//   branch/hall        a branch replica's hall: a postgresql:// URL without
//                      password (empty: the hall the replica last synced with)
//   branch/syncMinutes minutes between background syncs (default 5; 0: only
//                      on demand)
// The Settings dialog (settingsdialog.h) edits all but database/location.
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
    // Stores `name` (trimmed); empty or the host name itself removes the key,
    // so the default follows the machine.
    void setTerminalName(const QString& name);

    // The counter this desk is (queue: the tickets it calls, docs/queue.md);
    // empty when none is set.
    QString counter() const;
    void setCounter(const QString& counter);
    // The stored office; empty when none (the staff account's office counts).
    QString office() const;
    // Stores `office` (trimmed); empty removes the key.
    void setOffice(const QString& office);

    // The stored printer name; empty means the system default.
    QString printerName() const;
    void setPrinterName(const QString& printer);

    static constexpr int kMinFontScale = 100;
    static constexpr int kMaxFontScale = 200;
    static constexpr int kFontScaleStep = 10;
    // The stored text size in percent, kept within 100–200 and on a step of
    // 10; 100 when none.
    int fontScale() const;
    void setFontScale(int percent);

    // A branch replica's hall (empty: none set). A URL that is not a
    // postgresql:// URL, or carries a password, is not written (false).
    QString hallUrl() const;
    bool setHallUrl(const QString& url);
    // Empty when `url` may be the hall (empty too), else why not (translated).
    static QString hallUrlProblem(const QString& url);

    static constexpr int kDefaultSyncMinutes = 5;
    static constexpr int kMaxSyncMinutes = 120;
    // The stored sync interval, else kDefaultSyncMinutes; 0–120.
    int syncMinutes() const;
    void setSyncMinutes(int minutes);

    // What a terminal or office name may be: at most kMaxNameLength
    // characters once trimmed and no control characters. Empty when
    // acceptable, else why not (translated).
    static constexpr int kMaxNameLength = 64;
    static QString nameProblem(const QString& name);

    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

} // namespace madoguchi::ui
