#include "branchsyncer.h"

#include "storage/database.h"
#include "storage/databasesecretstore.h"
#include "sync/syncsecrets.h"
#include "sync/syncstate.h"
#include "sync/syncworker.h"

namespace madoguchi::ui {

BranchSyncer::BranchSyncer(storage::Database& replica, QObject* parent)
    : QObject(parent)
    , m_replica(replica)
    , m_worker(new sync::SyncWorker(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // A background sync with no hall known stays quiet: the widget
        // says so; only "Sync now" opens the settings.
        if (!hallUrl().isEmpty())
            syncNow();
    });
    connect(m_worker, &sync::SyncWorker::progress, this, &BranchSyncer::progress);
    connect(m_worker, &sync::SyncWorker::finished, this, &BranchSyncer::finish);
}

// The worker (a child) waits for a sync in flight as it goes.
BranchSyncer::~BranchSyncer() = default;

QString BranchSyncer::hallUrl() const
{
    if (!m_hallSetting.isEmpty())
        return m_hallSetting;
    auto state = sync::loadSyncState(m_replica);
    return state ? state->hall : QString();
}

void BranchSyncer::setIntervalMinutes(int minutes, int firstDelayMs)
{
    m_minutes = std::max(0, minutes);
    m_timer.stop();
    if (m_minutes > 0 && !isSyncing())
        m_timer.start(firstDelayMs);
}

bool BranchSyncer::isSyncing() const
{
    return m_worker->isRunning();
}

bool BranchSyncer::syncNow()
{
    if (isSyncing())
        return false;
    const QString hall = hallUrl();
    if (hall.isEmpty()) {
        emit noHall();
        return false;
    }
    auto location = storage::parseDatabaseLocation(hall);
    if (!location || location->engine != storage::Engine::PostgreSql) {
        fail(Link::Failed,
            tr("the hall \"%1\" is not a postgresql:// URL (File → Settings…)").arg(hall));
        return false;
    }
    auto state = sync::loadSyncState(m_replica);
    if (!state) {
        fail(Link::Failed, state.error().message);
        return false;
    }
    // Here, on the main thread: the keychain is reached from no other. The
    // replica's key is made at the first sync and attached to the desk's
    // own connection; the worker gets a read-only copy of what it needs
    // and never asks the keychain itself (core/sync/syncsecrets.h).
    storage::SecretStore& store = m_secrets ? *m_secrets : storage::databaseSecretStore();
    auto secrets = sync::gatherSyncSecrets(m_replica, location.value(), store);
    if (!secrets) {
        fail(Link::Failed, secrets.error().message);
        return false;
    }
    sync::SyncJob job;
    job.replica = m_replica.location();
    job.hall = location.value();
    job.office = state->office;
    job.secrets = secrets.value();
    m_timer.stop();
    if (!m_worker->start(std::move(job)))
        return false;
    emit started();
    return true;
}

void BranchSyncer::fail(Link link, const QString& error)
{
    m_lastAttempt = QDateTime::currentDateTime();
    m_link = link;
    m_lastError = error;
    if (link != Link::Offline)
        m_offlineSince = {}; // the hall answered
    else if (!m_offlineSince.isValid())
        m_offlineSince = m_lastAttempt;
    if (m_minutes > 0)
        m_timer.start(m_minutes * 60 * 1000);
    emit attempted(error);
}

void BranchSyncer::finish(const sync::SyncOutcome& outcome)
{
    if (!outcome.ok) {
        fail(outcome.reached ? Link::Failed : Link::Offline, outcome.error);
        return;
    }
    m_lastAttempt = QDateTime::currentDateTime();
    m_link = Link::Online;
    m_offlineSince = {};
    m_lastError.clear();
    if (m_minutes > 0)
        m_timer.start(m_minutes * 60 * 1000);
    const sync::SyncReport& r = outcome.report;
    const QString pulled = r.pull.bootstrap
        ? tr("bootstrapped the register (%n persons)", nullptr, int(r.pull.persons))
        : tr("pulled %n changes", nullptr, int(r.pull.changes));
    QString message
        = tr("Synced with the hall: pushed %n visits, ", nullptr, r.push.visits) + pulled;
    if (r.push.held > 0)
        message += tr("; %n held for a supervisor's review", nullptr, r.push.held);
    emit attempted(message);
    if (r.pull.bootstrap || r.pull.changes > 0)
        emit registerChanged();
}

} // namespace madoguchi::ui
