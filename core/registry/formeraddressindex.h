#pragma once

#include "common/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::registry {

// The former-address part of the search index (migration 0004,
// docs/search.md "Former addresses"): each distinct folded address of
// address_history once in search_former_addresses, and which residents
// lived there in search_former_address_persons.

// Drops and recomputes both tables. Inside the caller's transaction.
Status rebuildFormerAddresses(storage::Database& db);

// Adds what these persons' address_history holds and the index lacks.
// Nothing is removed: searches re-check candidates with formerAddressTexts.
Status addFormerAddresses(storage::Database& db, const QList<qint64>& personIds);

// The folded former addresses (searchkeys.h addressText) of these
// residents, by person. Removed persons are left out.
Result<QHash<qint64, QStringList>> formerAddressTexts(
    QSqlDatabase& db, const QList<qint64>& personIds);

} // namespace madoguchi::registry
