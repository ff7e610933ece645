#include "storage/databasesecretstore.h"

#include "storage/keychainsecretstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QThread>

namespace madoguchi::storage {
namespace {

bool onMainThread()
{
    const QCoreApplication* app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread();
}

class MainThreadKeychain final : public SecretStore {
public:
    Status write(const QString& key, const QByteArray& secret) override
    {
        if (!onMainThread())
            return notOnMainThread(key);
        Status written = m_keychain.write(key, secret);
        if (written)
            remember(key, secret);
        return written;
    }

    Result<std::optional<QByteArray>> read(const QString& key) override
    {
        if (!onMainThread()) {
            const QMutexLocker lock(&m_mutex);
            if (m_known.contains(key))
                return m_known.value(key);
            return notOnMainThread(key);
        }
        Result<std::optional<QByteArray>> read = m_keychain.read(key);
        if (read)
            remember(key, read.value());
        return read;
    }

    Status remove(const QString& key) override
    {
        if (!onMainThread())
            return notOnMainThread(key);
        Status removed = m_keychain.remove(key);
        if (removed)
            remember(key, std::nullopt);
        return removed;
    }

private:
    static Error notOnMainThread(const QString& key)
    {
        return Error{QCoreApplication::translate("DatabaseSecretStore",
            "the secret '%1' is read from the OS keychain on the main thread only, and it "
            "has not been read there yet")
                         .arg(key)};
    }

    void remember(const QString& key, const std::optional<QByteArray>& value)
    {
        const QMutexLocker lock(&m_mutex);
        m_known.insert(key, value);
    }

    KeychainSecretStore m_keychain;
    QMutex m_mutex;
    QHash<QString, std::optional<QByteArray>> m_known;
};

} // namespace

SecretStore& databaseSecretStore()
{
    static MainThreadKeychain store;
    return store;
}

} // namespace madoguchi::storage
