#pragma once

#include "common/result.h"

#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::storage {

// "what we were doing: what the engine said" — one shape for every SQL error.
Error sqlError(const QString& doing, const QSqlError& error);
Error sqlError(const QString& doing, const QSqlQuery& query);

// Prepares and executes `sql` with positional values (a statement without
// values runs unprepared: PostgreSQL cannot prepare DDL); the error names
// `doing`. User text must only ever arrive in `values`.
Result<QSqlQuery> exec(QSqlDatabase& db, const QString& sql, const QVariantList& values = {},
    const QString& doing = {});

} // namespace madoguchi::storage
