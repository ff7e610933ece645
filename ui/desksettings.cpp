#include "desksettings.h"

#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>
#include <algorithm>

namespace madoguchi::ui {
namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kDatabaseKey = QStringLiteral("database/location");
const QString kIdleLockKey = QStringLiteral("session/idleLockMinutes");
const QString kTerminalKey = QStringLiteral("session/terminal");
const QString kOfficeKey = QStringLiteral("session/office");
const QString kCounterKey = QStringLiteral("session/counter");
const QString kPrinterKey = QStringLiteral("print/printer");
const QString kFontScaleKey = QStringLiteral("ui/fontScale");
const QString kHallKey = QStringLiteral("branch/hall");
const QString kSyncMinutesKey = QStringLiteral("branch/syncMinutes");

// Writes `value`, or removes `key` when it is empty: an absent key means the
// default.
void storeOrRemove(QSettings& settings, const QString& key, const QString& value)
{
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value);
    settings.sync();
}

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

void DeskSettings::setTerminalName(const QString& name)
{
    const QString trimmed = name.trimmed();
    storeOrRemove(
        m_settings, kTerminalKey, trimmed == QSysInfo::machineHostName() ? QString() : trimmed);
}

QString DeskSettings::counter() const
{
    return m_settings.value(kCounterKey).toString().trimmed();
}

void DeskSettings::setCounter(const QString& counter)
{
    storeOrRemove(m_settings, kCounterKey, counter.trimmed());
}

QString DeskSettings::office() const
{
    return m_settings.value(kOfficeKey).toString().trimmed();
}

void DeskSettings::setOffice(const QString& office)
{
    storeOrRemove(m_settings, kOfficeKey, office.trimmed());
}

QString DeskSettings::printerName() const
{
    return m_settings.value(kPrinterKey).toString().trimmed();
}

void DeskSettings::setPrinterName(const QString& printer)
{
    storeOrRemove(m_settings, kPrinterKey, printer.trimmed());
}

namespace {

int boundedScale(int percent)
{
    const int clamped
        = std::clamp(percent, DeskSettings::kMinFontScale, DeskSettings::kMaxFontScale);
    return clamped - clamped % DeskSettings::kFontScaleStep;
}

} // namespace

int DeskSettings::fontScale() const
{
    bool ok = false;
    const int percent = m_settings.value(kFontScaleKey).toInt(&ok);
    return ok ? boundedScale(percent) : kMinFontScale;
}

void DeskSettings::setFontScale(int percent)
{
    m_settings.setValue(kFontScaleKey, boundedScale(percent));
    m_settings.sync();
}

QString DeskSettings::hallUrl() const
{
    return m_settings.value(kHallKey).toString().trimmed();
}

bool DeskSettings::setHallUrl(const QString& url)
{
    if (!hallUrlProblem(url).isEmpty())
        return false;
    storeOrRemove(m_settings, kHallKey, url.trimmed());
    return true;
}

QString DeskSettings::hallUrlProblem(const QString& url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return {};
    const auto parsed = storage::parseDatabaseLocation(trimmed);
    if (!parsed || parsed->engine != storage::Engine::PostgreSql)
        return QCoreApplication::translate(
            "DeskSettings", "The hall is a postgresql://user@host:port/dbname URL.");
    // The password belongs in the keychain, never in a settings file.
    if (!parsed->password.isEmpty())
        return QCoreApplication::translate("DeskSettings",
            "No password in the URL: put it in the keychain (madoguchi-cli secret set).");
    return {};
}

int DeskSettings::syncMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kSyncMinutesKey).toInt(&ok);
    return ok ? std::clamp(minutes, 0, kMaxSyncMinutes) : kDefaultSyncMinutes;
}

void DeskSettings::setSyncMinutes(int minutes)
{
    m_settings.setValue(kSyncMinutesKey, std::clamp(minutes, 0, kMaxSyncMinutes));
    m_settings.sync();
}

QString DeskSettings::nameProblem(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.toUcs4().size() > kMaxNameLength)
        return QCoreApplication::translate(
            "DeskSettings", "At most %n characters.", nullptr, kMaxNameLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return QCoreApplication::translate(
                "DeskSettings", "No control characters (tabs, line breaks and the like).");
    }
    return {};
}

} // namespace madoguchi::ui
