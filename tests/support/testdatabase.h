#pragma once

#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace madoguchi::testing {

// A fresh, empty database for one test, on either engine, removed afterwards.
// SQLite: a file in a temporary folder. PostgreSQL: a new database on the
// server named by MADOGUCHI_TEST_PG_URL (scripts/test starts one and sets
// it); without that variable a PostgreSQL test fails and says so — it is
// never skipped.
class TestDatabase {
public:
    explicit TestDatabase(storage::Engine engine);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // Empty when the database could not be created; error() says why.
    const QString& location() const { return m_location; }
    const QString& error() const { return m_error; }

    // Opens (and by default migrates) the database; fails the test on error.
    std::unique_ptr<storage::Database> open(const storage::OpenOptions& options = {}) const;

private:
    storage::Engine m_engine;
    QTemporaryDir m_dir;
    QString m_location;
    QString m_pgName;
    QString m_error;
};

QString engineName(storage::Engine engine);

// Names engine-parameterised tests ".../Sqlite" and ".../PostgreSql":
// INSTANTIATE_TEST_SUITE_P(Engines, X, kBothEngines, EngineParamName());
struct EngineParamName {
    std::string operator()(const ::testing::TestParamInfo<storage::Engine>& info) const
    {
        return engineName(info.param).toStdString();
    }
};
inline const auto kBothEngines
    = ::testing::Values(storage::Engine::Sqlite, storage::Engine::PostgreSql);

} // namespace madoguchi::testing
