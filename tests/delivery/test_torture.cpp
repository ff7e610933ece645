// Issue #6's torture test: 500 applications delivered by two relay
// processes to the sandbox while the sandbox fails 30 % of the requests
// with 503 and drops 10 % of the connections after committing, the relays
// are killed with SIGKILL ten times at random moments and restarted, and
// the sandbox is killed and restarted twice. At the end every application
// is delivered exactly once: the sandbox holds exactly the 500 keys, each
// stored once, with the receipts the outbox holds. The repeated posts (the
// price of at-least-once sending) are printed. On both engines.
#include "delivery/outbox.h"
#include "storage/sqlerror.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <csignal>
#include <gtest/gtest.h>
#include <iostream>

namespace {

using namespace madoguchi;

constexpr int kApplications = 500;
constexpr int kRelayKills = 10;
constexpr int kSandboxRestarts = 2;
constexpr qint64 kTimeLimitMs = 150'000;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

class Torture : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
        port = freePort();
        ASSERT_NE(port, 0);
    }

    void TearDown() override
    {
        for (QProcess* p : {&relays[0], &relays[1], &sandbox})
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
    }

    void startSandbox()
    {
        sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sandbox.start(QStringLiteral(MADOGUCHI_BINARY_DIR "/app/sandbox/madoguchi-sandbox"),
            {QStringLiteral("--port"), QString::number(port), QStringLiteral("--db"),
                dir.filePath(QStringLiteral("sandbox.sqlite")), QStringLiteral("--fail-rate"),
                QStringLiteral("0.3"), QStringLiteral("--drop-after-commit"), QStringLiteral("0.1"),
                QStringLiteral("--latency-ms"), QStringLiteral("10"), // spreads the kills over the run
                QStringLiteral("--seed"), QString::number(++sandboxStarts)});
        ASSERT_TRUE(sandbox.waitForStarted(10000));
        ASSERT_TRUE(sandbox.waitForReadyRead(10000)); // the "listening on" line
        sandbox.readAll();
    }

    void startRelay(int which)
    {
        QProcess& relay = relays[which];
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MADOGUCHI_BACKEND_URL"), QStringLiteral("http://127.0.0.1:%1").arg(port));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        relay.setProcessEnvironment(env);
        relay.setProcessChannelMode(QProcess::MergedChannels);
        relay.start(QStringLiteral(MADOGUCHI_BINARY_DIR "/app/cli/madoguchi-cli"),
            {QStringLiteral("relay"), QStringLiteral("--db"), testDb.location(),
                QStringLiteral("--batch"), QStringLiteral("8"), QStringLiteral("--lease-seconds"),
                QStringLiteral("2"), QStringLiteral("--backoff-first-ms"), QStringLiteral("50"),
                QStringLiteral("--backoff-cap-ms"), QStringLiteral("400")});
        ASSERT_TRUE(relay.waitForStarted(10000));
    }

    int delivered()
    {
        auto q = storage::exec(db->sql(),
            QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'delivered'"));
        return q && q->next() ? q->value(0).toInt() : -1;
    }

    QJsonArray held()
    {
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(network.get(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/applications").arg(port)))));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        return QJsonDocument::fromJson(reply->readAll()).array();
    }

    madoguchi::testing::TestDatabase testDb{GetParam()};
    std::unique_ptr<storage::Database> db;
    QTemporaryDir dir;
    quint16 port = 0;
    int sandboxStarts = 0;
    QProcess sandbox;
    QProcess relays[2];
};

TEST_P(Torture, EveryApplicationIsDeliveredExactlyOnce)
{
    QList<delivery::NewApplication> applications;
    QSet<QString> keys;
    for (int i = 0; i < kApplications; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString system = i % 3 ? QStringLiteral("kokuho") : QStringLiteral("juki");
        keys.insert(id);
        applications << delivery::NewApplication{id, QStringLiteral("TORTURE"), system,
            QStringLiteral("p%1").arg(i % 7), 1,
            QJsonObject{{QStringLiteral("application_id"), id}, {QStringLiteral("system"), system},
                {QStringLiteral("procedure"),
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("p%1").arg(i % 7)}}}}};
    }
    delivery::Outbox outbox(*db);
    ASSERT_TRUE(outbox.enqueue(applications));

    startSandbox();
    startRelay(0);
    startRelay(1);
    QRandomGenerator random(20261126);
    QElapsedTimer clock;
    clock.start();
    int kills = 0, restarts = 0;
    while (delivered() < kApplications && clock.elapsed() < kTimeLimitMs) {
        QThread::msleep(100 + random.bounded(300));
        if (kills < kRelayKills) {
            const int which = kills % 2;
            relays[which].kill(); // SIGKILL: mid-send, mid-transaction, wherever it is
            relays[which].waitForFinished(5000);
            startRelay(which);
            ++kills;
            if (kills == 3 || kills == 7) {
                sandbox.kill();
                sandbox.waitForFinished(5000);
                QThread::msleep(200); // nobody listening for a moment
                startSandbox();
                ++restarts;
            }
        }
    }
    EXPECT_EQ(kills, kRelayKills);
    EXPECT_EQ(restarts, kSandboxRestarts);
    ASSERT_EQ(delivered(), kApplications) << "not all delivered within the time limit";
    for (QProcess& relay : relays) {
        relay.terminate(); // SIGTERM: the send in flight finishes
        EXPECT_TRUE(relay.waitForFinished(15000));
        EXPECT_EQ(relay.exitCode(), 0) << relay.readAll().toStdString();
    }

    const QJsonArray stored = held();
    ASSERT_EQ(stored.size(), kApplications);
    QSet<QString> storedKeys;
    int posts = 0;
    QHash<QString, QString> receipts;
    for (const QJsonValue& s : stored) {
        const QString key = s[QStringLiteral("idempotency_key")].toString();
        storedKeys.insert(key);
        posts += s[QStringLiteral("posts")].toInt();
        receipts.insert(key, s[QStringLiteral("receipt")].toString());
    }
    EXPECT_EQ(storedKeys, keys); // each key stored once, no stranger
    auto rows = storage::exec(db->sql(), QStringLiteral("SELECT id, receipt FROM outbox"));
    ASSERT_TRUE(rows);
    while (rows->next())
        EXPECT_EQ(rows->value(1).toString(), receipts.value(rows->value(0).toString()));
    const int repeats = posts - kApplications;
    std::cout << "[ torture ] " << kApplications << " applications delivered exactly once in "
              << clock.elapsed() << " ms; " << repeats
              << " repeated posts answered with the original receipt" << std::endl;
    RecordProperty("repeated_posts", repeats);
    EXPECT_LT(repeats, kApplications); // at-least-once must stay cheap
}

INSTANTIATE_TEST_SUITE_P(Engines, Torture, madoguchi::testing::kBothEngines,
    madoguchi::testing::EngineParamName());

} // namespace
