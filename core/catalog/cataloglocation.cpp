#include "catalog/cataloglocation.h"

#include "catalog/catalogloader.h"

#include <QSettings>

namespace madoguchi::catalog {

CatalogLocation locateCatalog(const QString& option)
{
    if (!option.isEmpty())
        return {option, CatalogLocation::Origin::Option};
    const QString fromEnvironment = qEnvironmentVariable(kCatalogEnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment, CatalogLocation::Origin::Environment};
    // The desk's settings file (ui/desksettings.h): organisation and
    // application are both "madoguchi".
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope,
        QStringLiteral("madoguchi"), QStringLiteral("madoguchi"));
    const QString fromSetting
        = settings.value(QString::fromLatin1(kCatalogSettingKey)).toString().trimmed();
    if (!fromSetting.isEmpty())
        return {fromSetting, CatalogLocation::Origin::Setting};
    return {QString::fromLatin1(kBuiltInCatalog), CatalogLocation::Origin::BuiltIn};
}

QString originName(CatalogLocation::Origin origin)
{
    switch (origin) {
    case CatalogLocation::Origin::Option:
        return QStringLiteral("command line");
    case CatalogLocation::Origin::Environment:
        return QString::fromLatin1(kCatalogEnvironmentVariable);
    case CatalogLocation::Origin::Setting:
        return QStringLiteral("setting ") + QString::fromLatin1(kCatalogSettingKey);
    case CatalogLocation::Origin::BuiltIn:
        break;
    }
    return QStringLiteral("built-in");
}

} // namespace madoguchi::catalog
