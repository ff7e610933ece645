#pragma once

#include "common/result.h"
#include "sync/pulltables.h"

#include <QList>
#include <array>
#include <memory>

namespace madoguchi::storage {
class Database;
}

// The incremental pull (registerpull.h, docs/branch.md, "Pull" "Changes"):
// one batch of the hall's register_changes applied to the replica.
namespace madoguchi::sync {
class ReplicaCipher;
}

namespace madoguchi::sync::pull {

struct BatchOutcome {
    qint64 changes = 0; // register_changes read (0: nothing after the watermark)
    qint64 rows = 0; // rows written or deleted in the replica
    qint64 lastSeq = 0; // the new watermark
};

class ChangeApplier {
public:
    // `cipher` (may be null: nothing sealed) seals what each batch writes.
    ChangeApplier(
        storage::Database& hall, storage::Database& replica, const ReplicaCipher* cipher = nullptr);
    Status prepare();
    // Reads the changes after `watermark` (at most `limit`) and the hall's
    // current rows they name, in one snapshot of the hall, then writes
    // those rows, deletes what the hall no longer has, reindexes the
    // persons concerned and sets the watermark, in one replica transaction.
    Result<BatchOutcome> applyBatch(qint64 watermark, int limit);
    // How many changes the hall has after `watermark` (progress).
    Result<qint64> pending(qint64 watermark);

private:
    struct Batch;
    Status readBatch(Batch& batch, qint64 watermark, int limit);
    Status writeBatch(Batch& batch);

    storage::Database& m_hall;
    storage::Database& m_replica;
    const ReplicaCipher* m_cipher = nullptr;
    QList<TableColumns> m_tables; // as pulledTables()
    std::array<Upsert, 6> m_upserts;
};

} // namespace madoguchi::sync::pull
