#include "storage/transaction.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>

namespace madoguchi::storage {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_open = m_db.transaction();
    if (!m_open)
        m_begin = sqlError(
            QCoreApplication::translate("Storage", "starting a transaction"), m_db.lastError());
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begin.ok() ? Status(Error{
                   QCoreApplication::translate("Storage", "the transaction was already finished")})
                            : m_begin;
    m_open = false;
    if (!m_db.commit()) {
        const Error error
            = sqlError(QCoreApplication::translate("Storage", "committing"), m_db.lastError());
        m_db.rollback();
        return error;
    }
    return {};
}

void Transaction::rollback()
{
    if (m_open) {
        m_open = false;
        m_db.rollback();
    }
}

} // namespace madoguchi::storage
