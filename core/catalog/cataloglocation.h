#pragma once

#include <QString>

namespace madoguchi::catalog {

// Where the catalog comes from and what said so.
struct CatalogLocation {
    QString directory;
    enum class Origin { Option, Environment, Setting, BuiltIn } origin = Origin::BuiltIn;
};

// The environment variable and the setting (in ~/.config/madoguchi/madoguchi.conf,
// the desk's settings file) that name a catalog folder.
inline constexpr auto kCatalogEnvironmentVariable = "MADOGUCHI_CATALOG";
inline constexpr auto kCatalogSettingKey = "catalog/directory";

// The lookup order (docs/catalog.md): `option` (a --catalog argument) when
// not empty, else $MADOGUCHI_CATALOG when set and not empty, else the
// setting catalog/directory, else the built-in catalog (":/catalog").
CatalogLocation locateCatalog(const QString& option);

// "command line", "MADOGUCHI_CATALOG", "setting catalog/directory", "built-in".
QString originName(CatalogLocation::Origin origin);

} // namespace madoguchi::catalog
