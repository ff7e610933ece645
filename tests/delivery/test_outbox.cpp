// The outbox's state machine and leases on both engines, the back-off, and
// the relay with the file-drop connector end to end.
#include "common/clock.h"
#include "delivery/backoff.h"
#include "delivery/connectorset.h"
#include "delivery/outbox.h"
#include "delivery/relay.h"
#include "delivery/relayworker.h"
#include "storage/secretstore.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <gtest/gtest.h>
#include <thread>

namespace {

using namespace madoguchi;
using namespace madoguchi::delivery;
using namespace std::chrono_literals;

// No secrets: the file drop and auth "none" need none.
class NoSecrets final : public storage::SecretStore {
public:
    Status write(const QString&, const QByteArray&) override { return Error{QStringLiteral("no")}; }
    Result<std::optional<QByteArray>> read(const QString&) override
    {
        return std::optional<QByteArray>();
    }
    Status remove(const QString&) override { return {}; }
};

QList<NewApplication> applications(int n, const QString& visit = QStringLiteral("V1"))
{
    QList<NewApplication> list;
    for (int i = 0; i < n; ++i)
        list << NewApplication{{}, visit, i % 2 ? QStringLiteral("kokuho") : QStringLiteral("juki"),
            QStringLiteral("proc-%1").arg(i), 1,
            QJsonObject{{QStringLiteral("procedure"),
                QJsonObject{{QStringLiteral("id"), QStringLiteral("proc-%1").arg(i)}}}}};
    return list;
}

class OutboxTest : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
    }
    madoguchi::testing::TestDatabase testDb{GetParam()};
    std::unique_ptr<storage::Database> db;
    FixedClock clock{QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc())};
};

TEST_P(OutboxTest, AClaimIsALeaseThatExpires)
{
    Outbox outbox(*db, clock);
    auto ids = outbox.enqueue(applications(3));
    ASSERT_TRUE(ids) << ids.error().message.toStdString();
    ASSERT_EQ(ids->size(), 3);

    auto first = outbox.claim(QStringLiteral("relay-a"), 2, 60s);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    ASSERT_EQ(first->size(), 2);
    EXPECT_EQ(first->at(0).state, OutboxState::Sending);
    EXPECT_EQ(first->at(0).attempts, 1);
    EXPECT_EQ(first->at(0).leaseOwner, QStringLiteral("relay-a"));

    // Another relay gets only what is left.
    auto second = outbox.claim(QStringLiteral("relay-b"), 10, 60s);
    ASSERT_TRUE(second);
    ASSERT_EQ(second->size(), 1);
    EXPECT_NE(second->at(0).id, first->at(0).id);
    EXPECT_NE(second->at(0).id, first->at(1).id);

    // relay-a dies; after its lease, relay-b takes its two and sends them
    // again with the same ids.
    clock.set(clock.now().addSecs(61));
    auto takeover = outbox.claim(QStringLiteral("relay-b"), 10, 60s);
    ASSERT_TRUE(takeover);
    ASSERT_EQ(takeover->size(), 3); // its own expired too
    for (const OutboxItem& item : takeover.value())
        EXPECT_EQ(item.leaseOwner, QStringLiteral("relay-b"));

    // relay-a comes back late: its answer no longer counts.
    auto late = outbox.markDelivered(first->at(0).id, QStringLiteral("relay-a"),
        QStringLiteral("R-1"), QByteArray());
    ASSERT_TRUE(late);
    EXPECT_FALSE(late.value());
    auto done = outbox.markDelivered(first->at(0).id, QStringLiteral("relay-b"),
        QStringLiteral("R-1"), QByteArrayLiteral("{\"receipt\":\"R-1\"}"));
    ASSERT_TRUE(done);
    EXPECT_TRUE(done.value());
    auto found = outbox.find(first->at(0).id);
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ(found->value().state, OutboxState::Delivered);
    EXPECT_EQ(found->value().receipt, QStringLiteral("R-1"));
    EXPECT_EQ(found->value().attempts, 2);
}

TEST_P(OutboxTest, RetryWaitsAndRejectedStays)
{
    Outbox outbox(*db, clock);
    ASSERT_TRUE(outbox.enqueue(applications(2)));
    auto claimed = outbox.claim(QStringLiteral("r"), 10, 60s);
    ASSERT_TRUE(claimed);
    ASSERT_EQ(claimed->size(), 2);
    ASSERT_TRUE(outbox.markRetry(claimed->at(0).id, QStringLiteral("r"),
        QStringLiteral("HTTP 503: busy"), 30s));
    ASSERT_TRUE(outbox.markRejected(claimed->at(1).id, QStringLiteral("r"),
        QStringLiteral("HTTP 422: not accepted")));
    clock.set(clock.now().addSecs(29));
    auto early = outbox.claim(QStringLiteral("r"), 10, 60s);
    ASSERT_TRUE(early);
    EXPECT_TRUE(early->isEmpty());
    clock.set(clock.now().addSecs(2));
    auto due = outbox.claim(QStringLiteral("r"), 10, 60s);
    ASSERT_TRUE(due);
    ASSERT_EQ(due->size(), 1);
    EXPECT_EQ(due->at(0).lastError, QStringLiteral("HTTP 503: busy"));
    auto rejected = outbox.inState(OutboxState::Rejected);
    ASSERT_TRUE(rejected);
    ASSERT_EQ(rejected->size(), 1);
    EXPECT_EQ(rejected->at(0).lastError, QStringLiteral("HTTP 422: not accepted"));
    auto visit = outbox.ofVisit(QStringLiteral("V1"));
    ASSERT_TRUE(visit);
    EXPECT_EQ(visit->size(), 2);
}

TEST_P(OutboxTest, RelaysClaimingAtOnceNeverShareAnItem)
{
    Outbox outbox(*db, clock);
    ASSERT_TRUE(outbox.enqueue(applications(60)));
    QSet<QString> seen[3];
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    const QString location = testDb.location();
    for (int t = 0; t < 3; ++t)
        threads.emplace_back([&, t] {
            auto own = storage::Database::open(location);
            if (!own) {
                ++failures;
                return;
            }
            Outbox mine(*own.value(), clock);
            for (;;) {
                auto claimed = mine.claim(QStringLiteral("relay-%1").arg(t), 4, 60s);
                if (!claimed) {
                    ++failures;
                    return;
                }
                if (claimed->isEmpty())
                    return;
                for (const OutboxItem& item : claimed.value())
                    seen[t].insert(item.id);
            }
        });
    for (std::thread& t : threads)
        t.join();
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(seen[0].size() + seen[1].size() + seen[2].size(), 60);
    EXPECT_FALSE(seen[0].intersects(seen[1]));
    EXPECT_FALSE(seen[0].intersects(seen[2]));
    EXPECT_FALSE(seen[1].intersects(seen[2]));
}

TEST_P(OutboxTest, TheRelayDropsFilesAndRetriesAMissingFolder)
{
    Outbox outbox(*db, clock);
    auto ids = outbox.enqueue(applications(4));
    ASSERT_TRUE(ids);
    QTemporaryDir drop;
    const QString missing = drop.filePath(QStringLiteral("not-yet"));
    auto set = ConnectorSet::fromJson(
        QJsonObject{{QStringLiteral("systems"),
                        QJsonObject{{QStringLiteral("kokuho"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                {QStringLiteral("directory"), missing}}}}},
            {QStringLiteral("default"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                    {QStringLiteral("directory"), drop.path()}}}},
        QStringLiteral("test"));
    ASSERT_TRUE(set) << set.error().message.toStdString();
    NoSecrets secrets;
    RelayOptions options;
    options.owner = QStringLiteral("relay-test");
    Relay relay(*db, set.value(), secrets, options, clock);
    auto round = relay.runOnce();
    ASSERT_TRUE(round) << round.error().message.toStdString();
    EXPECT_EQ(round->delivered, 2); // juki: the default folder
    EXPECT_EQ(round->retrying, 2); // kokuho: its folder is not there yet
    for (const QString& id : ids.value()) {
        auto item = outbox.find(id);
        ASSERT_TRUE(item && item->has_value());
        if (item->value().system == QLatin1String("juki")) {
            EXPECT_EQ(item->value().state, OutboxState::Delivered);
            QFile file(drop.filePath(id + QStringLiteral(".json")));
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            const QJsonObject sent = QJsonDocument::fromJson(file.readAll()).object();
            EXPECT_FALSE(sent.value(QStringLiteral("sent_at")).toString().isEmpty());
        } else {
            EXPECT_EQ(item->value().state, OutboxState::RetryWait);
            EXPECT_TRUE(item->value().lastError.contains(QStringLiteral("not-yet")));
        }
    }
    // The folder appears; after the back-off the rest goes.
    ASSERT_TRUE(QDir().mkpath(missing));
    clock.set(clock.now().addSecs(3600));
    auto again = relay.runOnce();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->delivered, 2);
    EXPECT_EQ(QDir(missing).entryList(QDir::Files).size(), 2);
    // Nothing left, and no temporary files beside the drops.
    EXPECT_EQ(QDir(drop.path()).entryList(QDir::Files).size(), 2);
}

INSTANTIATE_TEST_SUITE_P(Engines, OutboxTest, madoguchi::testing::kBothEngines,
    madoguchi::testing::EngineParamName());

TEST(Backoff, DoublesFromTheFirstDelayUpToTheCapWithJitter)
{
    BackoffPolicy policy;
    policy.first = 2000ms;
    policy.cap = 3600000ms;
    policy.jitter = 0.2;
    const quint32 middle = 0x7FFFFFFF; // no jitter either way
    EXPECT_NEAR(double(retryDelay(1, policy, middle).count()), 2000, 1);
    EXPECT_NEAR(double(retryDelay(2, policy, middle).count()), 4000, 1);
    EXPECT_NEAR(double(retryDelay(5, policy, middle).count()), 32000, 1);
    EXPECT_NEAR(double(retryDelay(30, policy, middle).count()), 3600000, 1);
    // At the cap the jitter still spreads them, downwards.
    EXPECT_NEAR(double(retryDelay(30, policy, 0).count()), 2880000, 1);
    EXPECT_EQ(retryDelay(100000, policy, 0xFFFFFFFF), 3600000ms); // capped, no overflow
    EXPECT_NEAR(double(retryDelay(1, policy, 0).count()), 1600, 1);
    EXPECT_NEAR(double(retryDelay(1, policy, 0xFFFFFFFF).count()), 2400, 1);
}

TEST(ConnectorSetConfig, ErrorsNameTheFileAndTheKey)
{
    auto unknown = ConnectorSet::fromJson(
        QJsonObject{{QStringLiteral("systems"),
            QJsonObject{{QStringLiteral("kokuho"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("ftp")}}}}}},
        QStringLiteral("connectors.json"));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("connectors.json: /systems/kokuho/type")))
        << unknown.error().message.toStdString();
    auto key = ConnectorSet::fromJson(
        QJsonObject{{QStringLiteral("sytems"), QJsonObject{}}}, QStringLiteral("c.json"));
    ASSERT_FALSE(key);
    EXPECT_TRUE(key.error().message.contains(QStringLiteral("/sytems")));
    auto none = ConnectorSet::fromJson(QJsonObject{}, QStringLiteral("c.json"));
    ASSERT_TRUE(none);
    NoSecrets secrets;
    auto missing = none->connectorFor(QStringLiteral("kokuho"), secrets);
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("kokuho")));
    // A bearer token that is not in the keychain is named.
    auto bearer = ConnectorSet::fromJson(
        QJsonObject{{QStringLiteral("default"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                {QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:9")}}}},
        QStringLiteral("c.json"));
    ASSERT_TRUE(bearer);
    auto noToken = bearer->connectorFor(QStringLiteral("kokuho"), secrets);
    ASSERT_FALSE(noToken);
    EXPECT_TRUE(noToken.error().message.contains(QStringLiteral("backend/kokuho/token")))
        << noToken.error().message.toStdString();
}

} // namespace

namespace {

// The desk's relay thread: delivers while it runs, stops cleanly.
TEST(RelayWorkerThread, DeliversInTheBackgroundAndStops)
{
    madoguchi::testing::TestDatabase testDb{storage::Engine::Sqlite};
    auto db = testDb.open();
    ASSERT_TRUE(db);
    Outbox outbox(*db);
    ASSERT_TRUE(outbox.enqueue(applications(5)));
    QTemporaryDir drop;
    auto set = ConnectorSet::fromJson(
        QJsonObject{{QStringLiteral("default"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                {QStringLiteral("directory"), drop.path()}}}},
        QStringLiteral("test"));
    ASSERT_TRUE(set);
    auto location = storage::parseDatabaseLocation(testDb.location());
    ASSERT_TRUE(location);
    RelayOptions options;
    options.owner = QStringLiteral("desk-thread");
    NoSecrets secrets;
    RelayWorker worker(location.value(), std::move(set).value(), secrets, options);
    worker.start();
    for (int i = 0; i < 200 && worker.totals().delivered < 5; ++i)
        QThread::msleep(50);
    worker.stop();
    EXPECT_EQ(worker.totals().delivered, 5) << worker.lastError().toStdString();
    EXPECT_EQ(QDir(drop.path()).entryList(QDir::Files).size(), 5);
    auto delivered = outbox.inState(OutboxState::Delivered);
    ASSERT_TRUE(delivered);
    EXPECT_EQ(delivered->size(), 5);
}

} // namespace
