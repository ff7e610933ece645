#include "registry/registerwritelock.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>

namespace madoguchi::registry {

namespace {
// Any fixed 64-bit key; this one spells "madoreg" in ASCII.
constexpr qint64 kRegisterWriteLock = 0x6d61646f726567;
} // namespace

Status lockRegisterWrites(storage::Database& db)
{
    if (db.engine() != storage::Engine::PostgreSql)
        return {};
    auto locked = storage::exec(db.sql(), QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
        {kRegisterWriteLock},
        QCoreApplication::translate("RegisterWriteLock", "waiting for other register writes"));
    if (!locked)
        return locked.error();
    locked->finish();
    return {};
}

} // namespace madoguchi::registry
