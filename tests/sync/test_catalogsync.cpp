// The catalog part of a branch's sync (issue #9, docs/branch.md "The
// catalog"): the hall publishes the catalog it runs, the pull copies what
// it published into the replica, and the branch compares its own catalog
// with it. A PostgreSQL hall and an SQLite replica; the commands through
// the real binary.
#include "catalog/catalogfingerprint.h"
#include "catalog/catalogloader.h"
#include "demo/democity.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"
#include "sync/catalogcomparison.h"
#include "sync/hallcatalog.h"
#include "sync/registerpull.h"
#include "sync/syncstate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace madoguchi {
namespace {

using testing::runCli;
using testing::TestDatabase;
using Outcome = sync::CatalogComparison::Outcome;

const QString kHallName = QStringLiteral("postgresql://postgres@127.0.0.1/hall");

std::shared_ptr<const catalog::Catalog> builtIn()
{
    const auto load = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
    EXPECT_TRUE(load.ok());
    return load.catalog;
}

// The built-in catalog as a hall that moved on would run it: 児童手当 認定請求
// at version 3 instead of 2, and no 犬の登録 所在地変更.
catalog::Catalog newerCatalog()
{
    catalog::Catalog newer = *builtIn();
    for (catalog::Procedure& p : newer.procedures)
        if (p.id == QLatin1String("jidouteate.nintei") && p.version == 2)
            p.version = 3;
    newer.procedures.removeIf(
        [](const catalog::Procedure& p) { return p.id == QLatin1String("inu.idou"); });
    return newer;
}

class CatalogSync : public ::testing::Test {
protected:
    void SetUp() override
    {
        hall = hallDb.open();
        replica = replicaDb.open();
        ASSERT_TRUE(hall && replica);
        demo::DemoOptions options;
        options.residents = 20;
        options.asOf = QDate(2026, 11, 26);
        ASSERT_TRUE(demo::seedDemoCity(*hall, options));
    }

    sync::SyncState pullAndLoad()
    {
        auto pulled = sync::pullRegister(*hall, *replica, kHallName);
        EXPECT_TRUE(pulled) << (pulled ? "" : pulled.error().message.toStdString());
        auto state = sync::loadSyncState(*replica);
        EXPECT_TRUE(state);
        return state ? state.value() : sync::SyncState{};
    }

    TestDatabase hallDb{storage::Engine::PostgreSql};
    TestDatabase replicaDb{storage::Engine::Sqlite};
    std::unique_ptr<storage::Database> hall;
    std::unique_ptr<storage::Database> replica;
};

TEST_F(CatalogSync, AHallThatPublishedNothingIsUnknownNotAnError)
{
    const sync::SyncState state = pullAndLoad();
    EXPECT_TRUE(state.lastPullAt.isValid());
    EXPECT_TRUE(state.hallCatalogFingerprint.isEmpty());
    const sync::CatalogComparison c = sync::compareCatalog(state, *builtIn());
    EXPECT_EQ(c.outcome, Outcome::Unknown);
    EXPECT_FALSE(c.differs());
    EXPECT_TRUE(c.warning().isEmpty());
    EXPECT_EQ(c.localFingerprint, catalog::catalogFingerprint(*builtIn()));
}

TEST_F(CatalogSync, TheSameCatalogAtTheHallAndTheBranchIsSame)
{
    const QDateTime at(QDate(2026, 11, 26), QTime(8, 30), Qt::UTC);
    auto published = sync::publishCatalog(*hall, *builtIn(), at);
    ASSERT_TRUE(published) << published.error().message.toStdString();
    auto read = sync::readPublishedCatalog(*hall);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->fingerprint, published->fingerprint);
    EXPECT_EQ(read->procedures, catalog::catalogSummary(*builtIn()));
    EXPECT_EQ(read->publishedAt, at);

    const sync::SyncState state = pullAndLoad();
    EXPECT_EQ(state.hallCatalogFingerprint, published->fingerprint);
    EXPECT_EQ(state.hallCatalogProcedures, published->procedures);
    EXPECT_EQ(state.hallCatalogPublishedAt, at);
    const sync::CatalogComparison c = sync::compareCatalog(state, *builtIn());
    EXPECT_EQ(c.outcome, Outcome::Same);
    EXPECT_TRUE(c.missing.isEmpty() && c.extra.isEmpty());
}

TEST_F(CatalogSync, AnOlderCatalogAtTheBranchNamesWhatItLacksAndHasBesides)
{
    ASSERT_TRUE(sync::publishCatalog(*hall, newerCatalog(), QDateTime::currentDateTimeUtc()));
    const sync::SyncState state = pullAndLoad();
    const sync::CatalogComparison c = sync::compareCatalog(state, *builtIn());
    EXPECT_EQ(c.outcome, Outcome::Differs);
    EXPECT_EQ(c.missing, QStringList{QStringLiteral("jidouteate.nintei@3")});
    EXPECT_EQ(c.extra,
        (QStringList{QStringLiteral("inu.idou@1"), QStringLiteral("jidouteate.nintei@2")}));
    EXPECT_NE(c.hallFingerprint, c.localFingerprint);
    const QString warning = c.warning();
    EXPECT_TRUE(warning.startsWith(QStringLiteral(
        "catalog differs from the hall's: missing jidouteate.nintei@3; has inu.idou@1, "
        "jidouteate.nintei@2, not at the hall")))
        << warning.toStdString();
    EXPECT_TRUE(warning.endsWith(QStringLiteral("update this PC's catalog")));
    EXPECT_EQ(c.details().size(), 3);

    // Only a parameter differs: same procedures, still a warning.
    catalog::Catalog renamed = *builtIn();
    renamed.parameterObject.insert(QStringLiteral("city_name"), QStringLiteral("ほかの市"));
    ASSERT_TRUE(sync::publishCatalog(*hall, renamed, QDateTime::currentDateTimeUtc()));
    const sync::CatalogComparison p = sync::compareCatalog(pullAndLoad(), *builtIn());
    EXPECT_EQ(p.outcome, Outcome::Differs);
    EXPECT_TRUE(p.missing.isEmpty() && p.extra.isEmpty());
    EXPECT_TRUE(p.warning().contains(QStringLiteral("parameters differ")))
        << p.warning().toStdString();
}

// A hall that withdraws its publication: the next pull removes the
// replica's copy, so an old fingerprint is never compared.
TEST_F(CatalogSync, AWithdrawnPublicationIsRemovedAtTheNextPull)
{
    ASSERT_TRUE(sync::publishCatalog(*hall, newerCatalog(), QDateTime::currentDateTimeUtc()));
    EXPECT_FALSE(pullAndLoad().hallCatalogFingerprint.isEmpty());
    ASSERT_TRUE(
        storage::exec(hall->sql(), QStringLiteral("DELETE FROM meta WHERE key LIKE 'catalog.%'")));
    const sync::SyncState state = pullAndLoad();
    EXPECT_TRUE(state.hallCatalogFingerprint.isEmpty());
    EXPECT_TRUE(state.hallCatalogProcedures.isEmpty());
    EXPECT_FALSE(state.hallCatalogPublishedAt.isValid());
    EXPECT_EQ(sync::compareCatalog(state, *builtIn()).outcome, Outcome::Unknown);
}

TEST_F(CatalogSync, PublishAndPublishedThroughTheCommandLine)
{
    const QStringList db{QStringLiteral("--db"), hallDb.location()};
    auto none = runCli(QStringList{QStringLiteral("catalog"), QStringLiteral("published")} + db);
    EXPECT_EQ(none.exitCode, 0) << none.err.toStdString();
    EXPECT_TRUE(none.out.contains(QStringLiteral("has published no catalog")))
        << none.out.toStdString();

    // A catalog with problems is refused and nothing is written.
    QTemporaryDir broken;
    ASSERT_TRUE(broken.isValid());
    auto refused = runCli(QStringList{QStringLiteral("catalog"), QStringLiteral("publish"),
                              QStringLiteral("--catalog"), broken.path()}
        + db);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("problem"))) << refused.err.toStdString();
    auto still = sync::readPublishedCatalog(*hall);
    ASSERT_TRUE(still);
    EXPECT_FALSE(still->isPublished());

    auto publish = runCli(
        QStringList{QStringLiteral("catalog"), QStringLiteral("publish"),
            QStringLiteral("--catalog"), QStringLiteral(":/catalog"), QStringLiteral("--json")}
        + db);
    ASSERT_EQ(publish.exitCode, 0) << publish.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(publish.out.toUtf8()).object();
    const QString fingerprint = catalog::catalogFingerprint(*builtIn());
    EXPECT_EQ(json.value(QStringLiteral("fingerprint")).toString(), fingerprint);
    EXPECT_EQ(
        json.value(QStringLiteral("procedures")).toArray().size(), builtIn()->procedures.size());
    auto read = sync::readPublishedCatalog(*hall);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->fingerprint, fingerprint);
    EXPECT_TRUE(read->publishedAt.isValid());

    auto shown = runCli(QStringList{QStringLiteral("catalog"), QStringLiteral("published"),
                            QStringLiteral("--json")}
        + db);
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonObject shownJson = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    EXPECT_TRUE(shownJson.value(QStringLiteral("published")).toBool());
    EXPECT_EQ(shownJson.value(QStringLiteral("fingerprint")).toString(), fingerprint);
    EXPECT_TRUE(shownJson.value(QStringLiteral("procedures"))
                    .toArray()
                    .contains(QStringLiteral("jidouteate.nintei@2")));
    auto text = runCli(QStringList{QStringLiteral("catalog"), QStringLiteral("published")} + db);
    EXPECT_TRUE(text.out.contains(fingerprint)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("  tennyu.todoke@1"))) << text.out.toStdString();

    // On a branch replica: what its hall published as of the last pull; a
    // replica does not publish.
    {
        storage::Transaction t(replica->sql());
        ASSERT_TRUE(sync::storeMeta(
            replica->sql(), QLatin1String(sync::kBranchCodeKey), QStringLiteral("K01")));
        ASSERT_TRUE(t.commit());
    }
    pullAndLoad();
    const QStringList atReplica{QStringLiteral("--db"), replicaDb.location()};
    auto pulled = runCli(QStringList{QStringLiteral("catalog"), QStringLiteral("published"),
                             QStringLiteral("--json")}
        + atReplica);
    ASSERT_EQ(pulled.exitCode, 0) << pulled.err.toStdString();
    const QJsonObject pulledJson = QJsonDocument::fromJson(pulled.out.toUtf8()).object();
    EXPECT_TRUE(pulledJson.value(QStringLiteral("replica")).toBool());
    EXPECT_EQ(pulledJson.value(QStringLiteral("fingerprint")).toString(), fingerprint);
    auto notHere
        = runCli(QStringList{QStringLiteral("catalog"), QStringLiteral("publish")} + atReplica);
    EXPECT_EQ(notHere.exitCode, 1);
    EXPECT_TRUE(notHere.err.contains(QStringLiteral("replica of branch K01")))
        << notHere.err.toStdString();
}

// `madoguchi-cli sync` compares this PC's catalog (--catalog, else the
// default location) with the hall's and warns when they differ. The
// replica's key goes to the keychain of the test session (scripts/test).
TEST_F(CatalogSync, TheSyncCommandWarnsWhenTheCatalogsDiffer)
{
    ASSERT_TRUE(sync::publishCatalog(*hall, newerCatalog(), QDateTime::currentDateTimeUtc()));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList args{QStringLiteral("sync"), QStringLiteral("--db"),
        dir.filePath(QStringLiteral("C01.sqlite")), QStringLiteral("--hall"), hallDb.location(),
        QStringLiteral("--branch"), QStringLiteral("C01")};
    auto differs = runCli(args + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(differs.exitCode, 0) << differs.err.toStdString();
    EXPECT_TRUE(differs.err.contains(
        QStringLiteral("catalog differs from the hall's: missing jidouteate.nintei@3")))
        << differs.err.toStdString();
    const QJsonObject catalogJson = QJsonDocument::fromJson(differs.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("catalog"))
                                        .toObject();
    EXPECT_EQ(catalogJson.value(QStringLiteral("same")), QJsonValue(false));
    EXPECT_EQ(catalogJson.value(QStringLiteral("hall_fingerprint")).toString(),
        catalog::catalogFingerprint(newerCatalog()));
    EXPECT_EQ(catalogJson.value(QStringLiteral("local_fingerprint")).toString(),
        catalog::catalogFingerprint(*builtIn()));
    EXPECT_EQ(catalogJson.value(QStringLiteral("missing")).toArray(),
        QJsonArray{QStringLiteral("jidouteate.nintei@3")});
    EXPECT_EQ(catalogJson.value(QStringLiteral("extra")).toArray().size(), 2);

    // The hall publishes the built-in catalog: the same, no warning.
    ASSERT_TRUE(sync::publishCatalog(*hall, *builtIn(), QDateTime::currentDateTimeUtc()));
    auto same = runCli(
        args.mid(0, 5) + QStringList{QStringLiteral("--catalog"), QStringLiteral(":/catalog")});
    ASSERT_EQ(same.exitCode, 0) << same.err.toStdString();
    EXPECT_TRUE(same.out.contains(QStringLiteral("catalog: the same as the hall's")))
        << same.out.toStdString();
    EXPECT_FALSE(same.err.contains(QStringLiteral("catalog differs"))) << same.err.toStdString();
}

} // namespace
} // namespace madoguchi
