#include "delivery/relayworker.h"

#include "storage/database.h"
#include "storage/secretstore.h"

#include <QThread>

namespace madoguchi::delivery {

RelayWorker::RelayWorker(storage::DatabaseLocation location, ConnectorSet connectors,
    storage::SecretStore& secrets, RelayOptions options)
    : m_location(std::move(location))
    , m_connectors(std::move(connectors))
    , m_secrets(secrets)
    , m_options(std::move(options))
{ }

RelayWorker::~RelayWorker()
{
    stop();
}

void RelayWorker::start()
{
    if (m_thread)
        return;
    m_stop.store(false);
    // A QThread: the HTTP connector waits for its answers in a Qt event loop.
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("relay"));
    m_thread->start();
}

void RelayWorker::stop()
{
    if (!m_thread)
        return;
    m_stop.store(true);
    m_thread->wait();
    m_thread.reset();
}

RelayRound RelayWorker::totals() const
{
    const std::lock_guard lock(m_mutex);
    return m_totals;
}

QString RelayWorker::lastError() const
{
    const std::lock_guard lock(m_mutex);
    return m_lastError;
}

void RelayWorker::run()
{
    const auto note = [this](const QString& error) {
        const std::lock_guard lock(m_mutex);
        m_lastError = error;
    };
    std::unique_ptr<storage::Database> db;
    std::optional<Relay> relay; // on `db`
    while (!m_stop.load()) {
        if (!db) {
            auto opened = storage::Database::open(m_location, {.create = false, .migrate = false});
            if (!opened) {
                note(opened.error().message);
                QThread::sleep(1);
                continue;
            }
            db = std::move(opened).value();
            relay.emplace(*db, m_connectors, m_secrets, m_options);
        }
        auto round = relay->runOnce(&m_stop);
        if (!round) {
            note(round.error().message);
            relay.reset();
            db.reset(); // open again: the file may have moved, the server restarted
            QThread::sleep(1);
            continue;
        }
        {
            const std::lock_guard lock(m_mutex);
            m_totals += round.value();
        }
        if (round->claimed > 0)
            continue;
        for (int i = 0; i < 10 && !m_stop.load(); ++i)
            QThread::msleep(100);
    }
}

} // namespace madoguchi::delivery
