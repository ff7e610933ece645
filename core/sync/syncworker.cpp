#include "sync/syncworker.h"

#include "storage/database.h"
#include "sync/syncsecrets.h"

#include <QCoreApplication>
#include <QThread>

namespace madoguchi::sync {

SyncOutcome runSyncJob(const SyncJob& job, const PullProgressFn& progress)
{
    SyncOutcome outcome;
    const auto done = [&outcome] {
        outcome.finishedAt = QDateTime::currentDateTimeUtc();
        return outcome;
    };
    // The replica exists (the desk has it open) and is migrated: neither is
    // this thread's business.
    auto replica = storage::Database::open(job.replica, {.create = false, .migrate = false});
    if (!replica) {
        outcome.reached = true; // the hall is not what failed
        outcome.error = replica.error().message;
        return done();
    }
    auto hall = storage::Database::open(job.hall, {.create = false, .secrets = job.secrets.get()});
    if (!hall) {
        outcome.error = QCoreApplication::translate(
            "SyncWorker", "the hall cannot be reached; the desk keeps working on its replica: %1")
                            .arg(hall.error().message);
        return done();
    }
    outcome.reached = true;
    SyncOptions options;
    options.hallName = hall.value()->location().displayName();
    options.office = job.office;
    options.offlineLoginDays = job.offlineLoginDays;
    options.secrets = job.secrets.get();
    options.pull = job.pull;
    auto synced = syncBranch(*replica.value(), *hall.value(), options, progress);
    if (!synced) {
        outcome.error = synced.error().message;
        return done();
    }
    outcome.ok = true;
    outcome.report = synced.value();
    return done();
}

SyncWorker::SyncWorker(QObject* parent)
    : QObject(parent)
{ }

SyncWorker::~SyncWorker()
{
    m_stop.store(true);
    if (m_thread)
        m_thread->wait();
}

bool SyncWorker::start(SyncJob job)
{
    if (m_thread || !job.secrets)
        return false;
    // The thread posts back to this object, which lives on the caller's
    // thread: progress and the outcome arrive there as queued calls. Posted
    // calls to a deleted object are dropped, and the destructor waits.
    job.pull.stop = &m_stop;
    m_thread.reset(QThread::create([this, job = std::move(job)] {
        const auto report = [this](const PullProgress& p) {
            QMetaObject::invokeMethod(
                this, [this, p] { emit progress(p.phase, p.done, p.total); }, Qt::QueuedConnection);
        };
        const SyncOutcome outcome = runSyncJob(job, report);
        QMetaObject::invokeMethod(
            this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("branch-sync"));
    m_thread->start();
    return true;
}

void SyncWorker::finish(const SyncOutcome& outcome)
{
    // The thread posted this as its last act: it is ending, if not ended.
    m_thread->wait();
    m_thread.reset();
    emit finished(outcome);
}

} // namespace madoguchi::sync
