#pragma once

#include "common/result.h"
#include "storage/sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <array>
#include <optional>

namespace madoguchi::storage {

// Rows for one table (the demo city, the search index), collected and written with multi-row
// INSERTs
// (`INSERT … VALUES (?, …), (?, …), …`) prepared once and reused, values
// bound by position. One statement per 64 rows instead of per row: SQLite
// sets up each statement's checks (the IN lists of the CHECK constraints
// become temporary b-trees) once per execution, and PostgreSQL pays one
// round trip per execution. A remainder is written with the 32-, 16-, …,
// 1-row statements. On SQLite the statements run on the engine's own API
// (sqlitestatement.h): Qt's per-value bookkeeping would otherwise cost more
// than the insert itself.
class BulkInsert {
public:
    static constexpr int kMaxRows = 64;

    BulkInsert(QString table, QStringList columns);

    Status prepare(const QSqlDatabase& db);
    int columnCount() const { return int(m_columns.size()); }
    // Appends one row; `values` must hold exactly columnCount() values.
    void add(std::initializer_list<QVariant> values);
    // The same for a row held in a list (a row copied from another database).
    void addRow(const QVariantList& values);
    qsizetype pendingRows() const { return m_values.size() / m_columns.size(); }
    // Writes every pending row.
    Status flush();

private:
    static constexpr int kSizes = 7; // 64, 32, 16, 8, 4, 2, 1 rows
    QString m_table;
    QStringList m_columns;
    std::array<std::optional<QSqlQuery>, kSizes> m_statements;
    std::array<SqliteStatement, kSizes> m_native; // used when SQLite
    bool m_useNative = false;
    QVariantList m_values;
};

} // namespace madoguchi::storage
