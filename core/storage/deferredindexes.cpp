#include "storage/deferredindexes.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace madoguchi::storage {
namespace {

const QString kMetaKey = QStringLiteral("deferred_indexes");

QString doing()
{
    return QCoreApplication::translate("DeferredIndexes", "deferring or rebuilding indexes");
}

} // namespace

Status deferIndexes(Database& database, const QStringList& tables, const QStringList& keep)
{
    if (database.engine() != Engine::Sqlite || tables.isEmpty())
        return {};
    QSqlDatabase& db = database.sql();
    Transaction transaction(db);
    if (Status s = transaction.begun(); !s)
        return s;
    QStringList marks;
    QVariantList values;
    for (const QString& table : tables) {
        marks << QStringLiteral("?");
        values << table;
    }
    // Explicit indexes only (sql is NULL for those of PRIMARY KEY/UNIQUE).
    Result<QSqlQuery> found = exec(db,
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                       "AND sql IS NOT NULL AND tbl_name IN (")
            + marks.join(QStringLiteral(", ")) + QStringLiteral(") ORDER BY name"),
        values, doing());
    if (!found)
        return found.error();
    QStringList names;
    QJsonArray statements;
    while (found->next()) {
        if (keep.contains(found->value(0).toString()))
            continue;
        names << found->value(0).toString();
        statements.append(found->value(1).toString());
    }
    found->finish();
    if (names.isEmpty())
        return transaction.commit();
    // A record left by an earlier load is kept: its indexes are missing too.
    Result<QSqlQuery> earlier
        = exec(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kMetaKey}, doing());
    if (!earlier)
        return earlier.error();
    if (earlier->next())
        for (const QJsonValue& sql :
            QJsonDocument::fromJson(earlier->value(0).toString().toUtf8()).array())
            statements.append(sql);
    earlier->finish();
    for (const QString& name : names)
        if (Result<QSqlQuery> dropped
            = exec(db, QStringLiteral("DROP INDEX \"%1\"").arg(name), {}, doing());
            !dropped)
            return dropped.error();
    const QString record
        = QString::fromUtf8(QJsonDocument(statements).toJson(QJsonDocument::Compact));
    if (Result<QSqlQuery> saved = exec(db,
            QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {kMetaKey, record}, doing());
        !saved)
        return saved.error();
    return transaction.commit();
}

Status restoreIndexes(Database& database)
{
    if (database.engine() != Engine::Sqlite)
        return {};
    QSqlDatabase& db = database.sql();
    Result<QSqlQuery> record
        = exec(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kMetaKey}, doing());
    if (!record)
        return record.error();
    if (!record->next())
        return {};
    const QJsonArray statements
        = QJsonDocument::fromJson(record->value(0).toString().toUtf8()).array();
    record->finish();
    Transaction transaction(db);
    if (Status s = transaction.begun(); !s)
        return s;
    for (const QJsonValue& sql : statements) {
        // The statements came from sqlite_master: "CREATE [UNIQUE] INDEX name …".
        QString statement = sql.toString();
        statement.replace(QStringLiteral("INDEX "), QStringLiteral("INDEX IF NOT EXISTS "));
        if (Result<QSqlQuery> built = exec(db, statement, {}, doing()); !built)
            return built.error();
    }
    if (Result<QSqlQuery> done
        = exec(db, QStringLiteral("DELETE FROM meta WHERE key = ?"), {kMetaKey}, doing());
        !done)
        return done.error();
    return transaction.commit();
}

} // namespace madoguchi::storage
