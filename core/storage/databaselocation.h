#pragma once

#include "common/result.h"

#include <QMap>
#include <QString>

namespace madoguchi::storage {

enum class Engine { Sqlite, PostgreSql };

// Where the database is, from the one setting that chooses it
// (ARCHITECTURE.md): a file path means SQLite, a postgresql:// URL means
// PostgreSQL. Parsing never touches the network or the disk.
struct DatabaseLocation {
    Engine engine = Engine::Sqlite;
    QString sqlitePath; // absolute, for SQLite
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString password; // from the URL (discouraged); else the keychain (databasepassword.h)
    QString databaseName;
    QMap<QString, QString> options; // URL query: sslmode, connect_timeout …

    // Safe to show and log: the path, or the URL without the password.
    QString displayName() const;
};

// Accepts a path (relative paths are made absolute against the current
// directory), `file:` paths, or postgresql:// / postgres:// URLs
// (user:password@host:port/dbname?option=value, percent-encoded).
Result<DatabaseLocation> parseDatabaseLocation(const QString& text);

} // namespace madoguchi::storage
