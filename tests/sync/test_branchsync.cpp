// Branch offices end to end (issue #9, docs/branch.md): the hall a real
// PostgreSQL database, each branch an SQLite replica made and synced by the
// real `madoguchi-cli sync` (its key in the real gnome-keyring of
// scripts/test's D-Bus session); the branches work while the hall cannot
// be reached and hand everything over, exactly once, when it can again;
// the visits of residents the hall corrected meanwhile wait for a
// supervisor.
#include "approval/approvals.h"
#include "catalog/catalogloader.h"
#include "demo/democity.h"
#include "demo/demovisits.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "storage/databasesecretstore.h"
#include "storage/sqlerror.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"
#include "sync/replicakeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;
using madoguchi::testing::runCli;
using madoguchi::testing::TestDatabase;

const QDate kToday(2026, 11, 26);
// Nothing listens on port 1: the hall "down", as a branch sees it.
const QString kHallDown = QStringLiteral("postgresql://postgres@127.0.0.1:1/madoguchi");

qint64 count(storage::Database& db, const QString& sql)
{
    auto q = storage::exec(db.sql(), sql);
    EXPECT_TRUE(q) << (q ? "" : q.error().message.toStdString());
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QStringList column(storage::Database& db, const QString& sql)
{
    auto q = storage::exec(db.sql(), sql);
    EXPECT_TRUE(q) << (q ? "" : q.error().message.toStdString());
    QStringList values;
    while (q && q->next())
        values << q->value(0).toString();
    return values;
}

// A supervisor at the hall corrects a resident's kana (仮登録 → 本登録): a
// real change of the register, with its version and change sequence.
void correctAtHall(storage::Database& hall, const QString& atenaNo, const QString& kana)
{
    security::AuditLog audit(hall);
    const auto session = [](const char* id, security::Role role) {
        return security::Session{QString::fromLatin1(id), role, QStringLiteral("本庁"),
            QStringLiteral("hall-desk"), QDateTime::currentDateTimeUtc()};
    };
    security::AccessControl clerk(session("a.clerk", security::Role::Clerk), audit);
    security::AccessControl supervisor(session("b.super", security::Role::Supervisor), audit);
    auto asked = approval::Approvals(hall, clerk)
                     .requestCorrection(atenaNo, {{QStringLiteral("name_kana"), kana}},
                         QStringLiteral("届出の読み違い"));
    ASSERT_TRUE(asked) << asked.error().message.toStdString();
    auto done = approval::Approvals(hall, supervisor).approve(asked->id, QStringLiteral("確認"));
    ASSERT_TRUE(done) << done.error().message.toStdString();
}

// How many of the replica's visits read one of `atenaNos`' person records.
int visitsReading(storage::Database& replica, storage::Database& hall, const QStringList& atenaNos)
{
    QSet<QString> ids;
    for (const QString& atena : atenaNos)
        for (const QString& id : column(hall,
                 QStringLiteral("SELECT id FROM persons WHERE atena_no = '") + atena
                     + QStringLiteral("'")))
            ids.insert(id);
    int n = 0;
    for (const QString& json :
        column(replica, QStringLiteral("SELECT read_versions FROM visits"))) {
        const QJsonObject persons
            = QJsonDocument::fromJson(json.toUtf8()).object()[QStringLiteral("persons")].toObject();
        for (const QString& id : ids)
            if (persons.contains(id)) {
                ++n;
                break;
            }
    }
    return n;
}

QJsonObject syncJson(const QString& replica, const QString& hall, const QStringList& extra = {})
{
    const auto run = runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), replica,
                                QStringLiteral("--hall"), hall, QStringLiteral("--json")}
        + extra);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

class BranchSync : public ::testing::Test {
protected:
    void SetUp() override
    {
        hall = hallDb.open();
        ASSERT_TRUE(hall) << hallDb.error().toStdString();
        demo::DemoOptions options;
        options.residents = 300;
        options.seed = 9;
        options.asOf = kToday;
        auto seeded = demo::seedDemoCity(*hall, options);
        ASSERT_TRUE(seeded) << seeded.error().message.toStdString();
        const catalog::CatalogLoad load
            = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
        ASSERT_TRUE(load.ok());
        catalogue = load.catalog;
        ASSERT_TRUE(dir.isValid());
    }

    QString replicaPath(const QString& code) const
    {
        return dir.filePath(code + QStringLiteral(".sqlite"));
    }

    // A clerk at the branch takes `visits` visits on the replica alone.
    int workOffline(const QString& code, int visits, quint64 seed)
    {
        auto replica = storage::Database::open(replicaPath(code));
        EXPECT_TRUE(replica) << (replica ? "" : replica.error().message.toStdString());
        if (!replica)
            return 0;
        EXPECT_TRUE(sync::attachReplicaCipher(*replica.value(), storage::databaseSecretStore()));
        security::AuditLog audit(*replica.value());
        security::AccessControl access(
            security::Session{QStringLiteral("k.sato"), security::Role::Clerk,
                code + QStringLiteral("支所"), code.toLower() + QStringLiteral("-desk"),
                QDateTime::currentDateTimeUtc()},
            audit);
        auto done
            = demo::submitDemoVisits(*replica.value(), access, *catalogue, visits, seed, kToday);
        EXPECT_TRUE(done) << (done ? "" : done.error().message.toStdString());
        sync::detachReplicaCipher(replica.value()->sql());
        return done ? done->submitted : 0;
    }

    TestDatabase hallDb{storage::Engine::PostgreSql};
    std::unique_ptr<storage::Database> hall;
    std::shared_ptr<const catalog::Catalog> catalogue;
    QTemporaryDir dir;
};

TEST_F(BranchSync, TwoBranchesWorkWhileTheHallIsDownAndHandEverythingOverOnce)
{
    // A fresh branch bootstraps from the hall: the whole register, sealed.
    const QJsonObject first = syncJson(replicaPath(QStringLiteral("K01")), hallDb.location(),
        {QStringLiteral("--branch"), QStringLiteral("K01")});
    const QJsonObject pull = first[QStringLiteral("pull")].toObject();
    EXPECT_TRUE(pull[QStringLiteral("bootstrap")].toBool());
    EXPECT_EQ(pull[QStringLiteral("persons")].toInteger(),
        count(*hall, QStringLiteral("SELECT COUNT(*) FROM persons")));
    syncJson(replicaPath(QStringLiteral("K02")), hallDb.location(),
        {QStringLiteral("--branch"), QStringLiteral("K02")});

    // What a copied replica file shows: no 個人番号 of the hall's.
    auto numbers = storage::exec(hall->sql(),
        QStringLiteral("SELECT my_number FROM persons WHERE my_number IS NOT NULL LIMIT 20"));
    ASSERT_TRUE(numbers);
    QFile file(replicaPath(QStringLiteral("K01")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    int checked = 0;
    while (numbers->next()) {
        EXPECT_FALSE(bytes.contains(numbers->value(0).toString().toLatin1()));
        ++checked;
    }
    EXPECT_GT(checked, 0);

    // The link is cut: a sync says so and changes nothing; the branches
    // keep taking applications on their replicas.
    const auto down = runCli({QStringLiteral("sync"), QStringLiteral("--db"),
        replicaPath(QStringLiteral("K01")), QStringLiteral("--hall"), kHallDown});
    EXPECT_EQ(down.exitCode, 1);
    EXPECT_TRUE(down.err.contains(QStringLiteral("cannot be reached"))) << down.err.toStdString();
    const int k01 = workOffline(QStringLiteral("K01"), 100, 1);
    const int k02 = workOffline(QStringLiteral("K02"), 100, 2);
    EXPECT_EQ(k01 + k02, 200);
    const qint64 hallVisits = count(*hall, QStringLiteral("SELECT COUNT(*) FROM visits"));

    // Meanwhile the hall corrects two residents K01 took visits for.
    int changedVisits = 0;
    int changedAtK02 = 0;
    {
        auto replica = storage::Database::open(replicaPath(QStringLiteral("K01")));
        ASSERT_TRUE(replica);
        const QStringList changed = column(*replica.value(),
            QStringLiteral("SELECT DISTINCT atena_no FROM visits ORDER BY atena_no LIMIT 2"));
        ASSERT_EQ(changed.size(), 2);
        correctAtHall(*hall, changed.at(0), QStringLiteral("ヘンコウ イチ"));
        correctAtHall(*hall, changed.at(1), QStringLiteral("ヘンコウ ニ"));
        changedVisits = visitsReading(*replica.value(), *hall, changed);
        ASSERT_GE(changedVisits, 2);
        // K02 may have seen one of them too.
        auto k02Replica = storage::Database::open(replicaPath(QStringLiteral("K02")));
        ASSERT_TRUE(k02Replica);
        changedAtK02 = visitsReading(*k02Replica.value(), *hall, changed);
    }

    // The link is back: each application reaches the hall's outbox once.
    const QJsonObject back1 = syncJson(replicaPath(QStringLiteral("K01")), hallDb.location());
    const QJsonObject back2 = syncJson(replicaPath(QStringLiteral("K02")), hallDb.location());
    EXPECT_EQ(back1[QStringLiteral("push")].toObject()[QStringLiteral("visits")].toInt(), k01);
    EXPECT_EQ(back2[QStringLiteral("push")].toObject()[QStringLiteral("visits")].toInt(), k02);
    EXPECT_EQ(count(*hall, QStringLiteral("SELECT COUNT(*) FROM visits")), hallVisits + 200);
    const qint64 branchApplications = count(
        *hall, QStringLiteral("SELECT COUNT(*) FROM applications WHERE visit_ref LIKE 'V%-K0_-%'"));
    EXPECT_GT(branchApplications, 200);
    EXPECT_EQ(count(*hall,
                  QStringLiteral("SELECT COUNT(*) FROM outbox WHERE visit_ref LIKE 'V%-K0_-%' "
                                 "AND state IN ('queued', 'held')")),
        branchApplications);
    // The visits that read a corrected resident wait for a supervisor,
    // each with one reconcile request; the others are queued.
    EXPECT_EQ(
        back1[QStringLiteral("push")].toObject()[QStringLiteral("held")].toInt(), changedVisits);
    EXPECT_EQ(
        back2[QStringLiteral("push")].toObject()[QStringLiteral("held")].toInt(), changedAtK02);
    EXPECT_EQ(count(*hall,
                  QStringLiteral("SELECT COUNT(DISTINCT visit_ref) FROM outbox WHERE state = "
                                 "'held'")),
        changedVisits + changedAtK02);
    EXPECT_EQ(count(*hall,
                  QStringLiteral("SELECT COUNT(*) FROM approval_requests WHERE kind = "
                                 "'reconcile' AND state = 'pending'")),
        changedVisits + changedAtK02);
    EXPECT_EQ(count(*hall,
                  QStringLiteral("SELECT COUNT(*) FROM (SELECT id FROM outbox GROUP BY id "
                                 "HAVING COUNT(*) > 1) twice")),
        0);

    // Again: nothing new.
    const QJsonObject again = syncJson(replicaPath(QStringLiteral("K01")), hallDb.location());
    EXPECT_EQ(again[QStringLiteral("push")].toObject()[QStringLiteral("visits")].toInt(), 0);
    EXPECT_EQ(count(*hall, QStringLiteral("SELECT COUNT(*) FROM visits")), hallVisits + 200);
}

// What a first sync has committed so far: the bootstrap's mark in the
// replica's meta ("SEQ TABLE AFTER"), read on a connection of our own while
// the sync writes (SQLite's WAL lets a reader in).
QString bootstrapMark(const QString& replica)
{
    const QString name = QStringLiteral("peek-") + replica;
    QString mark;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(replica);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=50"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(
                    QStringLiteral("SELECT value FROM meta WHERE key = 'sync.register_bootstrap'"))
                && q.next())
                mark = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return mark;
}

TEST_F(BranchSync, AFirstSyncKilledHalfwayResumesWithoutLossOrDuplication)
{
    const QString replica = replicaPath(QStringLiteral("K05"));
    QProcess sync;
    sync.start(QStringLiteral(MADOGUCHI_BINARY_DIR "/app/cli/madoguchi-cli"),
        {QStringLiteral("sync"), QStringLiteral("--db"), replica, QStringLiteral("--hall"),
            hallDb.location(), QStringLiteral("--branch"), QStringLiteral("K05"),
            QStringLiteral("--page-rows"), QStringLiteral("10")});
    ASSERT_TRUE(sync.waitForStarted());
    // Killed (SIGKILL: no chance to tidy up) once the copy of persons, the
    // second table, has committed a page or more.
    bool midway = false;
    for (int i = 0; i < 2000 && sync.state() != QProcess::NotRunning; ++i) {
        const QStringList mark = bootstrapMark(replica).split(QLatin1Char(' '));
        if (mark.size() == 3 && mark.at(1).toInt() >= 1 && mark.at(2).toLongLong() > 0) {
            midway = true;
            break;
        }
        QThread::msleep(2);
    }
    sync.kill();
    sync.waitForFinished();
    ASSERT_TRUE(midway) << "the sync ended before it could be stopped halfway";
    auto stopped = storage::Database::open(replica);
    ASSERT_TRUE(stopped);
    const qint64 partial = count(*stopped.value(), QStringLiteral("SELECT COUNT(*) FROM persons"));
    EXPECT_GT(partial, 0);
    EXPECT_LT(partial, count(*hall, QStringLiteral("SELECT COUNT(*) FROM persons")));
    stopped.value().reset();

    // The next sync goes on from there: every table as at the hall, no row twice.
    const QJsonObject resumed = syncJson(replica, hallDb.location());
    EXPECT_TRUE(resumed[QStringLiteral("pull")].toObject()[QStringLiteral("bootstrap")].toBool());
    auto done = storage::Database::open(replica);
    ASSERT_TRUE(done);
    for (const char* table : {"households", "persons", "entitlements", "support_measures",
             "name_history", "address_history"}) {
        const QString sql = QStringLiteral("SELECT COUNT(*) || ' ' || COALESCE(SUM(version), 0) "
                                           "FROM ")
            + QLatin1String(table);
        EXPECT_EQ(column(*done.value(), sql), column(*hall, sql)) << table;
    }
    EXPECT_EQ(column(*done.value(),
                  QStringLiteral("SELECT value FROM meta WHERE key = 'sync.register_bootstrap'")),
        QStringList{QStringLiteral("done")});
}

TEST_F(BranchSync, TheFirstSyncNeedsABranchCodeAndLaterOnesKeepIt)
{
    const auto missing = runCli({QStringLiteral("sync"), QStringLiteral("--db"),
        replicaPath(QStringLiteral("K03")), QStringLiteral("--hall"), hallDb.location()});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("--branch"))) << missing.err.toStdString();

    const auto bad = runCli({QStringLiteral("sync"), QStringLiteral("--db"),
        replicaPath(QStringLiteral("K03")), QStringLiteral("--hall"), hallDb.location(),
        QStringLiteral("--branch"), QStringLiteral("k-3")});
    EXPECT_EQ(bad.exitCode, 2);

    syncJson(replicaPath(QStringLiteral("K03")), hallDb.location(),
        {QStringLiteral("--branch"), QStringLiteral("K03")});
    const auto other = runCli({QStringLiteral("sync"), QStringLiteral("--db"),
        replicaPath(QStringLiteral("K03")), QStringLiteral("--hall"), hallDb.location(),
        QStringLiteral("--branch"), QStringLiteral("K04")});
    EXPECT_EQ(other.exitCode, 1);
    EXPECT_TRUE(other.err.contains(QStringLiteral("K03"))) << other.err.toStdString();
}

} // namespace
