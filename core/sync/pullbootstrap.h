#pragma once

#include "common/result.h"
#include "sync/registerpull.h"

#include <QString>
#include <atomic>

namespace madoguchi::storage {
class Database;
}

// The first pull of a replica (registerpull.h, docs/branch.md, "Pull"
// "Bootstrap"): every register table copied page by page in key order.
namespace madoguchi::sync::pull {

// Where a bootstrap stands, in the replica's meta table, written in the
// same transaction as each page: "SEQ TABLE AFTER" while copying (the
// hall's last change when the copy began, the table's index in
// pulledTables(), the last key copied; TABLE 6 means the search index is
// next), "done" once the watermark is set. Absent: never started.
inline constexpr char kBootstrapKey[] = "sync.register_bootstrap";

struct BootstrapState {
    bool started = false;
    bool done = false;
    qint64 seq = 0;
    int table = 0;
    qint64 after = 0;
};
Result<BootstrapState> loadBootstrapState(storage::Database& replica);

// Counts committed pages and batches; after options.failAfterBatches of
// them the pull stops with an error (tests: a sync killed halfway).
class BatchCounter {
public:
    explicit BatchCounter(int failAfter, const std::atomic<bool>* stop = nullptr)
        : m_failAfter(failAfter)
        , m_stop(stop)
    { }
    // After each committed page or batch: an error when the pull must stop
    // there (asked by a test, or PullOptions::stop set).
    Status committed();

private:
    int m_failAfter;
    const std::atomic<bool>* m_stop;
    int m_committed = 0;
};

// Copies the register from the hall (or goes on with a copy a killed pull
// began), builds the search index, and sets the watermark. Returns the
// watermark: the hall's last change when the copy began.
Result<qint64> bootstrapRegister(storage::Database& hall, storage::Database& replica,
    const BootstrapState& state, const PullProgressFn& progress, const PullOptions& options,
    BatchCounter& counter, PullReport& report);

} // namespace madoguchi::sync::pull
