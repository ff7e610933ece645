#pragma once

#include "storage/database.h"

#include <QString>

namespace madoguchi::testing {

// Small, hand-written register rows for widget and summary tests, inserted
// with prepared statements (core/storage/migrations/0001_register.sql).
// Each helper fails the current test on an SQL error.
void setMeta(storage::Database& db, const QString& key, const QString& value);
qint64 addHousehold(storage::Database& db, const QString& setaiNo, const QString& address);
qint64 addPerson(storage::Database& db, qint64 householdId, const QString& atenaNo,
    const QString& relationship, const QString& nameKanji, const QString& nameKana,
    const QString& status = QStringLiteral("resident"));

// 北海道 北見市 (012084), a demo database: one household of three residents
// and a second household whose only member moved out (消除). Residents 3,
// households 1.
void fillSmallRegister(storage::Database& db);

} // namespace madoguchi::testing
