#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace madoguchi::storage {

// The one place for SQLite policy (STYLE.md): WAL journal (verified, since a
// file system may refuse it), synchronous=NORMAL, foreign keys on, a busy
// timeout, and a quick integrity check at open. A failed check is an error:
// we never work on a damaged register.
QString sqliteConnectOptions();
Status applySqlitePolicy(QSqlDatabase& db);

// The full check, run before a migration touches the file.
Status checkSqliteIntegrity(QSqlDatabase& db, bool full);

} // namespace madoguchi::storage
