#include "sync/branchpush.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "sync/pushaudit.h"
#include "sync/pushvisit.h"
#include "sync/syncstate.h"
#include "visit/visitreference.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>

namespace madoguchi::sync {

namespace {

Result<QString> branchCodeOf(storage::Database& db, const QString& which)
{
    auto found = storage::exec(db.sql(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
        {QString::fromLatin1(kBranchCodeKey)},
        QCoreApplication::translate("BranchPush", "reading the branch code of %1").arg(which));
    if (!found)
        return found.error();
    return found->next() ? found->value(0).toString() : QString();
}

// Pushing with the wrong code, or into another replica, would put visits
// and entries under a name that is not theirs: refuse before writing.
Status checkCodes(storage::Database& replica, storage::Database& hall, const QString& branchCode)
{
    if (!visit::isValidBranchCode(branchCode))
        return Error{QCoreApplication::translate("BranchPush",
            "\"%1\" is not a branch code (a capital letter, then up to 7 capital letters and "
            "digits, e.g. K01)")
                         .arg(branchCode)};
    auto own = branchCodeOf(replica, QCoreApplication::translate("BranchPush", "the branch"));
    if (!own)
        return own.error();
    if (own->isEmpty())
        return Error{QCoreApplication::translate("BranchPush",
            "the replica has no branch code (meta %1): its visit references could be the hall's "
            "own; set the code before the branch takes visits")
                         .arg(QString::fromLatin1(kBranchCodeKey))};
    if (own.value() != branchCode)
        return Error{QCoreApplication::translate(
            "BranchPush", "the replica is branch %1, not %2; nothing was pushed")
                         .arg(own.value(), branchCode)};
    auto hallCode = branchCodeOf(hall, QCoreApplication::translate("BranchPush", "the hall"));
    if (!hallCode)
        return hallCode.error();
    if (!hallCode->isEmpty())
        return Error{QCoreApplication::translate("BranchPush",
            "the database given as the hall is itself branch %1's replica; nothing was pushed")
                         .arg(hallCode.value())};
    return {};
}

Result<QStringList> unpushedVisits(storage::Database& replica)
{
    auto rows = storage::exec(replica.sql(),
        QStringLiteral("SELECT ref FROM visits WHERE pushed_at IS NULL ORDER BY ref"), {},
        QCoreApplication::translate("BranchPush", "listing the visits still to push"));
    if (!rows)
        return rows.error();
    QStringList refs;
    while (rows->next())
        refs << rows->value(0).toString();
    return refs;
}

Status storeLastPush(storage::Database& replica)
{
    storage::Transaction transaction(replica.sql());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    if (Status stored = storeMeta(replica.sql(), QString::fromLatin1(kLastPushKey),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        !stored)
        return stored.error();
    return transaction.commit();
}

} // namespace

Result<PushReport> pushBranch(storage::Database& replica, storage::Database& hall,
    const QString& branchCode, const PushOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    if (Status codes = checkCodes(replica, hall, branchCode); !codes)
        return codes.error();
    PushReport report;
    auto refs = unpushedVisits(replica);
    if (!refs)
        return refs.error();
    int committed = 0;
    if (options.failAfterVisits == 0)
        return Error{QCoreApplication::translate(
            "BranchPush", "push stopped before its first visit (failAfterVisits)")};
    for (const QString& ref : refs.value()) {
        auto visit = readBranchVisit(replica, ref);
        if (!visit)
            return visit.error();
        auto outcome = writeVisitAtHall(hall, visit.value(), branchCode);
        if (!outcome)
            return Error{QCoreApplication::translate(
                "BranchPush", "%1 (%2 visits pushed before it; the push can be run again)")
                             .arg(outcome.error().message)
                             .arg(report.visits + report.alreadyAtHall)};
        if (outcome->kind == VisitOutcome::Kind::KeptAtBranch) {
            report.problems << outcome->why;
            continue;
        }
        if (outcome->kind == VisitOutcome::Kind::AlreadyAtHall) {
            ++report.alreadyAtHall;
        } else {
            ++report.visits;
            if (outcome->heldForReview)
                ++report.held;
            report.applications += outcome->applications;
            report.outboxItems += outcome->outboxItems;
            ++committed;
        }
        // The seam of the tests: stop where a killed push would, after the
        // hall's commit and before the branch's mark.
        if (outcome->kind == VisitOutcome::Kind::Written && committed == options.failAfterVisits)
            return Error{QCoreApplication::translate(
                "BranchPush", "push stopped after %1 visits (failAfterVisits)")
                             .arg(committed)};
        if (Status marked = markVisitPushed(replica, ref); !marked)
            return Error{QCoreApplication::translate("BranchPush",
                "visit %1 is at the hall but could not be marked at the branch (the next push "
                "marks it): %2")
                             .arg(ref, marked.error().message)};
    }
    auto entries = pushAuditEntries(replica, hall, branchCode, options.auditBatch);
    if (!entries)
        return entries.error();
    report.auditEntries = entries.value();
    if (Status stored = storeLastPush(replica); !stored)
        return stored.error();
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace madoguchi::sync
