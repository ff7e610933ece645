#include "benchdeliverycommand.h"

#include "catalogcommands.h"
#include "databaseoption.h"
#include "delivery/connectorset.h"
#include "delivery/outbox.h"
#include "delivery/relay.h"
#include "demo/demovisits.h"
#include "output.h"
#include "percentile.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "storage/database.h"
#include "storage/keychainsecretstore.h"
#include "storage/sqlerror.h"
#include "visit/visitsubmission.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QUuid>
#include <algorithm>

namespace madoguchi::cli {
namespace {

// The sandbox beside this binary in a build tree (app/cli → app/sandbox)
// or an installation (same folder), else on PATH.
QString sandboxBinary()
{
    const QString here = QCoreApplication::applicationDirPath();
    const QStringList candidates{here + QStringLiteral("/../sandbox/madoguchi-sandbox"),
        here + QStringLiteral("/madoguchi-sandbox")};
    for (const QString& candidate : candidates)
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    return QStringLiteral("madoguchi-sandbox");
}

} // namespace

QString BenchDeliveryCommand::summary() const
{
    return QCoreApplication::translate(
        "BenchDelivery", "Measure one relay's deliveries per second and the time to submit a visit");
}

void BenchDeliveryCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("applications"),
        QCoreApplication::translate("BenchDelivery", "Applications the relay delivers (default 2000)."),
        QCoreApplication::translate("BenchDelivery", "N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("visits"),
        QCoreApplication::translate("BenchDelivery", "Demo visits submitted and timed (default 100)."),
        QCoreApplication::translate("BenchDelivery", "N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("sandbox"),
        QCoreApplication::translate("BenchDelivery",
            "A running sandbox's base URL; default: start madoguchi-sandbox for the run."),
        QCoreApplication::translate("BenchDelivery", "URL")});
    parser.addOption({QStringLiteral("catalog"), catalogDirectoryHelp(),
        QCoreApplication::translate("BenchDelivery", "DIR")});
}

int BenchDeliveryCommand::run(const QCommandLineParser& parser, Output& out)
{
    bool okApps = false, okVisits = false;
    const int applications = parser.value(QStringLiteral("applications")).toInt(&okApps);
    const int visits = parser.value(QStringLiteral("visits")).toInt(&okVisits);
    if (!parser.isSet(QStringLiteral("db")) || !okApps || applications < 1 || !okVisits
        || visits < 1) {
        out.error(QCoreApplication::translate("BenchDelivery",
            "usage: bench delivery --db DEMO_DATABASE [--applications N] [--visits N]"));
        return ExitUsage;
    }
    const auto catalog = openCatalog(parser.value(QStringLiteral("catalog")), out);
    if (!catalog)
        return ExitFailure;
    auto db = storage::Database::open(parser.value(QStringLiteral("db")), {.create = false});
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }

    QProcess sandbox;
    QString base = parser.value(QStringLiteral("sandbox"));
    if (base.isEmpty()) {
        sandbox.start(sandboxBinary(), {QStringLiteral("--port"), QStringLiteral("0")});
        if (!sandbox.waitForStarted(10000) || !sandbox.waitForReadyRead(10000)) {
            out.error(QCoreApplication::translate("BenchDelivery", "cannot start %1: %2")
                          .arg(sandboxBinary(), sandbox.errorString()));
            return ExitFailure;
        }
        const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
        base = line.mid(line.indexOf(QLatin1String("http://")));
    }

    // 1. One relay delivering `applications` queued applications.
    delivery::Outbox outbox(*db.value());
    QList<delivery::NewApplication> queued;
    for (int i = 0; i < applications; ++i) {
        // The envelope names its own id, as a visit writes it.
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        queued << delivery::NewApplication{id, QStringLiteral("BENCH"), QStringLiteral("kokuho"),
            QStringLiteral("bench"), 1,
            QJsonObject{{QStringLiteral("application_id"), id},
                {QStringLiteral("system"), QStringLiteral("kokuho")},
                {QStringLiteral("procedure"), QJsonObject{{QStringLiteral("id"), QStringLiteral("bench")}}}}};
    }
    if (auto ids = outbox.enqueue(queued); !ids) {
        out.error(ids.error().message);
        return ExitFailure;
    }
    auto connectors = delivery::ConnectorSet::sandbox(base);
    if (!connectors) {
        out.error(connectors.error().message);
        return ExitFailure;
    }
    storage::KeychainSecretStore secrets;
    delivery::RelayOptions options;
    options.owner = QStringLiteral("bench-relay");
    options.batch = 64;
    delivery::Relay relay(*db.value(), connectors.value(), secrets, options);
    QElapsedTimer timer;
    timer.start();
    delivery::RelayRound total;
    for (;;) {
        auto round = relay.runOnce();
        if (!round) {
            out.error(round.error().message);
            return ExitFailure;
        }
        total += round.value();
        if (round->claimed == 0)
            break;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    // 2. Submitting demo visits: submitVisit() alone is timed (the
    // checklist and the demo clerk's answers come before the button).
    security::AuditLog audit(*db.value());
    security::AccessControl access(security::Session{QStringLiteral("bench"),
                                       security::Role::Clerk, QStringLiteral("本庁"),
                                       QSysInfo::machineHostName(), QDateTime::currentDateTimeUtc()},
        audit);
    auto submitted = demo::submitDemoVisits(
        *db.value(), access, *catalog, visits, 1000, QDate::currentDate());
    if (!submitted) {
        out.error(submitted.error().message);
        return ExitFailure;
    }
    // The biggest visit the city can give: a 転入 of its largest household.
    QList<double> biggestMs;
    int biggestApplications = 0, biggestMembers = 0;
    auto largest = storage::exec(db.value()->sql(),
        QStringLiteral("SELECT p.atena_no, h.c FROM persons p JOIN (SELECT household_id, COUNT(*) "
                       "AS c FROM persons WHERE status = 'resident' GROUP BY household_id ORDER BY "
                       "c DESC, household_id LIMIT 1) h ON h.household_id = p.household_id WHERE "
                       "p.relationship = '世帯主' AND p.status = 'resident'"),
        {}, QStringLiteral("bench"));
    if (largest && largest->next()) {
        visit::VisitDraft draft;
        draft.atenaNo = largest->value(0).toString();
        biggestMembers = largest->value(1).toInt();
        largest->finish();
        draft.eventType = QStringLiteral("tennyu");
        draft.today = QDate::currentDate();
        draft.eventDate = draft.today.addDays(-3);
        QRandomGenerator random(7);
        QString skip;
        if (Status s = demo::completeDemoDraft(*db.value(), *catalog, draft, random, skip); !s) {
            out.error(s.error().message);
            return ExitFailure;
        }
        if (!skip.isEmpty())
            out.error(QCoreApplication::translate(
                "BenchDelivery", "the largest household's 転入 cannot be completed: %1")
                          .arg(skip));
        for (int i = 0; skip.isEmpty() && i < 20; ++i) {
            QElapsedTimer clock;
            clock.start();
            auto one = visit::submitVisit(*db.value(), access, *catalog, draft);
            if (!one) {
                out.error(one.error().message);
                return ExitFailure;
            }
            biggestMs.push_back(double(clock.nsecsElapsed()) / 1e6);
            biggestApplications = int(one->applications.size());
        }
    }
    QList<double> submitMs, largeMs;
    const int submittedApplications = submitted->applications;
    for (const auto& [count, ms] : submitted->submitTimes) {
        submitMs.push_back(ms);
        if (count >= 10)
            largeMs.push_back(ms);
    }

    if (sandbox.state() != QProcess::NotRunning) {
        sandbox.terminate();
        sandbox.waitForFinished(10000);
    }

    const double perSecond = seconds > 0 ? double(total.delivered) / seconds : 0;
    out.result(QJsonObject{{QStringLiteral("engine"),
                               db.value()->engine() == storage::Engine::Sqlite
                                   ? QStringLiteral("sqlite")
                                   : QStringLiteral("postgresql")},
        {QStringLiteral("relay"),
            QJsonObject{{QStringLiteral("applications"), applications},
                {QStringLiteral("delivered"), total.delivered},
                {QStringLiteral("retrying"), total.retrying},
                {QStringLiteral("rejected"), total.rejected},
                {QStringLiteral("seconds"), seconds},
                {QStringLiteral("applications_per_second"), perSecond}}},
        {QStringLiteral("submit"),
            QJsonObject{{QStringLiteral("visits"), int(submitMs.size())},
                {QStringLiteral("applications"), submittedApplications},
                {QStringLiteral("p50_ms"), percentile(submitMs, 0.5)},
                {QStringLiteral("p95_ms"), percentile(submitMs, 0.95)},
                {QStringLiteral("max_ms"), percentile(submitMs, 1.0)},
                {QStringLiteral("visits_with_10_or_more"), int(largeMs.size())},
                {QStringLiteral("p50_ms_10_or_more"), percentile(largeMs, 0.5)},
                {QStringLiteral("largest_household"),
                    QJsonObject{{QStringLiteral("members"), biggestMembers},
                        {QStringLiteral("applications"), biggestApplications},
                        {QStringLiteral("runs"), int(biggestMs.size())},
                        {QStringLiteral("p50_ms"), percentile(biggestMs, 0.5)},
                        {QStringLiteral("max_ms"), percentile(biggestMs, 1.0)}}}}}});
    out.line(QCoreApplication::translate("BenchDelivery",
        "relay: %1 of %2 delivered in %3 s: %4 applications/s")
                 .arg(total.delivered)
                 .arg(applications)
                 .arg(seconds, 0, 'f', 2)
                 .arg(perSecond, 0, 'f', 0));
    out.line(QCoreApplication::translate("BenchDelivery",
        "submit: %1 visits (%2 applications): p50 %3 ms, p95 %4 ms; %5 visits of 10+ applications: p50 %6 ms")
                 .arg(submitMs.size())
                 .arg(submittedApplications)
                 .arg(percentile(submitMs, 0.5), 0, 'f', 2)
                 .arg(percentile(submitMs, 0.95), 0, 'f', 2)
                 .arg(largeMs.size())
                 .arg(percentile(largeMs, 0.5), 0, 'f', 2));
    out.line(QCoreApplication::translate("BenchDelivery",
        "submit, 転入 of the largest household (%1 members, %2 applications), %3 runs: p50 %4 ms, max %5 ms")
                 .arg(biggestMembers)
                 .arg(biggestApplications)
                 .arg(biggestMs.size())
                 .arg(percentile(biggestMs, 0.5), 0, 'f', 2)
                 .arg(percentile(biggestMs, 1.0), 0, 'f', 2));
    return ExitOk;
}

} // namespace madoguchi::cli
