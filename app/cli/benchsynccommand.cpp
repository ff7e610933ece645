#include "benchsynccommand.h"

#include "benchsyncchanges.h"
#include "demo/democity.h"
#include "output.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "sync/registerpull.h"
#include "sync/replicacipher.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cmath>

namespace madoguchi::cli {
namespace {

constexpr double kBootstrapTargetSeconds = 120;
constexpr double kIncrementalTargetSeconds = 2;

double seconds(qint64 ms)
{
    return std::round(double(ms)) / 1000.0;
}

Result<qint64> personCount(storage::Database& db)
{
    auto rows = storage::exec(db.sql(), QStringLiteral("SELECT COUNT(*) FROM persons"), {},
        QCoreApplication::translate("BenchSync", "counting the hall's persons"));
    if (!rows)
        return rows.error();
    const qint64 n = rows->next() ? rows->value(0).toLongLong() : 0;
    rows->finish();
    return n;
}

} // namespace

QString BenchSyncCommand::summary() const
{
    return QCoreApplication::translate(
        "BenchSync", "Measure a branch's bootstrap and incremental sync against a scratch hall");
}

void BenchSyncCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("hall"),
        QCoreApplication::translate("BenchSync",
            "A scratch hall database (postgresql:// URL); seeded with the demo city when empty."),
        QCoreApplication::translate("BenchSync", "URL")});
    parser.addOption({QStringLiteral("residents"),
        QCoreApplication::translate(
            "BenchSync", "Residents of the demo city seeded into an empty hall (default 1000000)."),
        QCoreApplication::translate("BenchSync", "N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("changes"),
        QCoreApplication::translate(
            "BenchSync", "Changes made at the hall before the incremental pull (default 1000)."),
        QCoreApplication::translate("BenchSync", "N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("work"),
        QCoreApplication::translate("BenchSync",
            "Folder for the replica and the change files (default: a temporary folder)."),
        QCoreApplication::translate("BenchSync", "DIR")});
}

int BenchSyncCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("hall"))) {
        out.error(QCoreApplication::translate(
            "BenchSync", "--hall URL is required (a scratch database: the bench changes it)"));
        return ExitUsage;
    }
    bool okResidents = false, okChanges = false;
    const qint64 residents = parser.value(QStringLiteral("residents")).toLongLong(&okResidents);
    const qint64 changes = parser.value(QStringLiteral("changes")).toLongLong(&okChanges);
    if (!okResidents || residents < 1 || residents > demo::kMaxDemoResidents || !okChanges
        || changes < 1) {
        out.error(QCoreApplication::translate(
            "BenchSync", "--residents must be 1 … 10000000 and --changes at least 1"));
        return ExitUsage;
    }
    QTemporaryDir temporary;
    const QString work = parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work"))
                                                              : temporary.path();
    if (!QDir().mkpath(work)) {
        out.error(
            QCoreApplication::translate("BenchSync", "cannot create the folder %1").arg(work));
        return ExitFailure;
    }

    auto hall = storage::Database::open(parser.value(QStringLiteral("hall")), {.create = false});
    if (!hall) {
        out.error(hall.error().message);
        return ExitFailure;
    }
    auto before = personCount(*hall.value());
    if (!before) {
        out.error(before.error().message);
        return ExitFailure;
    }
    QElapsedTimer timer;
    qint64 seedMs = 0;
    if (before.value() == 0) {
        timer.start();
        demo::DemoOptions options;
        options.residents = residents;
        options.asOf = QDate::currentDate();
        auto seeded = demo::seedDemoCity(*hall.value(), options, [&](qint64 done, qint64 total) {
            out.progress(QCoreApplication::translate("BenchSync", "seeding the hall: %1 of %2")
                             .arg(done)
                             .arg(total));
        });
        out.endProgress();
        if (!seeded) {
            out.error(seeded.error().message);
            return ExitFailure;
        }
        seedMs = timer.elapsed();
    }
    auto hallPersons = personCount(*hall.value());
    if (!hallPersons) {
        out.error(hallPersons.error().message);
        return ExitFailure;
    }

    const QString replicaPath = QDir(work).filePath(QStringLiteral("bench-replica.sqlite"));
    QFile::remove(replicaPath);
    auto replica = storage::Database::open(replicaPath);
    if (!replica) {
        out.error(replica.error().message);
        return ExitFailure;
    }
    {
        storage::Transaction transaction(replica.value()->sql());
        if (Status s = sync::storeMeta(replica.value()->sql(), QLatin1String(sync::kBranchCodeKey),
                QStringLiteral("BENCH"));
            !s || !transaction.commit()) {
            out.error(QCoreApplication::translate("BenchSync", "cannot name the replica's branch"));
            return ExitFailure;
        }
    }
    const QString hallName = hall.value()->location().displayName();
    const auto progress = [&](const sync::PullProgress& p) {
        out.progress(p.total > 0
                ? QCoreApplication::translate("BenchSync", "%1: %2 of %3")
                      .arg(p.phase)
                      .arg(p.done)
                      .arg(p.total)
                : QCoreApplication::translate("BenchSync", "%1: %2").arg(p.phase).arg(p.done));
    };
    // Sealed as a branch's sync seals (a key of its own, not the keychain's:
    // the bench replica is thrown away).
    auto cipher = sync::ReplicaCipher::fromKey(sync::ReplicaCipher::generateKey());
    if (!cipher) {
        out.error(cipher.error().message);
        return ExitFailure;
    }
    sync::PullOptions pullOptions;
    pullOptions.cipher = &cipher.value();
    timer.restart();
    auto bootstrap
        = sync::pullRegister(*hall.value(), *replica.value(), hallName, progress, pullOptions);
    out.endProgress();
    const qint64 bootstrapMs = timer.elapsed();
    if (!bootstrap) {
        out.error(bootstrap.error().message);
        return ExitFailure;
    }

    auto made = makeHallChanges(*hall.value(), changes, work);
    if (!made) {
        out.error(made.error().message);
        return ExitFailure;
    }
    timer.restart();
    auto incremental
        = sync::pullRegister(*hall.value(), *replica.value(), hallName, {}, pullOptions);
    const qint64 incrementalMs = timer.elapsed();
    if (!incremental) {
        out.error(incremental.error().message);
        return ExitFailure;
    }

    const double bootstrapS = seconds(bootstrapMs);
    const double incrementalS = seconds(incrementalMs);
    const qint64 replicaBytes = QFileInfo(replicaPath).size();
    out.result(QJsonObject{
        {QStringLiteral("hall_persons"), hallPersons.value()},
        {QStringLiteral("hall_seeded_seconds"),
            seedMs > 0 ? QJsonValue(seconds(seedMs)) : QJsonValue()},
        {QStringLiteral("bootstrap"),
            QJsonObject{{QStringLiteral("seconds"), bootstrapS},
                {QStringLiteral("rows"), bootstrap->rows},
                {QStringLiteral("persons"), bootstrap->persons},
                {QStringLiteral("replica_bytes"), replicaBytes},
                {QStringLiteral("target_seconds"), kBootstrapTargetSeconds},
                {QStringLiteral("within_target"), bootstrapS <= kBootstrapTargetSeconds}}},
        {QStringLiteral("incremental"),
            QJsonObject{{QStringLiteral("changes_made"), made.value()},
                {QStringLiteral("changes_pulled"), incremental->changes},
                {QStringLiteral("seconds"), incrementalS},
                {QStringLiteral("target_seconds"), kIncrementalTargetSeconds},
                {QStringLiteral("within_target"), incrementalS <= kIncrementalTargetSeconds}}},
    });
    out.line(QCoreApplication::translate("BenchSync", "hall: %1 persons%2")
                 .arg(hallPersons.value())
                 .arg(seedMs > 0 ? QCoreApplication::translate("BenchSync", " (seeded in %1 s)")
                                       .arg(seconds(seedMs))
                                 : QString()));
    out.line(QCoreApplication::translate(
        "BenchSync", "bootstrap: %1 s, %2 rows, %3 persons, replica %4 MB (target ≤ %5 s: %6)")
                 .arg(bootstrapS)
                 .arg(bootstrap->rows)
                 .arg(bootstrap->persons)
                 .arg(replicaBytes / 1'000'000)
                 .arg(kBootstrapTargetSeconds)
                 .arg(bootstrapS <= kBootstrapTargetSeconds
                         ? QCoreApplication::translate("BenchSync", "met")
                         : QCoreApplication::translate("BenchSync", "NOT met")));
    out.line(QCoreApplication::translate(
        "BenchSync", "incremental: %1 changes in %2 s (target ≤ %3 s for 1000: %4)")
                 .arg(incremental->changes)
                 .arg(incrementalS)
                 .arg(kIncrementalTargetSeconds)
                 .arg(incrementalS <= kIncrementalTargetSeconds
                         ? QCoreApplication::translate("BenchSync", "met")
                         : QCoreApplication::translate("BenchSync", "NOT met")));
    return ExitOk;
}

} // namespace madoguchi::cli
