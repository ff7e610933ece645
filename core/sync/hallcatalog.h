#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace madoguchi::catalog {
struct Catalog;
}
namespace madoguchi::storage {
class Database;
}

// The catalog the hall runs, as the hall publishes it for its branches
// (issue #9, docs/branch.md "The catalog"). A branch PC has its own copy of
// the catalog files; the pull brings the hall's fingerprint so the branch
// can tell when its copy is not the hall's.
namespace madoguchi::sync {

// At the hall (meta), written by `madoguchi-cli catalog publish`.
inline constexpr char kCatalogFingerprintKey[] = "catalog.fingerprint"; // SHA-256 hex
inline constexpr char kCatalogProceduresKey[] = "catalog.procedures"; // JSON ["id@version", …]
inline constexpr char kCatalogPublishedAtKey[] = "catalog.published_at"; // ISO UTC

struct PublishedCatalog {
    QString fingerprint; // empty: the hall published none
    QStringList procedures; // id@version, sorted
    QDateTime publishedAt;
    bool isPublished() const { return !fingerprint.isEmpty(); }
};

// Stores `catalog`'s fingerprint, its id@version list and `at` in `db`'s
// meta, in one transaction: a reader never sees a fingerprint with another
// catalog's list. The caller has checked the catalog loaded without problems.
Result<PublishedCatalog> publishCatalog(
    storage::Database& db, const catalog::Catalog& catalog, const QDateTime& at);

// What `db` (the hall) published; not published is no error.
Result<PublishedCatalog> readPublishedCatalog(storage::Database& db);

// Stores the hall's published catalog in the replica under the sync.hall_
// catalog keys (syncstate.h), inside the caller's transaction; a hall that
// published none removes them, so an old fingerprint is never compared.
Status storeHallCatalog(QSqlDatabase& replica, const PublishedCatalog& hall);

} // namespace madoguchi::sync
