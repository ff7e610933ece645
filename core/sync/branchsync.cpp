#include "sync/branchsync.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/databasesecretstore.h"
#include "sync/replicacipher.h"
#include "sync/replicakeys.h"
#include "sync/replicasealing.h"
#include "sync/staffpull.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace madoguchi::sync {

namespace {

// "pushing to the hall: …" — which part failed, and what the parts before it did.
Error partFailed(const char* part, const Error& error, const QString& before)
{
    QString message = QCoreApplication::translate("BranchSync", part).arg(error.message);
    if (!before.isEmpty())
        message += QStringLiteral(" ") + before;
    return Error{message};
}

} // namespace

Result<SyncReport> syncBranch(storage::Database& replica, storage::Database& hall,
    const SyncOptions& options, const PullProgressFn& progress)
{
    QElapsedTimer timer;
    timer.start();
    // A replica is an SQLite file: the branch PC's own copy (the victim
    // protection of flagfreshness.h relies on it).
    if (replica.engine() != storage::Engine::Sqlite)
        return Error{QCoreApplication::translate("BranchSync",
            "%1 cannot be a branch replica: a replica is an SQLite file on the branch PC")
                         .arg(replica.location().displayName())};
    auto state = loadSyncState(replica);
    if (!state)
        return state.error();
    if (!state->isBranch())
        return Error{QCoreApplication::translate("BranchSync",
            "%1 is not a branch replica: it has no branch code (madoguchi-cli sync --branch CODE "
            "sets one at the first sync)")
                         .arg(replica.location().displayName())};
    // The key before anything is written: a value is never stored plain.
    storage::SecretStore& secrets
        = options.secrets ? *options.secrets : storage::databaseSecretStore();
    auto cipher = ensureReplicaKey(replica, secrets);
    if (!cipher)
        return partFailed(
            QT_TRANSLATE_NOOP("BranchSync", "the replica's key: %1"), cipher.error(), {});
    SyncReport report;
    // Push first: the hall learns of the branch's visits before the branch
    // learns what changed at the hall.
    auto pushed = pushBranch(replica, hall, state->branchCode, options.push);
    if (!pushed)
        return partFailed(
            QT_TRANSLATE_NOOP("BranchSync", "pushing to the hall: %1"), pushed.error(), {});
    report.push = pushed.value();
    const QString pushedSoFar = QCoreApplication::translate(
        "BranchSync", "(The push before it completed: %1 visits, %2 audit entries.)")
                                    .arg(report.push.visits)
                                    .arg(report.push.auditEntries);
    PullOptions pull = options.pull;
    pull.cipher = &cipher.value();
    auto pulled = pullRegister(hall, replica, options.hallName, progress, pull);
    if (!pulled)
        return partFailed(QT_TRANSLATE_NOOP("BranchSync", "pulling the register: %1"),
            pulled.error(), pushedSoFar);
    report.pull = pulled.value();
    if (!options.office.isEmpty()) {
        auto staff = pullStaffVerifiers(
            hall, replica, options.office, Clock::system().now(), options.offlineLoginDays);
        if (!staff)
            return partFailed(QT_TRANSLATE_NOOP("BranchSync", "copying the staff verifiers: %1"),
                staff.error(), pushedSoFar);
        report.staff = staff.value();
    }
    // A last sweep: anything still plain (a replica pulled before it had a
    // key) is sealed now.
    if (auto swept = sealWholeReplica(replica, cipher.value()); !swept)
        return partFailed(
            QT_TRANSLATE_NOOP("BranchSync", "sealing the replica: %1"), swept.error(), pushedSoFar);
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace madoguchi::sync
