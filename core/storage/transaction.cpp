#include "storage/transaction.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace madoguchi::storage {

Transaction::Transaction(QSqlDatabase db, Intent intent)
    : m_db(std::move(db))
{
    if (intent == Intent::Write && m_db.driverName() == QLatin1String("QSQLITE")) {
        // Qt's driver only knows plain BEGIN; COMMIT and ROLLBACK through it
        // work for any BEGIN.
        QSqlQuery begin(m_db);
        m_open = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            m_begin
                = sqlError(QCoreApplication::translate("Storage", "starting a transaction"), begin);
        return;
    }
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
