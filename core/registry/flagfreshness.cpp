#include "registry/flagfreshness.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QHash>

namespace madoguchi::registry {

Result<FlagFreshness> flagFreshness(storage::Database& db, const QDateTime& now)
{
    // A replica is always an SQLite file (madoguchi-cli sync refuses any
    // other): the hall's PostgreSQL is never stale and pays no read for it,
    // on a path every search result's address check takes.
    if (db.engine() != storage::Engine::Sqlite)
        return FlagFreshness{};
    // The keys of sync/syncstate.h (kBranchCodeKey, kFlagsFreshKey) and the
    // limit a city may set; read here because the register sits below sync.
    auto rows = storage::exec(db.sql(),
        QStringLiteral("SELECT key, value FROM meta WHERE key IN (?, ?, ?)"),
        {QStringLiteral("branch.code"), QStringLiteral("sync.flags_fresh_at"),
            QStringLiteral("sync.flags_max_age_hours")},
        QCoreApplication::translate("FlagFreshness", "reading how fresh the replica is"));
    if (!rows)
        return rows.error();
    QHash<QString, QString> meta;
    while (rows->next())
        meta.insert(rows->value(0).toString(), rows->value(1).toString());
    rows->finish();
    if (meta.value(QStringLiteral("branch.code")).isEmpty())
        return FlagFreshness{};

    bool limitOk = false;
    int limit = meta.value(QStringLiteral("sync.flags_max_age_hours")).toInt(&limitOk);
    if (!limitOk || limit <= 0)
        limit = kDefaultFlagsMaxAgeHours;
    const QDateTime fresh = QDateTime::fromString(
        meta.value(QStringLiteral("sync.flags_fresh_at")), Qt::ISODateWithMs);
    if (!fresh.isValid())
        return FlagFreshness{true,
            QCoreApplication::translate("FlagFreshness",
                "this branch replica has never been synced with the hall, so its support "
                "measures (支援措置) are unknown")};
    const qint64 hours = fresh.secsTo(now) / 3600;
    if (fresh.secsTo(now) <= qint64(limit) * 3600)
        return FlagFreshness{};
    return FlagFreshness{true,
        QCoreApplication::translate("FlagFreshness",
            "this branch replica's support measures (支援措置) are %1 hours old (the limit is %2): "
            "one added at the hall since would not be known")
            .arg(hours)
            .arg(limit)};
}

} // namespace madoguchi::registry
