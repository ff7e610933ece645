#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace madoguchi::storage {

// A transaction that rolls back unless committed, so an early return or an
// error path never leaves half a change behind.
//
// On SQLite a write transaction begins IMMEDIATE: it takes the write lock at
// BEGIN (waiting up to the busy timeout) instead of at its first write, where
// two connections that both read first could not both upgrade and one would
// fail at once with SQLITE_BUSY, whatever the timeout.
class Transaction {
public:
    enum class Intent { Write, Read };

    explicit Transaction(QSqlDatabase db, Intent intent = Intent::Write);
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
