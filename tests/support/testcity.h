#pragma once

#include "catalog/catalogmodel.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "security/login.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QDate>
#include <QString>
#include <gtest/gtest.h>
#include <memory>

// What many core tests start from: a small demo city, the built-in catalog
// and someone at a desk.
namespace madoguchi::testing {

// A demo city of `residents` people (seed 5, as of `asOf`) written into
// `db`; fails the test on error (wrap the call in ASSERT_NO_FATAL_FAILURE).
void seedTestCity(storage::Database& db, QDate asOf, int residents = 300);

// The catalog built into the program; fails the test when it does not load.
std::shared_ptr<const catalog::Catalog> builtInCatalog();

// What the visit tests set up first: opens `testDb` into `db`, seeds the
// test city into it as of `asOf`, loads the built-in catalog and opens the
// audit log. Fails the test on error (wrap the call in
// ASSERT_NO_FATAL_FAILURE).
void openTestCity(TestDatabase& testDb, QDate asOf, std::unique_ptr<storage::Database>& db,
    std::shared_ptr<const catalog::Catalog>& catalogue, std::unique_ptr<security::AuditLog>& audit);

// `staffId` logged in now at desk-1 of 本庁.
security::Session deskSession(const QString& staffId, security::Role role);

// A test on each engine (TEST_P, kBothEngines) that starts from the test
// city as of `asOf` (openTestCity) with the clerk k.sato at a desk.
class ClerkInTestCity : public ::testing::TestWithParam<storage::Engine> {
protected:
    explicit ClerkInTestCity(QDate asOf)
        : m_asOf(asOf)
    { }
    void SetUp() override;

    TestDatabase testDb{GetParam()};
    std::unique_ptr<storage::Database> db;
    std::shared_ptr<const catalog::Catalog> catalogue;
    std::unique_ptr<security::AuditLog> audit;
    std::unique_ptr<security::AccessControl> access;

private:
    QDate m_asOf;
};

} // namespace madoguchi::testing
