#pragma once

#include "storage/databaselocation.h"
#include "sync/branchsync.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

namespace madoguchi::sync {

class SecretSnapshot;

// One background sync: where the replica and the hall are, and the
// secrets gathered for it on the main thread (syncsecrets.h).
struct SyncJob {
    storage::DatabaseLocation replica;
    storage::DatabaseLocation hall;
    QString office; // the branch's office (staff verifiers); empty: none copied
    int offlineLoginDays = 14;
    std::shared_ptr<SecretSnapshot> secrets; // required
    PullOptions pull; // tests: page sizes, a pull stopped halfway
};

struct SyncOutcome {
    bool ok = false;
    // False when the hall could not be opened at all (the link is down):
    // the desk is offline. A sync that reached the hall and failed later
    // (lost halfway, an SQL error) is reached but not ok.
    bool reached = false;
    QString error; // when not ok: what failed, for a person
    SyncReport report; // when ok
    QDateTime finishedAt; // UTC
};

// Runs syncBranch on a thread of its own (docs/desk.md, "At a branch
// office"), so the desk never waits for the hall. That thread opens its
// own connections to the replica and the hall (STYLE.md: one connection
// per thread) and reads secrets only from the job's snapshot, never the
// keychain. One sync at a time: start() while one runs does nothing and
// returns false. The signals are emitted on the thread the worker lives on
// (the desk's main thread), so receivers need no locking.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    explicit SyncWorker(QObject* parent = nullptr);
    // Asks a sync in flight to stop after the page or batch it is writing
    // (it commits as it goes; the next sync goes on from there) and waits
    // for it: a thread left running would outlive the connections' owner.
    ~SyncWorker() override;

    bool start(SyncJob job);
    bool isRunning() const { return m_thread != nullptr; }

signals:
    // A long pull's progress: the table ("persons") or "changes", rows or
    // changes done and the total (0 when unknown).
    void progress(const QString& phase, qint64 done, qint64 total);
    void finished(const madoguchi::sync::SyncOutcome& outcome);

private:
    void finish(const SyncOutcome& outcome);

    std::unique_ptr<QThread> m_thread;
    // Set by the destructor: a pull in flight stops after its page or batch.
    std::atomic<bool> m_stop{false};
};

// Runs one job on the calling thread: what the worker's thread does.
SyncOutcome runSyncJob(const SyncJob& job, const PullProgressFn& progress = {});

} // namespace madoguchi::sync
