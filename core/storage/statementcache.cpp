#include "storage/statementcache.h"

#include "storage/sqlerror.h"

namespace madoguchi::storage {

StatementCache::StatementCache(QSqlDatabase& db)
    : m_db(db)
{ }

StatementCache::~StatementCache() = default;

Status StatementCache::prepare(const QString& sql, const QString& doing)
{
    if (m_queries.contains(sql))
        return {};
    auto query = std::make_shared<QSqlQuery>(m_db);
    if (!query->prepare(sql))
        return sqlError(doing, *query);
    m_queries.insert(sql, query);
    return {};
}

Result<QSqlQuery*> StatementCache::exec(
    const QString& sql, const QVariantList& values, const QString& doing)
{
    if (Status prepared = prepare(sql, doing); !prepared)
        return prepared.error();
    const std::shared_ptr<QSqlQuery> query = m_queries.value(sql);
    query->finish();
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec()) {
        Error error = sqlError(doing, *query);
        m_queries.remove(sql);
        return error;
    }
    return query.get();
}

} // namespace madoguchi::storage
