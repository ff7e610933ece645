#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

namespace madoguchi::storage {
class Database;
class SecretStore;
} // namespace madoguchi::storage
namespace madoguchi::sync {
class SyncWorker;
struct SyncOutcome;
} // namespace madoguchi::sync

namespace madoguchi::ui {

// When and how a branch desk syncs with its hall (docs/desk.md, "At a
// branch office"): every N minutes and on demand, one sync at a time, on
// sync::SyncWorker's thread. What it knows of the link — online, offline
// since when and why — is its own; how old the data is, the replica says
// (sync::loadSyncState). The desk keeps working whatever happens here.
class BranchSyncer : public QObject {
    Q_OBJECT
public:
    enum class Link {
        Unknown, // no sync tried since the desk started
        Online, // the last sync succeeded
        Offline, // the hall could not be reached
        Failed, // the hall was reached but the sync failed
    };

    // `replica`: the desk's own connection (main thread), used to gather
    // the secrets before each sync; the sync itself opens its own.
    explicit BranchSyncer(storage::Database& replica, QObject* parent = nullptr);
    ~BranchSyncer() override;

    // Where the replica's key and the hall's password are read, on the
    // main thread; default the OS keychain. Tests give a fake.
    void setSecretStore(storage::SecretStore* store) { m_secrets = store; }
    // The hall from the settings; empty: the one the replica last synced
    // with (its meta sync.hall).
    void setHallUrl(const QString& url) { m_hallSetting = url.trimmed(); }
    QString hallUrl() const;
    // Minutes between background syncs; 0: only on demand. The first
    // background sync comes `firstDelayMs` after this call, so the window
    // is up before anything reaches for the network.
    void setIntervalMinutes(int minutes, int firstDelayMs = 3000);
    int intervalMinutes() const { return m_minutes; }

    // Starts a sync now. False when one is running (the request is
    // ignored: the one running brings the same data) or when no hall is
    // known (noHall() is emitted, so the desk can open its settings).
    bool syncNow();
    bool isSyncing() const;

    Link link() const { return m_link; }
    QDateTime offlineSince() const { return m_offlineSince; } // local time; invalid when online
    QDateTime lastAttempt() const { return m_lastAttempt; }
    QString lastError() const { return m_lastError; }

signals:
    void started();
    void progress(const QString& phase, qint64 done, qint64 total);
    // After each attempt, whatever its outcome: `message` for the status bar.
    void attempted(const QString& message);
    // A sync brought register data (a bootstrap, changes): views that
    // count or show the register read it again.
    void registerChanged();
    void noHall();

private:
    void finish(const sync::SyncOutcome& outcome);
    void fail(Link link, const QString& error);

    storage::Database& m_replica;
    storage::SecretStore* m_secrets = nullptr;
    sync::SyncWorker* m_worker = nullptr;
    QTimer m_timer;
    QString m_hallSetting;
    int m_minutes = 0;
    Link m_link = Link::Unknown;
    QDateTime m_offlineSince;
    QDateTime m_lastAttempt;
    QString m_lastError;
};

} // namespace madoguchi::ui
