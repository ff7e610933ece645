#include "storage/sqlitepolicy.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::storage {
namespace {

constexpr int kBusyTimeoutMs = 5000;

Result<QString> pragma(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return sqlError(statement, query);
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

QString sqliteConnectOptions()
{
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
}

Status applySqlitePolicy(QSqlDatabase& db)
{
    if (Result<QString> r = pragma(db, QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return r.error();
    if (Result<QString> r
        = pragma(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
        !r)
        return r.error();
    Result<QString> journal = pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!journal)
        return journal.error();
    if (journal.value().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error{QCoreApplication::translate("SqlitePolicy",
            "the file system does not allow WAL journaling (journal mode is '%1'); "
            "put the database on a local disk")
                         .arg(journal.value())};
    if (Result<QString> r = pragma(db, QStringLiteral("PRAGMA synchronous = NORMAL")); !r)
        return r.error();
    Result<QString> foreignKeys = pragma(db, QStringLiteral("PRAGMA foreign_keys"));
    if (!foreignKeys || foreignKeys.value() != QLatin1String("1"))
        return Error{
            QCoreApplication::translate("SqlitePolicy", "foreign keys could not be switched on")};
    // The header is read (a file that is not a database is refused here,
    // before anything is written), not every page: PRAGMA quick_check reads
    // the whole file, 3.5 s for a city of a million, at every start of every
    // desk. The full check runs before each migration (with a backup) and on
    // demand: madoguchi-cli db check.
    if (Result<QString> r = pragma(db, QStringLiteral("PRAGMA schema_version")); !r)
        return r.error();
    return {};
}

Status checkSqliteIntegrity(QSqlDatabase& db, bool full)
{
    QSqlQuery query(db);
    const QString statement = full ? QStringLiteral("PRAGMA integrity_check(20)")
                                   : QStringLiteral("PRAGMA quick_check(20)");
    if (!query.exec(statement))
        return sqlError(
            QCoreApplication::translate("SqlitePolicy", "checking the database file"), query);
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return Error{QCoreApplication::translate(
            "SqlitePolicy", "the database file is damaged (%1); restore it from a backup")
                         .arg(problems.join(QStringLiteral("; ")))};
    return {};
}

} // namespace madoguchi::storage
