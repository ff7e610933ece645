#include "dbcommands.h"

#include "databaseoption.h"
#include "output.h"
#include "registry/searchindex.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlitepolicy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

namespace madoguchi::cli {
namespace {

QString engineName(storage::Engine engine)
{
    return engine == storage::Engine::Sqlite ? QStringLiteral("sqlite")
                                             : QStringLiteral("postgresql");
}

bool requireDb(const QCommandLineParser& parser, Output& out)
{
    if (parser.isSet(QStringLiteral("db")))
        return true;
    out.error(QCoreApplication::translate("DbCommands", "--db LOCATION is required"));
    return false;
}

} // namespace

QString DbInfoCommand::summary() const
{
    return QCoreApplication::translate("DbCommands", "Show a database's engine and schema version");
}

void DbInfoCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
}

int DbInfoCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!requireDb(parser, out))
        return ExitUsage;
    auto db = storage::Database::open(
        parser.value(QStringLiteral("db")), {.create = false, .migrate = false});
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }
    storage::Database& database = *db.value();
    const int current = database.schemaVersion();
    const int latest = storage::Migrator(database).latestVersion();
    out.result(QJsonObject{{QStringLiteral("location"), database.location().displayName()},
        {QStringLiteral("engine"), engineName(database.engine())},
        {QStringLiteral("schema_version"), current},
        {QStringLiteral("binary_schema_version"), latest},
        {QStringLiteral("pending_migrations"), latest - current}});
    out.line(QCoreApplication::translate("DbCommands", "Database:        %1")
                 .arg(database.location().displayName()));
    out.line(QCoreApplication::translate("DbCommands", "Engine:          %1")
                 .arg(engineName(database.engine())));
    out.line(QCoreApplication::translate("DbCommands", "Schema version:  %1 (this Madoguchi: %2)")
                 .arg(current)
                 .arg(latest));
    if (current < latest)
        out.line(QCoreApplication::translate("DbCommands",
            "%n migration(s) pending; run 'madoguchi-cli db migrate'.", nullptr, latest - current));
    return ExitOk;
}

QString DbCheckCommand::summary() const
{
    return QCoreApplication::translate(
        "DbCommands", "Check that an SQLite database file is not damaged");
}

void DbCheckCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("full"),
        QCoreApplication::translate(
            "DbCommands", "Also check every index against its table (integrity_check; slower).")});
}

int DbCheckCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!requireDb(parser, out))
        return ExitUsage;
    auto db = storage::Database::open(
        parser.value(QStringLiteral("db")), {.create = false, .migrate = false});
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }
    storage::Database& database = *db.value();
    if (database.engine() != storage::Engine::Sqlite) {
        out.error(QCoreApplication::translate("DbCommands",
            "%1 is a PostgreSQL database: the server checks its own pages (use pg_amcheck)")
                      .arg(database.location().displayName()));
        return ExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    const bool full = parser.isSet(QStringLiteral("full"));
    const Status checked = storage::checkSqliteIntegrity(database.sql(), full);
    out.result(QJsonObject{{QStringLiteral("location"), database.location().displayName()},
        {QStringLiteral("check"),
            full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check")},
        {QStringLiteral("ok"), bool(checked)},
        {QStringLiteral("problem"), checked ? QJsonValue() : QJsonValue(checked.error().message)},
        {QStringLiteral("elapsed_ms"), timer.elapsed()}});
    if (!checked) {
        out.error(checked.error().message);
        return ExitFailure;
    }
    out.line(QCoreApplication::translate("DbCommands", "%1: no damage found (%2, %3 ms).")
                 .arg(database.location().displayName(),
                     full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check"))
                 .arg(timer.elapsed()));
    return ExitOk;
}

QString DbMigrateCommand::summary() const
{
    return QCoreApplication::translate(
        "DbCommands", "Create a database or bring its schema up to date");
}

void DbMigrateCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
}

int DbMigrateCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!requireDb(parser, out))
        return ExitUsage;
    auto db = storage::Database::open(parser.value(QStringLiteral("db")));
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }
    const int version = db.value()->schemaVersion();
    out.result(QJsonObject{{QStringLiteral("location"), db.value()->location().displayName()},
        {QStringLiteral("schema_version"), version}});
    out.line(QCoreApplication::translate("DbCommands", "%1 is at schema version %2.")
                 .arg(db.value()->location().displayName())
                 .arg(version));
    return ExitOk;
}

QString DbReindexCommand::summary() const
{
    return QCoreApplication::translate("DbCommands", "Rebuild the search index from the register");
}

void DbReindexCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
}

int DbReindexCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!requireDb(parser, out))
        return ExitUsage;
    auto db = storage::Database::open(parser.value(QStringLiteral("db")), {.create = false});
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    const Status rebuilt
        = registry::rebuildSearchIndex(*db.value(), [&](qint64 done, qint64 total) {
              out.progress(QCoreApplication::translate("DbCommands", "Indexing: %1 of %2 residents")
                               .arg(done)
                               .arg(total));
          });
    if (!rebuilt) {
        out.error(rebuilt.error().message);
        return ExitFailure;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    out.result(QJsonObject{{QStringLiteral("location"), db.value()->location().displayName()},
        {QStringLiteral("seconds"), seconds}});
    out.line(QCoreApplication::translate("DbCommands", "The search index of %1 is rebuilt (%2 s).")
                 .arg(db.value()->location().displayName())
                 .arg(seconds, 0, 'f', 1));
    return ExitOk;
}

} // namespace madoguchi::cli
