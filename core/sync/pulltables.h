#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

// What the register pull (registerpull.h) copies, table by table, and the
// reads and writes it shares between the bootstrap and the incremental
// pull. A row travels as a QVariantList in the order of its table's columns.
namespace madoguchi::sync::pull {

struct PulledTable {
    const char* name; // table name, also the register_changes entity's table
    const char* entity; // register_changes.entity
    const char* key; // the column register_changes.entity_id names
};

// Parents before children: households, persons, entitlements,
// support_measures, name_history, address_history.
const QList<PulledTable>& pulledTables();
// The table of a register_changes entity; nullptr when unknown.
const PulledTable* tableOfEntity(const QString& entity);

using Row = QVariantList;

// The columns of one table as the replica has them, its key first. The
// hall must have the same (pullRegister checks the schema versions match).
struct TableColumns {
    const PulledTable* table = nullptr;
    QStringList columns; // key first
    // Index of person_id / household_id among columns, -1 when absent.
    int personColumn = -1;
    int householdColumn = -1;
    QString list() const { return columns.join(QStringLiteral(", ")); }
};
Result<TableColumns> columnsOf(QSqlDatabase& replica, const PulledTable& table);

// Up to `limit` rows with key > after, in key order.
Result<QList<Row>> readPage(QSqlDatabase& hall, const TableColumns& table, qint64 after, int limit);
// The rows whose key is one of `keys` (any order); missing keys are rows
// the hall no longer has.
Result<QList<Row>> readByKeys(
    QSqlDatabase& hall, const TableColumns& table, const QList<qint64>& keys);
// Which of `keys` the table holds.
Result<QList<qint64>> existingKeys(
    QSqlDatabase& db, const char* table, const char* key, const QList<qint64>& keys);
// The ids of the persons of these households.
Result<QList<qint64>> membersOf(QSqlDatabase& db, const QList<qint64>& householdIds);

// One prepared INSERT … ON CONFLICT (key) DO UPDATE of every column: the
// hall's current row replaces the replica's, whatever it held (both
// engines know ON CONFLICT).
class Upsert {
public:
    Status prepare(QSqlDatabase& db, const TableColumns& table);
    Status write(const Row& row);

private:
    std::optional<QSqlQuery> m_query;
    QString m_table;
};

// "… IN (?, ?, …)" for `count` values.
QString placeholders(qsizetype count);
// How many ids go into one IN list: Qt's SQLite driver binds such a list in
// time quadratic in its length (as registry/searchindex.cpp).
inline constexpr qsizetype kIdsPerRead = 500;

} // namespace madoguchi::sync::pull
