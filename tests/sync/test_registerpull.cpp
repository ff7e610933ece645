// The branch replica's pull of the register (sync/registerpull.h): a hall
// on PostgreSQL holding the demo city, a fresh SQLite replica bootstrapped
// from it, then the hall's changes applied, stopped halfway and resumed.
#include "demo/democity.h"
#include "registry/residentexporter.h"
#include "registry/residentimporter.h"
#include "registry/residentsearch.h"
#include "registry/searchindex.h"
#include "storage/sqlerror.h"
#include "support/testdatabase.h"
#include "sync/registerpull.h"
#include "sync/syncstate.h"
#include "text/checkdigits.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <atomic>
#include <cstdio>
#include <gtest/gtest.h>

namespace madoguchi {
namespace {

using testing::TestDatabase;

const QDate kToday(2026, 11, 26);
const QString kHallName = QStringLiteral("postgresql://postgres@127.0.0.1/hall");
const QStringList kTables{QStringLiteral("households"), QStringLiteral("persons"),
    QStringLiteral("entitlements"), QStringLiteral("support_measures"),
    QStringLiteral("name_history"), QStringLiteral("address_history")};

// Every row of a table as text, in key order: the replica must hold
// exactly the hall's.
QStringList dump(storage::Database& db, const QString& table)
{
    const QString key = table == QLatin1String("entitlements") ? QStringLiteral("person_id")
                                                               : QStringLiteral("id");
    QSqlQuery q(db.sql());
    EXPECT_TRUE(
        q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY ") + key));
    QStringList rows;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QStringList fields;
        for (int i = 0; i < record.count(); ++i)
            fields << record.fieldName(i) + QLatin1Char('=')
                    + (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

qint64 scalar(storage::Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = storage::exec(db.sql(), sql, values);
    EXPECT_TRUE(q) << q.error().message.toStdString();
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

void expectSameRegister(storage::Database& hall, storage::Database& replica)
{
    for (const QString& table : kTables) {
        const QStringList a = dump(hall, table);
        const QStringList b = dump(replica, table);
        EXPECT_EQ(a.size(), b.size()) << table.toStdString();
        EXPECT_TRUE(a == b) << table.toStdString() << " differs";
    }
}

class RegisterPull : public ::testing::Test {
protected:
    void SetUp() override
    {
        hall = hallDb.open();
        replica = replicaDb.open();
        ASSERT_TRUE(hall && replica);
    }

    void seedHall(qint64 residents)
    {
        demo::DemoOptions options;
        options.residents = residents;
        options.asOf = kToday;
        auto seeded = demo::seedDemoCity(*hall, options);
        ASSERT_TRUE(seeded) << seeded.error().message.toStdString();
    }

    Result<sync::PullReport> pull(const sync::PullOptions& options = {})
    {
        return sync::pullRegister(*hall, *replica, kHallName, {}, options);
    }

    QList<registry::SearchResult> search(const QString& query)
    {
        registry::ResidentSearch searcher(*replica);
        auto found = searcher.search(query,
            {QStringLiteral("kita1"), QStringLiteral("K01-1"), QStringLiteral("北支所"),
                QStringLiteral("clerk")},
            50);
        EXPECT_TRUE(found) << found.error().message.toStdString();
        return found ? found.value() : QList<registry::SearchResult>{};
    }

    // The hall's extract, changed: a resident living alone moves, one is
    // removed (死亡), one gets a 支援措置, one is new.
    struct Changes {
        QString moved, removed, protectedAtena, added;
    };
    Changes changeHall()
    {
        const QString exported = dir.filePath(QStringLiteral("hall.csv"));
        registry::ExportOptions exportOptions;
        exportOptions.today = kToday;
        auto written = registry::exportResidents(*hall, exported, exportOptions);
        EXPECT_TRUE(written) << written.error().message.toStdString();
        QFile in(exported);
        EXPECT_TRUE(in.open(QIODevice::ReadOnly));
        const QStringList lines
            = QString::fromUtf8(in.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const QStringList header = lines.first().split(QLatin1Char(','));
        const auto col = [&](const char* name) { return int(header.indexOf(QLatin1String(name))); };
        QHash<QString, int> householdSizes;
        for (const QString& line : lines.mid(1))
            ++householdSizes[line.split(QLatin1Char(',')).at(col("setai_no"))];
        QStringList out{lines.first()}; // the extract has a `change` column, empty
        QStringList alone;
        for (const QString& line : lines.mid(1)) {
            const QStringList f = line.split(QLatin1Char(','));
            if (!line.contains(QLatin1Char('"')) && householdSizes.value(f.at(col("setai_no"))) == 1
                && (f.at(col("support_measure")).isEmpty()
                    || f.at(col("support_measure")) == QLatin1String("none")))
                alone << line;
        }
        EXPECT_GE(alone.size(), 4);
        Changes changes;
        QStringList mover = alone.at(0).split(QLatin1Char(','));
        changes.moved = mover.at(col("atena_no"));
        mover[col("setai_no")] = text::appendMod11CheckDigit(u"5999999901");
        mover[col("address")] = QStringLiteral("東京都みどり野市北町九丁目9番9号");
        mover[col("katagaki")] = QStringLiteral("北ハイツ909");
        mover[col("change")] = QStringLiteral("U");
        out << mover.join(QLatin1Char(','));
        QStringList gone = alone.at(1).split(QLatin1Char(','));
        changes.removed = gone.at(col("atena_no"));
        gone[col("change")] = QStringLiteral("D");
        out << gone.join(QLatin1Char(','));
        QStringList victim = alone.at(2).split(QLatin1Char(','));
        changes.protectedAtena = victim.at(col("atena_no"));
        victim[col("support_measure")] = QStringLiteral("error");
        victim[col("change")] = QStringLiteral("U");
        out << victim.join(QLatin1Char(','));
        QStringList fresh = alone.at(3).split(QLatin1Char(','));
        changes.added = text::appendMod11CheckDigit(u"9999999901");
        fresh[col("atena_no")] = changes.added;
        fresh[col("head_atena_no")] = changes.added;
        fresh[col("setai_no")] = text::appendMod11CheckDigit(u"5999999902");
        fresh[col("name_kanji")] = QStringLiteral("鳥飼 漣");
        fresh[col("name_kana")] = QStringLiteral("トリカイ レン");
        fresh[col("my_number")] = QString();
        fresh[col("resident_code")] = QString();
        fresh[col("former_names")] = QString();
        fresh[col("change")] = QStringLiteral("A");
        out << fresh.join(QLatin1Char(','));
        const QString changed = dir.filePath(QStringLiteral("changes.csv"));
        QFile file(changed);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(out.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
        file.close();
        registry::ImportOptions options;
        options.today = kToday;
        options.reindex = registry::reindexPersons;
        auto imported = registry::importResidents(*hall, changed, options);
        EXPECT_TRUE(imported) << imported.error().message.toStdString();
        if (imported) {
            EXPECT_EQ(imported->rejected, 0)
                << (imported->errors.isEmpty() ? std::string()
                                               : imported->errors.first().reason.toStdString());
            EXPECT_EQ(imported->imported, 1);
            EXPECT_EQ(imported->removed, 1);
            EXPECT_EQ(imported->updated, 2);
        }
        return changes;
    }

    QTemporaryDir dir;
    TestDatabase hallDb{storage::Engine::PostgreSql};
    TestDatabase replicaDb{storage::Engine::Sqlite};
    std::unique_ptr<storage::Database> hall;
    std::unique_ptr<storage::Database> replica;
};

TEST_F(RegisterPull, BootstrapsThenAppliesExactlyTheHallsChanges)
{
    seedHall(2000);
    QList<sync::PullProgress> seen;
    sync::PullOptions small;
    small.pageRows = 700; // several pages per table
    auto first = sync::pullRegister(
        *hall, *replica, kHallName, [&](const sync::PullProgress& p) { seen.append(p); }, small);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_TRUE(first->bootstrap);
    EXPECT_EQ(first->persons, scalar(*hall, QStringLiteral("SELECT COUNT(*) FROM persons")));
    EXPECT_EQ(first->toSeq,
        scalar(*hall, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM register_changes")));
    EXPECT_FALSE(seen.isEmpty());
    EXPECT_EQ(seen.last().phase, QStringLiteral("search index"));
    expectSameRegister(*hall, *replica);

    auto state = sync::loadSyncState(*replica);
    ASSERT_TRUE(state);
    EXPECT_EQ(state->registerWatermark, first->toSeq);
    EXPECT_EQ(state->hall, kHallName);
    EXPECT_TRUE(state->lastPullAt.isValid());
    EXPECT_TRUE(state->flagsFreshAt.isValid());

    // The replica's own search index finds a resident by kana.
    QSqlQuery resident(hall->sql());
    ASSERT_TRUE(resident.exec(QStringLiteral(
        "SELECT name_kana FROM persons WHERE status = 'resident' ORDER BY id DESC LIMIT 1")));
    ASSERT_TRUE(resident.next());
    const QString kana = resident.value(0).toString();
    bool found = false;
    for (const registry::SearchResult& r : search(kana))
        found = found || r.nameKana == kana;
    EXPECT_TRUE(found) << kana.toStdString();

    // The hall changes; the next pull applies exactly those changes.
    const Changes changes = changeHall();
    const qint64 hallChanges
        = scalar(*hall, QStringLiteral("SELECT COUNT(*) FROM register_changes"));
    ASSERT_GT(hallChanges, 0);
    auto second = pull();
    ASSERT_TRUE(second) << second.error().message.toStdString();
    EXPECT_FALSE(second->bootstrap);
    EXPECT_EQ(second->changes, hallChanges);
    EXPECT_EQ(
        second->toSeq, scalar(*hall, QStringLiteral("SELECT MAX(seq) FROM register_changes")));
    expectSameRegister(*hall, *replica);
    bool foundNew = false;
    for (const registry::SearchResult& r : search(QStringLiteral("トリカイ レン")))
        foundNew = foundNew || r.atenaNo == changes.added;
    EXPECT_TRUE(foundNew);
    for (const registry::SearchResult& r : search(changes.removed))
        EXPECT_NE(r.atenaNo, changes.removed) << "a removed person is not searched";
    EXPECT_EQ(scalar(*replica,
                  QStringLiteral("SELECT COUNT(*) FROM support_measures m JOIN persons p ON "
                                 "p.id = m.person_id WHERE p.atena_no = ? AND m.level = 'error'"),
                  {changes.protectedAtena}),
        1);
    EXPECT_EQ(scalar(*replica,
                  QStringLiteral("SELECT COUNT(*) FROM persons p JOIN households h ON h.id = "
                                 "p.household_id WHERE p.atena_no = ? AND h.katagaki = ?"),
                  {changes.moved, QStringLiteral("北ハイツ909")}),
        1);
    bool movedFound = false;
    for (const registry::SearchResult& r : search(QStringLiteral("北町九丁目")))
        movedFound = movedFound || r.atenaNo == changes.moved;
    EXPECT_TRUE(movedFound) << "the new address is in the replica's index";

    // Nothing new: nothing done.
    auto third = pull();
    ASSERT_TRUE(third);
    EXPECT_EQ(third->changes, 0);
    EXPECT_EQ(third->rows, 0);
    EXPECT_EQ(third->toSeq, second->toSeq);
}

TEST_F(RegisterPull, AStoppedPullResumesWithoutLossOrDuplication)
{
    seedHall(1000);
    sync::PullOptions stopping;
    stopping.pageRows = 300;
    stopping.failAfterBatches = 3; // killed in the middle of the persons copy
    auto killed = pull(stopping);
    ASSERT_FALSE(killed);
    EXPECT_TRUE(killed.error().message.contains(QStringLiteral("stopped")))
        << killed.error().message.toStdString();
    sync::PullOptions pages;
    pages.pageRows = 300;
    auto resumed = pull(pages);
    ASSERT_TRUE(resumed) << resumed.error().message.toStdString();
    EXPECT_TRUE(resumed->bootstrap);
    expectSameRegister(*hall, *replica);

    changeHall();
    const qint64 hallChanges
        = scalar(*hall, QStringLiteral("SELECT COUNT(*) FROM register_changes"));
    sync::PullOptions twoByTwo;
    twoByTwo.batchChanges = 2;
    sync::PullOptions stopAfterOne = twoByTwo;
    stopAfterOne.failAfterBatches = 1;
    auto stopped = pull(stopAfterOne);
    ASSERT_FALSE(stopped);
    auto state = sync::loadSyncState(*replica);
    ASSERT_TRUE(state);
    EXPECT_GT(state->registerWatermark, 0) << "the committed batch moved the watermark";
    EXPECT_LT(state->registerWatermark,
        scalar(*hall, QStringLiteral("SELECT MAX(seq) FROM register_changes")));
    auto rest = pull(twoByTwo);
    ASSERT_TRUE(rest) << rest.error().message.toStdString();
    EXPECT_EQ(rest->changes, hallChanges - 2) << "only what the stopped pull had not applied";
    expectSameRegister(*hall, *replica);
}

// The desk closing while it syncs (SyncWorker's destructor) sets the stop
// flag from another thread: the pull ends after the page it is writing,
// and the next one completes the copy.
TEST_F(RegisterPull, AStopFlagEndsThePullAfterItsPage)
{
    seedHall(1000);
    std::atomic<bool> stop{false};
    sync::PullOptions stopping;
    stopping.pageRows = 300;
    stopping.stop = &stop;
    int pages = 0;
    auto stopped = sync::pullRegister(
        *hall, *replica, QStringLiteral("hall"),
        [&](const sync::PullProgress& p) {
            if (p.done > 0 && ++pages == 2)
                stop.store(true); // as if from the desk's main thread
        },
        stopping);
    ASSERT_FALSE(stopped);
    EXPECT_TRUE(stopped.error().message.contains(QStringLiteral("stopped")))
        << stopped.error().message.toStdString();
    EXPECT_LT(scalar(*replica, QStringLiteral("SELECT COUNT(*) FROM persons")),
        scalar(*hall, QStringLiteral("SELECT COUNT(*) FROM persons")));
    sync::PullOptions pages300;
    pages300.pageRows = 300;
    auto resumed = pull(pages300);
    ASSERT_TRUE(resumed) << resumed.error().message.toStdString();
    expectSameRegister(*hall, *replica);
}

TEST_F(RegisterPull, SqliteHallAndADeadHall)
{
    // Hall on SQLite too (a cheap extra: the same code on the other engine).
    TestDatabase sqliteHall{storage::Engine::Sqlite};
    auto other = sqliteHall.open();
    ASSERT_TRUE(other);
    demo::DemoOptions options;
    options.residents = 300;
    options.asOf = kToday;
    ASSERT_TRUE(demo::seedDemoCity(*other, options));
    auto copied = sync::pullRegister(*other, *replica, QStringLiteral("hall.sqlite"));
    ASSERT_TRUE(copied) << copied.error().message.toStdString();
    expectSameRegister(*other, *replica);

    auto dead = storage::Database::open(
        QStringLiteral("postgresql://postgres@127.0.0.1:1/x?connect_timeout=2"));
    ASSERT_FALSE(dead);
    EXPECT_FALSE(dead.error().message.isEmpty());
    std::printf("dead hall: %s\n", qPrintable(dead.error().message));
    // A hall that goes away during a pull: an error naming the hall, the
    // replica as it was.
    hall->sql().close();
    auto gone = pull();
    ASSERT_FALSE(gone);
    EXPECT_TRUE(gone.error().message.contains(kHallName)) << gone.error().message.toStdString();
    expectSameRegister(*other, *replica);
}

TEST_F(RegisterPull, MeasureBootstrapOf20000Residents)
{
    seedHall(20000);
    QElapsedTimer timer;
    timer.start();
    auto copied = pull();
    ASSERT_TRUE(copied) << copied.error().message.toStdString();
    std::printf("bootstrap of %lld persons (%lld rows): %lld ms, %.0f persons/s\n",
        static_cast<long long>(copied->persons), static_cast<long long>(copied->rows),
        static_cast<long long>(copied->milliseconds),
        copied->persons * 1000.0 / std::max<qint64>(1, copied->milliseconds));
    EXPECT_EQ(copied->persons, scalar(*hall, QStringLiteral("SELECT COUNT(*) FROM persons")));
}

} // namespace
} // namespace madoguchi
