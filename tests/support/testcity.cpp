#include "support/testcity.h"

#include "catalog/catalogloader.h"
#include "demo/democity.h"

#include <QDateTime>
#include <gtest/gtest.h>

namespace madoguchi::testing {

void seedTestCity(storage::Database& db, QDate asOf, int residents)
{
    demo::DemoOptions options;
    options.residents = residents;
    options.seed = 5;
    options.asOf = asOf;
    auto seeded = demo::seedDemoCity(db, options);
    ASSERT_TRUE(seeded) << seeded.error().message.toStdString();
}

std::shared_ptr<const catalog::Catalog> builtInCatalog()
{
    const catalog::CatalogLoad load
        = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
    EXPECT_TRUE(load.ok()) << "the built-in catalog does not load";
    return load.catalog;
}

void openTestCity(TestDatabase& testDb, QDate asOf, std::unique_ptr<storage::Database>& db,
    std::shared_ptr<const catalog::Catalog>& catalogue, std::unique_ptr<security::AuditLog>& audit)
{
    db = testDb.open();
    ASSERT_TRUE(db);
    ASSERT_NO_FATAL_FAILURE(seedTestCity(*db, asOf));
    catalogue = builtInCatalog();
    ASSERT_TRUE(catalogue);
    audit = std::make_unique<security::AuditLog>(*db);
}

security::Session deskSession(const QString& staffId, security::Role role)
{
    return security::Session{staffId, role, QStringLiteral("本庁"), QStringLiteral("desk-1"),
        QDateTime::currentDateTimeUtc()};
}

void ClerkInTestCity::SetUp()
{
    ASSERT_NO_FATAL_FAILURE(openTestCity(testDb, m_asOf, db, catalogue, audit));
    access = std::make_unique<security::AccessControl>(
        deskSession(QStringLiteral("k.sato"), security::Role::Clerk), *audit);
}

} // namespace madoguchi::testing
