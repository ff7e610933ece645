// A branch's push to the hall (issue #9, docs/branch.md, "Push"): the hall a
// real PostgreSQL database, each branch an SQLite replica of the same
// register; visits submitted at the branch through the real submission.
#include "catalog/catalogloader.h"
#include "demo/democity.h"
#include "demo/demovisits.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "support/testdatabase.h"
#include "sync/branchpush.h"
#include "sync/pushaudit.h"
#include "sync/syncstate.h"
#include "visit/visitreference.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QSet>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;
using madoguchi::testing::TestDatabase;

const QDate kToday(2026, 11, 26);

qint64 count(storage::Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = storage::exec(db.sql(), sql, values);
    EXPECT_TRUE(q) << (q ? "" : q.error().message.toStdString());
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QStringList column(storage::Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = storage::exec(db.sql(), sql, values);
    EXPECT_TRUE(q) << (q ? "" : q.error().message.toStdString());
    QStringList values_;
    while (q && q->next())
        values_ << q->value(0).toString();
    return values_;
}

// Every row, each value as text (a blob in hex), for comparing engines.
QStringList rowsText(storage::Database& db, const QString& sql)
{
    auto q = storage::exec(db.sql(), sql);
    EXPECT_TRUE(q) << (q ? "" : q.error().message.toStdString());
    QStringList rows;
    while (q && q->next()) {
        QStringList values;
        for (int i = 0; i < q->record().count(); ++i) {
            const QVariant v = q->value(i);
            values << (v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(
                                                                 v.toByteArray().toHex())
                                                           : v.toString());
        }
        rows << values.join(QLatin1Char('|'));
    }
    rows.sort(); // the engines' collations differ
    return rows;
}

// A scanned document, a certificate and the resident's consent on the first
// visit of the branch, as the desk records them (core/visit/visitrecords.h).
void addScanEvidenceAndConsent(storage::Database& db)
{
    auto first = storage::exec(db.sql(),
        QStringLiteral("SELECT visit_ref, id FROM applications ORDER BY visit_ref, position "
                       "LIMIT 1"));
    ASSERT_TRUE(first && first->next());
    const QString ref = first->value(0).toString();
    const QString application = first->value(1).toString();
    first->finish();
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(32, '\x01');
    const QString id = QStringLiteral("7d7d3c1e-3f5a-4c55-9d59-4e0a1c2b3d4e");
    const QVariantList attachment{id, ref, application, QStringLiteral("scan.png"),
        QStringLiteral("image/png"),
        QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()),
        qint64(png.size()), png};
    ASSERT_TRUE(storage::exec(db.sql(),
        QStringLiteral("INSERT INTO visit_attachments (id, visit_ref, application_id, file_name, "
                       "media_type, sha256, size, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        attachment));
    const QString names = QStringLiteral(R"({"ja":"出生証明書","en":"Birth certificate"})");
    ASSERT_TRUE(storage::exec(db.sql(),
        QStringLiteral("INSERT INTO visit_documents (visit_ref, application_id, position, names, "
                       "status, attachment_id) VALUES (?, ?, 0, ?, 'scanned', ?)"),
        {ref, application, names, id}));
    ASSERT_TRUE(storage::exec(db.sql(),
        QStringLiteral("INSERT INTO visit_evidence (visit_ref, position, source, names, issuer, "
                       "digest, member, fields) VALUES (?, 1, ?, ?, ?, ?, 'm1', ?)"),
        {ref, QStringLiteral("certificate:shussei_shoumei"), names,
            QStringLiteral("https://hospital.example.jp"), QString(64, QLatin1Char('a')),
            QStringLiteral(R"(["shussei.todoke:birth_time"])")}));
    ASSERT_TRUE(storage::exec(db.sql(),
        QStringLiteral("INSERT INTO visit_consents (visit_ref, position, source, source_names, "
                       "purpose, systems, granted, staff, at) VALUES (?, 1, ?, ?, ?, ?, 1, "
                       "'k.sato', '2026-11-26T01:00:00.000Z')"),
        {ref, QStringLiteral("certificate:shussei_shoumei"), names,
            QStringLiteral("出生届の記入"), QStringLiteral(R"(["juki"])")}));
}

// One database with the demo register, and a clerk working on it.
struct Site {
    explicit Site(storage::Engine engine, const QString& office, const QString& terminal)
        : testDb(engine)
    {
        db = testDb.open();
        if (!db)
            return;
        demo::DemoOptions options;
        options.residents = 150;
        options.seed = 5;
        options.asOf = kToday;
        auto seeded = demo::seedDemoCity(*db, options);
        EXPECT_TRUE(seeded) << (seeded ? "" : seeded.error().message.toStdString());
        audit = std::make_unique<security::AuditLog>(*db);
        access = std::make_unique<security::AccessControl>(
            security::Session{QStringLiteral("k.sato"), security::Role::Clerk, office, terminal,
                QDateTime::currentDateTimeUtc()},
            *audit);
    }

    TestDatabase testDb;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<security::AuditLog> audit;
    std::unique_ptr<security::AccessControl> access;
};

class BranchPush : public ::testing::Test {
protected:
    void SetUp() override
    {
        const catalog::CatalogLoad load
            = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
        ASSERT_TRUE(load.ok());
        catalogue = load.catalog;
        hall = std::make_unique<Site>(
            storage::Engine::PostgreSql, QStringLiteral("本庁"), QStringLiteral("desk-1"));
        ASSERT_TRUE(hall->db) << hall->testDb.error().toStdString();
    }

    std::unique_ptr<Site> branch(const QString& code)
    {
        auto site = std::make_unique<Site>(storage::Engine::Sqlite, code + QStringLiteral("支所"),
            code.toLower() + QStringLiteral("-desk-1"));
        EXPECT_TRUE(site->db);
        storage::Transaction t(site->db->sql());
        EXPECT_TRUE(
            sync::storeMeta(site->db->sql(), QString::fromLatin1(sync::kBranchCodeKey), code));
        EXPECT_TRUE(t.commit());
        return site;
    }

    int submit(Site& site, int visits, quint64 seed)
    {
        auto summary
            = demo::submitDemoVisits(*site.db, *site.access, *catalogue, visits, seed, kToday);
        EXPECT_TRUE(summary) << (summary ? "" : summary.error().message.toStdString());
        EXPECT_GT(summary ? summary->submitted : 0, 0);
        return summary ? summary->submitted : 0;
    }

    void expectChainIntact()
    {
        auto verified = security::verifyAuditChain(hall->db->sql());
        ASSERT_TRUE(verified) << verified.error().message.toStdString();
        EXPECT_TRUE(verified->intact) << verified->message.toStdString();
    }

    std::shared_ptr<const catalog::Catalog> catalogue;
    std::unique_ptr<Site> hall;
};

TEST(VisitReference, BothFormsParseAndNothingElseDoes)
{
    auto hall = visit::parseVisitReference(QStringLiteral("V20261126-000001"));
    ASSERT_TRUE(hall);
    EXPECT_EQ(hall->day, QDate(2026, 11, 26));
    EXPECT_TRUE(hall->branch.isEmpty());
    EXPECT_EQ(hall->serial, 1);
    auto branch = visit::parseVisitReference(QStringLiteral("V20261126-K01-000042"));
    ASSERT_TRUE(branch);
    EXPECT_EQ(branch->branch, QStringLiteral("K01"));
    EXPECT_EQ(branch->serial, 42);
    for (const char* bad : {"V20261126-k01-000001", "V20261132-000001", "V20261126-000000",
             "V20261126-K01-", "X20261126-000001", "V20261126-01K-000001", ""})
        EXPECT_FALSE(visit::parseVisitReference(QString::fromLatin1(bad))) << bad;
    EXPECT_TRUE(visit::isValidBranchCode(QStringLiteral("K01")));
    EXPECT_FALSE(visit::isValidBranchCode(QStringLiteral("01")));
    EXPECT_FALSE(visit::isValidBranchCode(QStringLiteral("K-1")));
}

TEST_F(BranchPush, TheHallGetsEveryVisitApplicationOutboxRowAndAuditEntryOnce)
{
    const int atHall = submit(*hall, 2, 11);
    auto k01 = branch(QStringLiteral("K01"));
    const int visits = submit(*k01, 5, 7);
    storage::Database& b = *k01->db;
    storage::Database& h = *hall->db;
    const qint64 applications = count(b, QStringLiteral("SELECT COUNT(*) FROM applications"));
    const qint64 branchEntries = count(b, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const qint64 hallEntries = count(h, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    ASSERT_GE(branchEntries, visits);
    for (const QString& ref : column(b, QStringLiteral("SELECT ref FROM visits"))) {
        auto parsed = visit::parseVisitReference(ref);
        ASSERT_TRUE(parsed) << ref.toStdString();
        EXPECT_EQ(parsed->branch, QStringLiteral("K01"));
    }

    // What a visit records besides its forms goes with it.
    addScanEvidenceAndConsent(b);

    auto pushed = sync::pushBranch(b, h, QStringLiteral("K01"));
    ASSERT_TRUE(pushed) << pushed.error().message.toStdString();
    EXPECT_EQ(pushed->visits, visits);
    EXPECT_EQ(pushed->applications, applications);
    EXPECT_EQ(pushed->outboxItems, applications);
    EXPECT_EQ(pushed->auditEntries, branchEntries);
    EXPECT_EQ(pushed->alreadyAtHall, 0);
    EXPECT_TRUE(pushed->problems.isEmpty());

    // The visits, applications and outbox rows, with the branch's ids and
    // envelopes, queued for the hall's relays.
    EXPECT_EQ(count(h, QStringLiteral("SELECT COUNT(*) FROM visits")), atHall + visits);
    const QString branchVisits = QStringLiteral("ref LIKE 'V20261126-K01-%'");
    EXPECT_EQ(
        count(h, QStringLiteral("SELECT COUNT(*) FROM visits WHERE ") + branchVisits), visits);
    const QString apps
        = QStringLiteral("SELECT id, visit_ref, procedure_id, form FROM applications "
                         "WHERE visit_ref LIKE 'V20261126-K01-%' ORDER BY id");
    EXPECT_EQ(column(h, apps), column(b, apps));
    const QString envelopes = QStringLiteral("SELECT id || ' ' || envelope FROM outbox WHERE "
                                             "visit_ref LIKE 'V20261126-K01-%' ORDER BY id");
    EXPECT_EQ(column(h, envelopes), column(b, envelopes));
    EXPECT_EQ(count(h,
                  QStringLiteral("SELECT COUNT(*) FROM outbox WHERE visit_ref LIKE "
                                 "'V20261126-K01-%' AND state = 'queued' AND attempts = 0")),
        applications);
    EXPECT_EQ(count(h,
                  QStringLiteral("SELECT COUNT(*) FROM branch_imports WHERE kind = 'visit' "
                                 "AND branch = 'K01'")),
        visits);

    for (const char* table : {"visit_documents", "visit_attachments", "visit_evidence",
             "visit_consents"}) {
        const QString rows = QStringLiteral("SELECT * FROM %1 WHERE visit_ref LIKE "
                                            "'V20261126-K01-%'")
                                 .arg(QLatin1String(table));
        EXPECT_EQ(rowsText(h, rows), rowsText(b, rows)) << table;
        EXPECT_FALSE(rowsText(b, rows).isEmpty()) << table;
    }

    // The branch's entries follow the hall's own, with their time, operator,
    // office and terminal, and the chain still verifies.
    EXPECT_EQ(
        count(h, QStringLiteral("SELECT COUNT(*) FROM audit_log")), hallEntries + branchEntries);
    expectChainIntact();
    EXPECT_EQ(count(h,
                  QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE seq > ? AND office = "
                                 "? AND terminal = ? AND detail LIKE '%[branch K01 #%]'"),
                  {hallEntries, QStringLiteral("K01支所"), QStringLiteral("k01-desk-1")}),
        branchEntries);
    const QString firstBranch
        = QStringLiteral("SELECT at || ' ' || operator || ' ' || action || ' ' || detail FROM "
                         "audit_log WHERE seq = ?");
    EXPECT_EQ(column(h, firstBranch, {hallEntries + 1}).value(0),
        column(b, firstBranch, {1}).value(0) + QStringLiteral(" [branch K01 #1]"));

    // The branch knows what the hall has, and delivers none of it itself.
    EXPECT_EQ(count(b, QStringLiteral("SELECT COUNT(*) FROM visits WHERE pushed_at IS NULL")), 0);
    EXPECT_EQ(count(b,
                  QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'handled' AND "
                                 "closed_by = 'branch-push'")),
        applications);
    auto state = sync::loadSyncState(b);
    ASSERT_TRUE(state);
    EXPECT_TRUE(state->lastPushAt.isValid());
    EXPECT_EQ(column(b, QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                  {QString::fromLatin1(sync::kAuditPushedSeqKey)}),
        QStringList{QString::number(branchEntries)});

    // Again: nothing new.
    auto again = sync::pushBranch(b, h, QStringLiteral("K01"));
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(again->visits + again->applications + again->outboxItems + again->auditEntries
            + again->alreadyAtHall,
        0);
    EXPECT_EQ(
        count(h, QStringLiteral("SELECT COUNT(*) FROM audit_log")), hallEntries + branchEntries);
    EXPECT_EQ(count(h, QStringLiteral("SELECT COUNT(*) FROM outbox")),
        count(h, QStringLiteral("SELECT COUNT(*) FROM applications")));

    // Work done after a push goes with the next one, after the hall's newer entries.
    submit(*hall, 1, 12);
    const int more = submit(*k01, 2, 8);
    auto third = sync::pushBranch(b, h, QStringLiteral("K01"));
    ASSERT_TRUE(third) << third.error().message.toStdString();
    EXPECT_EQ(third->visits, more);
    EXPECT_EQ(third->auditEntries,
        count(b, QStringLiteral("SELECT COUNT(*) FROM audit_log")) - branchEntries);
    expectChainIntact();
}

TEST_F(BranchPush, AStoppedPushResumesAndEveryVisitArrivesExactlyOnce)
{
    auto k01 = branch(QStringLiteral("K01"));
    const int visits = submit(*k01, 6, 3);
    ASSERT_GE(visits, 4);
    storage::Database& b = *k01->db;
    storage::Database& h = *hall->db;
    sync::PushOptions stopping;
    stopping.failAfterVisits = 3;
    auto stopped = sync::pushBranch(b, h, QStringLiteral("K01"), stopping);
    ASSERT_FALSE(stopped);
    EXPECT_TRUE(stopped.error().message.contains(QStringLiteral("stopped after 3")))
        << stopped.error().message.toStdString();
    // Three at the hall, two of them known to the branch: the third was
    // committed at the hall, not yet marked.
    EXPECT_EQ(count(h, QStringLiteral("SELECT COUNT(*) FROM visits")), 3);
    EXPECT_EQ(
        count(b, QStringLiteral("SELECT COUNT(*) FROM visits WHERE pushed_at IS NOT NULL")), 2);

    auto resumed = sync::pushBranch(b, h, QStringLiteral("K01"));
    ASSERT_TRUE(resumed) << resumed.error().message.toStdString();
    EXPECT_EQ(resumed->alreadyAtHall, 1);
    EXPECT_EQ(resumed->visits, visits - 3);
    EXPECT_EQ(count(h, QStringLiteral("SELECT COUNT(*) FROM visits")), visits);
    EXPECT_EQ(count(h, QStringLiteral("SELECT COUNT(*) FROM applications")),
        count(b, QStringLiteral("SELECT COUNT(*) FROM applications")));
    EXPECT_EQ(count(h, QStringLiteral("SELECT COUNT(*) FROM outbox")),
        count(b, QStringLiteral("SELECT COUNT(*) FROM outbox")));
    EXPECT_EQ(column(h, QStringLiteral("SELECT id FROM outbox ORDER BY id")),
        column(b, QStringLiteral("SELECT id FROM outbox ORDER BY id")));
    EXPECT_EQ(count(h, QStringLiteral("SELECT COUNT(*) FROM audit_log")),
        count(b, QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    expectChainIntact();
}

TEST_F(BranchPush, AnAuditPushStoppedBetweenTheHallAndTheBranchAppendsNothingTwice)
{
    auto k01 = branch(QStringLiteral("K01"));
    submit(*k01, 3, 4);
    storage::Database& b = *k01->db;
    storage::Database& h = *hall->db;
    auto first = sync::pushBranch(b, h, QStringLiteral("K01"));
    ASSERT_TRUE(first) << first.error().message.toStdString();
    const qint64 entries = count(h, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    // As if the branch's mark had never been committed: the hall has the
    // entries, the branch thinks it has not pushed them.
    storage::Transaction t(b.sql());
    ASSERT_TRUE(sync::storeMeta(
        b.sql(), QString::fromLatin1(sync::kAuditPushedSeqKey), QStringLiteral("0")));
    ASSERT_TRUE(t.commit());
    auto again
        = sync::pushBranch(b, h, QStringLiteral("K01"), {.failAfterVisits = -1, .auditBatch = 2});
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(again->auditEntries, 0);
    EXPECT_EQ(count(h, QStringLiteral("SELECT COUNT(*) FROM audit_log")), entries);
    expectChainIntact();
}

TEST_F(BranchPush, TwoBranchesOnTheSameDayNeverShareAReference)
{
    auto k01 = branch(QStringLiteral("K01"));
    auto k02 = branch(QStringLiteral("K02"));
    const int one = submit(*k01, 4, 21);
    const int two = submit(*k02, 4, 22);
    auto p1 = sync::pushBranch(*k01->db, *hall->db, QStringLiteral("K01"));
    ASSERT_TRUE(p1) << p1.error().message.toStdString();
    auto p2 = sync::pushBranch(*k02->db, *hall->db, QStringLiteral("K02"));
    ASSERT_TRUE(p2) << p2.error().message.toStdString();
    EXPECT_TRUE(p1->problems.isEmpty());
    EXPECT_TRUE(p2->problems.isEmpty());
    storage::Database& h = *hall->db;
    EXPECT_EQ(count(h, QStringLiteral("SELECT COUNT(*) FROM visits")), one + two);
    EXPECT_EQ(count(h,
                  QStringLiteral("SELECT COUNT(*) FROM visits WHERE ref = 'V20261126-K01-000001' "
                                 "OR ref = 'V20261126-K02-000001'")),
        2);
    EXPECT_EQ(count(h,
                  QStringLiteral("SELECT COUNT(*) FROM branch_imports WHERE origin IN "
                                 "('audit:K01:1', 'audit:K02:1')")),
        2);
    EXPECT_EQ(count(h, QStringLiteral("SELECT COUNT(*) FROM audit_log")),
        count(*k01->db, QStringLiteral("SELECT COUNT(*) FROM audit_log"))
            + count(*k02->db, QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    expectChainIntact();
}

TEST_F(BranchPush, AVisitTheHallCannotTakeStaysAtTheBranchAndTheOthersGo)
{
    auto k01 = branch(QStringLiteral("K01"));
    const int visits = submit(*k01, 3, 5);
    storage::Database& b = *k01->db;
    storage::Database& h = *hall->db;
    // Another visit under the branch's first reference (a second branch
    // configured with the same code).
    const QString ref = column(b, QStringLiteral("SELECT MIN(ref) FROM visits")).value(0);
    auto taken = storage::exec(h.sql(),
        QStringLiteral(
            "INSERT INTO visits (ref, person_id, atena_no, event_type, event_date, staff, "
            "role, office, terminal, answers, decisions, submitted_at) SELECT ?, id, "
            "atena_no, 'tenkyo', '2026-11-26', 'x', 'clerk', 'x', 'x', '{}', '{}', "
            "'2026-11-26T00:00:00.000Z' FROM persons ORDER BY id LIMIT 1"),
        {ref});
    ASSERT_TRUE(taken) << taken.error().message.toStdString();
    auto pushed = sync::pushBranch(b, h, QStringLiteral("K01"));
    ASSERT_TRUE(pushed) << pushed.error().message.toStdString();
    EXPECT_EQ(pushed->visits, visits - 1);
    ASSERT_EQ(pushed->problems.size(), 1);
    EXPECT_TRUE(pushed->problems[0].contains(ref)) << pushed->problems[0].toStdString();
    EXPECT_EQ(column(b, QStringLiteral("SELECT ref FROM visits WHERE pushed_at IS NULL")),
        QStringList{ref});
    EXPECT_EQ(
        count(h, QStringLiteral("SELECT COUNT(*) FROM applications WHERE visit_ref = ?"), {ref}),
        0);
    // Its outbox rows stay queued at the branch, waiting for the next push.
    EXPECT_EQ(count(b,
                  QStringLiteral("SELECT COUNT(*) FROM outbox WHERE visit_ref = ? AND state = "
                                 "'queued'"),
                  {ref}),
        count(b, QStringLiteral("SELECT COUNT(*) FROM applications WHERE visit_ref = ?"), {ref}));
    auto again = sync::pushBranch(b, h, QStringLiteral("K01"));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->problems.size(), 1);
    EXPECT_EQ(again->visits, 0);
}

TEST_F(BranchPush, AVisitWhoseResidentTheHallNoLongerHasIsHeld)
{
    auto k01 = branch(QStringLiteral("K01"));
    const int visits = submit(*k01, 3, 9);
    storage::Database& b = *k01->db;
    storage::Database& h = *hall->db;
    const QString ref = column(b, QStringLiteral("SELECT MAX(ref) FROM visits")).value(0);
    const QString atena
        = column(b, QStringLiteral("SELECT atena_no FROM visits WHERE ref = ?"), {ref}).value(0);
    const qint64 others
        = count(b, QStringLiteral("SELECT COUNT(*) FROM visits WHERE atena_no = ?"), {atena});
    // Removed at the hall since the branch's pull.
    for (const char* table :
        {"support_measures", "support_unlocks", "name_history", "address_history", "entitlements"})
        ASSERT_TRUE(storage::exec(h.sql(),
            QStringLiteral("DELETE FROM %1 WHERE person_id IN (SELECT id FROM persons WHERE "
                           "atena_no = ?)")
                .arg(QString::fromLatin1(table)),
            {atena}))
            << table;
    auto removed
        = storage::exec(h.sql(), QStringLiteral("DELETE FROM persons WHERE atena_no = ?"), {atena});
    ASSERT_TRUE(removed) << removed.error().message.toStdString();

    auto pushed = sync::pushBranch(b, h, QStringLiteral("K01"));
    ASSERT_TRUE(pushed) << pushed.error().message.toStdString();
    EXPECT_EQ(pushed->visits, visits - others);
    ASSERT_EQ(pushed->problems.size(), others);
    EXPECT_TRUE(pushed->problems.last().contains(atena)) << pushed->problems.last().toStdString();
    EXPECT_EQ(
        count(b, QStringLiteral("SELECT COUNT(*) FROM visits WHERE pushed_at IS NULL")), others);
    EXPECT_EQ(count(h, QStringLiteral("SELECT COUNT(*) FROM visits WHERE ref = ?"), {ref}), 0);
    // The audit entries go all the same: the chain is not the visit.
    EXPECT_EQ(pushed->auditEntries, count(b, QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    expectChainIntact();
}

TEST_F(BranchPush, WrongCodesAndAChangedBranchChainAreRefused)
{
    auto k01 = branch(QStringLiteral("K01"));
    submit(*k01, 2, 6);
    storage::Database& b = *k01->db;
    storage::Database& h = *hall->db;
    for (const char* code : {"K02", "k01", ""}) {
        auto refused = sync::pushBranch(b, h, QString::fromLatin1(code));
        ASSERT_FALSE(refused) << code;
        EXPECT_FALSE(refused.error().message.isEmpty());
    }
    auto intoBranch = sync::pushBranch(b, b, QStringLiteral("K01"));
    ASSERT_FALSE(intoBranch);
    EXPECT_TRUE(intoBranch.error().message.contains(QStringLiteral("itself")))
        << intoBranch.error().message.toStdString();
    EXPECT_EQ(count(h, QStringLiteral("SELECT COUNT(*) FROM visits")), 0);

    // An entry changed at the branch (its append-only guard dropped): the
    // visits go, the chain from that entry does not, and the message says so.
    ASSERT_TRUE(storage::exec(b.sql(), QStringLiteral("DROP TRIGGER audit_log_no_update")));
    ASSERT_TRUE(storage::exec(
        b.sql(), QStringLiteral("UPDATE audit_log SET detail = 'nothing' WHERE seq = 2")));
    const qint64 hallEntries = count(h, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto refused = sync::pushBranch(b, h, QStringLiteral("K01"));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("entry 2 was changed")))
        << refused.error().message.toStdString();
    EXPECT_EQ(count(h, QStringLiteral("SELECT COUNT(*) FROM visits")), 2);
    EXPECT_EQ(count(h, QStringLiteral("SELECT COUNT(*) FROM audit_log")), hallEntries);
    expectChainIntact();
}

} // namespace
