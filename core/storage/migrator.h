#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace madoguchi::storage {

class Database;

// One schema step: `NNNN_name.sql` in core/storage/migrations, embedded as a
// resource. A step may have engine-specific variants `NNNN_name.sqlite.sql`
// and `NNNN_name.postgresql.sql`, used instead of the common file.
struct Migration {
    int version = 0;
    QString name;
    QString sql; // for the engine at hand, placeholders already replaced
};

// Versioned, transactional migrations (STYLE.md). Each step runs in its own
// transaction together with its row in schema_version, so a failed step
// leaves the database exactly at the previous version. Before an SQLite file
// already in use is migrated, its integrity is checked in full and a backup
// is written beside it (`FILE.before-vN.bak`). On PostgreSQL an advisory lock
// serialises counters that start at the same moment.
class Migrator {
public:
    // `directory` holds the migration files; the embedded ones by default
    // (tests point it at a folder of their own).
    explicit Migrator(Database& database, QString directory = builtInDirectory());

    static QString builtInDirectory();
    // The steps in the directory, in order, for this database's engine.
    Result<QList<Migration>> migrations() const;
    int latestVersion() const;
    static int currentVersion(QSqlDatabase& db);

    // Refuses a database written by a newer Madoguchi.
    Status checkNotNewer() const;
    Status migrate();

    // Splits a migration file into statements: they end with ';' at the end
    // of a line; '--' comment lines are dropped. Exposed for the tests.
    static QStringList splitStatements(const QString& sql);

private:
    Status ensureVersionTable();
    Status lockAgainstOtherMigrators();
    Status apply(const Migration& migration);
    Status backupBefore(int version);

    Database& m_database;
    QString m_directory;
};

} // namespace madoguchi::storage
