#include "storage/database.h"

#include "storage/databasepassword.h"
#include "storage/deferredindexes.h"
#include "storage/databasesecretstore.h"
#include "storage/migrator.h"
#include "storage/sqlerror.h"
#include "storage/sqlitepolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

namespace madoguchi::storage {
namespace {

QString newConnectionName()
{
    return QStringLiteral("madoguchi-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<QSqlDatabase> connectSqlite(
    const DatabaseLocation& location, const OpenOptions& options, const QString& name)
{
    const QFileInfo file(location.sqlitePath);
    if (!file.exists()) {
        if (!options.create)
            return Error{
                QCoreApplication::translate("Database", "the database file %1 does not exist")
                    .arg(location.sqlitePath)};
        if (!QDir().mkpath(file.absolutePath()))
            return Error{QCoreApplication::translate(
                "Database", "cannot create the folder %1 for the database")
                             .arg(file.absolutePath())};
    } else if (file.isDir()) {
        return Error{QCoreApplication::translate("Database", "%1 is a folder, not a database file")
                         .arg(location.sqlitePath)};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(location.sqlitePath);
    db.setConnectOptions(sqliteConnectOptions());
    if (!db.open())
        return sqlError(
            QCoreApplication::translate("Database", "opening %1").arg(location.sqlitePath),
            db.lastError());
    if (Status policy = applySqlitePolicy(db); !policy)
        return Error{QCoreApplication::translate("Database", "%1: %2")
                         .arg(location.sqlitePath, policy.error().message)};
    return db;
}

Result<QSqlDatabase> connectPostgres(
    const DatabaseLocation& location, const OpenOptions& openOptions, const QString& name)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{QCoreApplication::translate("Database",
            "the PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql)")};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setUserName(location.user);
    const DatabasePassword password = resolveDatabasePassword(
        location, openOptions.secrets ? *openOptions.secrets : databaseSecretStore());
    db.setPassword(password.password);
    db.setDatabaseName(location.databaseName);
    QStringList connectOptions;
    QMap<QString, QString> options = location.options;
    if (!options.contains(QStringLiteral("connect_timeout")))
        options.insert(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        connectOptions << it.key() + QLatin1Char('=') + it.value();
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!db.open()) {
        Error error = sqlError(
            QCoreApplication::translate("Database", "connecting to %1").arg(location.displayName()),
            db.lastError());
        if (const QString hint = passwordHint(password); !hint.isEmpty())
            error.message += QLatin1String("; ") + hint;
        return error;
    }
    // Dates and text compare the same way on every server.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SET client_encoding TO 'UTF8'")))
        return sqlError(
            QCoreApplication::translate("Database", "setting the client encoding"), query);
    return db;
}

} // namespace

Database::Database(DatabaseLocation location, QSqlDatabase db, QString connectionName)
    : m_location(std::move(location))
    , m_db(std::move(db))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(
    const QString& location, const OpenOptions& options)
{
    Result<DatabaseLocation> parsed = parseDatabaseLocation(location);
    if (!parsed)
        return parsed.error();
    return open(parsed.value(), options);
}

Result<std::unique_ptr<Database>> Database::open(
    const DatabaseLocation& location, const OpenOptions& options)
{
    const QString name = newConnectionName();
    Result<QSqlDatabase> connected = location.engine == Engine::Sqlite
        ? connectSqlite(location, options, name)
        : connectPostgres(location, options, name);
    if (!connected) {
        QSqlDatabase::removeDatabase(name);
        return connected.error();
    }
    std::unique_ptr<Database> database(new Database(location, connected.value(), name));
    connected = Error{}; // drop our copy of the handle: the Database owns the connection now

    Migrator migrator(*database);
    if (Status fits = migrator.checkNotNewer(); !fits)
        return fits.error();
    if (options.migrate) {
        if (Status migrated = migrator.migrate(); !migrated)
            return migrated.error();
        // A bulk load that stopped half-way (deferredindexes.h).
        if (Status restored = restoreIndexes(*database); !restored)
            return restored.error();
    }
    return database;
}

int Database::schemaVersion() const
{
    return Migrator::currentVersion(const_cast<QSqlDatabase&>(m_db));
}

} // namespace madoguchi::storage
