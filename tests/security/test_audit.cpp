// The audit chain (docs/security.md "The audit chain"): recording, verify,
// append-only triggers, survival of a rolled-back business transaction,
// concurrent writers, review queries and the CLI, on both engines.
#include "registry/residentsearch.h"
#include "security/auditlog.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace madoguchi;
using namespace madoguchi::security;
using madoguchi::testing::TestDatabase;

namespace {

const QString kNasty = QStringLiteral("x'); DROP TABLE audit_log; --\t\"%_\\\n");

AuditEntry sample(
    int i, const QDateTime& at = QDateTime(QDate(2026, 4, 1), QTime(1, 0), QTimeZone::utc()))
{
    AuditEntry e;
    e.at = at.addSecs(i);
    e.operatorId = QStringLiteral("op%1").arg(i % 2);
    e.role = QStringLiteral("clerk");
    e.office = QStringLiteral("本庁");
    e.terminal = QStringLiteral("desk-1");
    e.action = QLatin1String(AuditAction::Search);
    e.personId = 100 + i;
    e.purpose = QStringLiteral("転入");
    e.outcome = QLatin1String(AuditOutcome::Ok);
    e.detail = QStringLiteral("entry %1").arg(i);
    return e;
}

AuditFilter filterBy(const QString& operatorId, std::optional<qint64> personId = std::nullopt,
    const QString& action = {}, const QDateTime& from = {}, const QDateTime& to = {})
{
    AuditFilter filter;
    filter.operatorId = operatorId;
    filter.personId = personId;
    filter.action = action;
    filter.from = from;
    filter.to = to;
    return filter;
}

class AuditTest : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        m_test = std::make_unique<TestDatabase>(GetParam());
        m_db = m_test->open();
        ASSERT_TRUE(m_db);
        m_log = std::make_unique<AuditLog>(*m_db);
    }

    void recordSome(int n)
    {
        for (int i = 1; i <= n; ++i) {
            auto r = m_log->record(sample(i));
            ASSERT_TRUE(r) << r.error().message.toStdString();
            EXPECT_EQ(r->seq, i);
        }
    }

    Status sql(const QString& statement, const QVariantList& values = {})
    {
        auto q = storage::exec(m_db->sql(), statement, values);
        if (!q)
            return q.error();
        return {};
    }

    // Lifts the append-only guard so a test can play the attacker.
    void dropGuards()
    {
        if (GetParam() == storage::Engine::Sqlite) {
            ASSERT_TRUE(sql(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            ASSERT_TRUE(sql(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        } else {
            ASSERT_TRUE(sql(QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")));
        }
    }

    VerifyReport verify()
    {
        auto r = verifyAuditChain(m_db->sql());
        EXPECT_TRUE(r) << (r ? std::string() : r.error().message.toStdString());
        return r ? r.value() : VerifyReport{};
    }

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<AuditLog> m_log;
};

TEST_P(AuditTest, ChainOfSeveralEntriesVerifies)
{
    const VerifyReport empty = verify();
    EXPECT_TRUE(empty.intact);
    EXPECT_EQ(empty.entries, 0);
    recordSome(5);
    const VerifyReport report = verify();
    EXPECT_TRUE(report.intact) << report.message.toStdString();
    EXPECT_EQ(report.entries, 5);
    EXPECT_EQ(report.headHash.size(), 64);
    auto all = queryAudit(m_db->sql(), {});
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 5);
    EXPECT_EQ(all->at(0).prevHash, QString::fromLatin1(kGenesisHash));
    EXPECT_EQ(all->at(1).prevHash, all->at(0).hash);
}

TEST_P(AuditTest, TamperedFieldIsNamed)
{
    recordSome(4);
    dropGuards();
    ASSERT_TRUE(sql(QStringLiteral("UPDATE audit_log SET operator = 'someone' WHERE seq = 3")));
    const VerifyReport report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.brokenSeq, 3);
    EXPECT_EQ(report.reason, QStringLiteral("hash"));
}

TEST_P(AuditTest, TamperedAndRehashedEntryBreaksTheNextLink)
{
    recordSome(4);
    auto all = queryAudit(m_db->sql(), {});
    ASSERT_TRUE(all);
    AuditEntry changed = all->at(1);
    changed.detail = QStringLiteral("innocent");
    changed.hash = changed.computeHash();
    dropGuards();
    ASSERT_TRUE(sql(QStringLiteral("UPDATE audit_log SET detail = ?, hash = ? WHERE seq = 2"),
        {changed.detail, changed.hash}));
    const VerifyReport report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.brokenSeq, 3);
    EXPECT_EQ(report.reason, QStringLiteral("link"));
}

TEST_P(AuditTest, DeletedRowIsNamed)
{
    recordSome(4);
    dropGuards();
    ASSERT_TRUE(sql(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
    const VerifyReport report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.brokenSeq, 2);
    EXPECT_EQ(report.reason, QStringLiteral("missing"));
}

TEST_P(AuditTest, DeletedAndRenumberedRowIsNamed)
{
    recordSome(4);
    dropGuards();
    ASSERT_TRUE(sql(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
    ASSERT_TRUE(sql(QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 3")));
    ASSERT_TRUE(sql(QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4")));
    const VerifyReport report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.brokenSeq, 2);
    EXPECT_EQ(report.reason, QStringLiteral("link"));
}

TEST_P(AuditTest, ReorderedPairIsNamed)
{
    recordSome(4);
    dropGuards();
    ASSERT_TRUE(sql(QStringLiteral("UPDATE audit_log SET seq = 100 WHERE seq = 2")));
    ASSERT_TRUE(sql(QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 3")));
    ASSERT_TRUE(sql(QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 100")));
    const VerifyReport report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.brokenSeq, 2);
    EXPECT_EQ(report.reason, QStringLiteral("order"));
    EXPECT_TRUE(report.message.contains(QStringLiteral("3"))) << report.message.toStdString();
}

TEST_P(AuditTest, UpdateAndDeleteAreRefused)
{
    recordSome(2);
    EXPECT_FALSE(sql(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE seq = 1")));
    EXPECT_FALSE(sql(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
    EXPECT_FALSE(sql(QStringLiteral("DELETE FROM audit_log")));
    if (GetParam() == storage::Engine::PostgreSql) {
        EXPECT_FALSE(sql(QStringLiteral("TRUNCATE audit_log")));
    }
    EXPECT_TRUE(verify().intact);
    EXPECT_EQ(verify().entries, 2);
}

TEST_P(AuditTest, EntrySurvivesRolledBackBusinessTransaction)
{
    ASSERT_TRUE(sql(QStringLiteral("CREATE TABLE business_scratch (v INTEGER)")));
    {
        // On SQLite the business transaction may only have read when the
        // entry is recorded (one writer per file, docs/security.md); on
        // PostgreSQL it has already written.
        const bool pg = GetParam() == storage::Engine::PostgreSql;
        storage::Transaction business(m_db->sql(),
            pg ? storage::Transaction::Intent::Write : storage::Transaction::Intent::Read);
        ASSERT_TRUE(business.begun());
        if (pg) {
            ASSERT_TRUE(sql(QStringLiteral("INSERT INTO business_scratch (v) VALUES (1)")));
        }
        auto recorded = m_log->record(sample(1));
        ASSERT_TRUE(recorded) << recorded.error().message.toStdString();
        if (!pg) {
            ASSERT_TRUE(sql(QStringLiteral("INSERT INTO business_scratch (v) VALUES (1)")));
        }
        business.rollback();
    }
    auto scratch
        = storage::exec(m_db->sql(), QStringLiteral("SELECT COUNT(*) FROM business_scratch"));
    ASSERT_TRUE(scratch);
    ASSERT_TRUE(scratch->next());
    EXPECT_EQ(scratch->value(0).toInt(), 0);
    auto all = queryAudit(m_db->sql(), {});
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->at(0).detail, QStringLiteral("entry 1"));
    EXPECT_TRUE(verify().intact);
}

TEST_P(AuditTest, TwoWritersFormOneChain)
{
    AuditLog other(*m_db);
    for (int i = 1; i <= 10; ++i) {
        AuditLog& writer = i % 2 ? *m_log : other;
        auto r = writer.record(sample(i));
        ASSERT_TRUE(r) << r.error().message.toStdString();
        EXPECT_EQ(r->seq, i);
    }
    const VerifyReport report = verify();
    EXPECT_TRUE(report.intact) << report.message.toStdString();
    EXPECT_EQ(report.entries, 10);
}

TEST_P(AuditTest, ThreadedWritersFormOneChain)
{
    const QString location = m_test->location();
    constexpr int kThreads = 3;
    constexpr int kEach = 8;
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            auto parsed = storage::parseDatabaseLocation(location);
            if (!parsed) {
                ++failures;
                return;
            }
            AuditLog log(parsed.value());
            for (int i = 0; i < kEach; ++i)
                if (!log.record(sample(t * 100 + i)))
                    ++failures;
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(failures.load(), 0);
    const VerifyReport report = verify();
    EXPECT_TRUE(report.intact) << report.message.toStdString();
    EXPECT_EQ(report.entries, kThreads * kEach);
}

TEST_P(AuditTest, MetacharactersAreStoredVerbatim)
{
    AuditEntry e = sample(1);
    e.operatorId = kNasty;
    e.role = kNasty;
    e.office = kNasty;
    e.terminal = kNasty;
    e.action = kNasty;
    e.purpose = kNasty;
    e.outcome = kNasty;
    e.detail = kNasty;
    e.visitId = 7;
    e.personId.reset();
    ASSERT_TRUE(m_log->record(e));
    auto all = queryAudit(m_db->sql(), filterBy(kNasty));
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1);
    const AuditEntry& got = all->at(0);
    for (const QString& field : {got.operatorId, got.role, got.office, got.terminal, got.action,
             got.purpose, got.outcome, got.detail})
        EXPECT_EQ(field, kNasty);
    EXPECT_FALSE(got.personId.has_value());
    EXPECT_EQ(got.visitId, 7);
    EXPECT_TRUE(verify().intact);
}

TEST_P(AuditTest, QueryFilters)
{
    recordSome(6);
    auto byOperator = queryAudit(m_db->sql(), filterBy(QStringLiteral("op1")));
    ASSERT_TRUE(byOperator);
    EXPECT_EQ(byOperator->size(), 3);
    auto byPerson = queryAudit(m_db->sql(), filterBy({}, 103));
    ASSERT_TRUE(byPerson);
    ASSERT_EQ(byPerson->size(), 1);
    EXPECT_EQ(byPerson->at(0).seq, 3);
    const QDateTime base(QDate(2026, 4, 1), QTime(1, 0), QTimeZone::utc());
    auto byTime
        = queryAudit(m_db->sql(), filterBy({}, std::nullopt, {}, base.addSecs(2), base.addSecs(4)));
    ASSERT_TRUE(byTime);
    EXPECT_EQ(byTime->size(), 2);
    auto byAction = queryAudit(m_db->sql(), filterBy({}, std::nullopt, QStringLiteral("print")));
    ASSERT_TRUE(byAction);
    EXPECT_TRUE(byAction->isEmpty());
}

TEST_P(AuditTest, MyNumberSearchIsRecorded)
{
    registry::ResidentSearch search(*m_db);
    const registry::SearchActor actor{
        QStringLiteral("clerk7"), QStringLiteral("desk-3"), QStringLiteral("本庁"),
        QStringLiteral("clerk")};
    auto found = search.search(QStringLiteral("999999999999"), actor);
    ASSERT_TRUE(found) << found.error().message.toStdString();
    EXPECT_TRUE(found->isEmpty());
    auto all = queryAudit(m_db->sql(), {});
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->at(0).operatorId, QStringLiteral("clerk7"));
    EXPECT_EQ(all->at(0).action, QStringLiteral("search"));
    EXPECT_TRUE(all->at(0).myNumberShown);
    EXPECT_FALSE(all->at(0).personId.has_value());
    EXPECT_FALSE(all->at(0).detail.contains(QStringLiteral("999999999999")));
    EXPECT_TRUE(verify().intact);
}

INSTANTIATE_TEST_SUITE_P(
    Engines, AuditTest, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());

TEST(AuditEntry, CanonicalFormIsStableAndEscaped)
{
    AuditEntry e = sample(1);
    e.detail = QStringLiteral("a\nb\tc\\d");
    e.prevHash = QString::fromLatin1(kGenesisHash);
    const QByteArray form = e.canonicalForm();
    EXPECT_TRUE(form.startsWith("madoguchi-audit-v1\nprev_hash=0000"));
    EXPECT_TRUE(form.contains("\ndetail=a\\nb\\tc\\\\d\n"));
    EXPECT_TRUE(form.contains("\nat=2026-04-01T01:00:01.000Z\n"));
    EXPECT_TRUE(form.contains("\nvisit_id=\n"));
    EXPECT_EQ(e.computeHash(), e.computeHash());
    AuditEntry f = e;
    f.detail = QStringLiteral("a\\nb\tc\\d");
    EXPECT_NE(e.computeHash(), f.computeHash());
}

TEST(AuditReview, LateNightHolidayFailedLoginsAndMassSearches)
{
    const QTimeZone jst = japanTime();
    AuditEntry day = sample(0, QDateTime(QDate(2026, 4, 1), QTime(10, 0), jst)); // Wednesday
    AuditEntry night = sample(0, QDateTime(QDate(2026, 4, 1), QTime(23, 30), jst));
    AuditEntry early = sample(0, QDateTime(QDate(2026, 4, 2), QTime(5, 59), jst));
    AuditEntry saturday = sample(0, QDateTime(QDate(2026, 4, 4), QTime(10, 0), jst));
    AuditEntry holiday = sample(0, QDateTime(QDate(2026, 5, 6), QTime(10, 0), jst));
    EXPECT_EQ(lateNightEntries({day, night, early, saturday}).size(), 2);
    EXPECT_EQ(holidayEntries({day, night, saturday, holiday}).size(), 2);
    EXPECT_TRUE(isClosedDay(QDate(2026, 9, 22)));
    EXPECT_TRUE(isClosedDay(QDate(2026, 12, 30)));
    EXPECT_FALSE(isClosedDay(QDate(2026, 9, 24)));

    AuditEntry failed = day;
    failed.action = QLatin1String(AuditAction::Login);
    failed.outcome = QLatin1String(AuditOutcome::Failed);
    AuditEntry loggedIn = failed;
    loggedIn.outcome = QLatin1String(AuditOutcome::Ok);
    EXPECT_EQ(failedLoginEntries({failed, loggedIn, day}).size(), 1);

    QList<AuditEntry> searches;
    for (int i = 0; i < 5; ++i) {
        AuditEntry s = day;
        s.operatorId = QStringLiteral("busy");
        s.at = day.at.addSecs(i * 60);
        searches << s;
    }
    searches << day; // op0, once
    const QList<MassSearch> found = massSearches(searches, 4);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.at(0).operatorId, QStringLiteral("busy"));
    EXPECT_EQ(found.at(0).searches, 5);
    EXPECT_TRUE(massSearches(searches, 5).isEmpty());
}

class AuditCliTest : public ::testing::TestWithParam<storage::Engine> { };

TEST_P(AuditCliTest, VerifyAndQueryThroughTheBinary)
{
    TestDatabase test(GetParam());
    auto db = test.open();
    ASSERT_TRUE(db);
    AuditLog log(*db);
    for (int i = 1; i <= 3; ++i)
        ASSERT_TRUE(log.record(sample(i)));
    AuditEntry failed = sample(4);
    failed.action = QLatin1String(AuditAction::Login);
    failed.outcome = QLatin1String(AuditOutcome::Failed);
    ASSERT_TRUE(log.record(failed));

    auto ok = madoguchi::testing::runCli({QStringLiteral("audit"), QStringLiteral("verify"),
        QStringLiteral("--db"), test.location()});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral("intact"))) << ok.out.toStdString();

    auto query = madoguchi::testing::runCli(
        {QStringLiteral("audit"), QStringLiteral("query"), QStringLiteral("--db"), test.location(),
            QStringLiteral("--operator"), QStringLiteral("op1"), QStringLiteral("--json")});
    ASSERT_EQ(query.exitCode, 0) << query.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(query.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).toObject().value(QStringLiteral("seq")).toInt(), 1);

    auto failedLogins = madoguchi::testing::runCli(
        {QStringLiteral("audit"), QStringLiteral("query"), QStringLiteral("--db"), test.location(),
            QStringLiteral("--review"), QStringLiteral("failed-logins"), QStringLiteral("--json")});
    ASSERT_EQ(failedLogins.exitCode, 0) << failedLogins.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(failedLogins.out.toUtf8()).array().size(), 1);

    auto bad = madoguchi::testing::runCli(
        {QStringLiteral("audit"), QStringLiteral("query"), QStringLiteral("--db"), test.location(),
            QStringLiteral("--review"), QStringLiteral("nonsense")});
    EXPECT_EQ(bad.exitCode, 2);

    if (GetParam() == storage::Engine::Sqlite) {
        ASSERT_TRUE(storage::exec(db->sql(), QStringLiteral("DROP TRIGGER audit_log_no_update")));
    } else {
        ASSERT_TRUE(storage::exec(
            db->sql(), QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")));
    }
    ASSERT_TRUE(storage::exec(
        db->sql(), QStringLiteral("UPDATE audit_log SET purpose = 'changed' WHERE seq = 2")));
    auto broken = madoguchi::testing::runCli({QStringLiteral("audit"), QStringLiteral("verify"),
        QStringLiteral("--db"), test.location(), QStringLiteral("--json")});
    EXPECT_EQ(broken.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(broken.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("broken_seq")).toInt(), 2) << broken.out.toStdString();
    EXPECT_EQ(report.value(QStringLiteral("reason")).toString(), QStringLiteral("hash"));
}

INSTANTIATE_TEST_SUITE_P(
    Engines, AuditCliTest, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());

} // namespace
