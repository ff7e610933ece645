#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

namespace madoguchi::storage {
sqlite3* SqliteStatement::handleOf(const QSqlDatabase& db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Status SqliteStatement::prepare(sqlite3* db, const QString& sql)
{
    m_db = db;
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    const int rc = sqlite3_prepare16_v3(
        db, sql.utf16(), int(sql.size() * 2), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (rc != SQLITE_OK)
        return Error{QCoreApplication::translate("BulkInsert", "preparing %1: %2")
                         .arg(sql.left(60), QString::fromUtf8(sqlite3_errmsg(db)))};
    return {};
}

void SqliteStatement::bind(int index, const QVariant& value)
{
    const int position = index + 1;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        sqlite3_bind_int64(m_statement, position, value.toLongLong());
        return;
    case QMetaType::QString: {
        const QString* text = static_cast<const QString*>(value.constData());
        if (text->isNull())
            sqlite3_bind_null(m_statement, position);
        else
            sqlite3_bind_text16(
                m_statement, position, text->utf16(), int(text->size() * 2), SQLITE_STATIC);
        return;
    }
    default: {
        if (value.isNull()) {
            sqlite3_bind_null(m_statement, position);
            return;
        }
        const QString text = value.toString();
        sqlite3_bind_text16(
            m_statement, position, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
        return;
    }
    }
}

void SqliteStatement::bindUtf8(int index, const char* text, int length)
{
    sqlite3_bind_text(m_statement, index + 1, text, length, SQLITE_STATIC);
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

Status SqliteStatement::exec()
{
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement);
        return Error{message};
    }
    sqlite3_reset(m_statement);
    return {};
}

} // namespace madoguchi::storage
