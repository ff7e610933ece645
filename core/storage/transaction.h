#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace madoguchi::storage {

// A transaction that rolls back unless committed, so an early return or an
// error path never leaves half a change behind.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; check before writing.
    Status begun() const { return m_begin; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Status m_begin;
    bool m_open = false;
};

} // namespace madoguchi::storage
