// Reconciliation of a branch's offline visits (issue #9 item 3,
// docs/branch.md, "Reconciliation"): the hall a real PostgreSQL database, the branch
// an SQLite replica bootstrapped from it; visits submitted at the branch
// through the real submission; the hall's register changed meanwhile; the
// push holds what changed for a supervisor, who approves or denies.
#include "approval/approvals.h"
#include "approval/reconciletext.h"
#include "catalog/catalogloader.h"
#include "delivery/outbox.h"
#include "demo/democity.h"
#include "demo/demovisits.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "support/testdatabase.h"
#include "sync/branchpush.h"
#include "sync/registerpull.h"
#include "sync/syncstate.h"
#include "visit/readversions.h"
#include "visit/visitsubmission.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;
using madoguchi::testing::TestDatabase;

const QDate kToday(2026, 11, 26);
const QString kNewAddress = QStringLiteral("東京都みどり野市北町九丁目9番9号");

qint64 count(storage::Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = storage::exec(db.sql(), sql, values);
    EXPECT_TRUE(q) << (q ? "" : q.error().message.toStdString());
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QString text(storage::Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = storage::exec(db.sql(), sql, values);
    EXPECT_TRUE(q) << (q ? "" : q.error().message.toStdString());
    return q && q->next() ? q->value(0).toString() : QString();
}

QStringList column(storage::Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = storage::exec(db.sql(), sql, values);
    EXPECT_TRUE(q) << (q ? "" : q.error().message.toStdString());
    QStringList out;
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}

std::unique_ptr<security::AccessControl> login(
    security::AuditLog& audit, const QString& staff, security::Role role, const QString& office)
{
    return std::make_unique<security::AccessControl>(
        security::Session{
            staff, role, office, QStringLiteral("desk-1"), QDateTime::currentDateTimeUtc()},
        audit);
}

class Reconcile : public ::testing::Test {
protected:
    void SetUp() override
    {
        const catalog::CatalogLoad load
            = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
        ASSERT_TRUE(load.ok());
        catalogue = load.catalog;
        hall = hallDb.open();
        ASSERT_TRUE(hall) << hallDb.error().toStdString();
        demo::DemoOptions options;
        options.residents = 150;
        options.seed = 5;
        options.asOf = kToday;
        auto seeded = demo::seedDemoCity(*hall, options);
        ASSERT_TRUE(seeded) << seeded.error().message.toStdString();

        replica = replicaDb.open();
        ASSERT_TRUE(replica);
        auto pulled = sync::pullRegister(*hall, *replica, QStringLiteral("hall"));
        ASSERT_TRUE(pulled) << pulled.error().message.toStdString();
        ASSERT_TRUE(pulled->bootstrap);
        storage::Transaction t(replica->sql());
        ASSERT_TRUE(
            sync::storeMeta(replica->sql(), QString::fromLatin1(sync::kBranchCodeKey), kCode));
        ASSERT_TRUE(t.commit());

        branchAudit = std::make_unique<security::AuditLog>(*replica);
        clerk = login(*branchAudit, QStringLiteral("k.sato"), security::Role::Clerk,
            QStringLiteral("K01支所"));
        hallAudit = std::make_unique<security::AuditLog>(*hall);
        supervisor = login(*hallAudit, QStringLiteral("m.tanaka"), security::Role::Supervisor,
            QStringLiteral("本庁"));
    }

    // Submits a visit (a move within the city) for each of `wanted`
    // residents living alone, at the branch; returns resident → visit.
    QList<QPair<QString, QString>> submitForResidentsAlone(int wanted)
    {
        const QStringList alone = column(*replica,
            QStringLiteral(
                "SELECT p.atena_no FROM persons p WHERE p.status = 'resident' AND NOT EXISTS "
                "(SELECT 1 FROM persons o WHERE o.household_id = p.household_id AND o.id <> p.id "
                "AND o.status = 'resident') AND NOT EXISTS (SELECT 1 FROM support_measures m "
                "WHERE m.person_id = p.id) ORDER BY p.id"));
        QRandomGenerator random(7);
        QList<QPair<QString, QString>> visits;
        for (const QString& atena : alone) {
            if (visits.size() == wanted)
                break;
            visit::VisitDraft draft;
            draft.atenaNo = atena;
            draft.eventType = QStringLiteral("tenkyo");
            draft.today = kToday;
            draft.eventDate = kToday.addDays(-2);
            QString skip;
            auto completed = demo::completeDemoDraft(*replica, *catalogue, draft, random, skip);
            if (!completed || !skip.isEmpty())
                continue;
            auto submitted = visit::submitVisit(*replica, *clerk, *catalogue, draft);
            if (submitted)
                visits << qMakePair(atena, submitted->ref);
        }
        EXPECT_EQ(visits.size(), wanted);
        return visits;
    }

    // A change at the hall as its register writers make one: the row's
    // version bumped, the change sequence told.
    void changeAtHall(const QString& table, qint64 id, const QString& set,
        const QVariantList& values, const QString& entity)
    {
        storage::Transaction t(hall->sql());
        auto changed = storage::exec(hall->sql(),
            QStringLiteral("INSERT INTO register_changes (entity, entity_id, operation, "
                           "changed_at) VALUES (?, ?, 'update', ?)"),
            {entity, id, QStringLiteral("2026-11-26T03:00:00.000Z")});
        ASSERT_TRUE(changed) << changed.error().message.toStdString();
        auto updated = storage::exec(hall->sql(),
            QStringLiteral("UPDATE %1 SET %2, version = version + 1, change_seq = (SELECT "
                           "MAX(seq) FROM register_changes) WHERE id = ?")
                .arg(table, set),
            values + QVariantList{id});
        ASSERT_TRUE(updated) << updated.error().message.toStdString();
        ASSERT_TRUE(t.commit());
    }

    QList<approval::ApprovalRequest> reconcileRequests()
    {
        approval::Approvals approvals(*hall, *supervisor);
        approval::ApprovalFilter filter;
        filter.kind = approval::ApprovalKind::Reconcile;
        auto listed = approvals.list(filter);
        EXPECT_TRUE(listed) << (listed ? "" : listed.error().message.toStdString());
        return listed ? listed.value() : QList<approval::ApprovalRequest>{};
    }

    const QString kCode = QStringLiteral("K01");
    std::shared_ptr<const catalog::Catalog> catalogue;
    TestDatabase hallDb{storage::Engine::PostgreSql};
    TestDatabase replicaDb{storage::Engine::Sqlite};
    std::unique_ptr<storage::Database> hall;
    std::unique_ptr<storage::Database> replica;
    std::unique_ptr<security::AuditLog> branchAudit;
    std::unique_ptr<security::AccessControl> clerk;
    std::unique_ptr<security::AuditLog> hallAudit;
    std::unique_ptr<security::AccessControl> supervisor;
};

TEST_F(Reconcile, TheSubmissionRecordsTheVersionsItRead)
{
    const auto visits = submitForResidentsAlone(1);
    ASSERT_EQ(visits.size(), 1);
    const QString stored = text(*replica,
        QStringLiteral("SELECT read_versions FROM visits WHERE ref = ?"), {visits[0].second});
    auto read = visit::ReadVersions::fromText(stored);
    ASSERT_TRUE(read) << stored.toStdString();
    const qint64 person = count(
        *replica, QStringLiteral("SELECT id FROM persons WHERE atena_no = ?"), {visits[0].first});
    const qint64 household = count(
        *replica, QStringLiteral("SELECT household_id FROM persons WHERE id = ?"), {person});
    EXPECT_EQ(read->persons.keys(), QList<qint64>{person});
    EXPECT_EQ(read->persons.value(person),
        count(*replica, QStringLiteral("SELECT version FROM persons WHERE id = ?"), {person}));
    EXPECT_EQ(read->households.value(household),
        count(
            *replica, QStringLiteral("SELECT version FROM households WHERE id = ?"), {household}));
    ASSERT_TRUE(read->entitlements.contains(person));
    const qint64 entitlements = count(*replica,
        QStringLiteral("SELECT COUNT(*) FROM entitlements WHERE person_id = ?"), {person});
    EXPECT_EQ(read->entitlements.value(person).has_value(), entitlements == 1);
    EXPECT_TRUE(read->supportMeasures.isEmpty());
    // Round trip through the stored JSON.
    EXPECT_EQ(visit::ReadVersions::fromText(
                  QString::fromUtf8(QJsonDocument(read->toJson()).toJson(QJsonDocument::Compact)))
                  ->persons,
        read->persons);
    EXPECT_FALSE(visit::ReadVersions::fromText(QString()));
}

TEST_F(Reconcile, ChangedRecordsAreHeldForASupervisorWithBothVersions)
{
    const auto visits = submitForResidentsAlone(3);
    ASSERT_EQ(visits.size(), 3);
    const auto& [movedAtena, movedRef] = visits[0];
    const auto& [deadAtena, deadRef] = visits[1];
    const auto& [calmAtena, calmRef] = visits[2];

    // Meanwhile at the hall: the first resident's household moves, the
    // second dies, the third is left alone.
    const qint64 movedHousehold = count(
        *hall, QStringLiteral("SELECT household_id FROM persons WHERE atena_no = ?"), {movedAtena});
    const QString oldAddress = text(
        *hall, QStringLiteral("SELECT address FROM households WHERE id = ?"), {movedHousehold});
    const qint64 householdVersion = count(
        *hall, QStringLiteral("SELECT version FROM households WHERE id = ?"), {movedHousehold});
    changeAtHall(QStringLiteral("households"), movedHousehold,
        QStringLiteral("address = ?, katagaki = ?"), {kNewAddress, QStringLiteral("")},
        QStringLiteral("household"));
    const qint64 dead
        = count(*hall, QStringLiteral("SELECT id FROM persons WHERE atena_no = ?"), {deadAtena});
    const qint64 deadVersion
        = count(*hall, QStringLiteral("SELECT version FROM persons WHERE id = ?"), {dead});
    changeAtHall(QStringLiteral("persons"), dead,
        QStringLiteral("status = 'removed', removed_on = ?, removal_reason = ?"),
        {QStringLiteral("2026-11-25"), QStringLiteral("死亡")}, QStringLiteral("person"));

    auto pushed = sync::pushBranch(*replica, *hall, kCode);
    ASSERT_TRUE(pushed) << pushed.error().message.toStdString();
    EXPECT_EQ(pushed->visits, 3);
    EXPECT_EQ(pushed->held, 2);
    EXPECT_TRUE(pushed->problems.isEmpty())
        << pushed->problems.join(QLatin1Char(' ')).toStdString();

    // Every visit is at the hall once; only the untouched one is queued.
    const QString states
        = QStringLiteral("SELECT DISTINCT state FROM outbox WHERE visit_ref = ? ORDER BY state");
    EXPECT_EQ(column(*hall, states, {calmRef}), QStringList{QStringLiteral("queued")});
    EXPECT_EQ(column(*hall, states, {movedRef}), QStringList{QStringLiteral("held")});
    EXPECT_EQ(column(*hall, states, {deadRef}), QStringList{QStringLiteral("held")});
    for (const auto& v : visits)
        EXPECT_EQ(
            count(*hall, QStringLiteral("SELECT COUNT(*) FROM visits WHERE ref = ?"), {v.second}),
            1);
    EXPECT_FALSE(
        text(*hall, QStringLiteral("SELECT read_versions FROM visits WHERE ref = ?"), {calmRef})
            .isEmpty());

    // The relays claim nothing held.
    delivery::Outbox outbox(*hall);
    auto claimed = outbox.claim(QStringLiteral("relay-test"), 1000, std::chrono::minutes(1));
    ASSERT_TRUE(claimed) << claimed.error().message.toStdString();
    EXPECT_FALSE(claimed->isEmpty());
    for (const delivery::OutboxItem& item : claimed.value())
        EXPECT_NE(item.visitRef, movedRef) << item.visitRef.toStdString();
    for (const delivery::OutboxItem& item : claimed.value())
        EXPECT_NE(item.visitRef, deadRef) << item.visitRef.toStdString();

    // One request each, describing the change with both versions.
    const auto requests = reconcileRequests();
    ASSERT_EQ(requests.size(), 2);
    std::optional<approval::ApprovalRequest> moved, died;
    for (const auto& r : requests) {
        EXPECT_EQ(r.state, approval::ApprovalState::Pending);
        EXPECT_EQ(r.requestedBy, QStringLiteral("k.sato"));
        EXPECT_EQ(r.details[QStringLiteral("branch")].toString(), kCode);
        if (r.visitRef == movedRef)
            moved = r;
        if (r.visitRef == deadRef)
            died = r;
    }
    ASSERT_TRUE(moved && died);
    EXPECT_EQ(moved->atenaNo, movedAtena);
    const QJsonArray movedChanges = moved->details[QStringLiteral("changes")].toArray();
    ASSERT_EQ(movedChanges.size(), 1);
    const QJsonObject household = movedChanges[0].toObject();
    EXPECT_EQ(household[QStringLiteral("entity")].toString(), QStringLiteral("household"));
    EXPECT_EQ(household[QStringLiteral("branch_version")].toInteger(), householdVersion);
    EXPECT_EQ(household[QStringLiteral("hall_version")].toInteger(), householdVersion + 1);
    const QString movedWhat = household[QStringLiteral("what")].toArray().at(0).toString();
    EXPECT_TRUE(movedWhat.startsWith(QStringLiteral("address: ") + oldAddress))
        << movedWhat.toStdString();
    EXPECT_TRUE(movedWhat.endsWith(QStringLiteral("→ ") + kNewAddress)) << movedWhat.toStdString();

    const QJsonArray deadChanges = died->details[QStringLiteral("changes")].toArray();
    ASSERT_EQ(deadChanges.size(), 1);
    const QJsonObject person = deadChanges[0].toObject();
    EXPECT_EQ(person[QStringLiteral("entity")].toString(), QStringLiteral("person"));
    EXPECT_EQ(person[QStringLiteral("atena_no")].toString(), deadAtena);
    EXPECT_EQ(person[QStringLiteral("branch_version")].toInteger(), deadVersion);
    EXPECT_EQ(person[QStringLiteral("hall_version")].toInteger(), deadVersion + 1);
    EXPECT_TRUE(person[QStringLiteral("what")].toArray().contains(
        QStringLiteral("status: resident → removed (死亡)")))
        << QJsonDocument(person).toJson().toStdString();
    const QStringList lines = approval::reconcileLines(died->visitRef, died->details);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_TRUE(lines[0].startsWith(deadRef + QStringLiteral(": ")));
    EXPECT_TRUE(
        lines[0].contains(QStringLiteral("(v%1 → v%2)").arg(deadVersion).arg(deadVersion + 1)))
        << lines[0].toStdString();

    // Approve one: its rows go to the relays. Deny the other: cancelled,
    // the comment the reason. Both in the audit chain.
    const qint64 entriesBefore = count(*hall, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    approval::Approvals approvals(*hall, *supervisor);
    auto approved = approvals.approve(moved->id, QStringLiteral("same city; forms still fit"));
    ASSERT_TRUE(approved) << approved.error().message.toStdString();
    EXPECT_EQ(column(*hall, states, {movedRef}), QStringList{QStringLiteral("queued")});
    const QString deny = QStringLiteral("resident died before the visit was delivered");
    auto denied = approvals.deny(died->id, deny);
    ASSERT_TRUE(denied) << denied.error().message.toStdString();
    EXPECT_EQ(column(*hall, states, {deadRef}), QStringList{QStringLiteral("cancelled")});
    EXPECT_EQ(column(*hall,
                  QStringLiteral("SELECT DISTINCT close_reason || '|' || closed_by FROM outbox "
                                 "WHERE visit_ref = ?"),
                  {deadRef}),
        QStringList{deny + QStringLiteral("|m.tanaka")});
    EXPECT_EQ(count(*hall,
                  QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE seq > ? AND action = "
                                 "'approval' AND outcome = 'ok' AND (detail LIKE ? OR detail "
                                 "LIKE ?)"),
                  {entriesBefore, QStringLiteral("approve #%1 reconcile %").arg(moved->id),
                      QStringLiteral("deny #%1 reconcile %").arg(died->id)}),
        2);
    auto verified = security::verifyAuditChain(hall->sql());
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->intact) << verified->message.toStdString();

    // The approved rows are claimable now; a second push writes nothing.
    auto again = outbox.claim(QStringLiteral("relay-test"), 1000, std::chrono::minutes(1));
    ASSERT_TRUE(again);
    QSet<QString> refs;
    for (const delivery::OutboxItem& item : again.value())
        refs << item.visitRef;
    EXPECT_TRUE(refs.contains(movedRef));
    EXPECT_FALSE(refs.contains(deadRef));
    auto second = sync::pushBranch(*replica, *hall, kCode);
    ASSERT_TRUE(second) << second.error().message.toStdString();
    EXPECT_EQ(second->visits, 0);
    EXPECT_EQ(second->held, 0);
    EXPECT_EQ(second->alreadyAtHall, 0);
    EXPECT_EQ(reconcileRequests().size(), 2);
}

TEST_F(Reconcile, TheClerkWhoMadeTheVisitCannotReleaseIt)
{
    const auto visits = submitForResidentsAlone(1);
    ASSERT_EQ(visits.size(), 1);
    const qint64 person = count(
        *hall, QStringLiteral("SELECT id FROM persons WHERE atena_no = ?"), {visits[0].first});
    changeAtHall(QStringLiteral("persons"), person, QStringLiteral("name_kana = ?"),
        {QStringLiteral("テスト タロウ")}, QStringLiteral("person"));
    auto pushed = sync::pushBranch(*replica, *hall, kCode);
    ASSERT_TRUE(pushed) << pushed.error().message.toStdString();
    EXPECT_EQ(pushed->held, 1);
    const auto requests = reconcileRequests();
    ASSERT_EQ(requests.size(), 1);
    EXPECT_TRUE(requests[0]
                    .details[QStringLiteral("changes")][0][QStringLiteral("what")]
                    .toArray()
                    .at(0)
                    .toString()
                    .startsWith(QStringLiteral("kana: ")));
    // The same staff id as a supervisor at the hall: four eyes refuse.
    auto self = login(
        *hallAudit, QStringLiteral("k.sato"), security::Role::Supervisor, QStringLiteral("本庁"));
    approval::Approvals approvals(*hall, *self);
    EXPECT_FALSE(approvals.approve(requests[0].id, QStringLiteral("mine")));
    EXPECT_EQ(count(*hall,
                  QStringLiteral("SELECT COUNT(*) FROM outbox WHERE visit_ref = ? AND state = "
                                 "'held'"),
                  {visits[0].second}),
        count(*hall, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE visit_ref = ?"),
            {visits[0].second}));
}

} // namespace
