// The register as staff reach it (registry/registeraccess.h): what each
// call writes to the audit chain, 個人番号 reveal, the 支援措置 scope with a
// supervisor's time-limited unlock, and failing closed. On both engines.
#include "common/clock.h"
#include "registry/profilefixture.h"
#include "registry/registeraccess.h"
#include "registry/searchindex.h"
#include "registry/supportguard.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "security/login.h"
#include "security/staffdirectory.h"
#include "support/testdatabase.h"

#include <QTimeZone>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;
using namespace madoguchi::profiletest;
using registry::SupportScope;
using security::Role;

const QDate kToday(2026, 6, 15);
const QString kNasty = QStringLiteral("x'); DROP TABLE persons; -- %_\\ \"q\"");

class RegisterAccessTest : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
        buildRegister(*db, kToday);
        const Status indexed = registry::rebuildSearchIndex(*db);
        ASSERT_TRUE(indexed) << indexed.error().message.toStdString();
        audit = std::make_unique<security::AuditLog>(*db);
    }

    // A register reached as `role`.
    registry::RegisterAccess& as(Role role, const QString& id = QStringLiteral("k.sato"))
    {
        access = std::make_unique<security::AccessControl>(
            security::Session{id, role, QStringLiteral("本庁"), QStringLiteral("desk-2"), clock.now()},
            *audit, clock);
        reg = std::make_unique<registry::RegisterAccess>(*db, *access);
        return *reg;
    }

    QList<security::AuditEntry> entries(const QString& action = {})
    {
        security::AuditFilter filter;
        filter.action = action;
        auto all = security::queryAudit(db->sql(), filter);
        EXPECT_TRUE(all) << all.error().message.toStdString();
        return all ? all.value() : QList<security::AuditEntry>{};
    }

    void later(int minutes) { clock.set(clock.now().addSecs(minutes * 60)); }

    madoguchi::testing::TestDatabase testDb{GetParam()};
    std::unique_ptr<storage::Database> db;
    FixedClock clock{QDateTime(kToday, QTime(10, 0), QTimeZone::systemTimeZone())};
    std::unique_ptr<security::AuditLog> audit;
    std::unique_ptr<security::AccessControl> access;
    std::unique_ptr<registry::RegisterAccess> reg;
};

TEST_P(RegisterAccessTest, ASearchIsRecordedWithTheQueryAndWhoWasFound)
{
    auto found = as(Role::Clerk).search(QStringLiteral("スズキ ハル"));
    ASSERT_TRUE(found) << found.error().message.toStdString();
    ASSERT_EQ(found->size(), 1);
    const auto log = entries(QStringLiteral("search"));
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log[0].operatorId, QStringLiteral("k.sato"));
    EXPECT_EQ(log[0].role, QStringLiteral("clerk"));
    EXPECT_EQ(log[0].office, QStringLiteral("本庁"));
    EXPECT_EQ(log[0].terminal, QStringLiteral("desk-2"));
    EXPECT_EQ(log[0].personId, found->first().personId);
    EXPECT_TRUE(log[0].detail.contains(QStringLiteral("スズキ ハル")));
    EXPECT_TRUE(log[0].detail.contains(kNeighbour)) << log[0].detail.toStdString();
    EXPECT_FALSE(log[0].myNumberShown);
}

TEST_P(RegisterAccessTest, AMyNumberSearchNeverLogsTheNumber)
{
    auto found = as(Role::Clerk).search(kMyNumber);
    ASSERT_TRUE(found) << found.error().message.toStdString();
    ASSERT_EQ(found->size(), 1);
    const auto log = entries();
    ASSERT_EQ(log.size(), 1); // one per person found, none for the query itself
    EXPECT_TRUE(log[0].myNumberShown);
    EXPECT_EQ(log[0].role, QStringLiteral("clerk"));
    for (const auto& e : log)
        EXPECT_FALSE(e.detail.contains(kMyNumber));
}

TEST_P(RegisterAccessTest, MetacharactersInQueriesAndReasonsAreKeptVerbatim)
{
    ASSERT_TRUE(as(Role::Clerk).search(kNasty));
    auto unlocked = as(Role::Supervisor).unlockSupportMeasure(kWife, SupportScope::Print, kNasty, 5);
    ASSERT_TRUE(unlocked) << unlocked.error().message.toStdString();
    const auto log = entries();
    ASSERT_EQ(log.size(), 2);
    EXPECT_TRUE(log[0].detail.contains(kNasty));
    EXPECT_EQ(log[1].purpose, kNasty.trimmed());
    auto persons = storage::exec(db->sql(), QStringLiteral("SELECT COUNT(*) FROM persons"));
    ASSERT_TRUE(persons && persons->next());
    EXPECT_GT(persons->value(0).toInt(), 0);
}

TEST_P(RegisterAccessTest, TheAddressOfAProtectedHouseholdIsWithheld)
{
    registry::RegisterAccess& clerk = as(Role::Clerk);
    // Where the wife lived before: withheld with the current address.
    ASSERT_TRUE(storage::exec(db->sql(),
        QStringLiteral("INSERT INTO address_history (person_id, address, from_on, until_on) "
                       "SELECT id, '東京都みどり野市仮住まい1-1', '2024-01-01', '2025-03-31' "
                       "FROM persons WHERE atena_no = ?"),
        {kWife}));
    // The wife has an active error measure: her household's address is not
    // shown, for her and for everyone living with her.
    for (const QString& atena : {kWife, kHead, kChildYoung}) {
        auto profile = clerk.profile(atena, QStringLiteral("転居"));
        ASSERT_TRUE(profile) << profile.error().message.toStdString();
        EXPECT_TRUE(profile->addressWithheld) << atena.toStdString();
        EXPECT_TRUE(profile->household.address.isEmpty());
        EXPECT_TRUE(profile->household.katagaki.isEmpty());
        EXPECT_TRUE(profile->household.postalCode.isEmpty());
        EXPECT_TRUE(profile->addressWithheldReason.contains(kWife));
        EXPECT_TRUE(profile->addressHistory.isEmpty()) << atena.toStdString();
    }
    // An alert does not withhold it.
    auto neighbour = clerk.profile(kNeighbour);
    ASSERT_TRUE(neighbour);
    EXPECT_FALSE(neighbour->addressWithheld);
    EXPECT_EQ(neighbour->household.address, QStringLiteral("東京都みどり野市緑町5番地"));

    auto found = clerk.search(QStringLiteral("ヤマダ"));
    ASSERT_TRUE(found) << found.error().message.toStdString();
    ASSERT_FALSE(found->isEmpty());
    for (const registry::SearchResult& r : found.value()) {
        EXPECT_TRUE(r.addressWithheld) << r.atenaNo.toStdString();
        EXPECT_TRUE(r.address.isEmpty());
        EXPECT_NE(r.supportMeasure, registry::SupportLevel::None);
    }
    const auto views = entries(QStringLiteral("profile-view"));
    ASSERT_EQ(views.size(), 4);
    EXPECT_EQ(views[0].purpose, QStringLiteral("転居"));
    EXPECT_TRUE(views[0].detail.contains(QStringLiteral("address withheld")));
}

TEST_P(RegisterAccessTest, ASupervisorsUnlockShowsTheAddressUntilItRevertsByItself)
{
    auto unlocked = as(Role::Supervisor, QStringLiteral("m.kato"))
                        .unlockSupportMeasure(kWife, SupportScope::Address,
                            QStringLiteral("本人が来庁、本人確認済み"), 30);
    ASSERT_TRUE(unlocked) << unlocked.error().message.toStdString();
    EXPECT_EQ(unlocked->expiresAt, clock.now().addSecs(30 * 60));
    const auto unlocks = entries(QStringLiteral("unlock"));
    ASSERT_EQ(unlocks.size(), 1);
    EXPECT_EQ(unlocks[0].operatorId, QStringLiteral("m.kato"));
    EXPECT_EQ(unlocks[0].purpose, QStringLiteral("本人が来庁、本人確認済み"));
    EXPECT_TRUE(unlocks[0].personId.has_value());

    registry::RegisterAccess& clerk = as(Role::Clerk);
    later(29);
    auto open = clerk.profile(kWife);
    ASSERT_TRUE(open);
    EXPECT_FALSE(open->addressWithheld);
    EXPECT_EQ(open->household.katagaki, QStringLiteral("みどり荘101"));
    // Printing stays blocked: the unlock was for the address only.
    EXPECT_FALSE(clerk.authorizePrint(kWife, QStringLiteral("国保 異動届")));

    later(2); // past the 30 minutes
    auto closed = clerk.profile(kWife);
    ASSERT_TRUE(closed);
    EXPECT_TRUE(closed->addressWithheld);
}

TEST_P(RegisterAccessTest, PrintingIsBlockedRecordedAndUnlockable)
{
    registry::RegisterAccess& clerk = as(Role::Clerk);
    auto blocked = clerk.authorizePrint(kHead, QStringLiteral("国保 異動届"));
    ASSERT_FALSE(blocked);
    EXPECT_TRUE(blocked.error().message.contains(kWife)) << blocked.error().message.toStdString();
    auto prints = entries(QStringLiteral("print"));
    ASSERT_EQ(prints.size(), 1);
    EXPECT_EQ(prints[0].outcome, QStringLiteral("denied"));

    ASSERT_TRUE(as(Role::Supervisor)
            .unlockSupportMeasure(kWife, SupportScope::Print, QStringLiteral("本人の申出"), 10));
    auto allowed = as(Role::Clerk).authorizePrint(kHead, QStringLiteral("国保 異動届"));
    ASSERT_TRUE(allowed) << allowed.error().message.toStdString();
    EXPECT_TRUE(allowed->unlockedUntil.has_value());
    prints = entries(QStringLiteral("print"));
    ASSERT_EQ(prints.size(), 2);
    EXPECT_EQ(prints[1].outcome, QStringLiteral("ok"));

    // An alert warns but lets the print through.
    auto warned = as(Role::Clerk).authorizePrint(kNeighbour, QStringLiteral("通知"));
    ASSERT_TRUE(warned) << warned.error().message.toStdString();
    EXPECT_TRUE(warned->warns());
}

TEST_P(RegisterAccessTest, AnUnlockNeedsAReasonAndAShortTime)
{
    registry::RegisterAccess& supervisor = as(Role::Supervisor);
    EXPECT_FALSE(supervisor.unlockSupportMeasure(kWife, SupportScope::Address, QStringLiteral("  "), 5));
    EXPECT_FALSE(supervisor.unlockSupportMeasure(kWife, SupportScope::Address, QStringLiteral("r"), 0));
    EXPECT_FALSE(supervisor.unlockSupportMeasure(
        kWife, SupportScope::Address, QStringLiteral("r"), registry::kMaxUnlockMinutes + 1));
    EXPECT_FALSE(supervisor.unlockSupportMeasure(kUnknown, SupportScope::Address, QStringLiteral("r"), 5));
    auto rows = storage::exec(db->sql(), QStringLiteral("SELECT COUNT(*) FROM support_unlocks"));
    ASSERT_TRUE(rows && rows->next());
    EXPECT_EQ(rows->value(0).toInt(), 0);
}

TEST_P(RegisterAccessTest, RevealingTheMyNumberNeedsAPurposeAndIsRecordedFirst)
{
    registry::RegisterAccess& clerk = as(Role::Clerk);
    auto masked = clerk.profile(kHead);
    ASSERT_TRUE(masked);
    EXPECT_EQ(masked->person.myNumberMasked, QStringLiteral("************"));

    EXPECT_FALSE(clerk.revealMyNumber(kHead, QString()));
    EXPECT_TRUE(entries(QStringLiteral("reveal")).isEmpty());

    auto shown = clerk.revealMyNumber(kHead, QStringLiteral("国保 資格確認"));
    ASSERT_TRUE(shown) << shown.error().message.toStdString();
    EXPECT_EQ(shown.value(), kMyNumber);
    auto none = clerk.revealMyNumber(kWife, QStringLiteral("国保 資格確認"));
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->has_value());

    const auto reveals = entries(QStringLiteral("reveal"));
    ASSERT_EQ(reveals.size(), 2);
    EXPECT_TRUE(reveals[0].myNumberShown);
    EXPECT_EQ(reveals[0].purpose, QStringLiteral("国保 資格確認"));
    EXPECT_FALSE(reveals[0].detail.contains(kMyNumber));
    EXPECT_FALSE(reveals[1].myNumberShown);
}

TEST_P(RegisterAccessTest, UnreadableMeasuresBlock)
{
    // Without the unlock table the guard cannot tell whether a block was
    // lifted: it must block, and say why.
    ASSERT_TRUE(storage::exec(db->sql(), QStringLiteral("DROP TABLE support_unlocks")));
    const registry::SupportDecision decision = registry::checkSupportMeasures(
        *db, {2}, SupportScope::Address, clock.now());
    EXPECT_TRUE(decision.blocked);
    EXPECT_TRUE(decision.reason.contains(QStringLiteral("could not be read")))
        << decision.reason.toStdString();
    // A person with no measure at all is still judged (nothing to unlock).
    EXPECT_FALSE(
        registry::checkSupportMeasures(*db, {20}, SupportScope::Address, clock.now()).blocked);
    // A narrowed scope is honoured; anything but 0 covers the process.
    ASSERT_TRUE(storage::exec(db->sql(),
        QStringLiteral("UPDATE support_measures SET scope_copies = 0 WHERE person_id = 2")));
    EXPECT_FALSE(
        registry::checkSupportMeasures(*db, {2}, SupportScope::Copies, clock.now()).blocked);
}

TEST_P(RegisterAccessTest, ExpiringMeasuresAreListedSoonestFirst)
{
    auto expiring = as(Role::Supervisor).expiringSupportMeasures(31);
    ASSERT_TRUE(expiring) << expiring.error().message.toStdString();
    ASSERT_EQ(expiring->size(), 1);
    EXPECT_EQ(expiring->at(0).atenaNo, kNeighbour);
    EXPECT_EQ(expiring->at(0).daysLeft, 10);
    auto year = as(Role::Supervisor).expiringSupportMeasures(366);
    ASSERT_TRUE(year);
    EXPECT_GE(year->size(), 3); // + the wife's (9 months), the child's provisional
    EXPECT_LE(year->at(0).endsOn, year->at(1).endsOn);
}

TEST_P(RegisterAccessTest, LoginsAreRecordedWithTheirOutcome)
{
    security::StaffDirectory staff(*db, clock);
    ASSERT_TRUE(staff.add(QStringLiteral("k.sato"), Role::Clerk, QStringLiteral("本庁"),
        QByteArrayLiteral("correct horse")));
    ASSERT_TRUE(security::login(*db, QStringLiteral("k.sato"), "correct horse",
        QStringLiteral("desk-2"), clock));
    ASSERT_FALSE(security::login(*db, QStringLiteral("k.sato"), "wrong", QStringLiteral("desk-2"), clock));
    ASSERT_FALSE(security::login(*db, QStringLiteral("ghost"), "x", QStringLiteral("desk-9"), clock));
    const auto log = entries(QStringLiteral("login"));
    ASSERT_EQ(log.size(), 3);
    EXPECT_EQ(log[0].outcome, QStringLiteral("ok"));
    EXPECT_EQ(log[0].role, QStringLiteral("clerk"));
    EXPECT_EQ(log[1].outcome, QStringLiteral("failed"));
    EXPECT_EQ(log[1].detail, QStringLiteral("wrong password"));
    EXPECT_EQ(log[2].operatorId, QStringLiteral("ghost"));
    EXPECT_EQ(log[2].detail, QStringLiteral("unknown staff id"));
    EXPECT_EQ(log[2].terminal, QStringLiteral("desk-9"));
    for (const auto& e : log)
        EXPECT_FALSE(e.detail.contains(QStringLiteral("correct horse")));
}

INSTANTIATE_TEST_SUITE_P(Engines, RegisterAccessTest, madoguchi::testing::kBothEngines,
    madoguchi::testing::EngineParamName());

} // namespace
