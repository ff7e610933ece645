#include "support/testdatabase.h"

#include "storage/sqlerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <gtest/gtest.h>

namespace madoguchi::testing {
namespace {

QString adminUrl()
{
    return qEnvironmentVariable("MADOGUCHI_TEST_PG_URL");
}

// Runs one statement on the server's maintenance database.
QString runAdminStatement(const QString& statement)
{
    auto admin = storage::Database::open(adminUrl(), {.create = false, .migrate = false});
    if (!admin)
        return admin.error().message;
    QSqlQuery query(admin.value()->sql());
    if (!query.exec(statement))
        return storage::sqlError(statement, query).message;
    return {};
}

} // namespace

QString engineName(storage::Engine engine)
{
    return engine == storage::Engine::Sqlite ? QStringLiteral("Sqlite")
                                             : QStringLiteral("PostgreSql");
}

TestDatabase::TestDatabase(storage::Engine engine)
    : m_engine(engine)
{
    if (engine == storage::Engine::Sqlite) {
        m_location = m_dir.filePath(QStringLiteral("test.sqlite"));
        return;
    }
    if (adminUrl().isEmpty()) {
        m_error
            = QStringLiteral("MADOGUCHI_TEST_PG_URL is not set: run the tests with scripts/test, "
                             "which starts a PostgreSQL server for them");
        return;
    }
    m_pgName
        = QStringLiteral("madoguchi_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    m_error
        = runAdminStatement(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                           "LC_COLLATE 'C' LC_CTYPE 'C'")
                                .arg(m_pgName));
    if (!m_error.isEmpty())
        return;
    QUrl url(adminUrl());
    url.setPath(QLatin1Char('/') + m_pgName);
    m_location = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (!m_pgName.isEmpty() && m_error.isEmpty())
        runAdminStatement(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
}

std::unique_ptr<storage::Database> TestDatabase::open(const storage::OpenOptions& options) const
{
    if (!m_error.isEmpty()) {
        ADD_FAILURE() << m_error.toStdString();
        return nullptr;
    }
    auto db = storage::Database::open(m_location, options);
    if (!db) {
        ADD_FAILURE() << "opening " << m_location.toStdString() << ": "
                      << db.error().message.toStdString();
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace madoguchi::testing
