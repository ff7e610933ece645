#include "storage/sqlitecachesize.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::storage {

SqliteCacheSize::SqliteCacheSize(Database& database, int mebibytes)
    : m_db(database.sql())
{
    if (database.engine() != Engine::Sqlite)
        return;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA cache_size")) || !query.next())
        return;
    m_previous = query.value(0).toString();
    // A negative size is in KiB; the number is ours, never user text.
    if (!query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(mebibytes) * 1024)))
        m_previous.clear();
}

SqliteCacheSize::~SqliteCacheSize()
{
    bool isNumber = false;
    const qlonglong previous = m_previous.toLongLong(&isNumber);
    if (!isNumber)
        return;
    QSqlQuery query(m_db);
    (void)query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previous));
}

} // namespace madoguchi::storage
