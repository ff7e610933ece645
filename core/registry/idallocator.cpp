#include "registry/idallocator.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>

namespace madoguchi::registry {
namespace {

constexpr int kReserveBlock = 512;

} // namespace

IdAllocator::IdAllocator(QString table, QString column)
    : m_table(std::move(table))
    , m_column(std::move(column))
{ }

Status IdAllocator::begin(QSqlDatabase& db, storage::Engine engine)
{
    m_db = db;
    m_engine = engine;
    if (engine == storage::Engine::PostgreSql)
        return {}; // reserved blocks stay valid across transactions
    // Table and column names are ours, never user text.
    auto max = storage::exec(db,
        QStringLiteral("SELECT COALESCE(MAX(%1), 0) FROM %2").arg(m_column, m_table), {},
        QCoreApplication::translate("ResidentImport", "reading the last id of %1").arg(m_table));
    if (!max)
        return max.error();
    m_next = max->next() ? max->value(0).toLongLong() + 1 : 1;
    return {};
}

Status IdAllocator::reserve()
{
    auto ids = storage::exec(m_db,
        QStringLiteral("SELECT nextval(pg_get_serial_sequence(?, ?)) FROM generate_series(1, ?)"),
        {m_table, m_column, kReserveBlock},
        QCoreApplication::translate("ResidentImport", "reserving ids for %1").arg(m_table));
    if (!ids)
        return ids.error();
    while (ids->next())
        m_reserved.append(ids->value(0).toLongLong());
    return {};
}

Result<qint64> IdAllocator::next()
{
    if (m_engine == storage::Engine::Sqlite)
        return m_next++;
    if (m_reserved.isEmpty())
        if (Status s = reserve(); !s)
            return s.error();
    return m_reserved.takeFirst();
}

} // namespace madoguchi::registry
