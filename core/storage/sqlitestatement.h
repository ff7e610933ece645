#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace madoguchi::storage {

// A prepared statement on the SQLite connection underneath a Qt SQL
// connection (QSqlDriver::handle(), Qt's documented way down to the
// engine), for the one place where QSqlQuery's per-value bookkeeping is
// the bottleneck: writing a million residents. Values are still bound by
// position; the statement runs inside the transaction Qt started on the
// same connection.
class SqliteStatement {
public:
    // The connection's sqlite3 handle, or nullptr when it is not SQLite (or
    // the driver hands out no handle).
    static sqlite3* handleOf(const QSqlDatabase& db);

    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    Status prepare(sqlite3* db, const QString& sql);
    // Binds `value` (NULL, integer, or text) to parameter `index` (0-based).
    // Text is not copied: it must live until exec() returns.
    void bind(int index, const QVariant& value);
    // The same without a QVariant: UTF-8 text (not copied) and integers.
    void bindUtf8(int index, const char* text, int length);
    void bindInt64(int index, qint64 value);
    // Runs the statement, then resets it for the next values.
    Status exec();

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace madoguchi::storage
