// The day's CSV export (issue #8, docs/queue.md, "The day's export"): the
// files with their BOM, header and rows, RFC 4180 quoting, the Japan-time
// day of the visits, the audit entry, a clerk refused, a bad folder refused
// with nothing written — on both engines; and `madoguchi-cli export day`.
#include "queue/dayexport.h"
#include "queue/ticketstore.h"
#include "roomfixture.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;
using namespace madoguchi::roomtest;

const QString kV1 = QStringLiteral("V20261126-000001");

class DayExport : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(out.isValid());
        db = testDb.open();
        ASSERT_TRUE(db);
        store = std::make_unique<queue::TicketStore>(*db, clock);
        // A staff id with a comma, to be quoted.
        buildMorning(*db, clock, *store, QStringLiteral("Sato, K"));
        if (HasFatalFailure())
            return;
        addApplication(*db, QStringLiteral("app-1"), kV1, QStringLiteral("delivered"));
        addApplication(*db, QStringLiteral("app-2"), kV1, QStringLiteral("rejected"));
        addApplication(*db, QStringLiteral("app-3"), kV1, QStringLiteral("delivered"));
        // 23:30 in Japan is still the day (14:30 UTC); 00:30 the next day is
        // not, though it is the same day in UTC; 23:50 the day before is not.
        addVisit(*db, QStringLiteral("V20261126-000002"), QStringLiteral("100002"),
            QStringLiteral("shussei"), jst(23, 30), QStringLiteral("本庁, 2F"));
        addVisit(*db, QStringLiteral("V20261127-000001"), QStringLiteral("100002"),
            QStringLiteral("konin"), jst(0, 30).addDays(1));
        addVisit(*db, QStringLiteral("V20261125-000009"), QStringLiteral("100002"),
            QStringLiteral("konin"), jst(23, 50).addDays(-1));
        audit = std::make_unique<security::AuditLog>(*db);
    }

    std::unique_ptr<security::AccessControl> as(security::Role role)
    {
        session = security::Session{
            role == security::Role::Clerk ? QStringLiteral("k.sato") : QStringLiteral("m.kato"),
            role, QStringLiteral("本庁"), QStringLiteral("desk-9"), clock.now()};
        return std::make_unique<security::AccessControl>(session, *audit, clock);
    }

    QList<security::AuditEntry> exports()
    {
        security::AuditFilter filter;
        filter.action = QStringLiteral("export");
        auto entries = security::queryAudit(db->sql(), filter);
        EXPECT_TRUE(entries) << entries.error().message.toStdString();
        return entries ? entries.value() : QList<security::AuditEntry>{};
    }

    // The file's lines (CRLF), after checking and removing its BOM.
    static QStringList lines(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QByteArray bytes = file.readAll();
        EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << path.toStdString();
        EXPECT_TRUE(bytes.endsWith("\r\n"));
        QStringList list = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        list.removeLast();
        return list;
    }

    QTemporaryDir out;
    FixedClock clock{jst(8, 30)};
    madoguchi::testing::TestDatabase testDb{GetParam()};
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<queue::TicketStore> store;
    std::unique_ptr<security::AuditLog> audit;
    security::Session session;
};

TEST_P(DayExport, WritesTheTicketsAndVisitsOfTheDay)
{
    auto supervisor = as(security::Role::Supervisor);
    auto exported = queue::exportDay(*db, *supervisor, kDay, out.path());
    ASSERT_TRUE(exported) << exported.error().message.toStdString();
    EXPECT_EQ(exported->tickets, 7);
    EXPECT_EQ(exported->visits, 2);
    EXPECT_EQ(
        exported->ticketsPath, QDir(out.path()).filePath(QStringLiteral("tickets-2026-11-26.csv")));
    EXPECT_EQ(
        exported->visitsPath, QDir(out.path()).filePath(QStringLiteral("visits-2026-11-26.csv")));
    // No temporary file is left beside them.
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files).size(), 2);

    const QStringList tickets = lines(exported->ticketsPath);
    ASSERT_EQ(tickets.size(), 1 + 7);
    EXPECT_EQ(tickets.at(0),
        QStringLiteral("number,purpose,priority,state,issued_at,called_at,serving_at,finished_at,"
                       "counter,staff,visit_ref,wait_seconds,handling_seconds"));
    EXPECT_EQ(tickets.at(1),
        QStringLiteral("A-001,A,ordinary,done,2026-11-26T09:00:00+09:00,2026-11-26T09:20:00+09:00,"
                       "2026-11-26T09:22:00+09:00,2026-11-26T09:40:00+09:00,1,\"Sato, K\","
                       "V20261126-000001,1200,1080"));
    // Waiting: no times after the issue, no seconds.
    EXPECT_EQ(
        tickets.at(7), QStringLiteral("C-002,C,ordinary,issued,2026-11-26T10:20:00+09:00,,,,,,,,"));
    // The no-show: called after 40 minutes, never served.
    EXPECT_TRUE(tickets.contains(QStringLiteral(
        "A-003,A,ordinary,no-show,2026-11-26T09:45:00+09:00,2026-11-26T10:25:00+09:00,,"
        "2026-11-26T10:30:00+09:00,1,\"Sato, K\",,2400,")));

    const QStringList visits = lines(exported->visitsPath);
    ASSERT_EQ(visits.size(), 1 + 2);
    EXPECT_EQ(visits.at(0),
        QStringLiteral("ref,atena_no,event_type,event_date,staff,office,terminal,submitted_at,"
                       "applications,deliveries"));
    EXPECT_EQ(visits.at(1),
        QStringLiteral("V20261126-000001,100001,tennyu,2026-11-26,k.sato,本庁,desk-1,"
                       "2026-11-26T09:38:00+09:00,3,delivered 2; rejected 1"));
    EXPECT_EQ(visits.at(2),
        QStringLiteral("V20261126-000002,100002,shussei,2026-11-26,k.sato,\"本庁, 2F\",desk-1,"
                       "2026-11-26T23:30:00+09:00,0,"));

    const QList<security::AuditEntry> entries = exports();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.at(0).outcome, QStringLiteral("ok"));
    EXPECT_EQ(entries.at(0).operatorId, QStringLiteral("m.kato"));
    EXPECT_TRUE(
        entries.at(0).detail.startsWith(QStringLiteral("day 2026-11-26: 7 tickets, 2 visits to ")))
        << entries.at(0).detail.toStdString();

    // Again: the files are replaced, still two.
    auto again = queue::exportDay(*db, *supervisor, kDay, out.path());
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files).size(), 2);
    EXPECT_EQ(lines(again->ticketsPath).size(), 8);
    EXPECT_EQ(exports().size(), 2);
}

TEST_P(DayExport, AnEmptyDayHasItsHeaders)
{
    auto supervisor = as(security::Role::Supervisor);
    auto exported = queue::exportDay(*db, *supervisor, kDay.addDays(-3), out.path());
    ASSERT_TRUE(exported) << exported.error().message.toStdString();
    EXPECT_EQ(exported->tickets, 0);
    EXPECT_EQ(exported->visits, 0);
    EXPECT_EQ(lines(exported->ticketsPath).size(), 1);
    EXPECT_EQ(lines(exported->visitsPath).size(), 1);
}

TEST_P(DayExport, AClerkIsRefusedAndTheAttemptRecorded)
{
    auto clerk = as(security::Role::Clerk);
    auto exported = queue::exportDay(*db, *clerk, kDay, out.path());
    ASSERT_FALSE(exported);
    EXPECT_TRUE(exported.error().message.contains(QStringLiteral("k.sato")))
        << exported.error().message.toStdString();
    EXPECT_TRUE(exported.error().message.contains(QStringLiteral("clerk")));
    EXPECT_TRUE(QDir(out.path()).entryList(QDir::Files).isEmpty());
    const QList<security::AuditEntry> entries = exports();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.at(0).outcome, QStringLiteral("denied"));
    EXPECT_EQ(entries.at(0).operatorId, QStringLiteral("k.sato"));
}

TEST_P(DayExport, ABadFolderIsNamedAndNothingIsWritten)
{
    auto supervisor = as(security::Role::Supervisor);
    const QString missing = out.filePath(QStringLiteral("no-such-folder"));
    auto exported = queue::exportDay(*db, *supervisor, kDay, missing);
    ASSERT_FALSE(exported);
    EXPECT_EQ(exported.error().message,
        QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(missing)));

    const QString file = out.filePath(QStringLiteral("a-file"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    exported = queue::exportDay(*db, *supervisor, kDay, file);
    ASSERT_FALSE(exported);
    EXPECT_EQ(exported.error().message,
        QStringLiteral("%1 is not a folder").arg(QDir::toNativeSeparators(file)));
    EXPECT_FALSE(queue::exportDay(*db, *supervisor, QDate(), out.path()));
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
        QStringList{QStringLiteral("a-file")});
    EXPECT_FALSE(QFile::exists(missing));
    // Nothing was exported, so nothing was recorded as exported.
    for (const security::AuditEntry& e : exports())
        EXPECT_NE(e.outcome, QStringLiteral("ok"));
}

TEST_P(DayExport, TheCliWritesTheFilesForASupervisorOnly)
{
    const QByteArray password = "counter-pass-1\n";
    for (const auto& [id, role] : {std::pair{"k.sato", "clerk"}, {"m.kato", "supervisor"}}) {
        const auto added = madoguchi::testing::runCli(
            {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--db"),
                testDb.location(), QStringLiteral("--id"), QLatin1String(id),
                QStringLiteral("--role"), QLatin1String(role)},
            password);
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }
    const QStringList exportArgs{QStringLiteral("export"), QStringLiteral("day"),
        QStringLiteral("--db"), testDb.location(), QStringLiteral("--date"),
        QStringLiteral("2026-11-26"), QStringLiteral("--out"), out.path(), QStringLiteral("--json"),
        QStringLiteral("--as")};
    const auto run
        = madoguchi::testing::runCli(exportArgs + QStringList{QStringLiteral("m.kato")}, password);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("tickets")).toInt(), 7);
    EXPECT_EQ(json.value(QStringLiteral("visits")).toInt(), 2);
    EXPECT_EQ(lines(json.value(QStringLiteral("tickets_path")).toString()).size(), 8);
    EXPECT_EQ(lines(json.value(QStringLiteral("visits_path")).toString()).size(), 3);

    QTemporaryDir other;
    QStringList clerkArgs = exportArgs;
    clerkArgs[clerkArgs.indexOf(out.path())] = other.path();
    const auto refused
        = madoguchi::testing::runCli(clerkArgs + QStringList{QStringLiteral("k.sato")}, password);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("k.sato"))) << refused.err.toStdString();
    EXPECT_TRUE(QDir(other.path()).isEmpty());

    const auto noOut = madoguchi::testing::runCli(
        {QStringLiteral("export"), QStringLiteral("day"), QStringLiteral("--db"), testDb.location(),
            QStringLiteral("--as"), QStringLiteral("m.kato")});
    EXPECT_EQ(noOut.exitCode, 2);
    EXPECT_TRUE(noOut.err.contains(QStringLiteral("--out is required"))) << noOut.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    DayExport, DayExport, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());

} // namespace
