#pragma once

#include "common/result.h"

#include <QString>
#include <atomic>
#include <functional>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::sync {

class ReplicaCipher;

struct PullOptions {
    // Seals the protected values (個人番号, 支援措置 and entitlement
    // details) in the same replica transaction as they are written, so no
    // plain value is ever committed (docs/branch.md, "Replica at rest").
    // syncBranch always gives one; null only for tests that compare the
    // replica with the hall column by column.
    const ReplicaCipher* cipher = nullptr;
    int batchChanges = 5000; // incremental: changes applied per replica transaction
    int pageRows = 20000; // bootstrap: rows copied per page
    // Set from another thread to stop the pull after the page or batch in
    // progress commits (the desk quitting): what is committed stays and the
    // next pull goes on from there. Null: never.
    const std::atomic<bool>* stop = nullptr;
    // Tests: fail with an error after this many committed batches or pages,
    // as a sync killed halfway would stop. Negative: never.
    int failAfterBatches = -1;
};

struct PullProgress {
    QString
        phase; // "households", "persons" … or "changes"; "search index" at the end of a bootstrap
    qint64 done = 0;
    qint64 total = 0; // 0 when unknown
};
using PullProgressFn = std::function<void(const PullProgress&)>;

struct PullReport {
    bool bootstrap = false;
    qint64 fromSeq = 0; // the watermark before
    qint64 toSeq = 0; // the watermark after
    qint64 changes = 0; // register_changes applied (incremental)
    qint64 rows = 0; // rows written to the replica
    qint64 persons = 0; // persons in the replica afterwards
    qint64 milliseconds = 0;
};

// Brings the replica's register up to the hall's (issue #9, docs/branch.md,
// "Pull"): households, persons, entitlements, 支援措置, former names and
// addresses, with their ids, versions and change_seq as at the hall, and the
// replica's own search index for what changed.
//
// A replica whose watermark is 0 is bootstrapped: every table copied in id
// order, page by page, from one consistent snapshot of the hall (the
// watermark is the hall's last change in that snapshot), then the search
// index built. Otherwise the hall's register_changes after the watermark
// are applied in batches; each batch, with the new watermark, is one
// replica transaction, so a pull stopped anywhere resumes where it stopped
// and applies nothing twice. A row the hall no longer has is deleted.
//
// Also records kFlagsFreshKey (the 支援措置 are as fresh as this pull),
// kLastPullKey, kHallKey (`hallName`, the URL without its password) and the
// catalog the hall published (kHallCatalog…Key, sync/hallcatalog.h).
Result<PullReport> pullRegister(storage::Database& hall, storage::Database& replica,
    const QString& hallName, const PullProgressFn& progress = {}, const PullOptions& options = {});

} // namespace madoguchi::sync
