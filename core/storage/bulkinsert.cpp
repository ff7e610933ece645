#include "storage/bulkinsert.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <cassert>

namespace madoguchi::storage {
namespace {

int rowsOf(int sizeIndex)
{
    return BulkInsert::kMaxRows >> sizeIndex;
}

} // namespace

BulkInsert::BulkInsert(QString table, QStringList columns)
    : m_table(std::move(table))
    , m_columns(std::move(columns))
{ }

Status BulkInsert::prepare(const QSqlDatabase& db)
{
    const QString row = QLatin1Char('(') + QStringLiteral("?, ").repeated(m_columns.size() - 1)
        + QStringLiteral("?)");
    for (int i = 0; i < kSizes; ++i) {
        QStringList rows;
        for (int r = 0; r < rowsOf(i); ++r)
            rows << row;
        const QString sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (")
            + m_columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ")
            + rows.join(QStringLiteral(", "));
        if (sqlite3* native = SqliteStatement::handleOf(db)) {
            m_useNative = true;
            if (Status s = m_native[std::size_t(i)].prepare(native, sql); !s)
                return s;
            continue;
        }
        m_statements[std::size_t(i)].emplace(db);
        QSqlQuery& query = *m_statements[std::size_t(i)];
        if (!query.prepare(sql))
            return sqlError(
                QCoreApplication::translate("BulkInsert", "preparing the rows for %1").arg(m_table),
                query);
    }
    return {};
}

void BulkInsert::add(std::initializer_list<QVariant> values)
{
    assert(qsizetype(values.size()) == m_columns.size());
    for (const QVariant& v : values)
        m_values.append(v);
}

void BulkInsert::addRow(const QVariantList& values)
{
    assert(values.size() == m_columns.size());
    m_values.append(values);
}

Status BulkInsert::flush()
{
    const qsizetype columns = m_columns.size();
    qsizetype next = 0;
    qsizetype left = pendingRows();
    for (int i = 0; i < kSizes && left > 0; ++i) {
        const int rows = rowsOf(i);
        while (left >= rows) {
            const qsizetype count = rows * columns;
            Status done;
            if (m_useNative) {
                SqliteStatement& statement = m_native[std::size_t(i)];
                for (qsizetype k = 0; k < count; ++k)
                    statement.bind(int(k), m_values.at(next + k));
                if (Status s = statement.exec(); !s)
                    done = Error{QCoreApplication::translate("BulkInsert", "writing %1: %2")
                                     .arg(m_table, s.error().message)};
            } else {
                QSqlQuery& query = *m_statements[std::size_t(i)];
                for (qsizetype k = 0; k < count; ++k)
                    query.bindValue(int(k), m_values.at(next + k));
                if (!query.exec())
                    done = sqlError(
                        QCoreApplication::translate("BulkInsert", "writing %1").arg(m_table),
                        query);
            }
            if (!done) {
                m_values.clear();
                return done;
            }
            next += count;
            left -= rows;
        }
    }
    m_values.clear();
    return {};
}

} // namespace madoguchi::storage
