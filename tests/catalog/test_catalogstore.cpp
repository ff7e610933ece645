// A running desk never swaps a good catalog for a broken one; where the
// catalog is looked up.
#include "catalog/cataloglocation.h"
#include "catalog/catalogstore.h"
#include "catalogtest.h"

#include <QSettings>

using namespace madoguchi;
using namespace madoguchi::catalogtest;

TEST(CatalogStore, KeepsTheGoodCatalogWhenAReloadFindsProblems)
{
    TempCatalog cat;
    catalog::CatalogStore store(cat.path());
    EXPECT_EQ(store.current(), nullptr);
    ASSERT_TRUE(store.reload().ok());
    const auto good = store.current();
    ASSERT_NE(good, nullptr);
    EXPECT_EQ(good->procedures.size(), 2);

    // A half-edited folder: the reload reports it and the desk keeps working.
    cat.write(QStringLiteral("procedures/c.json"), "{\"id\": ");
    const catalog::CatalogLoad broken = store.reload();
    EXPECT_FALSE(broken.ok());
    ASSERT_EQ(broken.problems.size(), 1);
    EXPECT_EQ(broken.problems.at(0).file, QStringLiteral("procedures/c.json"));
    EXPECT_EQ(store.current(), good);

    // Fixed: the next reload takes it.
    QJsonObject c = TempCatalog::object(kTodoke);
    c.insert(QStringLiteral("id"), QStringLiteral("c.new"));
    cat.write(QStringLiteral("procedures/c.json"), c);
    ASSERT_TRUE(store.reload().ok());
    EXPECT_NE(store.current(), good);
    EXPECT_EQ(store.current()->procedures.size(), 3);
    EXPECT_EQ(good->procedures.size(), 2); // whoever still holds the old one keeps it whole
}

TEST(CatalogStore, TheLookupOrderIsOptionEnvironmentSettingBuiltIn)
{
    QTemporaryDir config;
    ASSERT_TRUE(config.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    const QByteArray saved = qgetenv(catalog::kCatalogEnvironmentVariable);
    qunsetenv(catalog::kCatalogEnvironmentVariable);

    EXPECT_EQ(catalog::locateCatalog(QString()).directory, QStringLiteral(":/catalog"));
    EXPECT_EQ(catalog::locateCatalog(QString()).origin, catalog::CatalogLocation::Origin::BuiltIn);
    {
        QSettings settings(QSettings::NativeFormat, QSettings::UserScope,
            QStringLiteral("madoguchi"), QStringLiteral("madoguchi"));
        settings.setValue(
            QString::fromLatin1(catalog::kCatalogSettingKey), QStringLiteral("/srv/city-catalog"));
    }
    EXPECT_EQ(catalog::locateCatalog(QString()).directory, QStringLiteral("/srv/city-catalog"));
    EXPECT_EQ(catalog::locateCatalog(QString()).origin, catalog::CatalogLocation::Origin::Setting);
    qputenv(catalog::kCatalogEnvironmentVariable, "/tmp/env-catalog");
    EXPECT_EQ(catalog::locateCatalog(QString()).directory, QStringLiteral("/tmp/env-catalog"));
    EXPECT_EQ(catalog::originName(catalog::locateCatalog(QString()).origin),
        QStringLiteral("MADOGUCHI_CATALOG"));
    EXPECT_EQ(catalog::locateCatalog(QStringLiteral("/opt/given")).directory,
        QStringLiteral("/opt/given"));
    EXPECT_EQ(catalog::locateCatalog(QStringLiteral("/opt/given")).origin,
        catalog::CatalogLocation::Origin::Option);

    if (saved.isNull())
        qunsetenv(catalog::kCatalogEnvironmentVariable);
    else
        qputenv(catalog::kCatalogEnvironmentVariable, saved);
}
