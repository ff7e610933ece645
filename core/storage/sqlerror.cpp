#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QVariant>

namespace madoguchi::storage {

Error sqlError(const QString& doing, const QSqlError& error)
{
    QString detail = error.text().trimmed();
    if (detail.isEmpty())
        detail = QCoreApplication::translate("Storage", "unknown database error");
    return Error{doing.isEmpty() ? detail : doing + QLatin1String(": ") + detail};
}

Error sqlError(const QString& doing, const QSqlQuery& query)
{
    return sqlError(doing, query.lastError());
}

Result<QSqlQuery> exec(
    QSqlDatabase& db, const QString& sql, const QVariantList& values, const QString& doing)
{
    QSqlQuery query(db);
    const QString what = doing.isEmpty() ? sql.simplified().left(80) : doing;
    if (values.isEmpty()) { // DDL cannot be prepared on PostgreSQL; nothing to bind anyway
        if (!query.exec(sql))
            return sqlError(what, query);
        return query;
    }
    if (!query.prepare(sql))
        return sqlError(what, query);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(what, query);
    return query;
}

} // namespace madoguchi::storage
