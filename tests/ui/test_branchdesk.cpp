// The desk on a branch replica (issue #9 items 1 and 2, docs/desk.md "At a
// branch office"): the hall a real PostgreSQL database, the replica an
// SQLite file bootstrapped by sync::syncBranch, its key in a fake secret
// store given to the desk's syncer. The widget says online or offline and
// how old the data is; the desk keeps searching while the hall is down.
#include "branchdesk.h"
#include "branchstatus.h"
#include "branchsyncer.h"
#include "catalog/catalogloader.h"
#include "demo/democity.h"
#include "desksettings.h"
#include "findpanel.h"
#include "homepage.h"
#include "mainwindow.h"
#include "searchresultsmodel.h"
#include "security/login.h"
#include "settingsdialog.h"
#include "storage/fakesecretstore.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "support/testdatabase.h"
#include "sync/branchsync.h"
#include "sync/hallcatalog.h"
#include "sync/syncstate.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace madoguchi;

namespace {

const QDate kToday(2026, 11, 26);
// Nothing listens on port 1: the hall "down", as a branch sees it.
const QString kHallDown = QStringLiteral("postgresql://postgres@127.0.0.1:1/madoguchi");

void setMeta(storage::Database& db, const char* key, const QString& value)
{
    storage::Transaction t(db.sql());
    ASSERT_TRUE(sync::storeMeta(db.sql(), QString::fromLatin1(key), value));
    ASSERT_TRUE(t.commit());
}

QString scalar(storage::Database& db, const QString& sql)
{
    auto q = storage::exec(db.sql(), sql);
    EXPECT_TRUE(q) << (q ? "" : q.error().message.toStdString());
    return q && q->next() ? q->value(0).toString() : QString();
}

class BranchDesk : public ::testing::Test {
protected:
    void SetUp() override
    {
        // Settings of this test only; no background sync unless a test
        // asks for one.
        ASSERT_TRUE(config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
        ui::DeskSettings().setSyncMinutes(0);

        hall = hallDb.open();
        ASSERT_TRUE(hall) << hallDb.error().toStdString();
        demo::DemoOptions options;
        options.residents = 120;
        options.seed = 9;
        options.asOf = kToday;
        ASSERT_TRUE(demo::seedDemoCity(*hall, options));
        ASSERT_TRUE(dir.isValid());
    }

    void TearDown() override
    {
        window.reset(); // waits for a sync in flight
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    // A replica named K01; bootstrapped from the hall unless `pull` is false.
    std::unique_ptr<storage::Database> replica(bool pull = true)
    {
        auto db = storage::Database::open(dir.filePath(QStringLiteral("K01.sqlite")));
        EXPECT_TRUE(db) << (db ? "" : db.error().message.toStdString());
        if (!db)
            return nullptr;
        setMeta(*db.value(), sync::kBranchCodeKey, QStringLiteral("K01"));
        if (pull) {
            sync::SyncOptions options;
            options.hallName = hall->location().displayName();
            options.secrets = &secrets;
            auto synced = sync::syncBranch(*db.value(), *hall, options);
            EXPECT_TRUE(synced) << (synced ? "" : synced.error().message.toStdString());
        }
        return std::move(db).value();
    }

    void openDesk(std::unique_ptr<storage::Database> db)
    {
        ASSERT_TRUE(db);
        window = std::make_unique<ui::MainWindow>(std::move(db), QStringLiteral("en"));
        ASSERT_TRUE(window->branchDesk());
        syncer().setSecretStore(&secrets);
    }

    ui::BranchSyncer& syncer() { return *window->branchDesk()->syncer(); }
    ui::BranchStatus& status() { return *window->branchDesk()->status(); }
    QString statusText() { return status().text(); }

    // Sync Now, as the clerk's key sends it, and wait for the outcome.
    void syncAndWait()
    {
        QSignalSpy attempted(&syncer(), &ui::BranchSyncer::attempted);
        ASSERT_TRUE(syncer().syncNow());
        ASSERT_TRUE(attempted.wait(60000));
    }

    void setHall(const QString& url)
    {
        ASSERT_TRUE(ui::DeskSettings().setHallUrl(url));
        window->branchDesk()->applySettings();
    }

    QTemporaryDir config;
    QTemporaryDir dir;
    madoguchi::testing::TestDatabase hallDb{storage::Engine::PostgreSql};
    std::unique_ptr<storage::Database> hall;
    madoguchi::testing::FakeSecretStore secrets;
    std::unique_ptr<ui::MainWindow> window;
};

TEST_F(BranchDesk, AReplicaShowsItsBranchAndGoesOnlineAtASync)
{
    openDesk(replica());
    EXPECT_TRUE(statusText().startsWith(QStringLiteral("Branch K01")))
        << statusText().toStdString();
    EXPECT_TRUE(statusText().contains(QStringLiteral("synced"))) << statusText().toStdString();
    EXPECT_FALSE(status().accessibleName().isEmpty());
    auto* action = window->findChild<QAction*>(QStringLiteral("syncNowAction"));
    ASSERT_TRUE(action);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));

    syncAndWait();
    EXPECT_EQ(syncer().link(), ui::BranchSyncer::Link::Online)
        << syncer().lastError().toStdString();
    EXPECT_TRUE(statusText().contains(QStringLiteral("online"))) << statusText().toStdString();
    EXPECT_TRUE(statusText().contains(QStringLiteral("synced just now")))
        << statusText().toStdString();
    EXPECT_EQ(status().level(), ui::BranchStatus::Level::Ok);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Synced")))
        << window->statusBar()->currentMessage().toStdString();
}

TEST_F(BranchDesk, TheHallDownMarksTheDeskOfflineAndItKeepsSearching)
{
    openDesk(replica());
    setHall(kHallDown);
    syncAndWait();
    EXPECT_EQ(syncer().link(), ui::BranchSyncer::Link::Offline);
    EXPECT_TRUE(statusText().contains(QStringLiteral("OFFLINE since")))
        << statusText().toStdString();
    EXPECT_TRUE(statusText().contains(QStringLiteral("data from"))) << statusText().toStdString();
    EXPECT_EQ(status().level(), ui::BranchStatus::Level::Warning);
    EXPECT_TRUE(status().toolTip().contains(QStringLiteral("cannot be reached")))
        << status().toolTip().toStdString();
    EXPECT_TRUE(
        window->statusBar()->currentMessage().contains(QStringLiteral("cannot be reached")));

    // The clerk still finds residents on the replica.
    const QString atena = scalar(window->database(),
        QStringLiteral(
            "SELECT atena_no FROM persons WHERE status = 'resident' ORDER BY id LIMIT 1"));
    window->setSession(security::Session{QStringLiteral("k.sato"), security::Role::Clerk,
        QStringLiteral("K01支所"), QStringLiteral("k01-desk"), QDateTime::currentDateTimeUtc()});
    ui::FindPanel& find = *window->homePage()->findPanel();
    find.queryEdit()->setText(atena);
    find.searchNow();
    ASSERT_EQ(find.results()->rowCount(), 1);
    EXPECT_EQ(find.results()->result(0).atenaNo, atena);

    // The hall changes a resident; with its right URL the desk is online
    // again and the pull brings the change.
    auto state = sync::loadSyncState(window->database());
    ASSERT_TRUE(state);
    const qint64 before = state->registerWatermark;
    const QString id = scalar(*hall, QStringLiteral("SELECT id FROM persons ORDER BY id LIMIT 1"));
    ASSERT_TRUE(storage::exec(hall->sql(),
        QStringLiteral("UPDATE persons SET name_kana = 'ブンショ テスト', version = version + 1 "
                       "WHERE id = ?"),
        {id}));
    ASSERT_TRUE(storage::exec(hall->sql(),
        QStringLiteral("INSERT INTO register_changes (entity, entity_id, operation, changed_at) "
                       "VALUES ('person', ?, 'update', '2026-11-26T10:00:00Z')"),
        {id}));
    setHall(hallDb.location());
    syncAndWait();
    EXPECT_EQ(syncer().link(), ui::BranchSyncer::Link::Online)
        << syncer().lastError().toStdString();
    EXPECT_TRUE(statusText().contains(QStringLiteral("online"))) << statusText().toStdString();
    state = sync::loadSyncState(window->database());
    ASSERT_TRUE(state);
    EXPECT_GT(state->registerWatermark, before);
    EXPECT_EQ(scalar(window->database(),
                  QStringLiteral("SELECT name_kana FROM persons WHERE id = %1").arg(id)),
        QStringLiteral("ブンショ テスト"));
}

TEST_F(BranchDesk, FlagsOlderThanTheLimitTurnTheWidgetRedAndSaySo)
{
    auto db = replica();
    ASSERT_TRUE(db);
    setMeta(*db, sync::kFlagsFreshKey,
        QDateTime::currentDateTimeUtc().addSecs(-30 * 3600).toString(Qt::ISODateWithMs));
    openDesk(std::move(db));
    EXPECT_EQ(status().level(), ui::BranchStatus::Level::Danger);
    EXPECT_TRUE(statusText().contains(QStringLiteral("supervisor's unlock")))
        << statusText().toStdString();
    EXPECT_TRUE(status().toolTip().contains(QStringLiteral("30 hours old")))
        << status().toolTip().toStdString();
}

// The hall runs a newer catalog than the desk's (the built-in one): the
// widget names the procedure the desk's checklists lack and turns amber;
// once the hall publishes the desk's catalog, the line goes at the next sync.
TEST_F(BranchDesk, ACatalogOtherThanTheHallsIsNamedInTheWidget)
{
    const auto load = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
    ASSERT_TRUE(load.ok());
    catalog::Catalog newer = *load.catalog;
    for (catalog::Procedure& p : newer.procedures)
        if (p.id == QLatin1String("jidouteate.nintei") && p.version == 2)
            p.version = 3;
    ASSERT_TRUE(sync::publishCatalog(*hall, newer, QDateTime::currentDateTimeUtc()));
    openDesk(replica());
    EXPECT_TRUE(statusText().contains(
        QStringLiteral("catalog differs from the hall's: missing jidouteate.nintei@3")))
        << statusText().toStdString();
    EXPECT_TRUE(statusText().contains(QStringLiteral("update this PC's catalog")));
    EXPECT_EQ(status().level(), ui::BranchStatus::Level::Warning);
    EXPECT_TRUE(status().toolTip().contains(QStringLiteral("The hall has jidouteate.nintei@3")))
        << status().toolTip().toStdString();

    ASSERT_TRUE(sync::publishCatalog(*hall, *load.catalog, QDateTime::currentDateTimeUtc()));
    setHall(hallDb.location());
    syncAndWait();
    EXPECT_FALSE(statusText().contains(QStringLiteral("catalog"))) << statusText().toStdString();
    EXPECT_EQ(status().level(), ui::BranchStatus::Level::Ok) << statusText().toStdString();
}

// A second request while a sync runs is ignored (the one running brings the
// same data), and the status bar says a sync is already running.
TEST_F(BranchDesk, OnlyOneSyncRunsAtATime)
{
    openDesk(replica());
    QSignalSpy attempted(&syncer(), &ui::BranchSyncer::attempted);
    QSignalSpy started(&syncer(), &ui::BranchSyncer::started);
    ASSERT_TRUE(syncer().syncNow());
    EXPECT_TRUE(syncer().isSyncing());
    EXPECT_TRUE(statusText().contains(QStringLiteral("syncing"))) << statusText().toStdString();
    EXPECT_FALSE(syncer().syncNow());
    window->findChild<QAction*>(QStringLiteral("syncNowAction"))->trigger();
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("already running")));
    ASSERT_TRUE(attempted.wait(60000));
    EXPECT_FALSE(attempted.wait(500));
    EXPECT_EQ(started.size(), 1);
    EXPECT_EQ(attempted.size(), 1);
    EXPECT_FALSE(syncer().isSyncing());
}

// A replica named but never synced and with no hall: the widget says so;
// Sync Now opens the settings, where the hall is entered; the first sync
// then bootstraps the register, its progress in the status bar.
TEST_F(BranchDesk, WithoutAHallSyncNowOpensSettingsAndTheFirstSyncBootstraps)
{
    openDesk(replica(false));
    EXPECT_TRUE(statusText().contains(QStringLiteral("no hall set"))) << statusText().toStdString();
    EXPECT_TRUE(statusText().contains(QStringLiteral("never synced")))
        << statusText().toStdString();
    EXPECT_EQ(status().level(), ui::BranchStatus::Level::Danger); // never pulled: fails closed

    bool dialogShown = false;
    QTimer::singleShot(0, window.get(), [&] {
        auto* dialog = qobject_cast<ui::SettingsDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        dialogShown = true;
        dialog->findChild<QLineEdit*>(QStringLiteral("settingsHall"))->setText(hallDb.location());
        dialog->accept();
    });
    window->findChild<QAction*>(QStringLiteral("syncNowAction"))->trigger();
    ASSERT_TRUE(dialogShown);
    EXPECT_EQ(ui::DeskSettings().hallUrl(), hallDb.location());
    EXPECT_EQ(syncer().hallUrl(), hallDb.location());

    QStringList messages;
    QObject::connect(window->statusBar(), &QStatusBar::messageChanged, window.get(),
        [&messages](const QString& m) { messages << m; });
    QSignalSpy progress(&syncer(), &ui::BranchSyncer::progress);
    QSignalSpy changed(&syncer(), &ui::BranchSyncer::registerChanged);
    syncAndWait();
    EXPECT_EQ(changed.size(), 1); // the window reads the register summary again
    EXPECT_EQ(syncer().link(), ui::BranchSyncer::Link::Online)
        << syncer().lastError().toStdString();
    EXPECT_GT(progress.size(), 0);
    EXPECT_TRUE(messages.filter(QStringLiteral("persons")).size() > 0)
        << messages.join(u'\n').toStdString();
    EXPECT_EQ(scalar(window->database(), QStringLiteral("SELECT COUNT(*) FROM persons")),
        scalar(*hall, QStringLiteral("SELECT COUNT(*) FROM persons")));
    EXPECT_EQ(status().level(), ui::BranchStatus::Level::Ok) << statusText().toStdString();
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("bootstrapped")));
}

TEST_F(BranchDesk, AStandaloneDatabaseHasNoBranchMode)
{
    auto db = storage::Database::open(dir.filePath(QStringLiteral("standalone.sqlite")));
    ASSERT_TRUE(db);
    window = std::make_unique<ui::MainWindow>(std::move(db).value(), QStringLiteral("en"));
    EXPECT_EQ(window->branchDesk(), nullptr);
    EXPECT_EQ(window->findChild<QAction*>(QStringLiteral("syncNowAction")), nullptr);
}

} // namespace
