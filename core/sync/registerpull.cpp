#include "sync/registerpull.h"

#include "storage/database.h"
#include "storage/transaction.h"
#include "sync/hallcatalog.h"
#include "sync/pullbootstrap.h"
#include "sync/pullchanges.h"
#include "sync/replicasealing.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>

namespace madoguchi::sync {
namespace {

Error pullFailed(const QString& hallName, const Error& why)
{
    return Error{QCoreApplication::translate("RegisterPull", "pulling the register from %1: %2")
                     .arg(hallName, why.message)};
}

Status checkSchemas(storage::Database& hall, storage::Database& replica)
{
    if (hall.schemaVersion() == replica.schemaVersion())
        return {};
    return Error{QCoreApplication::translate("RegisterPull",
        "the hall's schema is version %1 and the replica's %2: both must be opened by the same "
        "version of Madoguchi")
                     .arg(hall.schemaVersion())
                     .arg(replica.schemaVersion())};
}

Result<qint64> countPersons(storage::Database& replica)
{
    QSqlQuery q(replica.sql());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM persons")) || !q.next())
        return Error{QCoreApplication::translate("RegisterPull", "counting the replica's persons")};
    return q.value(0).toLongLong();
}

// The pull's marks: when it ended, how fresh the 支援措置 now are (the
// pull's start: what the hall committed before it is applied, what came
// later may not be), from which hall, and the catalog that hall published.
// One transaction: "data from 09:58" covers the catalog too, so the desk
// never compares with a fingerprint older or newer than the register it shows.
Status recordPull(storage::Database& replica, const QString& hallName, const QDateTime& startedAt,
    const PublishedCatalog& hallCatalog)
{
    storage::Transaction transaction(replica.sql());
    if (Status s = transaction.begun(); !s)
        return s;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (Status s = storeMeta(replica.sql(), QLatin1String(kLastPullKey), now); !s)
        return s;
    if (Status s = storeMeta(
            replica.sql(), QLatin1String(kFlagsFreshKey), startedAt.toString(Qt::ISODateWithMs));
        !s)
        return s;
    if (Status s = storeMeta(replica.sql(), QLatin1String(kHallKey), hallName); !s)
        return s;
    if (Status s = storeHallCatalog(replica.sql(), hallCatalog); !s)
        return s;
    return transaction.commit();
}

} // namespace

Result<PullReport> pullRegister(storage::Database& hall, storage::Database& replica,
    const QString& hallName, const PullProgressFn& progress, const PullOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    // The 支援措置 are as fresh as the hall's state when this pull began:
    // later changes may be missing.
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    if (Status s = checkSchemas(hall, replica); !s)
        return pullFailed(hallName, s.error());
    auto state = loadSyncState(replica);
    if (!state)
        return pullFailed(hallName, state.error());
    auto bootstrap = pull::loadBootstrapState(replica);
    if (!bootstrap)
        return pullFailed(hallName, bootstrap.error());

    PullReport report;
    report.fromSeq = state->registerWatermark;
    pull::BatchCounter counter(options.failAfterBatches, options.stop);
    qint64 watermark = state->registerWatermark;
    // A replica is bootstrapped until its copy is done; one bootstrapped
    // from a hall without changes keeps watermark 0 and the mark "done".
    if (watermark == 0 && !bootstrap->done) {
        report.bootstrap = true;
        auto copied = pull::bootstrapRegister(
            hall, replica, bootstrap.value(), progress, options, counter, report);
        if (!copied)
            return pullFailed(hallName, copied.error());
        watermark = copied.value();
    }

    // The changes after the watermark; after a bootstrap, those the hall
    // made while it was copied.
    pull::ChangeApplier applier(hall, replica, options.cipher);
    if (Status s = applier.prepare(); !s)
        return pullFailed(hallName, s.error());
    auto pending = applier.pending(watermark);
    if (!pending)
        return pullFailed(hallName, pending.error());
    const QString phase = QStringLiteral("changes");
    if (progress && pending.value() > 0)
        progress({phase, 0, pending.value()});
    for (;;) {
        auto batch = applier.applyBatch(watermark, options.batchChanges);
        if (!batch)
            return pullFailed(hallName, batch.error());
        if (batch->changes == 0)
            break;
        watermark = batch->lastSeq;
        report.changes += batch->changes;
        report.rows += batch->rows;
        if (progress)
            progress({phase, report.changes, std::max(pending.value(), report.changes)});
        if (Status s = counter.committed(); !s)
            return pullFailed(hallName, s.error());
    }
    report.toSeq = watermark;
    // Read at the end: a catalog the hall published during the pull is seen.
    auto hallCatalog = readPublishedCatalog(hall);
    if (!hallCatalog)
        return pullFailed(hallName, hallCatalog.error());
    if (Status s = recordPull(replica, hallName, startedAt, hallCatalog.value()); !s)
        return pullFailed(hallName, s.error());
    // Old page images of what was sealed may linger in the write-ahead log.
    if (options.cipher)
        if (Status s = scrubReplicaJournal(replica.sql()); !s)
            return pullFailed(hallName, s.error());
    auto persons = countPersons(replica);
    if (!persons)
        return pullFailed(hallName, persons.error());
    report.persons = persons.value();
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace madoguchi::sync
