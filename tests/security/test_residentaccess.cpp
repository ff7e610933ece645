// "Who used my data" (docs/security.md): a resident's accesses in the
// audit chain and the visits that used their data, with the back-end
// systems that received it — on both engines, through residentAccess()
// and through `madoguchi-cli audit resident`.
#include "demo/demovisits.h"
#include "registry/registeraccess.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "security/residentaccess.h"
#include "storage/sqlerror.h"
#include "support/clirunner.h"
#include "support/testcity.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;
using madoguchi::testing::CliRun;
using madoguchi::testing::runCli;

const QDate kToday = QDate::currentDate();

class ResidentAccess : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(
            madoguchi::testing::openTestCity(testDb, kToday, db, catalogue, audit));
        clerk = std::make_unique<security::AccessControl>(
            madoguchi::testing::deskSession(QStringLiteral("k.sato"), security::Role::Clerk),
            *audit);
        supervisor = std::make_unique<security::AccessControl>(
            madoguchi::testing::deskSession(QStringLiteral("m.kato"), security::Role::Supervisor),
            *audit);

        auto summary = demo::submitDemoVisits(*db, *clerk, *catalogue, 12, 3, kToday);
        ASSERT_TRUE(summary) << summary.error().message.toStdString();
        ASSERT_GT(summary->submitted, 0) << summary->lastProblem.toStdString();

        // A member of a household whose application went out in a visit
        // where someone else of the household was at the counter.
        auto member = storage::exec(db->sql(),
            QStringLiteral("SELECT a.member_atena_no, v.ref FROM applications a "
                           "JOIN visits v ON v.ref = a.visit_ref WHERE a.member_id <> '' "
                           "AND a.member_atena_no <> v.atena_no ORDER BY v.ref, a.position"));
        ASSERT_TRUE(member);
        ASSERT_TRUE(member->next()) << "the demo visits have a member's own application";
        resident = member->value(0).toString();
        memberVisit = member->value(1).toString();
        member->finish();

        // A clerk opens the resident's record and shows the 個人番号.
        registry::RegisterAccess reg(*db, *clerk);
        auto profile = reg.profile(resident, QStringLiteral("転居の確認"));
        ASSERT_TRUE(profile) << profile.error().message.toStdString();
        auto revealed = reg.revealMyNumber(resident, QStringLiteral("国保 資格確認"));
        ASSERT_TRUE(revealed) << revealed.error().message.toStdString();
    }

    QList<security::AuditEntry> auditReads()
    {
        security::AuditFilter filter;
        filter.action = QStringLiteral("audit-read");
        auto entries = security::queryAudit(db->sql(), filter);
        EXPECT_TRUE(entries);
        return entries ? entries.value() : QList<security::AuditEntry>{};
    }

    madoguchi::testing::TestDatabase testDb{GetParam()};
    std::unique_ptr<storage::Database> db;
    std::shared_ptr<const catalog::Catalog> catalogue;
    std::unique_ptr<security::AuditLog> audit;
    std::unique_ptr<security::AccessControl> clerk;
    std::unique_ptr<security::AccessControl> supervisor;
    QString resident;
    QString memberVisit;
};

TEST_P(ResidentAccess, ListsWhoLookedAndWhereTheDataWent)
{
    auto report = security::residentAccess(*db, *supervisor, resident);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_EQ(report->atenaNo, resident);
    EXPECT_FALSE(report->nameKanji.isEmpty());

    // Who looked: the profile view and the reveal, with their purposes.
    const auto find = [&](const char* action) {
        return std::find_if(report->accesses.begin(), report->accesses.end(),
            [&](const security::AuditEntry& e) { return e.action == QLatin1String(action); });
    };
    const auto view = find("profile-view");
    ASSERT_NE(view, report->accesses.end());
    EXPECT_EQ(view->purpose, QStringLiteral("転居の確認"));
    EXPECT_EQ(view->operatorId, QStringLiteral("k.sato"));
    EXPECT_EQ(view->role, QStringLiteral("clerk"));
    EXPECT_EQ(view->office, QStringLiteral("本庁"));
    EXPECT_EQ(view->terminal, QStringLiteral("desk-1"));
    EXPECT_EQ(view->outcome, QStringLiteral("ok"));
    const auto reveal = find("reveal");
    ASSERT_NE(reveal, report->accesses.end());
    EXPECT_EQ(reveal->purpose, QStringLiteral("国保 資格確認"));
    for (const security::AuditEntry& e : report->accesses)
        EXPECT_EQ(e.personId.value_or(-1), report->personId);

    // Where it went: the visit of another member of the household, with
    // the resident's own application and the household's, not another
    // member's own.
    const auto visit = std::find_if(report->visits.begin(), report->visits.end(),
        [&](const security::ResidentVisit& v) { return v.ref == memberVisit; });
    ASSERT_NE(visit, report->visits.end());
    EXPECT_FALSE(visit->atCounter);
    EXPECT_NE(visit->atenaNo, resident);
    ASSERT_FALSE(visit->applications.isEmpty());
    EXPECT_TRUE(std::any_of(visit->applications.begin(), visit->applications.end(),
        [](const security::ResidentApplication& a) { return a.aboutResident; }));
    for (const security::ResidentApplication& a : visit->applications) {
        EXPECT_TRUE(a.aboutResident || a.member.isEmpty()) << a.procedureId.toStdString();
        EXPECT_FALSE(a.system.isEmpty());
        EXPECT_EQ(a.state, QStringLiteral("queued"));
        EXPECT_FALSE(a.fields.isEmpty()) << "the labels of what its form carried";
    }

    const QJsonObject json = security::residentAccessJson(report.value());
    EXPECT_EQ(json[QStringLiteral("resident")][QStringLiteral("atena_no")], resident);
    EXPECT_EQ(json[QStringLiteral("accesses")].toArray().size(), report->accesses.size());
    const QJsonArray visits = json[QStringLiteral("visits")].toArray();
    ASSERT_EQ(visits.size(), report->visits.size());
    EXPECT_TRUE(visits[0][QStringLiteral("applications")][0].toObject().contains(
        QStringLiteral("receipt")));

    // The read is itself recorded, naming the resident; the next report
    // shows it.
    const QList<security::AuditEntry> reads = auditReads();
    ASSERT_EQ(reads.size(), 1);
    EXPECT_EQ(reads[0].operatorId, QStringLiteral("m.kato"));
    EXPECT_EQ(reads[0].outcome, QStringLiteral("ok"));
    EXPECT_EQ(reads[0].personId.value_or(-1), report->personId);
    EXPECT_TRUE(reads[0].detail.contains(resident)) << reads[0].detail.toStdString();
    auto again = security::residentAccess(*db, *supervisor, resident);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->accesses.size(), report->accesses.size() + 1);
    EXPECT_EQ(again->accesses.last().action, QStringLiteral("audit-read"));
}

TEST_P(ResidentAccess, AClerkIsRefusedAndTheRefusalIsRecorded)
{
    auto denied = security::residentAccess(*db, *clerk, resident);
    ASSERT_FALSE(denied);
    EXPECT_TRUE(denied.error().message.contains(QStringLiteral("may not")))
        << denied.error().message.toStdString();
    const QList<security::AuditEntry> reads = auditReads();
    ASSERT_EQ(reads.size(), 1);
    EXPECT_EQ(reads[0].outcome, QStringLiteral("denied"));
    EXPECT_EQ(reads[0].operatorId, QStringLiteral("k.sato"));
    EXPECT_TRUE(reads[0].detail.contains(resident)) << reads[0].detail.toStdString();

    // An auditor may read it.
    security::AccessControl auditor(
        madoguchi::testing::deskSession(QStringLiteral("a.ono"), security::Role::Auditor), *audit);
    EXPECT_TRUE(security::residentAccess(*db, auditor, resident));
}

TEST_P(ResidentAccess, ThePeriodLimitsBothParts)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto later = security::residentAccess(*db, *supervisor, resident, {now.addDays(1), {}});
    ASSERT_TRUE(later) << later.error().message.toStdString();
    EXPECT_TRUE(later->accesses.isEmpty());
    EXPECT_TRUE(later->visits.isEmpty());
    auto earlier = security::residentAccess(*db, *supervisor, resident, {{}, now.addDays(-1)});
    ASSERT_TRUE(earlier);
    EXPECT_TRUE(earlier->accesses.isEmpty());
    EXPECT_TRUE(earlier->visits.isEmpty());
    auto today = security::residentAccess(
        *db, *supervisor, resident, {now.addSecs(-3600), now.addSecs(3600)});
    ASSERT_TRUE(today);
    EXPECT_GE(today->accesses.size(), 2);
    EXPECT_FALSE(today->visits.isEmpty());

    auto unknown = security::residentAccess(*db, *supervisor, QStringLiteral("99999999999"));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("99999999999")));
}

TEST_P(ResidentAccess, TheCliAnswersASupervisor)
{
    db.reset(); // the CLI opens the database itself
    static const QByteArray kPassword = "counter-pass-1\n";
    for (const auto& [id, role] : {std::pair{"k.sato", "clerk"}, {"m.kato", "supervisor"}}) {
        const CliRun added
            = runCli({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--db"),
                         testDb.location(), QStringLiteral("--id"), QLatin1String(id),
                         QStringLiteral("--role"), QLatin1String(role)},
                kPassword);
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }
    const QStringList asSupervisor{QStringLiteral("--as"), QStringLiteral("m.kato")};
    const QStringList command{QStringLiteral("audit"), QStringLiteral("resident"), resident};

    const CliRun text = runCli(
        command + QStringList{QStringLiteral("--db"), testDb.location()} + asSupervisor, kPassword);
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(resident)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Who looked at your data")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Where your data went")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("opened the record [profile-view]")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("purpose: 国保 資格確認")));
    EXPECT_TRUE(text.out.contains(memberVisit));
    EXPECT_TRUE(text.out.contains(QStringLiteral("a visit of your household")));

    const CliRun json = runCli(command
            + QStringList{QStringLiteral("--db"), testDb.location(), QStringLiteral("--json")}
            + asSupervisor,
        kPassword);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(report[QStringLiteral("resident")][QStringLiteral("atena_no")], resident);
    EXPECT_FALSE(report[QStringLiteral("visits")].toArray().isEmpty());
    EXPECT_FALSE(
        report[QStringLiteral("resident")][QStringLiteral("name_kanji")].toString().isEmpty());
    // The name is the heading of the text too.
    EXPECT_TRUE(text.out.contains(
        report[QStringLiteral("resident")][QStringLiteral("name_kanji")].toString()));

    // 和暦 days: from 令和20年 on, nothing yet.
    const CliRun future = runCli(command
            + QStringList{QStringLiteral("--db"), testDb.location(), QStringLiteral("--from"),
                QStringLiteral("R20.1.1"), QStringLiteral("--json")}
            + asSupervisor,
        kPassword);
    ASSERT_EQ(future.exitCode, 0) << future.err.toStdString();
    const QJsonObject none = QJsonDocument::fromJson(future.out.toUtf8()).object();
    EXPECT_TRUE(none[QStringLiteral("accesses")].toArray().isEmpty());
    EXPECT_TRUE(none[QStringLiteral("visits")].toArray().isEmpty());
    EXPECT_TRUE(
        none[QStringLiteral("from")].toString().startsWith(QStringLiteral("2037-12-31T15:00")))
        << none[QStringLiteral("from")].toString().toStdString();

    const CliRun clerkRun = runCli(command
            + QStringList{QStringLiteral("--db"), testDb.location(), QStringLiteral("--as"),
                QStringLiteral("k.sato")},
        kPassword);
    EXPECT_EQ(clerkRun.exitCode, 1);
    EXPECT_TRUE(clerkRun.err.contains(QStringLiteral("may not"))) << clerkRun.err.toStdString();

    const CliRun badDate = runCli(command
        + QStringList{QStringLiteral("--db"), testDb.location(), QStringLiteral("--to"),
            QStringLiteral("2026-13-01")});
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("--to"))) << badDate.err.toStdString();
    const CliRun badAtena = runCli({QStringLiteral("audit"), QStringLiteral("resident"),
        QStringLiteral("--db"), testDb.location(), QStringLiteral("12345")});
    EXPECT_EQ(badAtena.exitCode, 2);
}

INSTANTIATE_TEST_SUITE_P(Engines, ResidentAccess, madoguchi::testing::kBothEngines,
    madoguchi::testing::EngineParamName());

} // namespace
