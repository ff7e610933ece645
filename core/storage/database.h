#pragma once

#include "common/result.h"
#include "storage/databaselocation.h"

#include <QSqlDatabase>
#include <memory>

namespace madoguchi::storage {

class SecretStore;

struct OpenOptions {
    // Create an SQLite file (and its folder) that does not exist yet.
    bool create = true;
    // Bring the schema up to this binary's version (the desk and the CLI do;
    // a read-only inspection may not).
    bool migrate = true;
    // Where a PostgreSQL password missing from the URL is looked up
    // (databasepassword.h); null means the OS keychain, read on the main
    // thread (databasesecretstore.h). Unit tests give a fake. Never consulted
    // for SQLite.
    SecretStore* secrets = nullptr;
};

// One open database: SQLite or PostgreSQL, with the project's policy applied
// (sqlitepolicy.h) and the schema migrated (migrator.h). It owns one named
// Qt SQL connection, usable from the thread that opened it only; another
// thread opens its own Database (STYLE.md: one connection per thread).
class Database {
public:
    // `location` is a file path or a postgresql:// URL.
    static Result<std::unique_ptr<Database>> open(
        const QString& location, const OpenOptions& options = {});
    static Result<std::unique_ptr<Database>> open(
        const DatabaseLocation& location, const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_db; }
    Engine engine() const { return m_location.engine; }
    const DatabaseLocation& location() const { return m_location; }
    // The schema version now in the database.
    int schemaVersion() const;

private:
    Database(DatabaseLocation location, QSqlDatabase db, QString connectionName);

    DatabaseLocation m_location;
    QSqlDatabase m_db;
    QString m_connectionName;
};

} // namespace madoguchi::storage
