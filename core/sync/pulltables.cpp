#include "sync/pulltables.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlField>
#include <QSqlRecord>

namespace madoguchi::sync::pull {
namespace {

QString doingRead(const char* table)
{
    return QCoreApplication::translate("RegisterPull", "reading %1 at the hall")
        .arg(QLatin1String(table));
}

// Rows of a query, every NULL made an invalid QVariant: a NULL integer
// from the PostgreSQL driver is still typed, and would be written as 0.
QList<Row> rowsOf(QSqlQuery& query, qsizetype columns)
{
    QList<Row> rows;
    while (query.next()) {
        Row row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            QVariant value = query.value(i);
            row.append(value.isNull() ? QVariant() : std::move(value));
        }
        rows.append(std::move(row));
    }
    return rows;
}

Result<QList<Row>> select(QSqlDatabase& db, const QString& sql, const QVariantList& values,
    qsizetype columns, const QString& doing)
{
    QSqlQuery query(db);
    // Read once, front to back: the driver keeps no copy for going back.
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return storage::sqlError(doing, query);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return storage::sqlError(doing, query);
    return rowsOf(query, columns);
}

QVariantList variants(const QList<qint64>& ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(id);
    return values;
}

} // namespace

const QList<PulledTable>& pulledTables()
{
    static const QList<PulledTable> tables{
        {"households", "household", "id"},
        {"persons", "person", "id"},
        {"entitlements", "entitlement", "person_id"},
        {"support_measures", "support_measure", "id"},
        {"name_history", "name_history", "id"},
        {"address_history", "address_history", "id"},
    };
    return tables;
}

const PulledTable* tableOfEntity(const QString& entity)
{
    for (const PulledTable& table : pulledTables())
        if (entity == QLatin1String(table.entity))
            return &table;
    return nullptr;
}

Result<TableColumns> columnsOf(QSqlDatabase& replica, const PulledTable& table)
{
    const QSqlRecord record = replica.record(QLatin1String(table.name));
    if (record.isEmpty())
        return Error{QCoreApplication::translate(
            "RegisterPull", "the replica has no table %1: is it a Madoguchi database?")
                         .arg(QLatin1String(table.name))};
    TableColumns result;
    result.table = &table;
    result.columns << QLatin1String(table.key);
    for (int i = 0; i < record.count(); ++i)
        if (record.fieldName(i) != QLatin1String(table.key))
            result.columns << record.fieldName(i);
    result.personColumn = int(result.columns.indexOf(QStringLiteral("person_id")));
    result.householdColumn = int(result.columns.indexOf(QStringLiteral("household_id")));
    return result;
}

Result<QList<Row>> readPage(QSqlDatabase& hall, const TableColumns& table, qint64 after, int limit)
{
    const QString key = QLatin1String(table.table->key);
    return select(hall,
        QStringLiteral("SELECT ") + table.list() + QStringLiteral(" FROM ")
            + QLatin1String(table.table->name) + QStringLiteral(" WHERE ") + key
            + QStringLiteral(" > ? ORDER BY ") + key + QStringLiteral(" LIMIT ?"),
        {after, limit}, table.columns.size(), doingRead(table.table->name));
}

Result<QList<Row>> readByKeys(
    QSqlDatabase& hall, const TableColumns& table, const QList<qint64>& keys)
{
    QList<Row> rows;
    for (qsizetype at = 0; at < keys.size(); at += kIdsPerRead) {
        const QList<qint64> slice = keys.mid(at, kIdsPerRead);
        auto read = select(hall,
            QStringLiteral("SELECT ") + table.list() + QStringLiteral(" FROM ")
                + QLatin1String(table.table->name) + QStringLiteral(" WHERE ")
                + QLatin1String(table.table->key) + placeholders(slice.size()),
            variants(slice), table.columns.size(), doingRead(table.table->name));
        if (!read)
            return read.error();
        rows.append(std::move(read.value()));
    }
    return rows;
}

Result<QList<qint64>> existingKeys(
    QSqlDatabase& db, const char* table, const char* key, const QList<qint64>& keys)
{
    QList<qint64> found;
    for (qsizetype at = 0; at < keys.size(); at += kIdsPerRead) {
        const QList<qint64> slice = keys.mid(at, kIdsPerRead);
        auto read = select(db,
            QStringLiteral("SELECT ") + QLatin1String(key) + QStringLiteral(" FROM ")
                + QLatin1String(table) + QStringLiteral(" WHERE ") + QLatin1String(key)
                + placeholders(slice.size()),
            variants(slice), 1,
            QCoreApplication::translate("RegisterPull", "reading %1").arg(QLatin1String(table)));
        if (!read)
            return read.error();
        for (const Row& row : read.value())
            found.append(row.at(0).toLongLong());
    }
    return found;
}

Result<QList<qint64>> membersOf(QSqlDatabase& db, const QList<qint64>& householdIds)
{
    QList<qint64> members;
    for (qsizetype at = 0; at < householdIds.size(); at += kIdsPerRead) {
        const QList<qint64> slice = householdIds.mid(at, kIdsPerRead);
        auto read = select(db,
            QStringLiteral("SELECT id FROM persons WHERE household_id")
                + placeholders(slice.size()),
            variants(slice), 1,
            QCoreApplication::translate("RegisterPull", "reading the members of households"));
        if (!read)
            return read.error();
        for (const Row& row : read.value())
            members.append(row.at(0).toLongLong());
    }
    return members;
}

Status Upsert::prepare(QSqlDatabase& db, const TableColumns& table)
{
    m_table = QLatin1String(table.table->name);
    QStringList sets;
    for (qsizetype i = 1; i < table.columns.size(); ++i)
        sets << table.columns.at(i) + QStringLiteral(" = excluded.") + table.columns.at(i);
    const QString sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (")
        + table.list() + QStringLiteral(") VALUES (")
        + QStringLiteral("?, ").repeated(table.columns.size() - 1) + QStringLiteral("?) ")
        + QStringLiteral("ON CONFLICT (") + QLatin1String(table.table->key)
        + QStringLiteral(") DO UPDATE SET ") + sets.join(QStringLiteral(", "));
    m_query.emplace(db);
    if (!m_query->prepare(sql))
        return storage::sqlError(
            QCoreApplication::translate("RegisterPull", "preparing the copy of %1").arg(m_table),
            *m_query);
    return {};
}

Status Upsert::write(const Row& row)
{
    for (int i = 0; i < row.size(); ++i)
        m_query->bindValue(i, row.at(i));
    if (!m_query->exec())
        return storage::sqlError(
            QCoreApplication::translate("RegisterPull", "writing %1 %2 into the replica")
                .arg(m_table, row.value(0).toString()),
            *m_query);
    return {};
}

QString placeholders(qsizetype count)
{
    return QStringLiteral(" IN (") + QStringLiteral("?, ").repeated(count - 1)
        + QStringLiteral("?)");
}

} // namespace madoguchi::sync::pull
