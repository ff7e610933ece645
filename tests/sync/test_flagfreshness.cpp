// Victim protection on a branch replica (issue #9, docs/branch.md, "Victim
// protection offline"): when the replica's 支援措置 are older than the
// limit, or it was never pulled, every resident counts as protected until a
// supervisor unlocks them; the hall is never affected.
#include "demo/democity.h"
#include "registry/flagfreshness.h"
#include "registry/registeraccess.h"
#include "registry/supportguard.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "support/testdatabase.h"
#include "sync/branchsync.h"
#include "sync/syncstate.h"

#include <gtest/gtest.h>

namespace {

using namespace madoguchi;
using registry::SupportScope;

const QDateTime kNow(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);

class FlagFreshness : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
        demo::DemoOptions options;
        options.residents = 60;
        options.seed = 3;
        options.asOf = kNow.date();
        ASSERT_TRUE(demo::seedDemoCity(*db, options));
        // A resident of a household without any support measure.
        auto q = storage::exec(db->sql(),
            QStringLiteral("SELECT p.id, p.atena_no FROM persons p WHERE p.status = 'resident' "
                           "AND NOT EXISTS (SELECT 1 FROM persons o JOIN support_measures m ON "
                           "m.person_id = o.id WHERE o.household_id = p.household_id) "
                           "ORDER BY p.id LIMIT 1"));
        ASSERT_TRUE(q && q->next());
        personId = q->value(0).toLongLong();
        atenaNo = q->value(1).toString();
    }

    void setMeta(const char* key, const QString& value)
    {
        storage::Transaction t(db->sql());
        ASSERT_TRUE(sync::storeMeta(db->sql(), QString::fromLatin1(key), value));
        ASSERT_TRUE(t.commit());
    }

    registry::SupportDecision judge(const QDateTime& now = kNow)
    {
        return registry::checkHouseholdSupport(*db, personId, SupportScope::Address, now);
    }

    madoguchi::testing::TestDatabase testDb{storage::Engine::Sqlite};
    std::unique_ptr<storage::Database> db;
    qint64 personId = 0;
    QString atenaNo;
};

TEST_F(FlagFreshness, TheHallAndAStandaloneDeskAreNeverStale)
{
    auto fresh = registry::flagFreshness(*db, kNow);
    ASSERT_TRUE(fresh);
    EXPECT_FALSE(fresh->stale);
    EXPECT_FALSE(judge().blocked);
}

TEST_F(FlagFreshness, AReplicaNeverPulledProtectsEveryone)
{
    setMeta(sync::kBranchCodeKey, QStringLiteral("K01"));
    const registry::SupportDecision decision = judge();
    EXPECT_TRUE(decision.blocked);
    EXPECT_EQ(decision.level, registry::SupportLevel::Error);
    EXPECT_TRUE(decision.reason.contains(QStringLiteral("never been synced")))
        << decision.reason.toStdString();
    EXPECT_TRUE(decision.reason.contains(QStringLiteral("a supervisor can unlock")));
}

TEST_F(FlagFreshness, OlderThanTheLimitProtectsEveryoneUntilASupervisorUnlocks)
{
    setMeta(sync::kBranchCodeKey, QStringLiteral("K01"));
    setMeta(sync::kFlagsFreshKey, kNow.addSecs(-2 * 3600).toString(Qt::ISODateWithMs));
    EXPECT_FALSE(judge().blocked); // two hours: fresh enough

    setMeta(sync::kFlagsFreshKey, kNow.addSecs(-30 * 3600).toString(Qt::ISODateWithMs));
    registry::SupportDecision decision = judge();
    EXPECT_TRUE(decision.blocked);
    EXPECT_TRUE(decision.reason.contains(QStringLiteral("30 hours old (the limit is 24)")))
        << decision.reason.toStdString();

    // A city may allow longer.
    setMeta("sync.flags_max_age_hours", QStringLiteral("48"));
    EXPECT_FALSE(judge().blocked);
    setMeta("sync.flags_max_age_hours", QStringLiteral("24"));

    // The branch's supervisor unlocks this resident for a while (the real
    // clock: the unlock runs from now).
    security::AuditLog audit(*db);
    security::AccessControl supervisor(
        security::Session{QStringLiteral("m.kato"), security::Role::Supervisor,
            QStringLiteral("K01支所"), QStringLiteral("k01-desk"), QDateTime::currentDateTimeUtc()},
        audit);
    registry::RegisterAccess reg(*db, supervisor);
    setMeta(sync::kFlagsFreshKey,
        QDateTime::currentDateTimeUtc().addSecs(-30 * 3600).toString(Qt::ISODateWithMs));
    ASSERT_TRUE(reg.unlockSupportMeasure(
        atenaNo, SupportScope::Address, QStringLiteral("本人確認済み、回線復旧待ち"), 15));
    decision = judge(QDateTime::currentDateTimeUtc());
    EXPECT_FALSE(decision.blocked) << decision.reason.toStdString();
    EXPECT_TRUE(decision.unlockedUntil.has_value());
}

TEST_F(FlagFreshness, SearchWithholdsAddressesOnAStaleReplica)
{
    setMeta(sync::kBranchCodeKey, QStringLiteral("K01"));
    setMeta(sync::kFlagsFreshKey,
        QDateTime::currentDateTimeUtc().addSecs(-48 * 3600).toString(Qt::ISODateWithMs));
    security::AuditLog audit(*db);
    security::AccessControl clerk(
        security::Session{QStringLiteral("k.sato"), security::Role::Clerk,
            QStringLiteral("K01支所"), QStringLiteral("k01-desk"), QDateTime::currentDateTimeUtc()},
        audit);
    registry::RegisterAccess reg(*db, clerk);
    auto found = reg.search(atenaNo);
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1);
    EXPECT_TRUE(found->first().addressWithheld);
    EXPECT_TRUE(found->first().address.isEmpty()) << found->first().address.toStdString();
}

// A replica is an SQLite file: a server database is never judged stale,
// and a sync refuses to treat one as a replica.
TEST(FlagFreshnessOnAServer, IsNeverStaleAndCannotBeSyncedAsAReplica)
{
    madoguchi::testing::TestDatabase server{storage::Engine::PostgreSql};
    auto db = server.open();
    ASSERT_TRUE(db);
    {
        storage::Transaction t(db->sql());
        ASSERT_TRUE(sync::storeMeta(
            db->sql(), QString::fromLatin1(sync::kBranchCodeKey), QStringLiteral("K01")));
        ASSERT_TRUE(t.commit());
    }
    auto fresh = registry::flagFreshness(*db, kNow);
    ASSERT_TRUE(fresh);
    EXPECT_FALSE(fresh->stale);
    madoguchi::testing::TestDatabase hallDb{storage::Engine::Sqlite};
    auto hall = hallDb.open();
    ASSERT_TRUE(hall);
    auto synced = sync::syncBranch(*db, *hall, {});
    ASSERT_FALSE(synced);
    EXPECT_TRUE(synced.error().message.contains(QStringLiteral("SQLite file")))
        << synced.error().message.toStdString();
}

} // namespace
