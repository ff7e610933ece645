#include "relaycommand.h"

#include "databaseoption.h"
#include "delivery/connectorset.h"
#include "delivery/relay.h"
#include "output.h"
#include "storage/database.h"
#include "storage/keychainsecretstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>
#include <atomic>
#include <csignal>
#include <unistd.h>

namespace madoguchi::cli {
namespace {

std::atomic<bool> g_stop{false};

extern "C" void requestStop(int)
{
    g_stop.store(true);
}

// --connectors FILE, else MADOGUCHI_CONNECTORS, else MADOGUCHI_BACKEND_URL
// (every system at one sandbox).
Result<delivery::ConnectorSet> connectorsFrom(const QCommandLineParser& parser)
{
    QString file = parser.value(QStringLiteral("connectors"));
    if (file.isEmpty())
        file = qEnvironmentVariable("MADOGUCHI_CONNECTORS");
    if (!file.isEmpty())
        return delivery::ConnectorSet::fromFile(file);
    const QString sandbox = qEnvironmentVariable("MADOGUCHI_BACKEND_URL");
    if (!sandbox.isEmpty())
        return delivery::ConnectorSet::sandbox(sandbox);
    return Error{QCoreApplication::translate("RelayCommand",
        "no connectors are configured: give --connectors FILE, or set MADOGUCHI_CONNECTORS "
        "(a file) or MADOGUCHI_BACKEND_URL (one sandbox for every system); see docs/delivery.md")};
}

QJsonObject roundJson(const delivery::RelayRound& total)
{
    return {{QStringLiteral("delivered"), total.delivered},
        {QStringLiteral("retrying"), total.retrying}, {QStringLiteral("rejected"), total.rejected},
        {QStringLiteral("lost_leases"), total.lost}};
}

} // namespace

QString RelayCommand::summary() const
{
    return QCoreApplication::translate(
        "RelayCommand", "Deliver the outbox to the back-end systems (a service, or --once)");
}

void RelayCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("once"),
        QCoreApplication::translate(
            "RelayCommand", "Deliver what is due now, then exit (instead of running until stopped).")});
    parser.addOption({QStringLiteral("connectors"),
        QCoreApplication::translate("RelayCommand",
            "The connectors file (docs/delivery.md); default: $MADOGUCHI_CONNECTORS, else "
            "$MADOGUCHI_BACKEND_URL."),
        QCoreApplication::translate("RelayCommand", "FILE")});
    parser.addOption({QStringLiteral("batch"),
        QCoreApplication::translate("RelayCommand", "Applications claimed at once, 1 to 1000 (default 32)."),
        QCoreApplication::translate("RelayCommand", "N"), QStringLiteral("32")});
    parser.addOption({QStringLiteral("lease-seconds"),
        QCoreApplication::translate("RelayCommand",
            "How long a claimed application stays this relay's, 1 to 3600 (default 120)."),
        QCoreApplication::translate("RelayCommand", "N"), QStringLiteral("120")});
    parser.addOption({QStringLiteral("backoff-first-ms"),
        QCoreApplication::translate("RelayCommand",
            "The wait after a first failed send, 1 to 3600000 ms (default 2000)."),
        QCoreApplication::translate("RelayCommand", "MS"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("backoff-cap-ms"),
        QCoreApplication::translate("RelayCommand",
            "The longest wait between sends of one application, 1 to 86400000 ms (default "
            "3600000: one hour)."),
        QCoreApplication::translate("RelayCommand", "MS"), QStringLiteral("3600000")});
}

int RelayCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate("RelayCommand", "--db LOCATION is required"));
        return ExitUsage;
    }
    bool ok = false;
    const int batch = parser.value(QStringLiteral("batch")).toInt(&ok);
    if (!ok || batch < 1 || batch > 1000) {
        out.error(QCoreApplication::translate("RelayCommand", "--batch must be from 1 to 1000"));
        return ExitUsage;
    }
    const int lease = parser.value(QStringLiteral("lease-seconds")).toInt(&ok);
    if (!ok || lease < 1 || lease > 3600) {
        out.error(QCoreApplication::translate("RelayCommand", "--lease-seconds must be from 1 to 3600"));
        return ExitUsage;
    }
    const qint64 first = parser.value(QStringLiteral("backoff-first-ms")).toLongLong(&ok);
    if (!ok || first < 1 || first > 3600000) {
        out.error(QCoreApplication::translate(
            "RelayCommand", "--backoff-first-ms must be from 1 to 3600000"));
        return ExitUsage;
    }
    const qint64 cap = parser.value(QStringLiteral("backoff-cap-ms")).toLongLong(&ok);
    if (!ok || cap < first || cap > 86400000) {
        out.error(QCoreApplication::translate(
            "RelayCommand", "--backoff-cap-ms must be from --backoff-first-ms to 86400000"));
        return ExitUsage;
    }
    auto connectors = connectorsFrom(parser);
    if (!connectors) {
        out.error(connectors.error().message);
        return ExitUsage;
    }
    auto db = storage::Database::open(parser.value(QStringLiteral("db")), {.create = false});
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }
    storage::KeychainSecretStore secrets;
    delivery::RelayOptions options;
    options.owner = QStringLiteral("%1/%2").arg(QSysInfo::machineHostName()).arg(getpid());
    options.batch = batch;
    options.lease = std::chrono::seconds(lease);
    options.backoff.first = std::chrono::milliseconds(first);
    options.backoff.cap = std::chrono::milliseconds(cap);
    delivery::Relay relay(*db.value(), connectors.value(), secrets, options);

    g_stop.store(false);
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    const bool once = parser.isSet(QStringLiteral("once"));
    if (!once)
        out.line(QCoreApplication::translate("RelayCommand", "relay %1: running").arg(options.owner));
    delivery::RelayRound total;
    while (!g_stop.load()) {
        auto round = relay.runOnce(&g_stop);
        if (!round) {
            out.error(round.error().message);
            if (once)
                return ExitFailure;
            QThread::sleep(1); // the database may come back
            continue;
        }
        total += round.value();
        if (round->claimed > 0)
            continue;
        if (once)
            break;
        for (int i = 0; i < 10 && !g_stop.load(); ++i) // poll every second
            QThread::msleep(100);
    }
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    out.result(roundJson(total));
    out.line(QCoreApplication::translate(
        "RelayCommand", "%1 delivered, %2 waiting to be retried, %3 rejected")
                 .arg(total.delivered)
                 .arg(total.retrying)
                 .arg(total.rejected));
    return ExitOk;
}

} // namespace madoguchi::cli
