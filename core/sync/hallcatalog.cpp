#include "sync/hallcatalog.h"

#include "catalog/catalogfingerprint.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace madoguchi::sync {
namespace {

QString proceduresJson(const QStringList& procedures)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(procedures)).toJson(QJsonDocument::Compact));
}

QStringList proceduresFrom(const QString& json)
{
    QStringList list;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        list << v.toString();
    return list;
}

Status removeMeta(QSqlDatabase& db, const char* key)
{
    auto removed
        = storage::exec(db, QStringLiteral("DELETE FROM meta WHERE key = ?"), {QLatin1String(key)},
            QCoreApplication::translate("HallCatalog", "removing %1 from the replica")
                .arg(QLatin1String(key)));
    if (!removed)
        return removed.error();
    return {};
}

} // namespace

Result<PublishedCatalog> publishCatalog(
    storage::Database& db, const catalog::Catalog& catalog, const QDateTime& at)
{
    PublishedCatalog published{
        catalog::catalogFingerprint(catalog), catalog::catalogSummary(catalog), at.toUTC()};
    storage::Transaction transaction(db.sql());
    if (Status s = transaction.begun(); !s)
        return s.error();
    const QList<std::pair<const char*, QString>> values{
        {kCatalogFingerprintKey, published.fingerprint},
        {kCatalogProceduresKey, proceduresJson(published.procedures)},
        {kCatalogPublishedAtKey, published.publishedAt.toString(Qt::ISODateWithMs)}};
    for (const auto& [key, value] : values)
        if (Status s = storeMeta(db.sql(), QLatin1String(key), value); !s)
            return Error{QCoreApplication::translate("HallCatalog", "publishing the catalog: %1")
                             .arg(s.error().message)};
    if (Status s = transaction.commit(); !s)
        return s.error();
    return published;
}

Result<PublishedCatalog> readPublishedCatalog(storage::Database& db)
{
    auto rows = storage::exec(db.sql(),
        QStringLiteral("SELECT key, value FROM meta WHERE key IN (?, ?, ?)"),
        {QLatin1String(kCatalogFingerprintKey), QLatin1String(kCatalogProceduresKey),
            QLatin1String(kCatalogPublishedAtKey)},
        QCoreApplication::translate("HallCatalog", "reading the published catalog"));
    if (!rows)
        return rows.error();
    PublishedCatalog published;
    while (rows->next()) {
        const QString key = rows->value(0).toString();
        const QString value = rows->value(1).toString();
        if (key == QLatin1String(kCatalogFingerprintKey))
            published.fingerprint = value;
        else if (key == QLatin1String(kCatalogProceduresKey))
            published.procedures = proceduresFrom(value);
        else
            published.publishedAt = QDateTime::fromString(value, Qt::ISODateWithMs).toUTC();
    }
    return published;
}

Status storeHallCatalog(QSqlDatabase& replica, const PublishedCatalog& hall)
{
    if (!hall.isPublished()) {
        for (const char* key :
            {kHallCatalogFingerprintKey, kHallCatalogProceduresKey, kHallCatalogPublishedAtKey})
            if (Status s = removeMeta(replica, key); !s)
                return s;
        return {};
    }
    if (Status s = storeMeta(replica, QLatin1String(kHallCatalogFingerprintKey), hall.fingerprint);
        !s)
        return s;
    if (Status s = storeMeta(
            replica, QLatin1String(kHallCatalogProceduresKey), proceduresJson(hall.procedures));
        !s)
        return s;
    return storeMeta(replica, QLatin1String(kHallCatalogPublishedAtKey),
        hall.publishedAt.toString(Qt::ISODateWithMs));
}

} // namespace madoguchi::sync
