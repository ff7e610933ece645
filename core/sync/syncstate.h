#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace madoguchi::storage {
class Database;
}

// A branch office's replica and its syncs with the hall (issue #9,
// docs/branch.md). The replica is an SQLite database with the hall's
// schema; what it knows about its syncs lives in its meta table under the
// keys below, each written in the same transaction as the data it
// describes, so a sync killed at any point resumes from what was committed.
namespace madoguchi::sync {

inline constexpr char kRegisterWatermarkKey[] = "sync.register_watermark"; // hall seq applied
inline constexpr char kLastPullKey[] = "sync.last_pull_at"; // ISO UTC
inline constexpr char kLastPushKey[] = "sync.last_push_at"; // ISO UTC
inline constexpr char kFlagsFreshKey[] = "sync.flags_fresh_at"; // 支援措置 as of (ISO UTC)
inline constexpr char kHallKey[] = "sync.hall"; // the hall's URL, never a password
inline constexpr char kBranchCodeKey[] = "branch.code"; // e.g. "K01": in visit references
inline constexpr char kBranchOfficeKey[] = "branch.office"; // its office, as staff accounts name it
// The catalog the hall published (sync/hallcatalog.h), as of the last pull;
// absent when the hall published none.
inline constexpr char kHallCatalogFingerprintKey[] = "sync.hall_catalog_fingerprint";
inline constexpr char kHallCatalogProceduresKey[] = "sync.hall_catalog_procedures"; // JSON array
inline constexpr char kHallCatalogPublishedAtKey[] = "sync.hall_catalog_published_at"; // ISO UTC

struct SyncState {
    qint64 registerWatermark = 0;
    QDateTime lastPullAt; // invalid: never pulled
    QDateTime lastPushAt;
    QDateTime flagsFreshAt;
    QString hall;
    QString branchCode; // empty: not a branch
    QString office; // the branch's office (staff verifiers)
    QString hallCatalogFingerprint; // empty: the hall published no catalog (or never pulled)
    QStringList hallCatalogProcedures; // id@version, sorted
    QDateTime hallCatalogPublishedAt;
    bool isBranch() const { return !branchCode.isEmpty(); }
};

Result<SyncState> loadSyncState(storage::Database& replica);

// Sets one meta key inside the caller's transaction.
Status storeMeta(QSqlDatabase& db, const QString& key, const QString& value);

} // namespace madoguchi::sync
