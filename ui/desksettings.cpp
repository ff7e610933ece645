#include "desksettings.h"

#include "storage/databaselocation.h"

#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>

namespace madoguchi::ui {
namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kDatabaseKey = QStringLiteral("database/location");
const QString kIdleLockKey = QStringLiteral("session/idleLockMinutes");
const QString kTerminalKey = QStringLiteral("session/terminal");

} // namespace

// Organisation and application are both "madoguchi": the file lands in
// ~/.config/madoguchi/, next to nothing else's.
DeskSettings::DeskSettings()
    : m_settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("madoguchi"),
        QStringLiteral("madoguchi"))
{ }

QStringList DeskSettings::supportedLanguages()
{
    return {QStringLiteral("ja"), QStringLiteral("en")};
}

bool DeskSettings::isSupportedLanguage(const QString& language)
{
    return supportedLanguages().contains(language);
}

QString DeskSettings::language() const
{
    const QString stored = m_settings.value(kLanguageKey).toString().trimmed().toLower();
    return isSupportedLanguage(stored) ? stored : QString();
}

void DeskSettings::setLanguage(const QString& language)
{
    m_settings.setValue(kLanguageKey, language);
    m_settings.sync();
}

QString DeskSettings::databaseLocation() const
{
    return m_settings.value(kDatabaseKey).toString().trimmed();
}

bool DeskSettings::setDatabaseLocation(const QString& location)
{
    const auto parsed = storage::parseDatabaseLocation(location);
    if (!parsed || !parsed->password.isEmpty())
        return false;
    m_settings.setValue(kDatabaseKey, location.trimmed());
    m_settings.sync();
    return true;
}

QString DeskSettings::defaultDatabaseFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("madoguchi.sqlite"));
}

QString DeskSettings::effectiveDatabaseLocation() const
{
    const QString stored = databaseLocation();
    return stored.isEmpty() ? defaultDatabaseFile() : stored;
}

int DeskSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kIdleLockKey).toInt(&ok);
    return ok && minutes >= 0 ? minutes : kDefaultIdleLockMinutes;
}

void DeskSettings::setIdleLockMinutes(int minutes)
{
    m_settings.setValue(kIdleLockKey, std::max(0, minutes));
    m_settings.sync();
}

QString DeskSettings::terminalName() const
{
    const QString stored = m_settings.value(kTerminalKey).toString().trimmed();
    return stored.isEmpty() ? QSysInfo::machineHostName() : stored;
}

} // namespace madoguchi::ui
