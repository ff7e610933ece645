#include "sync/syncstate.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace madoguchi::sync {

namespace {

QDateTime timeOf(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

} // namespace

Result<SyncState> loadSyncState(storage::Database& replica)
{
    auto rows = storage::exec(replica.sql(),
        QStringLiteral(
            "SELECT key, value FROM meta WHERE key LIKE 'sync.%' OR key LIKE 'branch.%'"),
        {}, QCoreApplication::translate("SyncState", "reading the replica's sync state"));
    if (!rows)
        return rows.error();
    SyncState state;
    while (rows->next()) {
        const QString key = rows->value(0).toString();
        const QString value = rows->value(1).toString();
        if (key == QLatin1String(kRegisterWatermarkKey))
            state.registerWatermark = value.toLongLong();
        else if (key == QLatin1String(kLastPullKey))
            state.lastPullAt = timeOf(value);
        else if (key == QLatin1String(kLastPushKey))
            state.lastPushAt = timeOf(value);
        else if (key == QLatin1String(kFlagsFreshKey))
            state.flagsFreshAt = timeOf(value);
        else if (key == QLatin1String(kHallKey))
            state.hall = value;
        else if (key == QLatin1String(kBranchCodeKey))
            state.branchCode = value;
        else if (key == QLatin1String(kBranchOfficeKey))
            state.office = value;
        else if (key == QLatin1String(kHallCatalogFingerprintKey))
            state.hallCatalogFingerprint = value;
        else if (key == QLatin1String(kHallCatalogProceduresKey))
            for (const QJsonValue& v : QJsonDocument::fromJson(value.toUtf8()).array())
                state.hallCatalogProcedures << v.toString();
        else if (key == QLatin1String(kHallCatalogPublishedAtKey))
            state.hallCatalogPublishedAt = timeOf(value);
    }
    return state;
}

Status storeMeta(QSqlDatabase& db, const QString& key, const QString& value)
{
    // Portable upsert: SQLite and PostgreSQL both know ON CONFLICT.
    auto stored = storage::exec(db,
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {key, value},
        QCoreApplication::translate("SyncState", "storing %1 in the replica").arg(key));
    if (!stored)
        return stored.error();
    return {};
}

} // namespace madoguchi::sync
