// The HTTP connector and the relay against the real madoguchi-sandbox
// process (docs/backend-api.md): every outcome of the connector table in
// docs/delivery.md.
#include "common/clock.h"
#include "delivery/connectorset.h"
#include "delivery/outbox.h"
#include "delivery/relay.h"
#include "sandbox/sandboxprocess.h"
#include "storage/fakesecretstore.h"
#include "storage/sqlerror.h"
#include "support/testdatabase.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;
using namespace madoguchi::delivery;
using madoguchi::testing::SandboxProcess;
using namespace std::chrono_literals;

QJsonArray held(const SandboxProcess& sandbox)
{
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(
        network.get(QNetworkRequest(sandbox.url(QStringLiteral("/applications")))));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return QJsonDocument::fromJson(reply->readAll()).array();
}

class HttpDelivery : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
    }

    // Queues `n` applications, alternately for kokuho and juki.
    QStringList queue(int n)
    {
        QList<NewApplication> list;
        for (int i = 0; i < n; ++i) {
            const QString system = i % 2 ? QStringLiteral("juki") : QStringLiteral("kokuho");
            const QString procedure = QStringLiteral("proc-%1").arg(i);
            list << NewApplication{{}, QStringLiteral("V1"), system, procedure, 1,
                QJsonObject{{QStringLiteral("system"), system},
                    {QStringLiteral("procedure"),
                        QJsonObject{{QStringLiteral("id"), procedure},
                            {QStringLiteral("version"), 1}}}}};
        }
        Outbox outbox(*db, clock);
        auto ids = outbox.enqueue(list);
        EXPECT_TRUE(ids);
        if (!ids)
            return {};
        // The envelope names its own id, as the visit will write it.
        for (const QString& id : ids.value())
            EXPECT_TRUE(storage::exec(db->sql(),
                QStringLiteral("UPDATE outbox SET envelope = REPLACE(envelope, '{', "
                               "'{\"application_id\":\"' || id || '\",') WHERE id = ?"),
                {id}));
        return ids.value();
    }

    RelayRound relayOnce(ConnectorSet& set, storage::SecretStore& store)
    {
        RelayOptions options;
        options.owner = QStringLiteral("test-relay");
        Relay relay(*db, set, store, options, clock);
        auto round = relay.runOnce();
        EXPECT_TRUE(round) << (round ? std::string() : round.error().message.toStdString());
        return round ? round.value() : RelayRound{};
    }

    OutboxItem item(const QString& id)
    {
        Outbox outbox(*db, clock);
        auto found = outbox.find(id);
        EXPECT_TRUE(found && found->has_value());
        return found && found->has_value() ? found->value() : OutboxItem{};
    }

    madoguchi::testing::TestDatabase testDb{storage::Engine::Sqlite};
    std::unique_ptr<storage::Database> db;
    FixedClock clock{QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc())};
    madoguchi::testing::FakeSecretStore secrets;
};

TEST_F(HttpDelivery, DeliveredWithTheBackEndsReceiptOncePerKey)
{
    SandboxProcess sandbox;
    ASSERT_TRUE(sandbox.start({QStringLiteral("--db"), sandbox.path(QStringLiteral("s.db"))}));
    const QStringList ids = queue(4);
    auto set = ConnectorSet::sandbox(sandbox.url(QString()).toString());
    ASSERT_TRUE(set);
    const RelayRound round = relayOnce(set.value(), secrets);
    EXPECT_EQ(round.delivered, 4);
    const OutboxItem first = item(ids[0]);
    EXPECT_EQ(first.state, OutboxState::Delivered) << first.lastError.toStdString();
    EXPECT_TRUE(first.receipt.startsWith(QStringLiteral("KOKUHO-"))) << first.receipt.toStdString();
    EXPECT_TRUE(item(ids[1]).receipt.startsWith(QStringLiteral("JUKI-")));
    const QJsonArray stored = held(sandbox);
    ASSERT_EQ(stored.size(), 4);
    for (const QJsonValue& s : stored) {
        EXPECT_TRUE(ids.contains(s[QStringLiteral("idempotency_key")].toString()));
        EXPECT_EQ(s[QStringLiteral("posts")].toInt(), 1);
    }
}

TEST_F(HttpDelivery, ARejectionKeepsTheBackEndsReason)
{
    SandboxProcess sandbox;
    ASSERT_TRUE(sandbox.start({QStringLiteral("--db"), sandbox.path(QStringLiteral("s.db")),
        QStringLiteral("--reject"), QStringLiteral("proc-0")}));
    const QStringList ids = queue(2);
    auto set = ConnectorSet::sandbox(sandbox.url(QString()).toString());
    ASSERT_TRUE(set);
    const RelayRound round = relayOnce(set.value(), secrets);
    EXPECT_EQ(round.rejected, 1);
    EXPECT_EQ(round.delivered, 1); // one failing item does not hold up the other
    const OutboxItem refused = item(ids[0]);
    EXPECT_EQ(refused.state, OutboxState::Rejected);
    EXPECT_TRUE(refused.lastError.startsWith(QStringLiteral("HTTP 422")))
        << refused.lastError.toStdString();
    EXPECT_TRUE(refused.lastError.contains(QStringLiteral("proc-0")));

    // A malformed envelope (no procedure.id): 400, refused with the reason.
    const QStringList broken = queue(1);
    ASSERT_TRUE(storage::exec(db->sql(),
        QStringLiteral("UPDATE outbox SET envelope = '{\"application_id\":\"' || id || "
                       "'\",\"system\":\"kokuho\"}' WHERE id = ?"),
        {broken[0]}));
    EXPECT_EQ(relayOnce(set.value(), secrets).rejected, 1);
    EXPECT_TRUE(item(broken[0]).lastError.startsWith(QStringLiteral("HTTP 400")))
        << item(broken[0]).lastError.toStdString();
    EXPECT_TRUE(item(broken[0]).lastError.contains(QStringLiteral("procedure.id")));
}

TEST_F(HttpDelivery, ABusyBackEndIsRetriedAfterItsRetryAfter)
{
    SandboxProcess sandbox;
    ASSERT_TRUE(sandbox.start({QStringLiteral("--db"), sandbox.path(QStringLiteral("s.db")),
        QStringLiteral("--fail-rate"), QStringLiteral("1")}));
    const QStringList ids = queue(1);
    auto set = ConnectorSet::sandbox(sandbox.url(QString()).toString());
    ASSERT_TRUE(set);
    EXPECT_EQ(relayOnce(set.value(), secrets).retrying, 1);
    const OutboxItem waiting = item(ids[0]);
    EXPECT_EQ(waiting.state, OutboxState::RetryWait);
    EXPECT_TRUE(waiting.lastError.startsWith(QStringLiteral("HTTP 503")));
    EXPECT_EQ(waiting.nextAttemptAt, clock.now().addSecs(1)); // Retry-After: 1
    EXPECT_TRUE(held(sandbox).isEmpty());
}

TEST_F(HttpDelivery, AReplyLostAfterCommitIsSentAgainWithTheSameKey)
{
    const QStringList ids = queue(1);
    QString dbFile;
    {
        SandboxProcess dropping;
        dbFile = dropping.path(QStringLiteral("s.db"));
        ASSERT_TRUE(dropping.start({QStringLiteral("--db"), dbFile,
            QStringLiteral("--drop-after-commit"), QStringLiteral("1")}));
        auto set = ConnectorSet::sandbox(dropping.url(QString()).toString());
        ASSERT_TRUE(set);
        EXPECT_EQ(relayOnce(set.value(), secrets).retrying, 1);
        EXPECT_EQ(item(ids[0]).state, OutboxState::RetryWait);
        ASSERT_EQ(held(dropping).size(), 1); // it was stored all the same

        // The back-end's second instance, on the same store, answers.
        SandboxProcess answering;
        ASSERT_TRUE(answering.start({QStringLiteral("--db"), dbFile}));
        dropping.stop();
        auto again = ConnectorSet::sandbox(answering.url(QString()).toString());
        ASSERT_TRUE(again);
        clock.set(clock.now().addSecs(3600));
        EXPECT_EQ(relayOnce(again.value(), secrets).delivered, 1);
        const QJsonArray stored = held(answering);
        ASSERT_EQ(stored.size(), 1);
        EXPECT_EQ(stored[0][QStringLiteral("posts")].toInt(), 2); // the price of at-least-once
        EXPECT_EQ(item(ids[0]).receipt, stored[0][QStringLiteral("receipt")].toString());
    }
}

TEST_F(HttpDelivery, ATimeOutWaitsAndAKeyOfAnotherSystemIsRefused)
{
    SandboxProcess sandbox;
    ASSERT_TRUE(sandbox.start({QStringLiteral("--db"), sandbox.path(QStringLiteral("s.db")),
        QStringLiteral("--latency-ms"), QStringLiteral("2000")}));
    const QStringList ids = queue(1);
    const QJsonObject slow{{QStringLiteral("default"),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
            {QStringLiteral("base_url"), sandbox.url(QString()).toString()},
            {QStringLiteral("auth"), QStringLiteral("none")},
            {QStringLiteral("timeout_ms"), 300}}}};
    auto impatient = ConnectorSet::fromJson(slow, QStringLiteral("c.json"));
    ASSERT_TRUE(impatient);
    EXPECT_EQ(relayOnce(impatient.value(), secrets).retrying, 1);
    EXPECT_TRUE(item(ids[0]).lastError.contains(QStringLiteral("did not answer")))
        << item(ids[0]).lastError.toStdString();

    // The same key already stored for another system: 409, refused for a
    // supervisor to look at.
    SandboxProcess other;
    ASSERT_TRUE(other.start({QStringLiteral("--db"), other.path(QStringLiteral("o.db"))}));
    const QStringList more = queue(1);
    ASSERT_TRUE(storage::exec(db->sql(),
        QStringLiteral("UPDATE outbox SET system = 'juki', envelope = REPLACE(envelope, "
                       "'\"kokuho\"', '\"juki\"') WHERE id = ?"),
        {more[0]}));
    auto direct = ConnectorSet::sandbox(other.url(QString()).toString());
    ASSERT_TRUE(direct);
    clock.set(clock.now().addSecs(3600));
    ASSERT_TRUE(storage::exec(db->sql(),
        QStringLiteral("UPDATE outbox SET state = 'delivered' WHERE id <> ?"), {more[0]}));
    EXPECT_EQ(relayOnce(direct.value(), secrets).delivered, 1); // stored for juki
    ASSERT_TRUE(storage::exec(db->sql(),
        QStringLiteral("UPDATE outbox SET state = 'queued', system = 'kokuho', envelope = "
                       "REPLACE(envelope, '\"juki\"', '\"kokuho\"') WHERE id = ?"),
        {more[0]}));
    EXPECT_EQ(relayOnce(direct.value(), secrets).rejected, 1);
    EXPECT_TRUE(item(more[0]).lastError.startsWith(QStringLiteral("HTTP 409")))
        << item(more[0]).lastError.toStdString();
}

// https with the city's own CA: trusted through the connector's "ca" file,
// refused (and retried) without it. The CA and the server's certificate
// for 127.0.0.1 are made here with openssl.
TEST_F(HttpDelivery, HttpsWithTheCitysCertificateAuthority)
{
    QTemporaryDir pki;
    const auto openssl = [&](const QStringList& arguments) {
        QProcess p;
        p.setWorkingDirectory(pki.path());
        p.start(QStringLiteral("openssl"), arguments);
        return p.waitForFinished(60000) && p.exitCode() == 0;
    };
    QFile extension(pki.filePath(QStringLiteral("san.ext")));
    ASSERT_TRUE(extension.open(QIODevice::WriteOnly));
    extension.write("subjectAltName=IP:127.0.0.1\n");
    extension.close();
    ASSERT_TRUE(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
        QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
        QStringLiteral("/CN=Midorino City Test CA")}));
    ASSERT_TRUE(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
        QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
        QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
        QStringLiteral("/CN=127.0.0.1")}));
    ASSERT_TRUE(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
        QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
        QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
        QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
        QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("san.ext")}));

    SandboxProcess sandbox;
    ASSERT_TRUE(sandbox.start({QStringLiteral("--db"), sandbox.path(QStringLiteral("s.db")),
        QStringLiteral("--tls-cert"), pki.filePath(QStringLiteral("server.pem")),
        QStringLiteral("--tls-key"), pki.filePath(QStringLiteral("server.key"))}))
        << sandbox.err().toStdString();
    const QString base = QStringLiteral("https://127.0.0.1:%1").arg(sandbox.port());
    const QStringList ids = queue(2);

    auto untrusted = ConnectorSet::fromJson(
        QJsonObject{{QStringLiteral("default"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                {QStringLiteral("base_url"), base}, {QStringLiteral("auth"), QStringLiteral("none")}}}},
        QStringLiteral("c.json"));
    ASSERT_TRUE(untrusted);
    EXPECT_EQ(relayOnce(untrusted.value(), secrets).retrying, 2);
    EXPECT_TRUE(item(ids[0]).lastError.contains(QStringLiteral("did not answer")))
        << item(ids[0]).lastError.toStdString();

    auto trusted = ConnectorSet::fromJson(
        QJsonObject{{QStringLiteral("default"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                {QStringLiteral("base_url"), base}, {QStringLiteral("auth"), QStringLiteral("none")},
                {QStringLiteral("ca"), pki.filePath(QStringLiteral("ca.pem"))}}}},
        QStringLiteral("c.json"));
    ASSERT_TRUE(trusted);
    clock.set(clock.now().addSecs(3600));
    EXPECT_EQ(relayOnce(trusted.value(), secrets).delivered, 2);
    EXPECT_TRUE(item(ids[0]).receipt.startsWith(QStringLiteral("KOKUHO-")));
}

TEST_F(HttpDelivery, NoBackEndAndAWrongTokenWait)
{
    const QStringList ids = queue(1);
    SandboxProcess sandbox;
    ASSERT_TRUE(sandbox.start({QStringLiteral("--db"), sandbox.path(QStringLiteral("s.db")),
        QStringLiteral("--token"), QStringLiteral("right")}));
    const QJsonObject config{{QStringLiteral("default"),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
            {QStringLiteral("base_url"), sandbox.url(QString()).toString()},
            {QStringLiteral("auth"), QStringLiteral("bearer")}}}};
    ASSERT_TRUE(secrets.write(QStringLiteral("backend/kokuho/token"), "wrong"));
    auto wrong = ConnectorSet::fromJson(config, QStringLiteral("c.json"));
    ASSERT_TRUE(wrong);
    EXPECT_EQ(relayOnce(wrong.value(), secrets).retrying, 1);
    EXPECT_TRUE(item(ids[0]).lastError.startsWith(QStringLiteral("HTTP 401")));

    ASSERT_TRUE(secrets.write(QStringLiteral("backend/kokuho/token"), "right"));
    auto right = ConnectorSet::fromJson(config, QStringLiteral("c.json"));
    ASSERT_TRUE(right);
    clock.set(clock.now().addSecs(3600));
    EXPECT_EQ(relayOnce(right.value(), secrets).delivered, 1);

    // Nobody listening: the item waits and says why.
    const QStringList more = queue(1);
    const QUrl gone = sandbox.url(QString());
    ASSERT_TRUE(sandbox.stop());
    auto unreachable = ConnectorSet::sandbox(gone.toString());
    ASSERT_TRUE(unreachable);
    clock.set(clock.now().addSecs(3600));
    EXPECT_EQ(relayOnce(unreachable.value(), secrets).retrying, 1);
    EXPECT_TRUE(item(more[0]).lastError.contains(QStringLiteral("did not answer")))
        << item(more[0]).lastError.toStdString();
}

} // namespace
